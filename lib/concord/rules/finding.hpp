#pragma once
// What a rule reports: a message about a range of a file's decoded text, with
// notes pointing elsewhere and an optional fix. Reports turn ranges into
// lines, code-point columns and original byte offsets.
#include <optional>
#include <string>
#include <vector>

#include "concord/model/mapped_text.hpp"
#include "concord/model/source_file.hpp"
#include "concord/rules/severity.hpp"

namespace concord::rules {

struct Related {
  const model::SourceFile* file = nullptr;
  model::SourceRange range;
  std::string message;
};

/// Replace the decoded range [range.begin, range.end) by `replacement`.
struct Edit {
  model::SourceRange range;
  std::string replacement;
};

struct Fix {
  std::string description;
  std::vector<Edit> edits;
};

struct Finding {
  std::string rule;
  Severity severity = Severity::warning;
  std::string message;
  const model::SourceFile* file = nullptr;
  model::SourceRange range;  // decoded offsets
  std::string lang;          // the version the finding stands in
  std::vector<Related> related;
  std::optional<Fix> fix;
  /// For files that could not be decoded: the position in the raw bytes,
  /// which then replaces `range`.
  std::optional<model::Position> raw_position;
};

}  // namespace concord::rules
