#include "concord/lang/chinese_variants.hpp"

#include "concord/io/utf8.hpp"

namespace concord::lang {
namespace {

struct GeneratedEntry {
  char32_t cp;
  unsigned flags;
  char32_t simplified;
  char32_t traditional;
};

constexpr GeneratedEntry kEntries[] = {
#include "concord/chinese_variant_table.inc"
};

}  // namespace

const ChineseVariants& ChineseVariants::instance() {
  static const ChineseVariants variants;
  return variants;
}

// A BMP entry whose form lies outside the BMP is looked up in astral_.
constexpr char16_t kSeeAstral = 0xFFFF;

ChineseVariants::ChineseVariants()
    : bmp_flags_(0x10000, 0), bmp_simplified_(0x10000, 0), bmp_traditional_(0x10000, 0) {
  for (const GeneratedEntry& e : kEntries) {
    if (e.cp >= 0x10000) {
      astral_[e.cp] = Forms{static_cast<unsigned char>(e.flags), e.simplified, e.traditional};
      continue;
    }
    bmp_flags_[e.cp] = static_cast<unsigned char>(e.flags);
    const bool astral_form = e.simplified >= 0x10000 || e.traditional >= 0x10000;
    if (astral_form) astral_[e.cp] = Forms{static_cast<unsigned char>(e.flags), e.simplified, e.traditional};
    bmp_simplified_[e.cp] = e.simplified >= 0x10000 ? kSeeAstral : static_cast<char16_t>(e.simplified);
    bmp_traditional_[e.cp] = e.traditional >= 0x10000 ? kSeeAstral : static_cast<char16_t>(e.traditional);
  }
}

unsigned char ChineseVariants::flag(char32_t cp) const {
  if (cp < 0x10000) return bmp_flags_[cp];
  auto it = astral_.find(cp);
  return it == astral_.end() ? 0 : it->second.flags;
}

char32_t ChineseVariants::to_simplified(char32_t cp) const {
  if (cp < 0x10000 && bmp_simplified_[cp] != kSeeAstral) {
    const char16_t v = bmp_simplified_[cp];
    return v ? v : cp;
  }
  auto it = astral_.find(cp);
  return it != astral_.end() && it->second.simplified ? it->second.simplified : cp;
}

char32_t ChineseVariants::to_traditional(char32_t cp) const {
  if (cp < 0x10000 && bmp_traditional_[cp] != kSeeAstral) {
    const char16_t v = bmp_traditional_[cp];
    return v ? v : cp;
  }
  auto it = astral_.find(cp);
  return it != astral_.end() && it->second.traditional ? it->second.traditional : cp;
}

std::string ChineseVariants::fold_to_simplified(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;  // text[copied, pos) is pending, unchanged
  for (std::size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = utf8::next_valid(text, pos);
    const char32_t folded = to_simplified(cp);
    if (folded == cp) continue;
    out.append(text.data() + copied, start - copied);
    utf8::append(out, folded);
    copied = pos;
  }
  out.append(text.data() + copied, text.size() - copied);
  return out;
}

}  // namespace concord::lang
