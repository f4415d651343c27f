#include "concord/rules/markup/markdown_leak_rule.hpp"

#include <algorithm>

#include "concord/io/utf8.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/markup/markdown_syntax.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

using Kind = MarkdownSyntax::Kind;

bool renders_markdown(model::Format f) { return f == model::Format::markdown || f == model::Format::mdx; }

// In a Markdown file the reader's text holds what cmark-gfm rendered as text.
// Emphasis markers are there when a delimiter run could not open or close
// (`**「安全」**责任`: CommonMark's flanking rules and CJK punctuation), or
// when the author escaped them (\*\*), which is meant: markers that are not a
// verbatim copy of the source, or follow a backslash, are left alone.
bool left_literal(const model::Block& block, std::string_view source, const MarkdownSyntax& s) {
  for (const auto& [b, e] : s.markers) {
    if (!block.text.is_verbatim(b, e)) return false;
    const std::uint32_t at = block.text.to_source(b);
    if (at > 0 && source[at - 1] == '\\') return false;
  }
  return true;
}

bool in_code(const model::Version& version, const model::Block& block, const MarkdownSyntax& s) {
  return outside_prose(version, block, s.begin) || outside_prose(version, block, s.end - 1);
}

// "**安全**" as it reads in a message, cut short when long.
std::string excerpt(std::string_view text, const MarkdownSyntax& s) {
  constexpr std::size_t kMax = 24;
  std::string_view part = text.substr(s.begin, s.end - s.begin);
  std::size_t pos = 0, count = 0;
  while (pos < part.size() && count < kMax) {
    utf8::next(part, pos);
    ++count;
  }
  return pos < part.size() ? std::string(part.substr(0, pos)) + "…" : std::string(part);
}

std::string describe(std::string_view text, const std::vector<MarkdownSyntax>& found) {
  std::vector<std::string> kinds;
  auto add_kind = [&](const char* k) {
    if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.emplace_back(k);
  };
  for (const auto& s : found) add_kind(s.kind == Kind::strong ? "bold markers" : s.kind == Kind::link ? "link" : "heading mark");
  std::string what;
  for (std::size_t i = 0; i < kinds.size(); ++i) what += (i == 0 ? "" : i + 1 == kinds.size() ? " and " : ", ") + kinds[i];
  constexpr std::size_t kShown = 3;
  std::string list;
  for (std::size_t i = 0; i < found.size() && i < kShown; ++i) list += (i ? ", " : "") + excerpt(text, found[i]);
  if (found.size() > kShown) list += ", …";
  return "Markdown " + what + " shown as text: " + list;
}

std::string describe_unrendered(std::string_view text, const std::vector<MarkdownSyntax>& found) {
  std::string list;
  for (std::size_t i = 0; i < found.size() && i < 3; ++i) list += (i ? ", " : "") + excerpt(text, found[i]);
  if (found.size() > 3) list += ", …";
  return "bold markers that CommonMark leaves as text (a marker between a letter and CJK text or punctuation "
         "neither opens nor closes): " + list;
}

}  // namespace

MarkdownLeakRule::MarkdownLeakRule() {
  meta_.id = "markup/markdown-leak";
  meta_.summary = "Markdown syntax as literal text where Markdown is not rendered";
  meta_.why = "Text drafted in Markdown and pasted where it is not rendered (plain text, Word, HTML, translation "
              "units) shows its asterisks, brackets and hashes to readers. In Markdown files, CommonMark leaves "
              "**bold** markers as text when a marker touches CJK punctuation on the inside and a letter on the "
              "outside (資訊**「安全」**責任), or a __ pair touches a letter (__Mozilla VPN__は): the page then "
              "shows the markers. One finding per paragraph or cell. Outside Markdown the fix removes emphasis and "
              "heading marks (links need a decision, so none is offered for them); in Markdown there is no fix, "
              "since the author meant bold.";
  meta_.severity = Severity::warning;
  meta_.fix = FixAvailability::sometimes;
  meta_.examples = {
      {"zh-Hans", "云端资讯«**安全**责**任共担模型**»", true},
      {"en", "Read the «[privacy notice](https://example.com/privacy)» before you sign up.", true},
      {"ja", "«##» 個人情報保護方針", true},
      {"zh-Hant", "本政策適用於«__所有使用者__»。", true},
      {"en", "Prices marked * include tax; items marked ** ship free.", false},
      {"en", "Call the __init__ method; fill in the blank: ______ and ______.", false},
      {"zh-Hant", "合同編號:___________ 第二條 目的", false},
      {"ja", "#1 の項目を参照してください。", false},
  };
}

void MarkdownLeakRule::check(const Context& context, Sink& sink) const {
  for (const model::Version& version : context.versions()) {
    const bool markdown = renders_markdown(version.file->file().format());
    const std::string_view source = version.file->file().text();
    for_each_text_block(version, [&](std::uint32_t, const model::Block& block) {
      const std::string_view text = block.text.view();
      if (text.find_first_of(markdown ? "*_" : "*_[#") == std::string_view::npos) return;
      std::vector<MarkdownSyntax> found = find_markdown_syntax(text, !markdown);
      std::erase_if(found, [&](const MarkdownSyntax& s) {
        return in_code(version, block, s) || (markdown && !left_literal(block, source, s));
      });
      if (found.empty()) return;
      Finding& f = sink.report(version, block, found.front().begin, found.back().end,
                               markdown ? describe_unrendered(text, found) : describe(text, found));
      // In Markdown the author meant bold: how to get it (spaces, <strong>,
      // rewording) is theirs to choose. Elsewhere the markers are noise.
      if (markdown) return;
      Fix fix{"Remove the Markdown markers", {}};
      for (const MarkdownSyntax& s : found) {
        if (s.markers.empty()) return;  // a link: no fix
        for (const auto& [b, e] : s.markers) {
          std::optional<Edit> edit = edit_at(version, block, b, e, "");
          if (!edit) return;
          fix.edits.push_back(std::move(*edit));
        }
      }
      f.fix = std::move(fix);
    });
  }
}

}  // namespace concord::rules
