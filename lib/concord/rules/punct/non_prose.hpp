#pragma once
// The parts of a block's text the punctuation rules do not read: inline code,
// text marked as another language, inline tags of bilingual formats, and URLs
// and e-mail addresses (whose brackets and commas are not punctuation).
#include <cstdint>
#include <utility>
#include <vector>

#include "concord/rules/context.hpp"

namespace concord::rules::punct {

class NonProse {
 public:
  NonProse(const Context& context, std::size_t version_index, std::uint32_t block);

  /// Whether the byte at `offset` of the block's text is not prose.
  bool contains(std::uint32_t offset) const;

 private:
  const model::Version& version_;
  const model::Block& block_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links_;  // URL and e-mail entities
};

}  // namespace concord::rules::punct
