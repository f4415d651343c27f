#pragma once
// Phrases that open a sentence by linking it to the one before ("For
// example,", "However,", "Notwithstanding,"), in English and as Chinese and
// Japanese translations open with them. A translation that joins two
// sentences into one puts the first sentence's content ahead of the second's
// link ("…，但是…"); a translation that opens with the second's link does
// not render the first. The parity rules use that to tell a dropped sentence
// from a merge (rules/parity/merge_evidence.hpp).
#include <string_view>

namespace concord::lang {

/// Whether the English comparison key opens with a linking phrase and the
/// comparison key of its Chinese or Japanese (`cjk_lang`) translation opens
/// with a rendering of the same phrase. Comparison keys are case-folded and,
/// for Chinese, folded to Simplified characters (text/normalizer.hpp); any
/// markup or punctuation ahead of the translation's first letter is skipped.
bool opens_with_same_link(std::string_view english_key, std::string_view cjk_key, std::string_view cjk_lang);

}  // namespace concord::lang
