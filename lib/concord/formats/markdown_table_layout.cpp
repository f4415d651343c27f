#include "concord/formats/markdown_table_layout.hpp"

#include <algorithm>

#include "concord/formats/markdown_lines.hpp"

namespace concord::formats::markdown {
namespace {

model::SourceRange without_blanks(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  while (begin < end && is_blank_char(text[begin])) ++begin;
  while (end > begin && is_blank_char(text[end - 1])) --end;
  return {begin, end};
}

}  // namespace

int table_header_line(const Tree& tree, std::uint32_t table) {
  const Node& node = tree.nodes[table];
  int rows = 0;
  for (std::uint32_t row = table + 1; row < node.end && row > table; row = tree.nodes[row].end) ++rows;
  const int body_rows = std::max(rows - 1, 0);
  return std::max(node.end_line - body_rows - 1, 1);
}

model::SourceRange table_row_range(const SourcePositions& positions, int header_line, int index) {
  const int line = header_line + (index == 0 ? 0 : index + 1);
  // The prefix runs to the last '>' before the delimiter row's content.
  std::string_view prefix = positions.line_text(header_line + 1);
  prefix = prefix.substr(0, std::min(prefix.find_first_not_of(" \t\v\f>"), prefix.size()));
  const std::size_t quote = prefix.rfind('>');
  prefix = prefix.substr(0, quote == std::string_view::npos ? 0 : quote + 1);
  const std::uint32_t end = positions.line_end(line);
  const std::uint32_t begin = std::min(positions.line_start(line) + static_cast<std::uint32_t>(prefix.size()), end);
  return positions.trimmed({begin, end});
}

std::vector<model::SourceRange> table_row_cells(std::string_view text, model::SourceRange row) {
  std::vector<model::SourceRange> cells;
  const auto size = static_cast<std::uint32_t>(text.size());
  const model::SourceRange line = without_blanks(text, std::min(row.begin, size), std::min(row.end, size));
  std::uint32_t begin = line.begin;
  if (begin < line.end && text[begin] == '|') ++begin;
  for (std::uint32_t p = begin; p < line.end; ++p) {
    // A pipe after a backslash stays in its cell, as in cmark-gfm (even
    // after a second backslash).
    if (text[p] != '|' || (p > line.begin && text[p - 1] == '\\')) continue;
    cells.push_back(without_blanks(text, begin, p));
    begin = p + 1;
  }
  // The text after the last pipe is a cell unless the row ends with a pipe.
  if (begin < line.end || cells.empty()) cells.push_back(without_blanks(text, begin, line.end));
  return cells;
}

}  // namespace concord::formats::markdown
