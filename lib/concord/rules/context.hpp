#pragma once
// The read-only view a rule checks: one document with its language versions,
// and the analyses earlier pipeline stages computed for it (sentences,
// entities, outlines).
#include <string_view>
#include <vector>

#include "concord/align/alignment.hpp"
#include "concord/model/document.hpp"
#include "concord/rules/options.hpp"
#include "concord/structure/outline.hpp"
#include "concord/text/analysis.hpp"

namespace concord::rules {

/// Calls `fn(block_index, block)` for every text-bearing block of `version`.
template <typename Fn>
void for_each_text_block(const model::Version& version, Fn&& fn) {
  for (std::uint32_t b = version.first_block; b < version.end_block; ++b) {
    const model::Block& block = version.file->blocks[b];
    if (!model::carries_text(block.kind) || block.kind == model::BlockKind::code) continue;
    if (!version.contains(b)) continue;
    fn(b, block);
  }
}

/// Whether text offset `offset` of `block` is not prose of `version`'s
/// language: inline code, or a span the source marks as another language
/// (a link to the Japanese version whose text is 日本語).
inline bool outside_prose(const model::Version& version, const model::Block& block, std::uint32_t offset) {
  for (const model::InlineSpan& s : block.spans) {
    if (s.begin > offset) break;
    if (offset >= s.end) continue;
    if (s.kind == model::InlineSpan::Kind::code) return true;
    if (s.kind == model::InlineSpan::Kind::foreign && s.target != version.lang) return true;
  }
  return false;
}

class Context {
 public:
  Context(const model::Document& document, const text::DocumentText& text,
          const structure::DocumentOutline& outline, const align::DocumentAlignment& alignment,
          const RuleOptions& options = no_options())
      : document_(document), text_(text), outline_(outline), alignment_(alignment), options_(options) {}

  const model::Document& document() const { return document_; }
  const std::vector<model::Version>& versions() const { return document_.versions; }
  /// Sentences (and their comparison keys) of version `index`.
  const text::VersionText& text(std::size_t index) const { return text_.versions[index]; }
  /// The outline (sections and their sentences) of version `index`.
  const structure::Outline& outline(std::size_t index) const { return outline_.versions[index]; }
  /// How the versions line up (computed when a parity rule is active; its
  /// `reference` is -1 otherwise, or when there is nothing to align).
  const align::DocumentAlignment& alignment() const { return alignment_; }
  /// Settings from [rules.options."<id>"] in .concord.toml.
  const RuleOptions& options() const { return options_; }

 private:
  static const RuleOptions& no_options() {
    static const RuleOptions none;
    return none;
  }
  const model::Document& document_;
  const text::DocumentText& text_;
  const structure::DocumentOutline& outline_;
  const align::DocumentAlignment& alignment_;
  const RuleOptions& options_;
};

}  // namespace concord::rules
