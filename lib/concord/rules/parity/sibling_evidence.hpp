#pragma once
// A second opinion from the other Chinese version. Length-based alignment
// cannot tell a reference sentence the translation dropped from one it
// merged into its neighbour's translation (both leave the neighbour longer
// than usual). When the document has both Chinese scripts, their direct
// pair decides: it aligns character for character. A reference sentence
// that the sibling version renders on its own, in a rendering the version
// checked has no counterpart of, was dropped there, not merged.
#include <cstdint>
#include <vector>

#include "concord/rules/parity/parity_support.hpp"

namespace concord::rules::parity {

/// Reference sentences of `view` that a bead joins to others in the version
/// checked but that its sibling script shows to be missing from it.
std::vector<std::uint32_t> dropped_from_merges(const PairView& view);

}  // namespace concord::rules::parity
