#include "concord/text/scan.hpp"

namespace concord::text::detail {

LangProfile profile_for(std::string_view lang) {
  // The primary subtag decides; scripts and regions (Hans, Hant, TW) read the same numerals.
  const std::string_view primary = lang.substr(0, lang.find_first_of("-_"));
  LangProfile p;
  p.zh = primary.size() == 2 && at_ci(primary, 0, "zh");
  p.ja = primary.size() == 2 && at_ci(primary, 0, "ja");
  return p;
}

std::size_t skip_spaces(std::string_view s, std::size_t pos) {
  const std::size_t start = pos;
  bool line_break = false;
  while (pos < s.size()) {
    const char c = s[pos];
    if (c == ' ' || c == '\t') {
      ++pos;
    } else if (c == '\n' || c == '\r') {
      if (line_break) return start;  // a blank line ends the sentence
      line_break = true;
      pos += (c == '\r' && byte_at(s, pos + 1) == '\n') ? 2 : 1;
    } else if (at(s, pos, "\xC2\xA0")) {  // NBSP
      pos += 2;
    } else if (at(s, pos, "\xE3\x80\x80")) {  // ideographic space
      pos += 3;
    } else {
      break;
    }
  }
  return pos;
}

long read_int(std::string_view s, std::size_t& pos, int max_digits, int* digit_count) {
  long value = 0;
  int count = 0;
  std::size_t p = pos;
  std::size_t len = 0;
  for (int d = digit_at(s, p, len); d >= 0; d = digit_at(s, p, len)) {
    if (++count > max_digits) return -1;
    value = value * 10 + d;
    p += len;
  }
  if (count == 0) return -1;
  pos = p;
  if (digit_count) *digit_count = count;
  return value;
}

}  // namespace concord::text::detail
