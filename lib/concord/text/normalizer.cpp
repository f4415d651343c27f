#include "concord/text/normalizer.hpp"

#include <cstring>
#include <vector>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "concord/io/utf8.hpp"
#include "concord/lang/chinese_variants.hpp"

namespace concord::text {
namespace {

// Normalizer2 instances are ICU-owned singletons: borrowed, never deleted.
const icu::Normalizer2* nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

const icu::Normalizer2* nfkc_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

std::string normalize_with(const icu::Normalizer2* n, std::string_view text) {
  if (n == nullptr) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (n->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(text);
  std::string out;
  status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  n->normalizeUTF8(0, piece, sink, nullptr, status);
  return U_SUCCESS(status) ? out : std::string(text);
}

// For every BMP character: what the comparison key turns it into, when
// NFKC_Casefold can be applied to it alone (a normalization boundary on both
// sides, a one-character result: ，→ ,  Ａ→ a  ｶ→カ), then folded
// Traditional→Simplified. Other characters (combining marks, ligatures that
// expand) send the whole text through ICU. Built once.
class KeyTable {
 public:
  static constexpr char16_t kNeedsIcu = 0xFFFF;

  KeyTable() : map_(0x10000), boundary_(0x10000, 0) {
    const icu::Normalizer2* n = nfkc_casefold();
    const lang::ChineseVariants& variants = lang::ChineseVariants::instance();
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      if (cp >= 0xD800 && cp < 0xE000) {
        map_[cp] = kNeedsIcu;
        continue;
      }
      const auto c = static_cast<UChar32>(cp);
      if (n == nullptr || !n->hasBoundaryBefore(c)) {
        map_[cp] = kNeedsIcu;
        continue;
      }
      boundary_[cp] = kBoundaryBefore | (n->hasBoundaryAfter(c) ? kBoundaryAfter : 0);
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString normalized = n->normalize(icu::UnicodeString(c), status);
      if (U_FAILURE(status) || normalized.countChar32() != 1) {
        map_[cp] = kNeedsIcu;
        continue;
      }
      const char32_t folded = variants.to_simplified(static_cast<char32_t>(normalized.char32At(0)));
      map_[cp] = folded < 0x10000 && folded != kNeedsIcu ? static_cast<char16_t>(folded) : kNeedsIcu;
    }
  }

  char16_t operator[](char32_t cp) const { return map_[cp]; }
  /// A character without a boundary after it (か may compose with a following
  /// ゙) can still be mapped alone when the next one starts a new segment.
  bool closes_segment(char32_t cp) const { return cp >= 0x10000 || (boundary_[cp] & kBoundaryAfter); }
  bool opens_segment(char32_t cp) const { return cp < 0x10000 && (boundary_[cp] & kBoundaryBefore); }

 private:
  static constexpr unsigned char kBoundaryBefore = 1, kBoundaryAfter = 2;
  std::vector<char16_t> map_;
  std::vector<unsigned char> boundary_;
};

const KeyTable& key_table() {
  static const KeyTable table;
  return table;
}

char* put_utf8(char* o, char32_t cp) {
  if (cp < 0x80) {
    *o++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *o++ = static_cast<char>(0xC0 | (cp >> 6));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *o++ = static_cast<char>(0xE0 | (cp >> 12));
    *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *o++ = static_cast<char>(0xF0 | (cp >> 18));
    *o++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return o;
}

// ASCII as the key spells it: upper case lowered, every white space a space.
struct AsciiKey {
  char map[128];
  constexpr AsciiKey() : map() {
    for (int c = 0; c < 128; ++c) map[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    for (char c : {'\t', '\n', '\r', '\f', '\v'}) map[static_cast<int>(c)] = ' ';
  }
};
constexpr AsciiKey kAsciiKey;

// The key of text that is already NFKC_Casefold-normal (or made so by ICU):
// fold, collapse white space. Returns false when a character needs ICU.
// This loop reads every byte of every sentence, so ASCII goes through a
// branch-free step: the byte is always written, and the write position only
// advances when it is not a second space in a row.
bool fold_and_collapse(std::string_view text, std::string& out, bool allow_icu_chars) {
  const KeyTable& table = key_table();
  const lang::ChineseVariants& variants = lang::ChineseVariants::instance();
  // Written into a per-thread scratch buffer sized for the worst case (a
  // character never grows by more than one byte in two), then copied out at
  // its exact size.
  thread_local std::string scratch;
  if (scratch.size() < 2 * text.size() + 4) scratch.resize(2 * text.size() + 4);
  char* const first = scratch.data();
  char* o = first;
  bool after_space = true;  // drops leading white space
  const char* const d = text.data();
  const std::size_t size = text.size();
  for (std::size_t pos = 0; pos < size;) {
    auto byte = static_cast<unsigned char>(d[pos]);
    if (byte < 0x80) {
      do {
        const char c = kAsciiKey.map[byte];
        const bool space = c == ' ';
        *o = c;
        o += !(space && after_space);
        after_space = space;
        if (++pos == size) break;
        byte = static_cast<unsigned char>(d[pos]);
      } while (byte < 0x80);
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = utf8::next_valid(text, pos);
    char32_t mapped;
    bool alone = cp < 0x10000 && table[cp] != KeyTable::kNeedsIcu;
    if (alone && !table.closes_segment(cp) && pos < size) {
      std::size_t q = pos;
      alone = table.opens_segment(utf8::next_valid(text, q));
    }
    if (alone) {
      mapped = table[cp];
    } else if (allow_icu_chars) {
      mapped = variants.to_simplified(cp);  // already normalized by ICU
    } else {
      return false;
    }
    if (mapped == U' ') {
      if (!after_space) *o++ = ' ';
      after_space = true;
      continue;
    }
    after_space = false;
    if (mapped == cp) {
      std::memcpy(o, d + start, pos - start);
      o += pos - start;
    } else {
      o = put_utf8(o, mapped);
    }
  }
  if (o != first && after_space) --o;  // the trailing space
  out.assign(first, static_cast<std::size_t>(o - first));
  return true;
}

}  // namespace

std::string nfkc(std::string_view text) { return normalize_with(nfkc_instance(), text); }

std::string comparison_key(std::string_view text) {
  std::string out;
  if (fold_and_collapse(text, out, false)) return out;
  // A character NFKC_Casefold changes (full-width forms, ligatures,
  // compatibility ideographs): let ICU normalize the whole text first.
  static const icu::Normalizer2* casefold = nfkc_casefold();
  const std::string normalized = normalize_with(casefold, text);
  fold_and_collapse(normalized, out, true);
  return out;
}

}  // namespace concord::text
