#pragma once
// Findings with their positions worked out: 1-based lines, code-point
// columns and original byte offsets, sorted the way every report prints them.
#include <optional>
#include <string>
#include <vector>

#include "concord/model/source_file.hpp"
#include "concord/rules/finding.hpp"

namespace concord::report {

struct ResolvedRelated {
  std::string file;
  model::Position position;
  std::string message;
};

struct ResolvedEdit {
  std::uint32_t offset = 0;  // original bytes
  std::uint32_t length = 0;
  std::string replacement;
};

struct ResolvedFix {
  std::string description;
  std::vector<ResolvedEdit> edits;
};

struct ResolvedFinding {
  std::string rule;
  rules::Severity severity = rules::Severity::warning;
  std::string message;
  std::string file;
  std::string lang;
  model::Position begin;
  model::Position end;  // exclusive
  std::uint32_t length = 0;  // bytes of the original file
  std::vector<ResolvedRelated> related;
  std::optional<ResolvedFix> fix;
  const model::SourceFile* source = nullptr;  // for excerpts
};

/// Resolves and sorts by file, line, column, rule, then message.
std::vector<ResolvedFinding> resolve(const std::vector<rules::Finding>& findings);

struct Summary {
  std::size_t files = 0;
  std::size_t findings = 0;
  std::size_t error = 0;
  std::size_t warning = 0;
  std::size_t info = 0;
};

Summary summarize(const std::vector<ResolvedFinding>& findings, std::size_t files);

}  // namespace concord::report
