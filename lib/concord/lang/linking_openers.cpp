#include "concord/lang/linking_openers.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <span>

#include "concord/lang/language_tag.hpp"

namespace concord::lang {
namespace {

// One linking phrase: its English openers and the forms a Chinese
// (Simplified, as keys fold Traditional to it) and a Japanese translation
// open with. Only phrases that can only look back are listed: "Also" or
// "Finally" open a list as readily as they link, and "Despite our efforts,"
// is no link at all: a translation joining it to the sentence before makes
// that sentence the object of 尽管 and opens with it just the same.
struct Link {
  std::array<std::string_view, 4> english;
  std::array<std::string_view, 6> chinese;
  std::array<std::string_view, 4> japanese;
};

constexpr Link kLinks[] = {
    {{"for example", "for instance", "e.g."}, {"例如", "比如", "举例来说", "举例而言", "譬如"}, {"例えば", "たとえば"}},
    {{"however", "nevertheless", "nonetheless"}, {"但是", "然而", "不过", "但", "可是"}, {"しかし", "しかしながら", "ただし"}},
    {{"notwithstanding", "even so"}, {"尽管如此", "虽然如此", "即便如此", "即使如此"}, {"それにもかかわらず", "とはいえ"}},
    {{"in addition", "additionally", "moreover", "furthermore"}, {"此外", "另外", "而且", "再者", "除此之外"}, {"さらに", "加えて", "また"}},
    {{"therefore", "consequently", "as a result", "accordingly"}, {"因此", "所以", "故此", "因而"}, {"したがって", "従って", "そのため", "よって"}},
    {{"otherwise"}, {"否则", "不然"}, {"そうでない場合", "さもなければ"}},
};

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// The English key opens with `phrase` as whole words.
bool opens_with_phrase(std::string_view key, std::string_view phrase) {
  if (phrase.empty() || !starts_with(key, phrase)) return false;
  if (key.size() == phrase.size()) return true;
  const char next = key[phrase.size()];
  return next == ',' || next == ' ' || phrase.back() == '.';
}

// The key from its first letter (markup such as "__" or "**", brackets and
// spaces skipped).
std::string_view from_first_letter(std::string_view key) {
  std::int32_t i = 0;
  const auto length = static_cast<std::int32_t>(key.size());
  while (i < length) {
    const std::int32_t at = i;
    UChar32 c;
    U8_NEXT(key.data(), i, length, c);
    if (c >= 0 && u_isalpha(c)) return key.substr(static_cast<std::size_t>(at));
  }
  return {};
}

}  // namespace

bool opens_with_same_link(std::string_view english_key, std::string_view cjk_key, std::string_view cjk_lang) {
  const bool chinese = is_chinese(cjk_lang);
  if (!chinese && primary_language(cjk_lang) != "ja") return false;
  const std::string_view translation = from_first_letter(cjk_key);
  for (const Link& link : kLinks) {
    bool english = false;
    for (std::string_view phrase : link.english) english = english || opens_with_phrase(english_key, phrase);
    if (!english) continue;
    for (std::string_view form : chinese ? std::span<const std::string_view>(link.chinese)
                                         : std::span<const std::string_view>(link.japanese))
      if (!form.empty() && starts_with(translation, form)) return true;
  }
  return false;
}

}  // namespace concord::lang
