#include "concord/rules/content/truncated_rule.hpp"

#include <algorithm>

#include "concord/io/utf8.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

bool is_blank(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x3000 || cp == 0xA0; }

// The end of `text` without trailing white space.
std::uint32_t trimmed_end(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0) {
    std::size_t p = end;
    if (!is_blank(utf8::prev(text, p))) break;
    end = p;
  }
  return static_cast<std::uint32_t>(end);
}

// Punctuation after which a sentence must go on.
bool continues_after(char32_t cp) {
  return std::u32string_view(U"，、：；,:;").find(cp) != std::u32string_view::npos;
}

// The block that ends a version, when it is prose: nothing the reader kept
// (code, a table) and nothing it skipped (a script, an image, raw HTML) comes
// after it, so its last sentence is where the text really stops.
const model::Block* final_prose_block(const model::Version& v) {
  const model::Block* last = nullptr;
  for (std::uint32_t b = v.first_block; b < v.end_block; ++b)
    if (v.contains(b) && !v.file->blocks[b].text.empty()) last = &v.file->blocks[b];
  if (last == nullptr || last->kind == model::BlockKind::heading || last->kind == model::BlockKind::code) return nullptr;
  const std::string_view rest = v.file->file().text().substr(std::min<std::size_t>(last->source.end, v.file->file().text().size()));
  const bool only_space = rest.find_first_not_of(" \t\r\n") == std::string_view::npos;
  return only_space ? last : nullptr;
}

}  // namespace

TruncatedRule::TruncatedRule() {
  meta_.id = "content/truncated";
  meta_.summary = "a document or clause that stops mid-structure";
  meta_.why = "A text that ends on a bare item marker or in the middle of a sentence was cut off when it was "
              "copied, scraped or converted; the rest of the clause is missing in this version.";
  meta_.severity = Severity::warning;
  meta_.examples = {
      {"zh-Hant", "第九條 合同解除(一)在合同履行過程中,如一方嚴重違約,另一方有權解除合同;«(二)»\n", true},
      {"en", "The company may share data with:\n\n- its service providers«,»\n", true},
      {"zh-Hant", "第九條 合同解除(一)一方嚴重違約時,另一方有權解除合同;(二)雙方協商一致時,合同解除。\n", false},
      {"en", "We keep your data for 30 days.\n", false},
  };
}

void TruncatedRule::check(const Context& context, Sink& sink) const {
  for (std::size_t vi = 0; vi < context.versions().size(); ++vi) {
    const model::Version& v = context.versions()[vi];
    // A numbered item whose marker ends its block, after other text: the
    // item's text is gone (a marker alone on its block is an empty item).
    for (const structure::Section& s : context.outline(vi).sections) {
      if (s.marker.end <= s.marker.begin || s.marker.begin == 0) continue;
      const model::Block& block = v.file->blocks[s.block];
      if (s.marker.end < trimmed_end(block.text.view())) continue;
      const std::string marker(block.text.view().substr(s.marker.begin, s.marker.end - s.marker.begin));
      sink.report(v, block, s.marker.begin, s.marker.end,
                  "the text stops at \"" + marker + "\": the item has no text after its number");
    }
    // The version's last sentence breaks off after a comma or a colon.
    const model::Block* last = final_prose_block(v);
    if (last == nullptr) continue;
    const std::string_view text = last->text.view();
    std::size_t end = trimmed_end(text);
    if (end == 0) continue;
    std::size_t p = end;
    const char32_t cp = utf8::prev(text, p);
    if (!continues_after(cp)) continue;
    sink.report(v, *last, static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(end),
                "the text stops after \"" + std::string(text.substr(p, end - p)) +
                    "\": the rest of the sentence is missing");
  }
}

}  // namespace concord::rules
