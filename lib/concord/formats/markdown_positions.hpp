#pragma once
// cmark's source positions (1-based lines, 1-based byte columns) as decoded
// byte offsets, always inside the text and inside their line.
#include <cstdint>
#include <string_view>

#include "concord/formats/markdown_tree.hpp"
#include "concord/io/line_index.hpp"
#include "concord/model/mapped_text.hpp"

namespace concord::formats::markdown {

class SourcePositions {
 public:
  SourcePositions(std::string_view text, const io::LineIndex& lines) : text_(text), lines_(lines) {}

  std::string_view text() const { return text_; }
  std::uint32_t line_start(int line) const;
  /// End of the line's content, before its terminator.
  std::uint32_t line_end(int line) const;
  std::string_view line_text(int line) const;

  /// Offset of a line and byte column, kept inside the line.
  std::uint32_t offset_of(int line, int column) const;

  /// The range cmark gives `node`, without the white space around it.
  model::SourceRange range_of(const Node& node) const;

  /// `range` without white space (and line endings) at either end.
  model::SourceRange trimmed(model::SourceRange range) const;

 private:
  std::string_view text_;
  const io::LineIndex& lines_;
};

}  // namespace concord::formats::markdown
