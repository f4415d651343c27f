#include "concord/rules/markup/html_leak_rule.hpp"

#include <algorithm>

#include "concord/rules/context.hpp"
#include "concord/rules/markup/html_tags.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

// Tags in a reader's text are shown as text, whatever the format: the
// Markdown and HTML readers leave real markup out of the text (it is
// rendered), so a tag there was escaped (\<p>, &lt;p&gt;) or never markup;
// XLIFF and TMX inline tags are placeholders, not their markup. Inline code
// is not prose.
bool shown_as_text(const model::Version& version, const model::Block& block, const HtmlTag& tag) {
  return !outside_prose(version, block, tag.begin) && !outside_prose(version, block, tag.end - 1);
}

std::string describe(std::string_view text, const std::vector<HtmlTag>& tags) {
  constexpr std::size_t kShown = 4;
  std::vector<std::string> shown;
  for (const HtmlTag& t : tags) {
    std::string d = tag_display(text, t);
    if (std::find(shown.begin(), shown.end(), d) == shown.end()) shown.push_back(std::move(d));
  }
  std::string list;
  for (std::size_t i = 0; i < shown.size() && i < kShown; ++i) list += (i ? ", " : "") + shown[i];
  if (shown.size() > kShown) list += ", …";
  if (tags.size() == 1) return "HTML tag shown as text: " + list;
  return "HTML tags shown as text: " + list + " (" + std::to_string(tags.size()) + " tags)";
}

}  // namespace

HtmlLeakRule::HtmlLeakRule() {
  meta_.id = "markup/html-leak";
  meta_.summary = "HTML tags as literal text in a document that does not render them";
  meta_.why = "Text copied out of a web page or a CMS field keeps its markup (<p>, </p>, <ul style=…>); where the "
              "document does not render HTML (plain text, Word, translation units, escaped in Markdown), readers see "
              "the tags and translators have to work around them. Only tags of known HTML elements count, with "
              "well-formed attributes; <https://…>, <name> and a < b do not. One finding per paragraph or cell, "
              "listing its tags; the fix removes them, keeping words apart where a block tag separated them.";
  meta_.severity = Severity::warning;
  meta_.fix = FixAvailability::sometimes;
  meta_.examples = {
      {"zh-Hans", "11\t记录操作系统人员的工作。\t○\t«<p>系统操作人员的所有工作都有记录。</p>»", true},
      {"en", "See the «<b>Privacy</b> <i>Notice</i>» for details.", true},
      {"ja", "«<p>当社は個人情報を保護します。</p> <ul style=\"list-style-type: none\">» - 目的 - 範囲", true},
      {"zh-Hant", "«<br/>»本合同自雙方簽字之日起生效。", true},
      {"en", "Write to us at <privacy@example.com> or see <https://example.com/privacy>.", false},
      {"en", "If a < b and c > d, the lower fee applies.", false},
      {"zh-Hans", "请在<姓名>处填写您的姓名。", false},
      {"ja", "料金は 5 < 10 の場合に適用されます。", false},
  };
}

void HtmlLeakRule::check(const Context& context, Sink& sink) const {
  for (const model::Version& version : context.versions()) {
    for_each_text_block(version, [&](std::uint32_t, const model::Block& block) {
      const std::string_view text = block.text.view();
      if (text.find('<') == std::string_view::npos) return;
      std::vector<HtmlTag> tags = find_html_tags(text);
      std::erase_if(tags, [&](const HtmlTag& t) { return !shown_as_text(version, block, t); });
      if (tags.empty()) return;
      Finding& f = sink.report(version, block, tags.front().begin, tags.back().end, describe(text, tags));
      // In Markdown a tag shows only when escaped (\<p>): removing it would
      // leave the backslash, and the escape was deliberate.
      const model::Format format = version.file->file().format();
      if (format == model::Format::markdown || format == model::Format::mdx) return;
      Fix fix{tags.size() == 1 ? "Remove the tag" : "Remove the tags", {}};
      for (const TextEdit& e : tag_removal(text, tags)) {
        std::optional<Edit> edit = edit_at(version, block, e.begin, e.end, e.replacement);
        if (!edit) return;  // not a verbatim copy of the source: no fix
        fix.edits.push_back(std::move(*edit));
      }
      f.fix = std::move(fix);
    });
  }
}

}  // namespace concord::rules
