#include "concord/formats/markdown_positions.hpp"

#include <algorithm>

#include "concord/formats/markdown_lines.hpp"

namespace concord::formats::markdown {

std::uint32_t SourcePositions::line_start(int line) const {
  return line < 1 ? 0 : lines_.line_start(static_cast<std::uint32_t>(line));
}

std::string_view SourcePositions::line_text(int line) const {
  return line < 1 ? std::string_view() : lines_.line_text(static_cast<std::uint32_t>(line));
}

std::uint32_t SourcePositions::line_end(int line) const {
  return line_start(line) + static_cast<std::uint32_t>(line_text(line).size());
}

std::uint32_t SourcePositions::offset_of(int line, int column) const {
  if (line < 1) return 0;
  const std::uint32_t column_offset = column > 1 ? static_cast<std::uint32_t>(column - 1) : 0;
  return std::min(line_start(line) + column_offset, line_end(line));
}

model::SourceRange SourcePositions::range_of(const Node& node) const {
  model::SourceRange r;
  r.begin = offset_of(node.start_line, node.start_column);
  // The end column is inclusive; column 0 means the block ended with the line before.
  r.end = node.end_line < 1 ? r.begin : offset_of(node.end_line, node.end_column + 1);
  if (r.end < r.begin) r.end = line_at(text_, r.begin).end;
  return trimmed(r);
}

model::SourceRange SourcePositions::trimmed(model::SourceRange r) const {
  auto is_white = [](char c) { return is_blank_char(c) || is_line_end(c); };
  r.end = std::min<std::uint32_t>(r.end, static_cast<std::uint32_t>(text_.size()));
  r.begin = std::min(r.begin, r.end);
  while (r.end > r.begin && is_white(text_[r.end - 1])) --r.end;
  while (r.begin < r.end && is_white(text_[r.begin])) ++r.begin;
  return r;
}

}  // namespace concord::formats::markdown
