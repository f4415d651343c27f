#pragma once
// The byte-level filter in front of the matchers: which bytes, code points and English words may
// start an entity. extract_entities reads every byte of every document through these tables, so
// they are small, branch-light and inline.
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace concord::text::detail {

enum class ByteClass : std::uint8_t { skip, digit, letter, symbol, lead2, lead3 };

constexpr std::array<ByteClass, 256> make_byte_classes() {
  std::array<ByteClass, 256> classes{};
  for (int b = 0; b < 256; ++b) {
    ByteClass c = ByteClass::skip;
    if (b >= '0' && b <= '9') c = ByteClass::digit;
    else if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) c = ByteClass::letter;
    else if (b == '$' || b == '+') c = ByteClass::symbol;
    else if (b >= 0xC2 && b <= 0xDF) c = ByteClass::lead2;
    else if (b >= 0xE0 && b <= 0xEF) c = ByteClass::lead3;
    // Four-byte sequences (emoji, rare ideographs) start nothing: their bytes are skipped.
    classes[static_cast<std::size_t>(b)] = c;
  }
  return classes;
}
inline constexpr std::array<ByteClass, 256> kByteClasses = make_byte_classes();

inline bool is_word_byte(unsigned char c) {
  const ByteClass cls = kByteClasses[c];
  return cls == ByteClass::letter || cls == ByteClass::digit;
}

/// The end of a run of ASCII letters and digits from `pos`.
inline std::size_t word_bytes_end(const unsigned char* d, std::size_t pos, std::size_t size) {
  while (pos < size && is_word_byte(d[pos])) ++pos;
  return pos;
}

/// The end of a run of ASCII letters from `pos`, eight bytes at a time: English text is mostly
/// words, and this loop reads all of them (one predictable branch per word, not per letter).
inline std::size_t letter_run_end(const unsigned char* d, std::size_t pos, std::size_t size) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  if constexpr (std::endian::native == std::endian::little) {
    while (pos + 8 <= size) {
      std::uint64_t bytes = 0;
      std::memcpy(&bytes, d + pos, 8);
      // Per byte: folded to lowercase and to 7 bits, a letter lies in 0x61..0x7A; adding 0x1F
      // sets the high bit from 0x61 up, adding 0x05 from 0x7B up (no carries between bytes).
      const std::uint64_t low7 = (bytes | (0x20 * kOnes)) & (0x7F * kOnes);
      const std::uint64_t letters = (low7 + 0x1F * kOnes) & ~(low7 + 0x05 * kOnes) & ~bytes & kHigh;
      const std::uint64_t others = ~letters & kHigh;
      if (others != 0) return pos + static_cast<std::size_t>(std::countr_zero(others) / 8);
      pos += 8;
    }
  }
  while (pos < size && kByteClasses[d[pos]] == ByteClass::letter) ++pos;
  return pos;
}

/// Non-ASCII code points that may start an entity (CJK numerals, 第, era names, currency signs…).
class StartTable {
 public:
  StartTable();
  /// For the three bytes of a well-formed sequence: the word holds the 64 code points that share
  /// the first two bytes, the last byte picks the bit.
  bool test(unsigned b0, unsigned b1, unsigned b2) const {
    return ((words_[((b0 & 0x0Fu) << 6) | (b1 & 0x3Fu)] >> (b2 & 0x3Fu)) & 1u) != 0;
  }
  /// For a two-byte sequence: only ¥ £ §.
  static bool test2(char32_t cp) { return cp == U'¥' || cp == U'£' || cp == U'§'; }

 private:
  void set(char32_t cp) { words_[cp >> 6] |= std::uint64_t{1} << (cp & 63); }
  std::uint64_t words_[0x10000 / 64] = {};
};

const StartTable& start_table();

/// English words that may start an entity: month names, spelled numbers, version and part
/// keywords. A (first letter, last letter, length) mask rejects almost every other word.
class EnglishKeywords {
 public:
  EnglishKeywords();
  /// The one-lookup filter, for the first and last letters of a word and its length.
  bool may_contain(char first, char last, std::size_t size) const {
    return size < 32 && ((masks_[(first | 0x20) - 'a'][(last | 0x20) - 'a'] >> size) & 1u) != 0;
  }
  bool contains(std::string_view word) const;

 private:
  std::uint32_t masks_[26][26] = {};
  std::string_view buckets_[26][16];  // by first letter; no letter starts more than 16 keywords
  int sizes_[26] = {};
};

const EnglishKeywords& english_keywords();

}  // namespace concord::text::detail
