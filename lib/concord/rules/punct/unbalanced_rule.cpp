#include "concord/rules/punct/unbalanced_rule.hpp"

#include "concord/io/utf8.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/punct/bracket_matcher.hpp"
#include "concord/rules/punct/brackets.hpp"
#include "concord/rules/punct/non_prose.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

std::string_view unit_name(model::BlockKind kind) {
  switch (kind) {
    case model::BlockKind::heading: return "heading";
    case model::BlockKind::list_item: return "list item";
    case model::BlockKind::table_cell: return "table cell";
    case model::BlockKind::quote: return "quotation";
    default: return "paragraph";
  }
}

std::string quoted(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  return "\"" + std::string(text.substr(begin, end - begin)) + "\"";
}

std::string_view noun_at(std::string_view text, std::uint32_t begin) {
  std::size_t pos = begin;
  return punct::noun_for(punct::bracket_of(utf8::next(text, pos))->kind);
}

}  // namespace

UnbalancedRule::UnbalancedRule() {
  meta_.id = "punct/unbalanced";
  meta_.summary = "an opening or closing bracket or quotation mark with no partner";
  meta_.why = "A bracket or quotation mark left alone usually means text was lost or mangled in editing or "
              "translation (a term whose opening bracket went missing, a quotation cut short), and it makes the "
              "reader wonder where an aside or a quotation ends. Every pair is checked in each paragraph, list "
              "item, table cell and heading: 「」『』（）()【】《》〈〉〔〕“”‘’[]{}, full- and half-width forms "
              "closing each other. Straight quotes (\" ') are not checked, an unmatched ’ is an apostrophe, and "
              "enumerators such as 1) or a) close nothing.";
  meta_.severity = Severity::warning;
  meta_.examples = {
      {"ja", "共同責任モデル«」»とは、責任の分担を定義するフレームワークです。", true},
      {"ja", "機密情報を含むフィールドに「レスト暗号化」EAR«)»プロパティを有効にします。", true},
      {"zh-Hans", "本规定依据«《»个人信息保护法制定。", true},
      {"zh-Hant", "請參閱「服務條款«』»的規定。", true},
      {"en", "The data controller «(»as defined in Article 4 is responsible.", true},
      {"en", "Personal data means any information«”» relating to a person.", true},
      {"ja", "データを保存するときに暗号化されるEAR（データ保存時の暗号化)は安全です。", false},
      {"zh-Hans", "本规定包括：1）总则；2）附则。", false},
      {"en", "The company’s policy applies to: a) users; b) partners; iv) visitors.", false},
      {"en", "She said “use ‘strong’ passwords” in the ’90s.", false},
      {"zh-Hans", "根据《网络安全法》（以下简称“本法”）制定。", false},
  };
}

void UnbalancedRule::check(const Context& context, Sink& sink) const {
  for (std::size_t vi = 0; vi < context.versions().size(); ++vi) {
    const model::Version& version = context.versions()[vi];
    for_each_text_block(version, [&](std::uint32_t b, const model::Block& block) {
      const std::string_view text = block.text.view();
      const punct::NonProse non_prose(context, vi, b);
      for (const punct::BracketProblem& p :
           punct::find_unbalanced(text, [&](std::uint32_t at) { return non_prose.contains(at); })) {
        const std::string mark = quoted(text, p.begin, p.end);
        const std::string_view noun = noun_at(text, p.begin);
        switch (p.type) {
          case punct::BracketProblem::Type::unopened:
            sink.report(version, block, p.begin, p.end,
                        mark + " closes a " + std::string(noun) + " that was never opened");
            break;
          case punct::BracketProblem::Type::unclosed:
            sink.report(version, block, p.begin, p.end,
                        mark + " is never closed in this " + std::string(unit_name(block.kind)));
            break;
          case punct::BracketProblem::Type::mismatched: {
            const std::string opener = quoted(text, p.opener_begin, p.opener_end);
            Finding& f = sink.report(version, block, p.begin, p.end,
                                     mark + " does not match the opening " + opener + ", which is never closed");
            f.related.push_back(related_at(version, block, p.opener_begin, p.opener_end, opener + " opens here"));
            break;
          }
        }
      }
    });
  }
}

}  // namespace concord::rules
