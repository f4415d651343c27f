#pragma once
// Small UTF-8 helpers shared by every stage. ICU does the heavy lifting
// (conversion, normalization, segmentation); these cover the hot loops that
// only need to step over code points.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace concord::utf8 {

/// Decodes the code point starting at `pos` and advances `pos` past it.
/// Invalid sequences yield U+FFFD and advance by one byte.
char32_t next(std::string_view s, std::size_t& pos);

/// Decodes the code point at `pos` of text known to be valid UTF-8 (decoded
/// text always is) without checking, and advances `pos`. For hot loops.
inline char32_t next_valid(std::string_view s, std::size_t& pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  if (p[0] < 0x80) {
    pos += 1;
    return p[0];
  }
  if (p[0] < 0xE0) {
    pos += 2;
    return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (p[0] < 0xF0) {
    pos += 3;
    return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  pos += 4;
  return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/// Decodes the code point that ends at `pos` and moves `pos` to its start.
char32_t prev(std::string_view s, std::size_t& pos);

/// Byte length of the sequence introduced by `lead` (1 for invalid leads).
std::size_t sequence_length(unsigned char lead);

/// Appends the UTF-8 encoding of `cp`.
void append(std::string& out, char32_t cp);

/// Encodes one code point.
std::string encode(char32_t cp);

/// Number of code points in `s`.
std::size_t length(std::string_view s);

/// Offset of the first byte that does not start a well-formed UTF-8 sequence
/// (overlongs, surrogates and values above U+10FFFF are ill-formed), or
/// nothing when the whole buffer is valid.
std::optional<std::size_t> first_invalid(std::string_view s);

}  // namespace concord::utf8
