#pragma once
// Reference sentences that a merge hides. Length-based alignment cannot
// always tell a reference sentence the translation dropped from one it
// merged into its neighbour's translation: both leave the neighbour's
// translation longer than usual for one sentence, and the dynamic program
// prefers the merge. Five kinds of evidence undo that afterwards:
// - the lengths of the merge itself: its one sentence is as long as a
//   translation of one of the two reference sentences, and clearly shorter
//   than a translation of both;
// - a dictionary (lang/english_cjk_words.hpp), for an English reference:
//   it finds several words of one of the two in the merge and none of the
//   other's (the merge may also be two translated sentences that each
//   render the one kept);
// - how the merge opens: as the second reference sentence does, with its
//   link back ("For example," and 例如) or the name it opens with, which a
//   translation rendering the first one ahead could not;
// - links and numbers: the merge holds every one of the other sentences'
//   and none of the one dropped;
// - the other Chinese script, when the document has both: their direct
//   pair aligns character for character, and a reference sentence that the
//   sibling renders on its own, in words the version checked has nowhere
//   near the merge, was dropped there.
// A reference sentence that stands in the merge untranslated is not
// dropped: parity/untranslated reports it.
#include <cstdint>
#include <vector>

#include "concord/rules/parity/parity_support.hpp"

namespace concord::rules::parity {

/// Reference sentences of `view` that a bead joins to others in the version
/// checked, but that the evidence shows to be missing from it.
std::vector<std::uint32_t> dropped_from_merges(const PairView& view);

}  // namespace concord::rules::parity
