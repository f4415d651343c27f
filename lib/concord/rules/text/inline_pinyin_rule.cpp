#include "concord/rules/text/inline_pinyin_rule.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

bool is_tone_vowel(char32_t cp) {
  return std::u32string_view(U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ").find(cp) != std::u32string_view::npos;
}

bool is_pinyin_letter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || cp == U'ü' || is_tone_vowel(cp); }

// Length in bytes of "(syllable)" at `pos` when it holds one pinyin syllable
// with a tone mark, else 0.
std::size_t pinyin_group_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || text[pos] != '(') return 0;
  std::size_t p = pos + 1;
  int letters = 0;
  bool tone = false;
  while (p < text.size() && letters <= 6) {
    std::size_t q = p;
    const char32_t cp = utf8::next(text, q);
    if (cp == ')') return tone && letters >= 1 ? q - pos : 0;
    if (!is_pinyin_letter(cp)) return 0;
    tone |= is_tone_vowel(cp);
    ++letters;
    p = q;
  }
  return 0;
}

}  // namespace

InlinePinyinRule::InlinePinyinRule() {
  meta_.id = "text/inline-pinyin";
  meta_.summary = "pinyin with tone marks pasted after characters";
  meta_.why = "Text copied from pages that annotate characters with pinyin keeps the annotations as text: "
              "網(wǎng)絡(luò) instead of 網絡.";
  meta_.severity = Severity::warning;
  meta_.languages = {"zh-Hans", "zh-Hant"};
  meta_.fix = FixAvailability::always;
  meta_.examples = {{"zh-Hant", "網«(wǎng)»絡平臺信息安全合同書", true},
                    {"zh-Hans", "张三 (Zhang San) 签署了合同 (2024)。", false}};
}

void InlinePinyinRule::check(const Context& context, Sink& sink) const {
  for (const model::Version& version : context.versions()) {
    if (!version.lang.starts_with("zh")) continue;
    for_each_text_block(version, [&](std::uint32_t, const model::Block& block) {
      const std::string_view text = block.text.view();
      Fix fix{"Remove the pinyin", {}};
      std::uint32_t first_begin = 0, first_end = 0;
      std::string first;
      std::size_t count = 0;
      bool fixable = true;
      for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(text, pos);
        if (lang::classify(cp) != lang::CharClass::han) continue;
        const std::size_t len = pinyin_group_at(text, pos);
        if (len == 0) continue;
        if (count++ == 0) {
          first_begin = static_cast<std::uint32_t>(pos);
          first_end = static_cast<std::uint32_t>(pos + len);
          first = std::string(text.substr(start, pos + len - start));
        }
        if (auto e = edit_at(version, block, static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + len), ""))
          fix.edits.push_back(*e);
        else
          fixable = false;
        pos += len;
      }
      if (count == 0) return;
      std::string message = "pinyin pasted after " + std::string(count == 1 ? "a character: " : "characters: ") + first;
      if (count > 1) message += " and " + std::to_string(count - 1) + " more";
      Finding& f = sink.report(version, block, first_begin, first_end, message);
      if (fixable) f.fix = std::move(fix);
    });
  }
}

}  // namespace concord::rules
