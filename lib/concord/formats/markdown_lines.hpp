#pragma once
// Line stepping over decoded text, with the line endings CommonMark knows
// (LF, CRLF, CR), for the Markdown reader's helpers.
#include <cstdint>
#include <string_view>

namespace concord::formats::markdown {

struct TextLine {
  std::uint32_t begin = 0;  // first byte of the line
  std::uint32_t end = 0;    // its line terminator (or the end of the text)
  std::uint32_t next = 0;   // first byte of the following line
  std::string_view text;    // [begin, end)
};

inline bool is_line_end(char c) { return c == '\n' || c == '\r'; }
inline bool is_blank_char(char c) { return c == ' ' || c == '\t'; }

/// The line that starts at `begin`.
inline TextLine line_at(std::string_view text, std::uint32_t begin) {
  const auto size = static_cast<std::uint32_t>(text.size());
  if (begin > size) begin = size;
  std::uint32_t end = begin;
  while (end < size && !is_line_end(text[end])) ++end;
  std::uint32_t next = end;
  if (next < size) next += (text[next] == '\r' && next + 1 < size && text[next + 1] == '\n') ? 2 : 1;
  return {begin, end, next, text.substr(begin, end - begin)};
}

inline std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && is_blank_char(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank_char(s.back())) s.remove_suffix(1);
  return s;
}

inline bool is_blank_line(std::string_view s) { return trim_blanks(s).empty(); }

}  // namespace concord::formats::markdown
