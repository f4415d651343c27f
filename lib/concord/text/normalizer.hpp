#pragma once
// Comparison forms. Text is compared across versions and within a version
// (duplicates) after NFKC with case folding (ICU Normalizer2: full-width and
// half-width forms fold together) and, for Chinese, Traditional→Simplified
// folding through the flat character table. Comparison forms never replace
// the original text: findings always point into the original.
#include <string>
#include <string_view>

namespace concord::text {

/// NFKC_Casefold, Traditional folded to Simplified, runs of white space
/// collapsed to one space and trimmed.
std::string comparison_key(std::string_view text);

/// NFKC only (ICU's borrowed singleton instance).
std::string nfkc(std::string_view text);

}  // namespace concord::text
