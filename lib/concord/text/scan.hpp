#pragma once
// Cursor helpers the entity matchers share: byte-level ASCII tests, literal
// matching at an offset, code points around an offset, and the language
// profile that changes how a matcher reads (CST, ¥, counters).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "concord/io/utf8.hpp"

namespace concord::text::detail {

struct LangProfile {
  bool zh = false;  // Chinese, Simplified or Traditional
  bool ja = false;
  bool cjk() const { return zh || ja; }
};

/// "zh", "zh-Hans", "zh-Hant", "zh-TW" → Chinese; "ja", "ja-JP" → Japanese; anything else reads
/// like English.
LangProfile profile_for(std::string_view lang);

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
inline char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

/// Byte at `pos`, or '\0' past the end (so look-ahead needs no bounds checks).
inline char byte_at(std::string_view s, std::size_t pos) { return pos < s.size() ? s[pos] : '\0'; }

/// True when `lit` (UTF-8) occurs at `pos`.
inline bool at(std::string_view s, std::size_t pos, std::string_view lit) {
  if (pos > s.size() || s.size() - pos < lit.size()) return false;
  // A byte loop: literals are short and most comparisons fail at the first byte.
  const char* p = s.data() + pos;
  for (std::size_t i = 0; i < lit.size(); ++i)
    if (p[i] != lit[i]) return false;
  return true;
}

/// ASCII case-insensitive match of a lowercase `word` at `pos`.
inline bool at_ci(std::string_view s, std::size_t pos, std::string_view word) {
  if (pos > s.size() || s.size() - pos < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (to_lower(s[pos + i]) != word[i]) return false;
  return true;
}

/// Like at_ci, and the match ends a word (no ASCII letter or digit follows).
inline bool at_word_ci(std::string_view s, std::size_t pos, std::string_view word) {
  return at_ci(s, pos, word) && !is_alnum(byte_at(s, pos + word.size()));
}

/// Code point at `pos`; `next` receives the offset after it. Past the end: 0.
inline char32_t char_at(std::string_view s, std::size_t pos, std::size_t& next) {
  next = pos;
  if (pos >= s.size()) return 0;
  // ASCII and three-byte sequences (CJK) inline; the rest, and validation of odd bytes, by utf8::next.
  const auto* d = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned b0 = d[pos];
  if (b0 < 0x80) {
    next = pos + 1;
    return b0;
  }
  if ((b0 & 0xF0) == 0xE0 && b0 != 0xE0 && b0 != 0xED && pos + 2 < s.size() && (d[pos + 1] & 0xC0) == 0x80 &&
      (d[pos + 2] & 0xC0) == 0x80) {
    next = pos + 3;
    return static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((d[pos + 1] & 0x3Fu) << 6) | (d[pos + 2] & 0x3Fu));
  }
  return utf8::next(s, next);
}

inline char32_t char_at(std::string_view s, std::size_t pos) {
  std::size_t next = pos;
  return char_at(s, pos, next);
}

/// True when `lit` (UTF-8) ends at `pos`: the character before an offset, without decoding.
inline bool before(std::string_view s, std::size_t pos, std::string_view lit) {
  return pos >= lit.size() && at(s, pos - lit.size(), lit);
}

/// Value of the decimal digit at `pos` (ASCII or full-width), with its byte length; -1 when none.
inline int digit_at(std::string_view s, std::size_t pos, std::size_t& len) {
  const char c = byte_at(s, pos);
  if (is_digit(c)) {
    len = 1;
    return c - '0';
  }
  // U+FF10..U+FF19 are EF BC 90..99.
  if (c == '\xEF' && byte_at(s, pos + 1) == '\xBC') {
    const auto d = static_cast<unsigned char>(byte_at(s, pos + 2));
    if (d >= 0x90 && d <= 0x99) {
      len = 3;
      return d - 0x90;
    }
  }
  return -1;
}

inline bool digit_starts(std::string_view s, std::size_t pos) {
  std::size_t len = 0;
  return digit_at(s, pos, len) >= 0;
}

/// Horizontal spaces (ASCII, NBSP, ideographic) and at most one line break: the gaps a sentence allows
/// between a number and its unit. Returns the offset after them.
std::size_t skip_spaces(std::string_view s, std::size_t pos);

/// The offset after a run of ASCII letters starting at `pos`.
inline std::size_t letters_end(std::string_view s, std::size_t pos) {
  while (pos < s.size() && is_alpha(s[pos])) ++pos;
  return pos;
}

/// The offset after a run of ASCII digits starting at `pos`.
inline std::size_t digits_end(std::string_view s, std::size_t pos) {
  while (pos < s.size() && is_digit(s[pos])) ++pos;
  return pos;
}

/// Reads an unsigned integer of ASCII or full-width digits (at most `max_digits`); returns its value
/// and moves `pos`, or -1 without moving it.
long read_int(std::string_view s, std::size_t& pos, int max_digits, int* digit_count = nullptr);

}  // namespace concord::text::detail
