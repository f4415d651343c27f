#include "concord/rules/text/cjk_spurious_space_rule.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"
#include "concord/text/words.hpp"

namespace concord::rules {
namespace {

// How many CJK letters on each side of the space the dictionary sees.
constexpr int kWindow = 6;

bool is_han_or_hiragana(char32_t cp) {
  const lang::CharClass c = lang::classify(cp);
  return c == lang::CharClass::han || c == lang::CharClass::hiragana;
}

// Units that close a section number: 第一条, 第3章, 第二節.
bool closes_section_number(char32_t cp) {
  return std::u32string_view(U"条條章节節款项項部篇编編").find(cp) != std::u32string_view::npos;
}

}  // namespace

CjkSpuriousSpaceRule::CjkSpuriousSpaceRule() {
  meta_.id = "text/cjk-spurious-space";
  meta_.summary = "a space inside a CJK word, left by line wrapping";
  meta_.why = "Chinese and Japanese do not separate words with spaces; a space inside a word is a leftover of a "
              "line break and shows up as a gap in the published text.";
  meta_.severity = Severity::warning;
  meta_.languages = {"zh-Hans", "zh-Hant", "ja"};
  meta_.fix = FixAvailability::always;
  meta_.examples = {
      {"zh-Hant", "管理使用者帳戶,確保正« »確的身份驗證措施。", true},
      {"zh-Hans", "确保服务遵循相关法规要求,如 ISO 和 GDPR 等规范。", false},
      {"zh-Hans", "第一条   定义", false},
      {"ja", "Google アナリティクス オプトアウト ブラウザ アドオン", false},
  };
}

void CjkSpuriousSpaceRule::check(const Context& context, Sink& sink) const {
  for (const model::Version& version : context.versions()) {
    if (!version.lang.starts_with("zh") && version.lang != "ja") continue;
    for_each_text_block(version, [&](std::uint32_t, const model::Block& block) {
      const std::string_view text = block.text.view();
      for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t space_begin = pos;
        if (text[pos] != ' ') {
          pos += utf8::sequence_length(static_cast<unsigned char>(text[pos]));
          continue;
        }
        std::size_t space_end = pos;
        while (space_end < text.size() && text[space_end] == ' ') ++space_end;
        pos = space_end;
        if (space_begin == 0 || space_end >= text.size()) continue;
        std::size_t lp = space_begin, rp = space_end;
        const char32_t left = utf8::prev(text, lp);
        const char32_t right = utf8::next(text, rp);
        if (!lang::is_cjk_letter(left) || !lang::is_cjk_letter(right)) continue;
        if (!is_han_or_hiragana(left) && !is_han_or_hiragana(right)) continue;  // katakana words
        if (closes_section_number(left)) continue;
        if (model::in_span(block, static_cast<std::uint32_t>(space_begin), model::InlineSpan::Kind::code)) continue;

        // Join up to kWindow letters each side and ask the dictionary.
        std::size_t wb = lp;
        for (int k = 0; k < kWindow && wb > 0;) {
          std::size_t q = wb;
          if (!lang::is_cjk_letter(utf8::prev(text, q))) break;
          wb = q;
          ++k;
        }
        std::size_t we = space_end;
        for (int k = 0; k < kWindow && we < text.size();) {
          std::size_t q = we;
          if (!lang::is_cjk_letter(utf8::next(text, q))) break;
          we = q;
          ++k;
        }
        const std::string joined = std::string(text.substr(wb, space_begin - wb)) +
                                   std::string(text.substr(space_end, we - space_end));
        const auto junction = static_cast<std::uint32_t>(space_begin - wb);
        if (text::is_word_boundary(joined, version.lang, junction)) continue;

        const std::string word = std::string(text.substr(lp, space_begin - lp)) +
                                 std::string(text.substr(space_end, rp - space_end));
        Finding& f = sink.report(version, block, static_cast<std::uint32_t>(space_begin),
                                 static_cast<std::uint32_t>(space_end),
                                 "space inside the word \"" + word + "\" (a line-wrap leftover)");
        if (auto e = edit_at(version, block, static_cast<std::uint32_t>(space_begin),
                             static_cast<std::uint32_t>(space_end), ""))
          f.fix = Fix{"Remove the space", {*e}};
      }
    });
  }
}

}  // namespace concord::rules
