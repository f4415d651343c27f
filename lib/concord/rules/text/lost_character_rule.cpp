#include "concord/rules/text/lost_character_rule.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

bool is_question_mark(char32_t cp) { return cp == '?' || cp == U'？'; }

// Sentence-final particles after which "?" is a real question.
bool is_question_particle(char32_t cp) {
  return std::u32string_view(U"吗嗎呢么麼吧嘛かのね").find(cp) != std::u32string_view::npos;
}

// Question words: a clause holding one asks something.
bool asks_something(std::string_view clause) {
  static constexpr std::string_view kWords[] = {"什么", "什麼", "为什么", "為什麼", "如何", "怎么", "怎麼", "哪",
                                                "谁",   "誰",   "是否",   "多少",   "几",   "幾",   "なぜ", "何",
                                                "どう", "いつ", "どこ",   "だれ",   "誰"};
  for (std::string_view w : kWords)
    if (clause.find(w) != std::string_view::npos) return true;
  return false;
}

bool ends_clause(char32_t cp) {
  return std::u32string_view(U"。！？!?；;\n").find(cp) != std::u32string_view::npos;
}

bool is_latin_letter(char32_t cp) { return lang::classify(cp) == lang::CharClass::latin; }

// Whether the white-space-delimited token around [begin, end) is a URL or a
// path, where "?" starts a query.
bool inside_url(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t b = begin, e = end;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\t') --b;
  while (e < text.size() && text[e] != ' ' && text[e] != '\t') ++e;
  const std::string_view token = text.substr(b, e - b);
  return token.find("://") != std::string_view::npos || token.find("www.") != std::string_view::npos ||
         token.find('/') != std::string_view::npos || token.find('=') != std::string_view::npos;
}

}  // namespace

LostCharacterRule::LostCharacterRule() {
  meta_.id = "text/lost-character";
  meta_.summary = "U+FFFD or a stray ? where a character was lost";
  meta_.why = "A replacement character or a question mark in the middle of a word means a character was lost when "
              "the text went through an encoding that could not hold it.";
  meta_.severity = Severity::warning;
  meta_.examples = {
      {"ja", "クラウドユーザーのアクセス権の管理«?» ユーザー および 権限", true},
      {"zh-Hans", "信息«\xEF\xBF\xBD»全管理", true},
      {"en", "The caf«?»s are open.", true},
      {"ja", "なぜ共同責任モデルが重要なのでしょうか? 以下で説明します。", false},
      {"zh-Hans", "什么是共享责任模型？它定义了双方的责任。", false},
      {"en", "Is it open? Yes.", false},
      {"zh-Hans", "请参考 https://www.kintone.cn/service/security.aspx?cid=58 的内容", false},
  };
}

void LostCharacterRule::check(const Context& context, Sink& sink) const {
  for (const model::Version& version : context.versions()) {
    for_each_text_block(version, [&](std::uint32_t, const model::Block& block) {
      const std::string_view text = block.text.view();
      std::size_t clause_start = 0;
      for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(text, pos);
        if (model::in_span(block, static_cast<std::uint32_t>(start), model::InlineSpan::Kind::code) ||
            model::in_span(block, static_cast<std::uint32_t>(start), model::InlineSpan::Kind::link)) {
          continue;
        }
        if (cp == 0xFFFD) {
          std::size_t end = pos;
          while (end < text.size()) {
            std::size_t q = end;
            if (utf8::next(text, q) != 0xFFFD) break;
            end = q;
          }
          sink.report(version, block, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                      "lost character: U+FFFD replacement character");
          pos = end;
          continue;
        }
        if (!is_question_mark(cp)) {
          if (ends_clause(cp)) clause_start = pos;
          continue;
        }
        std::size_t end = pos;  // the run of question marks
        while (end < text.size()) {
          std::size_t q = end;
          if (!is_question_mark(utf8::next(text, q))) break;
          end = q;
        }
        std::size_t lp = start;
        const char32_t before = start > 0 ? utf8::prev(text, lp) : U' ';
        std::size_t rp = end;
        while (rp < text.size() && text[rp] == ' ') ++rp;
        std::size_t rq = rp;
        const char32_t after = rp < text.size() ? utf8::next(text, rq) : U' ';
        // Lost characters come back as ASCII "?"; a full-width "？" was typed.
        const bool ascii = cp == '?';
        const bool run = end - start > 1;
        bool lost = false;
        if (!ascii || inside_url(text, start, end)) {
          lost = false;
        } else if (lang::is_cjk_letter(before) && lang::is_cjk_letter(after)) {
          // Inside CJK text: lost unless it ends a real question.
          lost = run ||
                 (!is_question_particle(before) && !asks_something(text.substr(clause_start, start - clause_start)));
        } else if (is_latin_letter(before) && is_latin_letter(after) && rp == end) {
          lost = true;  // "caf?s": inside a Latin word
        }
        if (lost) {
          sink.report(version, block, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                      "lost character: \"?\" stands where a character is missing");
        }
        clause_start = end;
        pos = end;
      }
    });
  }
}

}  // namespace concord::rules
