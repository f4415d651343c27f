#include "concord/text/normalizer.hpp"

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

bool is_ascii_space(unsigned char b) { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'; }

// The key of text that is already NFKC_Casefold-normal (or made so by ICU):
// fold, collapse white space. Returns false when a character needs ICU.
bool fold_and_collapse(std::string_view text, std::string& out, bool allow_icu_chars) {
  const KeyTable& table = key_table();
  const lang::ChineseVariants& variants = lang::ChineseVariants::instance();
  bool pending_space = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      ++pos;
      if (is_ascii_space(byte)) {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte));
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = utf8::next_valid(text, pos);
    char32_t mapped;
    bool alone = cp < 0x10000 && table[cp] != KeyTable::kNeedsIcu;
    if (alone && !table.closes_segment(cp) && pos < text.size()) {
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
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (mapped == cp) out.append(text.data() + start, pos - start);
    else utf8::append(out, mapped);
  }
  return true;
}

}  // namespace

std::string nfkc(std::string_view text) { return normalize_with(nfkc_instance(), text); }

std::string comparison_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  if (fold_and_collapse(text, out, false)) return out;
  // A character NFKC_Casefold changes (full-width forms, ligatures,
  // compatibility ideographs): let ICU normalize the whole text first.
  static const icu::Normalizer2* casefold = nfkc_casefold();
  const std::string normalized = normalize_with(casefold, text);
  out.clear();
  fold_and_collapse(normalized, out, true);
  return out;
}

}  // namespace concord::text
