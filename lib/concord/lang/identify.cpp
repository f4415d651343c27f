#include "concord/lang/identify.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/lang/chinese_variants.hpp"

namespace concord::lang {

void ScriptCounts::add(const ScriptCounts& o) {
  latin += o.latin;
  han += o.han;
  kana += o.kana;
  hangul += o.hangul;
  cyrillic += o.cyrillic;
  greek += o.greek;
  other_letters += o.other_letters;
  traditional_only += o.traditional_only;
  simplified_only += o.simplified_only;
}

std::uint32_t ScriptCounts::evidence() const {
  return latin + cyrillic + greek + other_letters + 3 * (han + kana + hangul);
}

ScriptCounts count_scripts(std::string_view text) {
  const ChineseVariants& variants = ChineseVariants::instance();
  ScriptCounts c;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      c.latin += ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z');
      ++pos;
      continue;
    }
    const char32_t cp = utf8::next(text, pos);
    switch (classify(cp)) {
      case CharClass::latin: ++c.latin; break;
      case CharClass::han:
        ++c.han;
        c.traditional_only += variants.traditional_only(cp);
        c.simplified_only += variants.simplified_only(cp);
        break;
      case CharClass::hiragana:
      case CharClass::katakana: ++c.kana; break;
      case CharClass::hangul: ++c.hangul; break;
      case CharClass::cyrillic: ++c.cyrillic; break;
      case CharClass::greek: ++c.greek; break;
      case CharClass::other_letter: ++c.other_letters; break;
      default: break;
    }
  }
  return c;
}

std::string identify(const ScriptCounts& c) {
  const std::uint32_t cjk = c.han + c.kana + c.hangul;
  if (c.evidence() < 3) return "und";
  if (3 * cjk >= c.latin + c.cyrillic + c.greek + c.other_letters) {
    // Japanese writes kana in almost every sentence (a third or more of its
    // characters); Chinese text borrows a kana word at most.
    if (c.kana > 0 && c.kana * 5 >= cjk) return "ja";
    if (c.hangul * 2 > cjk) return "ko";
    if (c.han == 0) return c.kana ? "ja" : "und";
    if (c.traditional_only > c.simplified_only) return "zh-Hant";
    if (c.simplified_only > c.traditional_only) return "zh-Hans";
    return "zh";
  }
  if (c.cyrillic > c.latin) return "ru";
  if (c.greek > c.latin) return "el";
  if (c.other_letters > c.latin) return "und";
  return "en";
}

}  // namespace concord::lang
