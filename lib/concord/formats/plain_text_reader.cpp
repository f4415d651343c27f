#include "concord/formats/plain_text_reader.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "concord/formats/line_joiner.hpp"
#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::formats {
namespace {

using model::Block;
using model::BlockKind;

struct Line {
  std::uint32_t begin = 0;  // decoded offsets, without the terminator
  std::uint32_t end = 0;
  std::string_view text;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::uint32_t start = 0;
  const auto n = static_cast<std::uint32_t>(text.size());
  for (std::uint32_t i = 0; i <= n; ++i) {
    if (i == n || text[i] == '\n' || text[i] == '\r') {
      lines.push_back({start, i, text.substr(start, i - start)});
      if (i < n && text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (!lines.empty() && lines.back().text.empty() && n > 0 && (text.back() == '\n' || text.back() == '\r'))
    lines.pop_back();
  return lines;
}

bool is_space_cp(char32_t cp) { return lang::classify(cp) == lang::CharClass::space || cp == 0xFEFF; }

// Trims Unicode white space (including U+3000) from both ends of [begin, end).
void trim(std::string_view text, std::uint32_t& begin, std::uint32_t& end) {
  while (begin < end) {
    std::size_t p = begin;
    if (!is_space_cp(utf8::next(text, p))) break;
    begin = static_cast<std::uint32_t>(p);
  }
  while (end > begin) {
    std::size_t p = end;
    if (!is_space_cp(utf8::prev(text, p))) break;
    end = static_cast<std::uint32_t>(p);
  }
}

bool is_blank(std::string_view text, const Line& l) {
  std::uint32_t b = l.begin, e = l.end;
  trim(text, b, e);
  return b == e;
}

bool is_table_line(const Line& l) {
  // A tab between two pieces of content, or leading tabs before content.
  const std::size_t tab = l.text.find('\t');
  if (tab == std::string_view::npos) return false;
  return l.text.find_first_not_of(" \t") != std::string_view::npos;
}

int display_width(std::string_view s) {
  int w = 0;
  for (std::size_t p = 0; p < s.size();) w += lang::display_width(utf8::next(s, p));
  return w;
}

// Bullet symbols that open a list item when followed by a space or the end.
bool is_bullet(char32_t cp) {
  switch (cp) {
    case '-': case '*': case '+': case 0x2022: case 0x25CF: case 0x25E6: case 0x25AA: case 0x25A0:
    case 0x30FB: case 0x2023: case 0x2043: case 0x25CB: case 0x25C6: case 0x2013:
      return true;
    default:
      return false;
  }
}

struct ListMarker {
  std::uint32_t length = 0;  // bytes of the marker
  bool bullet = false;
};

// A list marker at the start of `s`: a bullet, or a number like "1." or "2)"
// followed by white space.
std::optional<ListMarker> list_marker(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::size_t p = 0;
  const char32_t first = utf8::next(s, p);
  if (is_bullet(first)) {
    if (p == s.size() || s[p] == ' ' || s[p] == '\t') return ListMarker{static_cast<std::uint32_t>(p), true};
    std::size_t q = p;
    if (is_space_cp(utf8::next(s, q))) return ListMarker{static_cast<std::uint32_t>(p), true};
    return std::nullopt;
  }
  std::size_t digits = 0;
  while (digits < s.size() && digits < 3 && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits >= s.size()) return std::nullopt;
  if (s[digits] != '.' && s[digits] != ')') return std::nullopt;
  if (digits + 1 < s.size() && s[digits + 1] != ' ' && s[digits + 1] != '\t') return std::nullopt;
  return ListMarker{static_cast<std::uint32_t>(digits + 1), false};
}

// Whether a line opens a new numbered section rather than continuing the
// text of a bare bullet above it ("Article 4 ...", "第五條 ...", "3. ...").
bool opens_section(std::string_view s) {
  static constexpr std::string_view kWords[] = {"Article ", "Section ", "Chapter ", "ARTICLE ", "SECTION ",
                                                "CHAPTER ", "Part ",    "PART "};
  for (std::string_view w : kWords)
    if (s.starts_with(w) && s.size() > w.size() && std::isdigit(static_cast<unsigned char>(s[w.size()])))
      return true;
  if (s.starts_with("第")) {
    // 第 + numeral + unit: 第五條, 第三章, 第12条.
    std::size_t p = std::string_view("第").size();
    std::size_t numerals = 0;
    while (p < s.size()) {
      std::size_t q = p;
      const char32_t cp = utf8::next(s, q);
      if (!(std::u32string_view(U"〇零一二三四五六七八九十百千两兩0123456789").find(cp) != std::u32string_view::npos))
        break;
      p = q;
      ++numerals;
    }
    if (numerals == 0 || p >= s.size()) return false;
    std::size_t q = p;
    const char32_t unit = utf8::next(s, q);
    return std::u32string_view(U"条條章节節款项項部篇编編").find(unit) != std::u32string_view::npos;
  }
  return list_marker(s).has_value();
}

// Terminal punctuation that ends a paragraph line for good.
bool ends_sentence(char32_t cp) {
  switch (cp) {
    case '.': case '!': case '?': case ':': case ';':
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF1A: case 0xFF1B: case 0xFF0E: case 0x2026:
      return true;
    default:
      return false;
  }
}

class Reader {
 public:
  explicit Reader(model::ParsedFile& file) : file_(file), text_(file.file().text()), lines_(split_lines(text_)) {
    wrap_width_ = estimate_wrap_width();
  }

  void run() {
    std::size_t i = 0;
    while (i < lines_.size()) {
      if (is_blank(text_, lines_[i])) {
        ++i;
      } else if (is_table_line(lines_[i])) {
        i = read_table(i);
      } else if (list_marker(content(lines_[i]))) {
        i = read_list_item(i);
      } else {
        i = read_paragraph(i);
      }
    }
  }

 private:
  std::string_view content(const Line& l) const {
    std::uint32_t b = l.begin, e = l.end;
    trim(text_, b, e);
    return text_.substr(b, e - b);
  }

  // Wrapped text runs up to a fixed width; the 90th percentile of line
  // widths estimates it.
  int estimate_wrap_width() const {
    std::vector<int> widths;
    for (const Line& l : lines_)
      if (!is_blank(text_, l)) widths.push_back(display_width(l.text));
    if (widths.empty()) return 0;
    std::sort(widths.begin(), widths.end());
    return widths[widths.size() * 9 / 10];
  }

  // Whether `next` continues the paragraph that `prev` belongs to.
  bool continues(const Line& prev, const Line& next) const {
    if (is_blank(text_, next) || is_table_line(next)) return false;
    const std::string_view next_content = content(next);
    if (list_marker(next_content) || opens_section(next_content)) return false;
    const std::string_view prev_content = content(prev);
    std::size_t end = prev_content.size();
    if (ends_sentence(utf8::prev(prev_content, end))) return false;
    // A line that stops well short of the wrap width ended on purpose.
    return wrap_width_ >= 40 && display_width(prev.text) * 4 >= wrap_width_ * 3;
  }

  void append_line(model::MappedText& text, const Line& l, std::uint32_t break_at) {
    std::uint32_t b = l.begin, e = l.end;
    trim(text_, b, e);
    append_joined(text, text_.substr(b, e - b), b, break_at);
  }

  std::size_t read_paragraph(std::size_t i) {
    Block block;
    block.kind = BlockKind::paragraph;
    block.source.begin = lines_[i].begin;
    append_line(block.text, lines_[i], lines_[i].begin);
    std::size_t j = i + 1;
    while (j < lines_.size() && continues(lines_[j - 1], lines_[j])) {
      append_line(block.text, lines_[j], lines_[j - 1].end);
      ++j;
    }
    block.source.end = lines_[j - 1].end;
    file_.blocks.push_back(std::move(block));
    return j;
  }

  std::size_t read_list_item(std::size_t i) {
    const Line& line = lines_[i];
    std::uint32_t b = line.begin, e = line.end;
    trim(text_, b, e);
    const int indent = display_width(text_.substr(line.begin, b - line.begin));
    const ListMarker marker = *list_marker(text_.substr(b, e - b));

    Block block;
    block.kind = BlockKind::list_item;
    block.level = level_for_indent(indent);
    block.marker = std::string(text_.substr(b, marker.length));
    block.source = {line.begin, line.end};
    std::uint32_t tb = b + marker.length, te = e;
    trim(text_, tb, te);
    if (tb < te) block.text.append_source(text_.substr(tb, te - tb), tb);

    std::size_t j = i + 1;
    // A bare bullet takes its text from the next line, unless that line opens
    // a section of its own.
    if (block.text.empty() && j < lines_.size() && !is_blank(text_, lines_[j]) && !is_table_line(lines_[j]) &&
        !opens_section(content(lines_[j]))) {
      append_line(block.text, lines_[j], line.end);
      ++j;
    }
    while (j < lines_.size() && !block.text.empty() && continues(lines_[j - 1], lines_[j])) {
      append_line(block.text, lines_[j], lines_[j - 1].end);
      ++j;
    }
    block.source.end = lines_[j - 1].end;
    file_.blocks.push_back(std::move(block));
    return j;
  }

  std::uint16_t level_for_indent(int indent) {
    while (!indents_.empty() && indents_.back() > indent) indents_.pop_back();
    if (indents_.empty() || indents_.back() < indent) indents_.push_back(indent);
    return static_cast<std::uint16_t>(indents_.size());
  }

  struct Cell {
    std::uint32_t begin, end;  // trimmed, decoded offsets
  };

  std::vector<Cell> split_cells(const Line& l) const {
    std::vector<Cell> cells;
    std::uint32_t start = l.begin;
    for (std::uint32_t p = l.begin; p <= l.end; ++p) {
      if (p == l.end || text_[p] == '\t') {
        std::uint32_t b = start, e = p;
        trim(text_, b, e);
        cells.push_back({b, e});
        start = p + 1;
      }
    }
    while (!cells.empty() && cells.back().begin == cells.back().end) cells.pop_back();
    return cells;
  }

  // A row whose leading cell is empty continues the row above, unless its
  // first filled cell starts with a number (a sub-item: "1 内部组织").
  static bool starts_with_number(std::string_view s) {
    return !s.empty() && s[0] >= '0' && s[0] <= '9' &&
           (s.find_first_not_of("0123456789") == std::string_view::npos ||
            s[s.find_first_not_of("0123456789")] == ' ');
  }

  bool is_continuation(const std::vector<Cell>& cells) const {
    if (cells.empty() || cells.front().begin != cells.front().end) return false;
    for (const Cell& c : cells) {
      if (c.begin == c.end) continue;
      return !starts_with_number(text_.substr(c.begin, c.end - c.begin));
    }
    return false;
  }

  std::size_t read_table(std::size_t i) {
    const auto table_index = static_cast<std::int32_t>(file_.blocks.size());
    Block table;
    table.kind = BlockKind::table;
    table.source.begin = lines_[i].begin;
    file_.blocks.push_back(std::move(table));

    std::int32_t row_index = -1;
    std::vector<std::int32_t> row_cells;  // block index per column of the current row
    std::uint16_t row_count = 0;
    std::size_t j = i;
    std::size_t last_table_line = i;
    while (j < lines_.size()) {
      if (is_blank(text_, lines_[j])) {
        // A blank line inside a table is kept when the table goes on after it.
        std::size_t k = j;
        while (k < lines_.size() && is_blank(text_, lines_[k])) ++k;
        if (k < lines_.size() && is_table_line(lines_[k])) {
          j = k;
          continue;
        }
        break;
      }
      if (!is_table_line(lines_[j])) break;
      const Line& line = lines_[j];
      const std::vector<Cell> cells = split_cells(line);
      if (row_index >= 0 && is_continuation(cells)) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
          if (cells[c].begin == cells[c].end) continue;
          if (c >= row_cells.size()) row_cells.resize(c + 1, -1);
          if (row_cells[c] < 0) {
            const std::int32_t index = add_cell(row_index, static_cast<std::uint16_t>(row_count - 1), c, cells[c]);
            for (std::int32_t& other : row_cells)
              if (other >= index) ++other;
            row_cells[c] = index;
          }
          Block& cell = file_.blocks[static_cast<std::size_t>(row_cells[c])];
          append_joined(cell.text, text_.substr(cells[c].begin, cells[c].end - cells[c].begin), cells[c].begin,
                        lines_[last_table_line].end);
          cell.source.end = cells[c].end;
        }
        file_.blocks[static_cast<std::size_t>(row_index)].source.end = line.end;
      } else {
        Block row;
        row.kind = BlockKind::table_row;
        row.parent = table_index;
        row.row = row_count;
        row.source = {line.begin, line.end};
        row_index = static_cast<std::int32_t>(file_.blocks.size());
        file_.blocks.push_back(std::move(row));
        row_cells.assign(cells.size(), -1);
        for (std::size_t c = 0; c < cells.size(); ++c) {
          if (cells[c].begin == cells[c].end) continue;
          row_cells[c] = add_cell(row_index, row_count, c, cells[c]);
          Block& cell = file_.blocks[static_cast<std::size_t>(row_cells[c])];
          cell.text.append_source(text_.substr(cells[c].begin, cells[c].end - cells[c].begin), cells[c].begin);
        }
        ++row_count;
      }
      last_table_line = j;
      ++j;
    }
    file_.blocks[static_cast<std::size_t>(table_index)].source.end = lines_[last_table_line].end;
    return j;
  }

  // Cells of one row are contiguous blocks after the row, so a cell created
  // by a continuation line is inserted in column order.
  std::int32_t add_cell(std::int32_t row_index, std::uint16_t row, std::size_t column, const Cell& at) {
    Block cell;
    cell.kind = BlockKind::table_cell;
    cell.parent = row_index;
    cell.row = row;
    cell.column = static_cast<std::uint16_t>(column);
    cell.source = {at.begin, at.end};
    auto pos = file_.blocks.begin() + row_index + 1;
    while (pos != file_.blocks.end() && pos->parent == row_index && pos->column < column) ++pos;
    const auto index = static_cast<std::int32_t>(pos - file_.blocks.begin());
    file_.blocks.insert(pos, std::move(cell));
    return index;
  }

  model::ParsedFile& file_;
  std::string_view text_;
  std::vector<Line> lines_;
  int wrap_width_ = 0;
  std::vector<int> indents_;
};

}  // namespace

void read_plain_text(model::ParsedFile& file) { Reader(file).run(); }

}  // namespace concord::formats
