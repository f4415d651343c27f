#pragma once
// Where a rule puts its findings. The sink stamps each finding with the
// rule's id and the severity configured for it.
#include <string>
#include <vector>

#include "concord/model/document.hpp"
#include "concord/rules/finding.hpp"
#include "concord/rules/rule.hpp"

namespace concord::rules {

class Sink {
 public:
  Sink(const RuleMeta& meta, Severity severity, std::vector<Finding>& out)
      : meta_(meta), severity_(severity), out_(out) {}

  /// Reports a finding on the text range [begin, end) of `block` (offsets in
  /// the block's reader text).
  Finding& report(const model::Version& version, const model::Block& block, std::uint32_t begin, std::uint32_t end,
                  std::string message);

  /// Reports a finding on a range of a file's decoded text.
  Finding& report(const model::SourceFile& file, model::SourceRange range, std::string lang, std::string message);

  const RuleMeta& meta() const { return meta_; }

 private:
  const RuleMeta& meta_;
  Severity severity_;
  std::vector<Finding>& out_;
};

/// A related location on a block's text range.
Related related_at(const model::Version& version, const model::Block& block, std::uint32_t begin, std::uint32_t end,
                   std::string message);

/// Whether edits to `file`'s decoded offsets can be written back byte for
/// byte: UTF-8 text files only (DOCX offsets are in the reader's synthetic
/// text, transcoded files would need re-encoding).
bool can_fix(const model::SourceFile& file);

/// An edit replacing the block text range [begin, end), when that range is a
/// verbatim copy of the bytes of a UTF-8 text file (otherwise the fix cannot
/// be applied faithfully and nothing is returned).
std::optional<Edit> edit_at(const model::Version& version, const model::Block& block, std::uint32_t begin,
                            std::uint32_t end, std::string replacement);

}  // namespace concord::rules
