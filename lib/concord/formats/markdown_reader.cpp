#include "concord/formats/markdown_reader.hpp"

#include <algorithm>
#include <exception>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/formats/markdown_attributes.hpp"
#include "concord/formats/markdown_comments.hpp"
#include "concord/formats/markdown_front_matter.hpp"
#include "concord/formats/markdown_leaf_text.hpp"
#include "concord/formats/markdown_lines.hpp"
#include "concord/formats/markdown_mdx.hpp"
#include "concord/formats/markdown_positions.hpp"
#include "concord/formats/markdown_table_layout.hpp"
#include "concord/formats/markdown_tree.hpp"

namespace concord::formats {
namespace {

using model::Block;
using model::BlockKind;
using model::SourceRange;
namespace md = markdown;
using md::NodeType;

// The text cmark reads: lines that are not Markdown (front matter, MDX code)
// are emptied but kept, so that cmark's line numbers stay the file's.
std::string without_lines(std::string_view text, const std::vector<SourceRange>& hidden) {
  std::string out;
  out.reserve(text.size());
  auto range = hidden.begin();
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (range != hidden.end() && range->end <= i) ++range;
    const char c = text[i];
    const bool hide = range != hidden.end() && range->begin <= i;
    if (hide && !md::is_line_end(c)) continue;
    // A lone CR and an LF brought together would read as one line ending.
    if (c == '\n' && !out.empty() && out.back() == '\r' && (i == 0 || text[i - 1] != '\r')) out += ' ';
    out += c;
  }
  return out;
}

template <typename T>
void increment_saturating(T& value) {
  if (value < std::numeric_limits<T>::max()) ++value;
}

// The marker as written where an item starts ("-", "*", "1.", "3)").
std::string marker_of(std::string_view line) {
  if (!line.empty() && (line[0] == '-' || line[0] == '*' || line[0] == '+')) return std::string(line.substr(0, 1));
  std::size_t digits = 0;
  while (digits < line.size() && digits < 9 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')'))
    return std::string(line.substr(0, digits + 1));
  return {};
}

class Reader {
 public:
  Reader(model::ParsedFile& file, bool mdx)
      : file_(file), text_(file.file().text()), positions_(text_, file.file().lines()), mdx_(mdx) {}

  void run() {
    std::vector<SourceRange> hidden;
    std::uint32_t body = 0;
    if (auto front = md::read_front_matter(text_)) {
      hidden.push_back(front->source);
      body = front->source.end;
      file_.front_matter = std::move(*front);
    }
    if (mdx_) {
      md::MdxCode code = md::find_mdx_code(text_, body);
      hidden.insert(hidden.end(), code.ranges.begin(), code.ranges.end());
      for (auto& d : code.directives) file_.directives.push_back(std::move(d));
    }
    tree_ = md::parse_markdown_tree(without_lines(text_, hidden));
    walk();
    std::stable_sort(file_.directives.begin(), file_.directives.end(),
                     [](const model::Directive& a, const model::Directive& b) { return a.source.begin < b.source.begin; });
  }

 private:
  const md::Node& node(std::uint32_t index) const { return tree_.nodes[index]; }

  // Pre-order over the blocks; leaf blocks read their own inline content.
  void walk() {
    std::vector<std::uint32_t> open;  // containers entered and not yet left
    const auto count = static_cast<std::uint32_t>(tree_.nodes.size());
    for (std::uint32_t i = 1; i < count;) {
      while (!open.empty() && node(open.back()).end <= i) {
        leave(open.back());
        open.pop_back();
      }
      switch (node(i).type) {
        case NodeType::paragraph:
        case NodeType::heading:
          if (i != item_paragraph_) read_text_block(i);
          break;
        case NodeType::code_block: read_code(i); break;
        case NodeType::html_block: read_html(i); break;
        case NodeType::table_cell: read_cell(i); break;
        default:
          enter(i);
          open.push_back(i);
          ++i;
          continue;
      }
      i = node(i).end;  // past the leaf's content, read above
    }
    while (!open.empty()) {
      leave(open.back());
      open.pop_back();
    }
  }

  void enter(std::uint32_t index) {
    switch (node(index).type) {
      case NodeType::block_quote: ++quote_depth_; break;
      case NodeType::list: ++list_depth_; break;
      case NodeType::item: enter_item(index); break;
      case NodeType::table: enter_table(index); break;
      case NodeType::table_row: enter_row(); break;
      default: break;
    }
  }

  void leave(std::uint32_t index) {
    switch (node(index).type) {
      case NodeType::block_quote: --quote_depth_; break;
      case NodeType::list: --list_depth_; break;
      case NodeType::item:
      case NodeType::table_row: leave_container(); break;
      case NodeType::table:
        leave_container();
        if (!tables_.empty()) tables_.pop_back();
        break;
      default: break;
    }
  }

  // --- blocks ----------------------------------------------------------------

  std::int32_t parent() const { return parents_.empty() ? -1 : parents_.back(); }

  std::int32_t add(Block block) {
    block.parent = parent();
    file_.blocks.push_back(std::move(block));
    return static_cast<std::int32_t>(file_.blocks.size() - 1);
  }

  void enter_container(Block block) { parents_.push_back(add(std::move(block))); }
  void leave_container() {
    if (!parents_.empty()) parents_.pop_back();
  }

  void enter_item(std::uint32_t item) {
    Block block;
    block.kind = BlockKind::list_item;
    block.level = static_cast<std::uint16_t>(std::clamp(list_depth_, 1, 0xFFFF));
    block.source = positions_.range_of(node(item));
    block.marker = marker_of(md::line_at(text_, block.source.begin).text);
    if (block.marker.empty()) {  // not where cmark says: its list knows
      const md::Node& list = node(node(item).parent);
      block.marker = list.ordered ? std::to_string(list.list_start) + list.delimiter : "-";
    }
    // The item's text is its first paragraph.
    item_paragraph_ = 0;
    if (item + 1 < node(item).end && node(item + 1).type == NodeType::paragraph) {
      item_paragraph_ = item + 1;
      md::read_inline_text(tree_, item + 1, text_, paragraph_range(item + 1), md::LeafKind::paragraph, block,
                           file_.directives);
    }
    enter_container(std::move(block));
  }

  void read_text_block(std::uint32_t index) {
    Block block;
    const bool heading = node(index).type == NodeType::heading;
    if (heading) {
      block.kind = BlockKind::heading;
      block.level = static_cast<std::uint16_t>(std::clamp(node(index).heading_level, 1, 6));
    } else {
      block.kind = quote_depth_ > 0 ? BlockKind::quote : BlockKind::paragraph;
    }
    const SourceRange range = heading ? positions_.range_of(node(index)) : paragraph_range(index);
    const std::uint32_t begin = md::read_inline_text(tree_, index, text_, range,
                                                     heading ? md::LeafKind::heading : md::LeafKind::paragraph, block,
                                                     file_.directives);
    block.source = positions_.trimmed({begin, range.end});
    if (heading) block.anchor = md::attribute_id(text_, md::attribute_ranges(text_, range, true));
    // Nothing to read: only an image, an attribute list or a comment.
    if (!block.text.empty()) add(std::move(block));
  }

  // A paragraph that cmark-gfm left without a position (see
  // markdown_table_layout.hpp) runs from where cmark says the following table
  // starts to the table's header row.
  SourceRange paragraph_range(std::uint32_t index) const {
    if (node(index).start_line > 0) return positions_.range_of(node(index));
    const auto next = tree_.next_sibling(index);
    if (next && node(*next).type == NodeType::table) {
      const std::uint32_t begin = positions_.offset_of(node(*next).start_line, node(*next).start_column);
      const SourceRange header = md::table_row_range(positions_, md::table_header_line(tree_, *next), 0);
      return positions_.trimmed({begin, std::max(begin, header.begin)});
    }
    // Nowhere known: an empty range keeps every position synthetic.
    const std::uint32_t at = next && node(*next).start_line > 0 ? positions_.range_of(node(*next)).begin : 0;
    return {at, at};
  }

  void read_code(std::uint32_t index) {
    Block block;
    block.kind = BlockKind::code;
    block.source = positions_.range_of(node(index));
    block.text = md::read_code_text(text_, block.source, node(index).literal, node(index).fenced);
    if (!block.text.empty()) add(std::move(block));
  }

  // HTML blocks are not prose; their comments are directives. cmark's end
  // position of an HTML block is not reliable: its lines are counted instead.
  void read_html(std::uint32_t index) {
    const md::Node& html = node(index);
    int line_count = static_cast<int>(std::count(html.literal.begin(), html.literal.end(), '\n'));
    if (!html.literal.ends_with('\n')) ++line_count;
    const int end_line = html.start_line + std::max(line_count, 1) - 1;
    const SourceRange range{positions_.offset_of(html.start_line, html.start_column), positions_.line_end(end_line)};
    md::add_comment_directives(text_, range, file_.directives);
  }

  // --- tables ----------------------------------------------------------------

  struct TableState {
    int header_line = 1;
    std::uint16_t rows = 0;
    std::uint16_t columns = 0;
    std::vector<SourceRange> cells;  // of the current row
  };

  void enter_table(std::uint32_t index) {
    TableState state;
    state.header_line = md::table_header_line(tree_, index);
    Block table;
    table.kind = BlockKind::table;
    table.source = positions_.range_of(node(index));
    table.source.begin = std::max(table.source.begin, md::table_row_range(positions_, state.header_line, 0).begin);
    enter_container(std::move(table));
    tables_.push_back(std::move(state));
  }

  void enter_row() {
    if (tables_.empty()) tables_.emplace_back();
    TableState& state = tables_.back();
    Block row;
    row.kind = BlockKind::table_row;
    row.row = state.rows;
    row.source = md::table_row_range(positions_, state.header_line, state.rows);
    state.cells = md::table_row_cells(text_, row.source);
    state.columns = 0;
    increment_saturating(state.rows);
    enter_container(std::move(row));
  }

  void read_cell(std::uint32_t index) {
    if (tables_.empty()) tables_.emplace_back();
    TableState& state = tables_.back();
    Block cell;
    cell.kind = BlockKind::table_cell;
    cell.row = state.rows > 0 ? static_cast<std::uint16_t>(state.rows - 1) : 0;
    cell.column = state.columns;
    increment_saturating(state.columns);
    if (cell.column < state.cells.size()) {
      cell.source = state.cells[cell.column];
    } else {  // cmark-gfm pads short rows with empty cells
      const std::uint32_t row_end = parents_.empty() ? 0 : file_.blocks[static_cast<std::size_t>(parent())].source.end;
      cell.source = {row_end, row_end};
    }
    md::read_inline_text(tree_, index, text_, cell.source, md::LeafKind::cell, cell, file_.directives);
    add(std::move(cell));  // empty cells keep the table's shape
  }

  model::ParsedFile& file_;
  std::string_view text_;
  md::SourcePositions positions_;
  bool mdx_;
  md::Tree tree_;
  std::vector<std::int32_t> parents_;  // blocks of the enclosing list items, tables, rows
  int list_depth_ = 0;
  int quote_depth_ = 0;
  std::uint32_t item_paragraph_ = 0;  // read as its item's text
  std::vector<TableState> tables_;
};

}  // namespace

void read_markdown(model::ParsedFile& file, bool mdx) {
  // Nothing may escape a reader: a failure is a problem of the file.
  try {
    Reader(file, mdx).run();
  } catch (const std::exception& e) {
    file.problems.push_back({"input/malformed", std::string("cannot read Markdown: ") + e.what(), file.file().position(0)});
  } catch (...) {
    file.problems.push_back({"input/malformed", "cannot read Markdown", file.file().position(0)});
  }
}

}  // namespace concord::formats
