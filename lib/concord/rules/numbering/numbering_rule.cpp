#include "concord/rules/numbering/numbering_rule.hpp"

#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

using structure::Marker;
using structure::NumberingIssue;
using structure::Section;

RuleMeta gap_meta() {
  RuleMeta m;
  m.id = "numbering/gap";
  m.summary = "a numbered sequence skips (Article 3 → Article 5)";
  m.why = "A skipped number usually means a clause, row or item was lost in editing or translation, or that "
          "cross-references to the later items now point at the wrong place.";
  m.examples = {
      {"en", "Article 1 (Purpose) This policy sets the rules.\n\nArticle 2 (Scope) It applies to staff.\n\n"
             "«Article 4» (Review) It is reviewed yearly.\n", true},
      {"zh-Hans", "第一条 总则\n\n第二条 目的\n\n«第四条» 定义\n", true},
      {"en", "1. Collect.\n2. Use.\n3. Share.\n", false},
      {"zh-Hant", "第一章 總則\n\n第一條 目的\n\n第二章 定義\n\n第二條 用語\n", false},
  };
  return m;
}

RuleMeta duplicate_meta() {
  RuleMeta m;
  m.id = "numbering/duplicate";
  m.summary = "the same number twice at one level (第九條 … 第九條)";
  m.why = "Two parts with one number make every reference to that number ambiguous; usually one of them was "
          "copied or the numbering was not updated after an insertion.";
  m.examples = {
      {"zh-Hant", "第八條 保密\n\n第九條 違約\n\n«第九條» 解除\n", true},
      {"en", "(a) first\n\n(b) second\n\n«(b)» third\n", true},
      {"zh-Hans", "第五条 责任\n\n第五条之一 甲方责任\n\n第五条之二 乙方责任\n", false},
  };
  return m;
}

RuleMeta out_of_order_meta() {
  RuleMeta m;
  m.id = "numbering/out-of-order";
  m.summary = "a number smaller than its predecessor (第八章 → 第五章)";
  m.why = "Parts that run backwards were moved or pasted in the wrong place; readers and references expect them "
          "in order.";
  m.examples = {
      {"en", "Article 3 (Scope) It applies.\n\nArticle 5 (Review) Yearly.\n\n«Article 4» (Measures) Controls.\n", true},
      {"ja", "第一章 総則\n\n第二章 定義\n\n«第一章» 附則\n", false},
      {"en", "1. One.\n2. Two.\n\nAnother list:\n\n1. Again.\n", false},
  };
  return m;
}

RuleMeta missing_number_meta() {
  RuleMeta m;
  m.id = "numbering/missing-number";
  m.summary = "a numbering marker with its number lost (第條)";
  m.why = "A marker whose number is gone (第條) cannot be referred to; the number was usually lost when the "
          "text was converted or scraped.";
  m.severity = Severity::error;
  m.examples = {
      {"zh-Hant", "第六條 技術保障\n\n«第條» 合同執行監督\n", true},
      {"zh-Hans", "第六条 技术保障\n\n第七条 合同执行监督\n", false},
  };
  return m;
}

// The marker as written in its block (or as described, for list markers).
std::string written(const model::Version& v, const Section& s) {
  const model::Block& block = v.file->blocks[s.block];
  if (s.marker.end > s.marker.begin && s.marker.style != structure::MarkerStyle::table_item)
    return std::string(block.text.view().substr(s.marker.begin, s.marker.end - s.marker.begin));
  if (s.marker.style == structure::MarkerStyle::table_item) return "row " + structure::describe(s.marker);
  return structure::describe(s.marker);
}

Marker with_value(Marker m, int value) {
  m.values.back() = value;
  m.sub = 0;
  return m;
}

std::string missing_text(const Marker& m, int first, int last) {
  const std::string a = structure::describe(with_value(m, first));
  if (first == last) return a + " is missing";
  const std::string b = structure::describe(with_value(m, last));
  return (last == first + 1 ? a + " and " : a + " to ") + b + " are missing";
}

// The source range of a section's marker: its span in the text, or the
// block's leading marker (list items keep it outside their text).
model::SourceRange marker_range(const model::Version& v, const Section& s) {
  const model::Block& block = v.file->blocks[s.block];
  if (s.marker.end > s.marker.begin) return block.text.to_source(s.marker.begin, s.marker.end);
  const std::uint32_t text_start = block.text.empty() ? block.source.end : block.text.to_source(0);
  return {block.source.begin, std::max(block.source.begin, text_start)};
}

}  // namespace

NumberingRule::NumberingRule(NumberingIssue issue) : issue_(issue) {
  switch (issue) {
    case NumberingIssue::gap: meta_ = gap_meta(); break;
    case NumberingIssue::duplicate: meta_ = duplicate_meta(); break;
    case NumberingIssue::out_of_order: meta_ = out_of_order_meta(); break;
    case NumberingIssue::missing_number: meta_ = missing_number_meta(); break;
  }
}

void NumberingRule::check(const Context& context, Sink& sink) const {
  for (std::size_t vi = 0; vi < context.versions().size(); ++vi) {
    const model::Version& v = context.versions()[vi];
    const structure::Outline& outline = context.outline(vi);
    for (const structure::NumberingEvent& e : structure::check_numbering(outline)) {
      if (e.issue != issue_) continue;
      const Section& s = outline.sections[e.section];
      const Section* prev = e.previous >= 0 ? &outline.sections[static_cast<std::size_t>(e.previous)] : nullptr;
      const std::string here = written(v, s);
      std::string message;
      switch (e.issue) {
        case NumberingIssue::gap:
          message = "\"" + here + "\" follows \"" + written(v, *prev) + "\": " +
                    missing_text(s.marker, e.first_missing, e.last_missing);
          break;
        case NumberingIssue::duplicate:
          message = "\"" + here + "\" repeats the number of the part before it";
          break;
        case NumberingIssue::out_of_order:
          message = "\"" + here + "\" comes after \"" + written(v, *prev) + "\": the numbers run backwards";
          break;
        case NumberingIssue::missing_number:
          message = "\"" + here + "\" has lost its number" +
                    (prev ? " (the last numbered one before it is \"" + written(v, *prev) + "\")" : "");
          break;
      }
      Finding& f = sink.report(v.file->file(), marker_range(v, s), v.lang, std::move(message));
      if (prev && e.issue != NumberingIssue::missing_number)
        f.related.push_back({&v.file->file(), marker_range(v, *prev),
                             e.issue == NumberingIssue::duplicate ? "the first \"" + written(v, *prev) + "\""
                                                                   : "the part before it"});
    }
  }
}

}  // namespace concord::rules
