#pragma once
// List enumerators written with a closing parenthesis only: "1)", "a)",
// "iv)", "一)", "2）". Their ")" closes nothing, and is no finding.
#include <cstdint>
#include <string_view>

namespace concord::rules::punct {

/// Whether the ")" or "）" at byte `close` of `text` ends an enumerator: a
/// short label (digits, one Latin letter or kana, a small Roman numeral, CJK
/// numerals or stems 甲乙丙) at the start of the text or after a separator (; : , 、 。).
bool closes_enumerator(std::string_view text, std::uint32_t close);

}  // namespace concord::rules::punct
