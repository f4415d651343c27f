#include "concord/rules/punct/enumerator.hpp"

#include "concord/io/utf8.hpp"

namespace concord::rules::punct {
namespace {

constexpr std::size_t kMaxLabel = 5;  // code points: "viii", "1.2.3"

bool is_digit(char32_t cp) { return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'); }
bool is_cjk_numeral(char32_t cp) {
  return std::u32string_view(U"〇一二三四五六七八九十百甲乙丙丁戊己庚辛壬癸").find(cp) != std::u32string_view::npos;
}
// Japanese lists count in kana too: ア) イ) ウ), い) ろ) は).
bool is_kana_letter(char32_t cp) { return (cp >= U'ぁ' && cp <= U'ゖ') || (cp >= U'ァ' && cp <= U'ヺ'); }
bool is_roman(char32_t cp) { return std::u32string_view(U"ivxIVX").find(cp) != std::u32string_view::npos; }
bool is_latin(char32_t cp) { return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z'); }

// What may stand before an enumerator: the start, white space, or a
// punctuation mark that separates items of a run-in list.
bool separates(char32_t cp) {
  return std::u32string_view(U" \t\u3000;；:：,，、。.．").find(cp) != std::u32string_view::npos;
}

bool is_label(std::u32string_view label) {
  if (label.empty() || label.size() > kMaxLabel) return false;
  bool digits = true, roman = true, cjk = true;
  for (char32_t cp : label) {
    digits &= is_digit(cp) || cp == U'.';
    roman &= is_roman(cp);
    cjk &= is_cjk_numeral(cp);
  }
  if (digits) return is_digit(label.front()) && is_digit(label.back());
  return roman || cjk || (label.size() == 1 && (is_latin(label.front()) || is_kana_letter(label.front())));
}

// A "." between digits belongs to the label ("1.2)"), not before it.
bool joins_digits(std::string_view text, std::size_t dot, char32_t cp, std::u32string_view label_so_far) {
  if (cp != U'.' || label_so_far.empty() || !is_digit(label_so_far.front()) || dot == 0) return false;
  return is_digit(utf8::prev(text, dot));
}

}  // namespace

bool closes_enumerator(std::string_view text, std::uint32_t close) {
  std::u32string label;
  std::size_t pos = close;
  while (pos > 0 && label.size() <= kMaxLabel) {
    std::size_t before = pos;
    const char32_t cp = utf8::prev(text, before);
    if (separates(cp) && !joins_digits(text, before, cp, label)) break;
    label.insert(label.begin(), cp);
    pos = before;
  }
  if (!is_label(label)) return false;
  if (pos == 0) return true;
  std::size_t before = pos;
  return separates(utf8::prev(text, before));
}

}  // namespace concord::rules::punct
