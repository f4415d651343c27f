#pragma once
// Fast per-code-point classification for the hot loops (language
// identification, script rules, line joining). The BMP table is built once
// from ICU's script and category data; other planes ask ICU directly.
#include <cstdint>

namespace concord::lang {

enum class CharClass : std::uint8_t {
  other,
  space,
  digit,       // any decimal digit, including full-width
  punct,       // punctuation and symbols
  latin,       // Latin letters
  han,         // CJK ideographs (and 〇々〆)
  hiragana,
  katakana,
  hangul,
  cyrillic,
  greek,
  other_letter,
};

CharClass classify(char32_t cp);

inline bool is_kana(char32_t cp) {
  const CharClass c = classify(cp);
  return c == CharClass::hiragana || c == CharClass::katakana;
}

/// Han ideographs, kana, Hangul.
inline bool is_cjk_letter(char32_t cp) {
  const CharClass c = classify(cp);
  return c == CharClass::han || c == CharClass::hiragana || c == CharClass::katakana || c == CharClass::hangul;
}

/// Characters a CJK line joins to without a space: CJK letters plus the
/// full-width punctuation and symbols of CJK text.
bool is_cjk_wide(char32_t cp);

/// Display width in columns (2 for East Asian wide and full-width characters).
int display_width(char32_t cp);

}  // namespace concord::lang
