#include "concord/rules/text/duplicate_line_rule.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

// Blocks that can be repeated by mistake; table cells repeat by design
// (a column of "User", "KDAN").
bool candidate(const model::Block& b) {
  return b.kind == model::BlockKind::paragraph || b.kind == model::BlockKind::heading ||
         b.kind == model::BlockKind::list_item || b.kind == model::BlockKind::quote;
}

bool has_letters(std::string_view s) {
  std::size_t letters = 0;
  for (std::size_t p = 0; p < s.size();) {
    const char32_t cp = utf8::next(s, p);
    const lang::CharClass c = lang::classify(cp);
    letters += c == lang::CharClass::latin || lang::is_cjk_letter(cp) || c == lang::CharClass::other_letter;
  }
  return letters >= 2;
}

}  // namespace

DuplicateLineRule::DuplicateLineRule() {
  meta_.id = "text/duplicate-line";
  meta_.summary = "a line or block repeated verbatim";
  meta_.why = "A block printed twice in a row is a copy or scraping slip; readers see the same line twice.";
  meta_.severity = Severity::warning;
  meta_.fix = FixAvailability::always;
  meta_.examples = {{"ja", "共有責任モデル\n\n«共有責任モデル»\n\nお知らせ。\n", true},
                    {"en", "Our duties\n\n- Backups\n\nYour duties\n\n- Backups\n", false}};
}

void DuplicateLineRule::check(const Context& context, Sink& sink) const {
  for (const model::Version& version : context.versions()) {
    const model::Block* previous = nullptr;
    for (std::uint32_t b = version.first_block; b < version.end_block; ++b) {
      const model::Block& block = version.file->blocks[b];
      if (!version.contains(b) || !model::carries_text(block.kind)) continue;
      if (!candidate(block)) {
        previous = nullptr;
        continue;
      }
      if (previous != nullptr && previous->kind == block.kind && previous->marker == block.marker &&
          previous->text.str() == block.text.str() && has_letters(block.text.view())) {
        Finding& f = sink.report(version, block, 0, static_cast<std::uint32_t>(block.text.size()),
                                 "\"" + block.text.str() + "\" repeats the line before it");
        f.related.push_back(related_at(version, *previous, 0, static_cast<std::uint32_t>(previous->text.size()),
                                       "first occurrence"));
        if (can_fix(version.file->file())) {
          // Remove from the end of the first copy to the end of the second.
          f.fix = Fix{"Remove the repeated line", {Edit{{previous->source.end, block.source.end}, ""}}};
        }
      }
      previous = &block;
    }
  }
}

}  // namespace concord::rules
