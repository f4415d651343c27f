#include "concord/structure/candidates.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::structure {
namespace {

using model::Block;
using model::BlockKind;

constexpr std::size_t kTitleCodePoints = 30;

bool is_title_break(char32_t cp) {
  return std::u32string_view(U"。！？；;，,：:.!?\n").find(cp) != std::u32string_view::npos;
}

bool is_trim(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0 || cp == U'–' || cp == U'—' || cp == '-' ||
         cp == '.' || cp == ':' || cp == U'：';
}

// The words after a marker, up to the first clause break: "Purpose" in
// "Article 1 (Purpose) QBOX…", "總則" in "第一章總則第一條…" (cut at the next
// marker by the caller).
std::string title_after(std::string_view text, std::size_t begin, std::size_t limit) {
  limit = std::min(limit, text.size());
  std::size_t pos = begin;
  while (pos < limit) {
    std::size_t next = pos;
    if (!is_trim(utf8::next(text, next))) break;
    pos = next;
  }
  // "(Purpose)" after the marker is the title itself.
  const bool wide = text.substr(pos, 3) == "（";
  if (pos < limit && (text[pos] == '(' || wide)) {
    const std::size_t open = pos + (wide ? 3 : 1);
    const std::size_t close = std::min(text.find(')', open), text.find("）", open));
    if (close != std::string_view::npos && close < limit && close > open)
      return std::string(text.substr(open, close - open));
  }
  std::size_t end = pos, count = 0;
  while (end < limit && count < kTitleCodePoints) {
    std::size_t next = end;
    if (is_title_break(utf8::next(text, next))) break;
    end = next;
    ++count;
  }
  std::string title(text.substr(pos, end - pos));
  while (!title.empty() && (title.back() == ' ' || title.back() == '\t')) title.pop_back();
  return title;
}

// A heading's text after its marker, whole ("Section 1 – Definitions." →
// "Definitions.", "表示-継承 4.0 国際").
std::string heading_title(std::string_view text, std::size_t from) {
  std::size_t pos = from;
  while (pos < text.size()) {
    std::size_t next = pos;
    if (!is_trim(utf8::next(text, next))) break;
    pos = next;
  }
  return std::string(pos < text.size() ? text.substr(pos) : text);
}

// Whether the first column of `table` numbers its rows: every row after an
// optional header holds an integer (1, 2, 3 …) and nothing else.
std::vector<std::uint32_t> item_cells(const model::ParsedFile& file, std::uint32_t table,
                                      const model::Version& version, std::vector<int>& values) {
  std::vector<std::uint32_t> cells;
  values.clear();
  bool header_skipped = false;
  for (std::uint32_t b = table + 1; b < file.blocks.size(); ++b) {
    const Block& cell = file.blocks[b];
    if (cell.kind == BlockKind::table) break;
    if (cell.kind != BlockKind::table_cell || cell.column != 0) continue;
    const std::int32_t row = cell.parent;
    if (row < 0 || file.blocks[static_cast<std::size_t>(row)].parent != static_cast<std::int32_t>(table)) break;
    if (!version.contains(b)) break;
    std::string_view t = cell.text.view();
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '.')) t.remove_suffix(1);
    int value = 0;
    bool numeric = !t.empty() && t.size() <= 3;  // an item number, not a quantity or a code
    for (std::size_t i = 0; numeric && i < t.size(); ++i) {
      if (t[i] < '0' || t[i] > '9') numeric = false;
      else value = value * 10 + (t[i] - '0');
    }
    if (!numeric || value == 0) {
      if (cells.empty() && !header_skipped) {  // a header row
        header_skipped = true;
        continue;
      }
      return {};
    }
    cells.push_back(b);
    values.push_back(value);
  }
  // Item numbers count from one, mostly in steps of one; a column of
  // quantities (5, 10, 20, 50) does not number anything.
  if (cells.size() < 2 || values.front() != 1) return {};
  std::size_t steps = 0;
  for (std::size_t i = 1; i < values.size(); ++i) steps += values[i] == values[i - 1] + 1 ? 1 : 0;
  if (2 * steps < values.size() - 1) return {};
  return cells;
}

Candidate table_item(const model::ParsedFile& file, std::uint32_t cell, int value) {
  Candidate c;
  c.block = cell;
  c.reading.marker.style = MarkerStyle::table_item;
  c.reading.marker.values = {value};
  c.reading.marker.end = static_cast<std::uint32_t>(file.blocks[cell].text.size());
  // The row's next cell names the item.
  if (cell + 1 < file.blocks.size() && file.blocks[cell + 1].kind == BlockKind::table_cell &&
      file.blocks[cell + 1].parent == file.blocks[cell].parent)
    c.title = title_after(file.blocks[cell + 1].text.view(), 0, std::string::npos);
  return c;
}

bool rendered_by_format(model::Format f) {
  return f == model::Format::markdown || f == model::Format::mdx || f == model::Format::html ||
         f == model::Format::docx;
}

// Shifts a reading of `text.substr(offset)` to offsets in `text`.
void shift(MarkerReading& r, std::uint32_t offset) {
  r.marker.begin += offset;
  r.marker.end += offset;
  if (r.alternative) {
    r.alternative->begin += offset;
    r.alternative->end += offset;
  }
}

// A paragraph whose lines start with item numbers ("1.…⏎2.…", a list typed
// without the space Markdown needs) is a list: its readers kept the line
// breaks. One candidate per numbered line, as list items.
bool typed_list_items(const model::Version& version, std::uint32_t b, std::vector<Candidate>& out) {
  const std::string_view text = version.file->blocks[b].text.view();
  if (text.find('\n') == std::string_view::npos) return false;
  for (std::size_t line = 0; line < text.size();) {
    const std::size_t next = std::min(text.find('\n', line), text.size());
    if (auto r = parse_leading_marker(text.substr(line, next - line), version.lang)) {
      Candidate c;
      c.reading = std::move(*r);
      shift(c.reading, static_cast<std::uint32_t>(line));
      c.block = b;
      c.block_start = line == 0;
      c.list_level = 1;
      c.list_item = true;
      c.title = title_after(text, c.reading.marker.end, next);
      out.push_back(std::move(c));
    }
    line = next + 1;
  }
  return true;
}

// Markers of a paragraph-like block: one at its start, then, in CJK text,
// those inside it.
void text_markers(const model::Version& version, std::uint32_t b, std::vector<Candidate>& out) {
  if (typed_list_items(version, b, out)) return;
  const Block& block = version.file->blocks[b];
  const std::string_view text = block.text.view();
  const std::size_t first = out.size();
  std::uint32_t after = 0;
  if (auto r = parse_leading_marker(text, version.lang)) {
    Candidate c;
    c.reading = std::move(*r);
    c.block = b;
    after = c.reading.marker.end;
    out.push_back(std::move(c));
  }
  for (Marker& m : find_inline_markers(text, version.lang)) {
    if (m.begin < after) continue;
    Candidate c;
    c.reading.marker = std::move(m);
    c.block = b;
    c.block_start = c.reading.marker.begin == 0;
    out.push_back(std::move(c));
  }
  // Titles run to the next marker of the block at most.
  for (std::size_t i = first; i < out.size(); ++i) {
    const std::size_t limit = i + 1 < out.size() ? out[i + 1].reading.marker.begin : text.size();
    out[i].title = title_after(text, out[i].reading.marker.end, limit);
  }
}

}  // namespace

std::vector<Candidate> find_candidates(const model::Version& version) {
  std::vector<Candidate> out;
  const model::ParsedFile& file = *version.file;
  const bool rendered = rendered_by_format(file.file().format());
  std::vector<int> values;
  std::vector<std::uint32_t> items;  // item cells of the current table
  std::size_t next_item = 0;
  for (std::uint32_t b = version.first_block; b < version.end_block; ++b) {
    if (!version.contains(b)) continue;
    const Block& block = file.blocks[b];
    switch (block.kind) {
      case BlockKind::heading: {
        Candidate c;
        c.block = b;
        c.heading_level = std::max<std::uint16_t>(block.level, 1);
        std::uint32_t title_from = 0;
        if (auto r = parse_leading_marker(block.text.view(), version.lang, true)) {
          c.reading = std::move(*r);
          title_from = c.reading.marker.end;
        }
        c.title = heading_title(block.text.view(), title_from);
        c.anchor = block.anchor;
        out.push_back(std::move(c));
        break;
      }
      case BlockKind::list_item: {
        auto r = parse_list_marker(block.marker, version.lang);
        if (!r) break;
        Candidate c;
        c.reading = std::move(*r);
        c.reading.marker.begin = c.reading.marker.end = 0;  // the marker is not in the text
        if (c.reading.alternative) c.reading.alternative->begin = c.reading.alternative->end = 0;
        c.reading.marker.rendered = rendered;
        if (c.reading.alternative) c.reading.alternative->rendered = rendered;
        c.block = b;
        c.list_level = std::max<std::uint16_t>(block.level, 1);
        c.list_item = rendered;
        c.anchor = block.anchor;
        c.title = title_after(block.text.view(), 0, std::string::npos);
        out.push_back(std::move(c));
        break;
      }
      case BlockKind::table:
        items = item_cells(file, b, version, values);
        next_item = 0;
        break;
      case BlockKind::table_cell:
        if (next_item < items.size() && items[next_item] == b) {
          out.push_back(table_item(file, b, values[next_item]));
          ++next_item;
        }
        break;
      case BlockKind::paragraph:
      case BlockKind::quote:
        text_markers(version, b, out);
        break;
      default:
        break;
    }
  }
  return out;
}

}  // namespace concord::structure
