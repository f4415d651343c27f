#include "concord/lang/char_class.hpp"

#include <array>
#include <memory>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace concord::lang {
namespace {

CharClass classify_with_icu(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  // 〇 々 〆 behave as ideographs in running text.
  if (c == 0x3007 || c == 0x3005 || c == 0x3006) return CharClass::han;
  const int8_t type = u_charType(c);
  if (u_isUWhiteSpace(c)) return CharClass::space;
  if (type == U_DECIMAL_DIGIT_NUMBER) return CharClass::digit;
  if (u_isalpha(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_LETTER_NUMBER) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status)) return CharClass::other_letter;
    switch (script) {
      case USCRIPT_LATIN: return CharClass::latin;
      case USCRIPT_HAN: return CharClass::han;
      case USCRIPT_HIRAGANA: return CharClass::hiragana;
      case USCRIPT_KATAKANA: return CharClass::katakana;
      case USCRIPT_HANGUL: return CharClass::hangul;
      case USCRIPT_CYRILLIC: return CharClass::cyrillic;
      case USCRIPT_GREEK: return CharClass::greek;
      case USCRIPT_INHERITED:
      case USCRIPT_COMMON: return CharClass::other;
      default: return CharClass::other_letter;
    }
  }
  if (u_ispunct(c) || type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL || type == U_MODIFIER_SYMBOL ||
      type == U_OTHER_SYMBOL)
    return CharClass::punct;
  return CharClass::other;
}

struct BmpTable {
  std::array<CharClass, 0x10000> cls{};
  std::array<std::uint8_t, 0x10000> wide{};
  BmpTable() {
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      cls[cp] = classify_with_icu(cp);
      const int width = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
      wide[cp] = (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 1 : 0;
    }
  }
};

const BmpTable& table() {
  static const auto* t = new BmpTable();  // built once, never freed
  return *t;
}

}  // namespace

CharClass classify(char32_t cp) {
  if (cp < 0x80) {
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CharClass::latin;
    if (cp >= '0' && cp <= '9') return CharClass::digit;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') return CharClass::space;
  }
  if (cp < 0x10000) return table().cls[cp];
  return classify_with_icu(cp);
}

bool is_cjk_wide(char32_t cp) {
  const CharClass c = classify(cp);
  if (c == CharClass::han || c == CharClass::hiragana || c == CharClass::katakana || c == CharClass::hangul)
    return true;
  if (c == CharClass::punct || c == CharClass::digit || c == CharClass::other) {
    return cp < 0x10000 ? table().wide[cp] != 0 : false;
  }
  return false;
}

int display_width(char32_t cp) {
  if (cp < 0x80) return 1;
  if (cp < 0x10000) return table().wide[cp] ? 2 : 1;
  return is_cjk_letter(cp) ? 2 : 1;
}

}  // namespace concord::lang
