#include "concord/io/utf8.hpp"

namespace concord::utf8 {
namespace {
constexpr char32_t kReplacement = 0xFFFD;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed sequence at `pos`, or 0 when it is ill-formed
// (Unicode Table 3-7).
std::size_t valid_sequence_at(std::string_view s, std::size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const std::size_t left = s.size() - pos;
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return (left >= 2 && is_continuation(p[1])) ? 2 : 0;
  if (c < 0xF0) {
    if (left < 3 || !is_continuation(p[1]) || !is_continuation(p[2])) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (left < 4 || !is_continuation(p[1]) || !is_continuation(p[2]) || !is_continuation(p[3])) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[1] >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}
}  // namespace

std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0 && lead < 0xF5) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC2) return 2;
  return 1;
}

char32_t next(std::string_view s, std::size_t& pos) {
  const std::size_t n = valid_sequence_at(s, pos);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  switch (n) {
    case 1: pos += 1; return p[0];
    case 2: pos += 2; return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3: pos += 3; return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    case 4:
      pos += 4;
      return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    default: pos += 1; return kReplacement;
  }
}

char32_t prev(std::string_view s, std::size_t& pos) {
  if (pos == 0) return kReplacement;
  std::size_t start = pos - 1;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (start > 0 && pos - start < 4 && is_continuation(p[start])) --start;
  std::size_t probe = start;
  const char32_t cp = next(s, probe);
  if (probe != pos) {  // not one well-formed sequence: step back one byte
    pos -= 1;
    return kReplacement;
  }
  pos = start;
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string encode(char32_t cp) {
  std::string s;
  append(s, cp);
  return s;
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += !is_continuation(c);
  return n;
}

std::optional<std::size_t> first_invalid(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    // ASCII fast path: eight bytes at a time.
    while (pos + 8 <= s.size()) {
      std::uint64_t chunk;
      __builtin_memcpy(&chunk, s.data() + pos, 8);
      if (chunk & 0x8080808080808080ULL) break;
      pos += 8;
    }
    if (pos >= s.size()) break;
    const std::size_t n = valid_sequence_at(s, pos);
    if (n == 0) return pos;
    pos += n;
  }
  return std::nullopt;
}

}  // namespace concord::utf8
