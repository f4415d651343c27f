#include "concord/rules/content/empty_item_rule.hpp"

#include <algorithm>

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/rules/content/html_empty_items.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

bool is_blank(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::next(text, pos);
    if (cp == 0xA0 || cp == 0x200B || cp == 0xFEFF) continue;
    if (lang::classify(cp) != lang::CharClass::space) return false;
  }
  return true;
}

// `range` without the white space at its ends.
model::SourceRange trimmed(std::string_view text, model::SourceRange range) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (range.begin < range.end && space(text[range.begin])) ++range.begin;
  while (range.end > range.begin && space(text[range.end - 1])) --range.end;
  return range;
}

bool has_children(const model::ParsedFile& file, std::uint32_t index) {
  return index + 1 < file.blocks.size() && file.blocks[index + 1].parent == static_cast<std::int32_t>(index);
}

// Whether an item's source holds nothing but its marker: the reader may have
// left something out of the text that is still there (an image in Markdown).
bool source_is_marker_only(const model::ParsedFile& file, const model::Block& item, model::SourceRange range) {
  const std::string_view source = file.file().text().substr(range.begin, range.end - range.begin);
  return source.starts_with(item.marker) && is_blank(source.substr(item.marker.size()));
}

std::string describe(const model::Block& item) {
  return item.marker.empty() ? "empty list item: it has no text"
                             : "empty list item: \"" + item.marker + "\" has no text after it";
}

// Where a version of a file starts: the source of its first block.
std::uint32_t start_of(const model::Version& version) {
  for (std::uint32_t b = version.first_block; b < version.end_block; ++b)
    if (version.contains(b)) return version.file->blocks[b].source.begin;
  return 0xFFFFFFFF;
}

// The HTML reader drops empty items, so the page is read again. Each item
// goes to the version of the file that starts last before it (or the first).
void check_html(const std::vector<model::Version>& versions, const model::ParsedFile& file, Sink& sink) {
  std::vector<const model::Version*> mine;
  for (const model::Version& v : versions)
    if (v.file == &file) mine.push_back(&v);
  std::sort(mine.begin(), mine.end(), [](const auto* a, const auto* b) { return start_of(*a) < start_of(*b); });
  for (const model::SourceRange& li : empty_html_list_items(file.file().text())) {
    const model::Version* owner = mine.front();
    for (const model::Version* v : mine)
      if (start_of(*v) <= li.begin) owner = v;
    sink.report(file.file(), li, owner->lang, "empty list item: <li> has no text");
  }
}

}  // namespace

EmptyItemRule::EmptyItemRule() {
  meta_.id = "content/empty-item";
  meta_.summary = "a list item or bullet with no text";
  meta_.why = "A bullet or number with nothing after it is left over from editing or from a lost line; readers "
              "see an empty point and wonder what is missing. A bullet whose text continues on the next line is "
              "not empty, nor is an item that holds only a nested list or an image.";
  meta_.severity = Severity::warning;
  meta_.fix = FixAvailability::sometimes;
  meta_.examples = {
      {"en", "Information Security Policy\n«-»\nArticle 1 (Purpose) This policy protects our information.", true},
      {"zh-Hans", "信息安全目标如下：\n\n«•»\n\n第二条 本政策适用于全体员工。", true},
      {"ja", "目的は次のとおりです。\n\n- 情報資産を保護する。\n«-»\n- 記録を保存する。", true},
      {"en", "The objectives are:\n-\nEnsure the confidentiality of information assets.", false},
      {"zh-Hant", "安全目標如下：\n\n- 確保資訊的機密性。\n- 確保資訊的完整性。", false},
      {"ja", "目的：\n\n1. 情報資産を保護する。\n2. 記録を保存する。", false},
  };
}

void EmptyItemRule::check(const Context& context, Sink& sink) const {
  std::vector<const model::ParsedFile*> html_done;
  for (const model::Version& version : context.versions()) {
    const model::ParsedFile& file = *version.file;
    if (file.file().format() == model::Format::html) {
      if (std::find(html_done.begin(), html_done.end(), &file) == html_done.end()) {
        html_done.push_back(&file);
        check_html(context.versions(), file, sink);
      }
      continue;
    }
    for (std::uint32_t b = version.first_block; b < version.end_block; ++b) {
      const model::Block& item = file.blocks[b];
      if (item.kind != model::BlockKind::list_item || !version.contains(b)) continue;
      if (!is_blank(item.text.view()) || has_children(file, b)) continue;
      const bool docx = file.file().format() == model::Format::docx;
      const model::SourceRange range = docx ? item.source : trimmed(file.file().text(), item.source);
      if (!docx && !source_is_marker_only(file, item, range)) continue;
      Finding& f = sink.report(file.file(), range, version.lang, describe(item));
      // Removing the marker leaves a blank line: the text around stays apart.
      if (!docx && can_fix(file.file()) && range.end > range.begin)
        f.fix = Fix{"Remove the empty item", {Edit{range, ""}}};
    }
  }
}

}  // namespace concord::rules
