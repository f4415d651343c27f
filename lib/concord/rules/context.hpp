#pragma once
// The read-only view a rule checks: one document with its language versions,
// and the analyses earlier pipeline stages computed for it.
#include <string_view>
#include <vector>

#include "concord/model/document.hpp"

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

class Context {
 public:
  explicit Context(const model::Document& document) : document_(document) {}

  const model::Document& document() const { return document_; }
  const std::vector<model::Version>& versions() const { return document_.versions; }

 private:
  const model::Document& document_;
};

}  // namespace concord::rules
