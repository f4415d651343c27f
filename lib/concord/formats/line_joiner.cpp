#include "concord/formats/line_joiner.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::formats {

namespace {
bool is_word_char(char32_t cp) {
  const lang::CharClass c = lang::classify(cp);
  return c == lang::CharClass::latin || c == lang::CharClass::digit || c == lang::CharClass::cyrillic ||
         c == lang::CharClass::greek || c == lang::CharClass::other_letter;
}
}  // namespace

bool joins_without_space(char32_t before, char32_t after) {
  // CJK next to CJK, or next to punctuation ("电脑)" + "及"), joins directly;
  // a Latin word or number keeps its space ("如 ISO" + "和 GDPR").
  const bool cjk_before = lang::is_cjk_wide(before), cjk_after = lang::is_cjk_wide(after);
  if (cjk_before && cjk_after) return true;
  if (cjk_before) return !is_word_char(after);
  if (cjk_after) return !is_word_char(before);
  return false;
}

bool starts_with_item_number(std::string_view line) {
  std::size_t digits = 0;
  while (digits < line.size() && digits < 4 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits == 0 || digits > 3) return false;
  std::size_t pos = digits;
  const char32_t mark = utf8::next(line, pos);
  if (mark != '.' && mark != ')' && mark != U'．' && mark != U'）' && mark != U'、') return false;
  return pos >= line.size() || !(line[pos] >= '0' && line[pos] <= '9');
}

std::string_view line_separator(char32_t before, std::string_view next_line) {
  if (starts_with_item_number(next_line)) return "\n";
  std::size_t start = 0;
  return joins_without_space(before, utf8::next(next_line, start)) ? "" : " ";
}

void append_joined(model::MappedText& text, std::string_view piece, std::uint32_t source_begin,
                   std::uint32_t break_at) {
  if (piece.empty()) return;
  if (!text.empty()) {
    std::size_t end = text.size();
    const std::string_view separator = line_separator(utf8::prev(text.view(), end), piece);
    if (!separator.empty()) text.append_synthetic(separator, break_at, 1);
  }
  text.append_source(piece, source_begin);
}

}  // namespace concord::formats
