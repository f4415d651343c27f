#include "concord/rules/punct/missing_terminal_rule.hpp"

#include <map>

#include "concord/io/utf8.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/punct/non_prose.hpp"
#include "concord/rules/punct/sentence_end.hpp"
#include "concord/rules/punct/sibling_groups.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

// A group speaks with one voice when at least this many of its members, and
// at least this share, end with terminal punctuation.
constexpr std::size_t kMinTerminated = 3;
constexpr double kMinShare = 0.75;

struct Member {
  std::uint32_t block;
  punct::SentenceEnd end;
};

// Members that should end like the others: not empty, not leading on to what
// follows (a colon, a comma, a nested list), not ending in a link (a period
// after a URL gets swallowed into it).
std::vector<Member> members_of(const Context& context, std::size_t vi, const punct::SiblingGroup& group) {
  const model::Version& version = context.versions()[vi];
  std::vector<Member> members;
  for (std::uint32_t b : group.blocks) {
    const model::Block& block = version.file->blocks[b];
    const punct::SentenceEnd end = punct::sentence_end(block.text.view());
    if (end.type == punct::SentenceEnd::Type::empty || end.type == punct::SentenceEnd::Type::leads_on) continue;
    if (end.type == punct::SentenceEnd::Type::open) {
      if (group.kind == punct::SiblingGroup::Kind::list && punct::has_nested_list(version, b)) continue;
      if (punct::NonProse(context, vi, b).contains(end.last_begin)) continue;
    }
    members.push_back({b, end});
  }
  return members;
}

// The terminal most members use (the first seen on a tie).
char32_t usual_terminal(const std::vector<Member>& members) {
  std::map<char32_t, std::size_t> counts;
  char32_t best = 0;
  for (const Member& m : members) {
    if (m.end.type != punct::SentenceEnd::Type::terminal) continue;
    const std::size_t n = ++counts[m.end.terminal];
    if (best == 0 || n > counts[best]) best = m.end.terminal;
  }
  return best;
}

// Lists that separate their items with semicolons end the last one with a
// full stop: "…；…；…。", "…; …; ….".
char32_t terminal_for(char32_t usual, bool last_of_list) {
  if (!last_of_list) return usual;
  if (usual == U'；') return U'。';
  if (usual == U';') return U'.';
  return usual;
}

std::string message_for(char32_t terminal, std::size_t terminated, std::size_t others, punct::SiblingGroup::Kind kind) {
  const bool column = kind == punct::SiblingGroup::Kind::column;
  const std::string unit = column ? "cells of this column" : "items of this list";
  std::string m = "no \"" + utf8::encode(terminal) + "\" at the end, unlike ";
  if (terminated == others) return m + "the other " + std::to_string(others) + " " + unit;
  return m + std::to_string(terminated) + " of the other " + std::to_string(others) + " " + unit;
}

}  // namespace

MissingTerminalRule::MissingTerminalRule() {
  meta_.id = "punct/missing-terminal";
  meta_.summary = "a list item or table cell lacks the terminal punctuation its siblings have";
  meta_.why = "When the cells of a table column or the items of a list are sentences ending in 。 or a period, one "
              "without it was usually cut short or lost its last characters in editing. Siblings are the cells of "
              "one column (below the header row) and the items of one list level; they are checked when at least "
              "three of them, and three quarters, end with terminal punctuation (。．.！!？?…；;, possibly "
              "before a closing quote or bracket). Members ending with a colon, a comma or \"; and\", introducing a "
              "nested list, or ending in a URL or inline code lead on to what follows and are left alone, as are "
              "short labels. The fix adds the terminal most siblings use (a full stop after the last item of a "
              "list separated by semicolons).";
  meta_.severity = Severity::warning;
  meta_.fix = FixAvailability::sometimes;
  meta_.examples = {
      {"zh-Hans",
       "项目\t备注\n1\t使用强密码保护账号安全。\n2\t控制存放于凯钿服务中的数据。\n3\t负责数据存储和传输过程中的加密。\n"
       "4\t定期进行灾害风险演«练»\n",
       true},
      {"en",
       "Users must:\n\n- Use strong passwords.\n- Keep their devices up to date.\n- Report incidents promptly.\n"
       "- Review access rights every quarte«r»\n",
       true},
      {"ja",
       "お客様の責任:\n\n- ユーザーアクセス管理制御を強化してください。\n- 強力なパスワードを設定してください。\n"
       "- 多要素認証を有効にしてください。\n- 不正なデバイスを削除してくださ«い»\n",
       true},
      {"zh-Hant",
       "項目\t備註\n1\t使用強密碼保護帳號安全。\n2\t控制存放在服務中的資料。\n3\t負責資料的加密。\n4\t定期進行災害風險演練。\n",
       false},
      {"en",
       "The licence covers:\n\n- copying the work;\n- sharing the work; and\n- adapting the work.\n"
       "- printing the work.\n- Details:\n- See https://example.com/licence\n",
       false},
      {"ja", "責任:\n\n- ユーザー管理\n- データ管理\n- 監査ログの確認\n- バックアップの設定\n", false},
  };
}

void MissingTerminalRule::check(const Context& context, Sink& sink) const {
  for (std::size_t vi = 0; vi < context.versions().size(); ++vi) {
    const model::Version& version = context.versions()[vi];
    for (const punct::SiblingGroup& group : punct::sibling_groups(version)) {
      const std::vector<Member> members = members_of(context, vi, group);
      std::size_t terminated = 0;
      for (const Member& m : members) terminated += m.end.type == punct::SentenceEnd::Type::terminal;
      if (terminated < kMinTerminated || static_cast<double>(terminated) < kMinShare * static_cast<double>(members.size()))
        continue;
      const char32_t usual = usual_terminal(members);
      for (const Member& m : members) {
        if (m.end.type != punct::SentenceEnd::Type::open) continue;
        const bool last_of_list = group.kind == punct::SiblingGroup::Kind::list && m.block == group.blocks.back();
        const char32_t terminal = terminal_for(usual, last_of_list);
        const model::Block& block = version.file->blocks[m.block];
        const std::string_view text = block.text.view();
        if (!punct::reads_like_sentence(text)) continue;
        Finding& f = sink.report(version, block, m.end.last_begin, m.end.last_end,
                                 message_for(terminal, terminated, members.size() - 1, group.kind));
        const std::string last(text.substr(m.end.last_begin, m.end.last_end - m.end.last_begin));
        const bool in_markup = model::in_span(block, m.end.last_begin, model::InlineSpan::Kind::link) ||
                               model::in_span(block, m.end.last_begin, model::InlineSpan::Kind::code);
        if (in_markup) continue;
        if (auto e = edit_at(version, block, m.end.last_begin, m.end.last_end, last + utf8::encode(terminal)))
          f.fix = Fix{"Add \"" + utf8::encode(terminal) + "\" at the end", {*e}};
      }
    }
  }
}

}  // namespace concord::rules
