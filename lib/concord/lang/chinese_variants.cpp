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

ChineseVariants::ChineseVariants() : bmp_(0x10000) {
  for (const GeneratedEntry& e : kEntries) {
    const Forms f{static_cast<unsigned char>(e.flags), e.simplified, e.traditional};
    if (e.cp < 0x10000) bmp_[e.cp] = f;
    else astral_[e.cp] = f;
  }
}

unsigned char ChineseVariants::flag(char32_t cp) const {
  if (cp < 0x10000) return bmp_[cp].flags;
  auto it = astral_.find(cp);
  return it == astral_.end() ? 0 : it->second.flags;
}

char32_t ChineseVariants::to_simplified(char32_t cp) const {
  const char32_t v = cp < 0x10000 ? bmp_[cp].simplified
                                  : (astral_.count(cp) ? astral_.at(cp).simplified : char32_t{0});
  return v ? v : cp;
}

char32_t ChineseVariants::to_traditional(char32_t cp) const {
  const char32_t v = cp < 0x10000 ? bmp_[cp].traditional
                                  : (astral_.count(cp) ? astral_.at(cp).traditional : char32_t{0});
  return v ? v : cp;
}

std::string ChineseVariants::fold_to_simplified(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t cp = utf8::next(text, pos);
    const char32_t folded = to_simplified(cp);
    if (folded == cp) out.append(text.substr(start, pos - start));
    else utf8::append(out, folded);
  }
  return out;
}

}  // namespace concord::lang
