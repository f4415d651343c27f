#include "concord/rules/script/kana_in_chinese_rule.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/lang/language_tag.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

// Kana closer than this (code points) belong to one Japanese phrase.
constexpr std::size_t kPhraseGap = 3;

}  // namespace

KanaInChineseRule::KanaInChineseRule() {
  meta_.id = "script/kana-in-chinese";
  meta_.summary = "Japanese kana inside a Chinese version";
  meta_.why = "Chinese text has no kana; a kana word is Japanese left untranslated.";
  meta_.severity = Severity::warning;
  meta_.languages = {"zh-Hans", "zh-Hant"};
  meta_.examples = {{"zh-Hans", "11\t«その他»", true}, {"zh-Hans", "张三・李四的文件", false}};
}

void KanaInChineseRule::check(const Context& context, Sink& sink) const {
  for (const model::Version& version : context.versions()) {
    if (!lang::is_chinese(version.lang)) continue;
    for_each_text_block(version, [&](std::uint32_t, const model::Block& block) {
      const std::string_view text = block.text.view();
      std::size_t phrase_begin = 0, phrase_end = 0, since_kana = 0;
      bool open = false;

      // The phrase grows to the CJK letters around its kana: その他, not その.
      auto flush = [&] {
        if (!open) return;
        std::size_t b = phrase_begin, e = phrase_end;
        for (std::size_t p = b; p > 0;) {
          std::size_t q = p;
          if (!lang::is_cjk_letter(utf8::prev(text, q))) break;
          b = p = q;
        }
        for (std::size_t p = e; p < text.size();) {
          std::size_t q = p;
          if (!lang::is_cjk_letter(utf8::next(text, q))) break;
          e = p = q;
        }
        const std::string phrase(text.substr(b, e - b));
        sink.report(version, block, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e),
                    "Japanese kana in Chinese text: \"" + phrase + "\"");
        open = false;
      };

      for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(text, pos);
        if (lang::is_kana(cp) && !outside_prose(version, block, static_cast<std::uint32_t>(start))) {
          if (open && since_kana > kPhraseGap) flush();
          if (!open) phrase_begin = start;
          open = true;
          phrase_end = pos;
          since_kana = 0;
        } else {
          ++since_kana;
        }
      }
      flush();
    });
  }
}

}  // namespace concord::rules
