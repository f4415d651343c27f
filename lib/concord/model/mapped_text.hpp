#pragma once
// A reader's view of a piece of text (a paragraph with its wrapped lines
// joined, a table cell gathered from continuation rows, an HTML paragraph with
// its entities decoded) that remembers where every byte came from in the
// decoded source. Rules work on the reader's text; reports need the source.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord::model {

/// A half-open byte range [begin, end) in a file's decoded text.
struct SourceRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

class MappedText {
 public:
  /// Appends bytes copied verbatim from the source at `source_begin`.
  void append_source(std::string_view bytes, std::uint32_t source_begin);

  /// Appends text that the source spells differently (a joining space, a
  /// decoded entity); it maps to the source range [begin, begin + length).
  void append_synthetic(std::string_view text, std::uint32_t source_begin, std::uint32_t source_length = 0);

  const std::string& str() const { return text_; }
  std::string_view view() const { return text_; }
  bool empty() const { return text_.empty(); }
  std::size_t size() const { return text_.size(); }

  /// Source offset of the byte at text offset `offset`.
  std::uint32_t to_source(std::uint32_t offset) const;

  /// Source range covered by the text range [begin, end).
  SourceRange to_source(std::uint32_t begin, std::uint32_t end) const;

  /// Whether the text range [begin, end) was copied verbatim and contiguously
  /// from the source, so that replacing its source bytes is a faithful fix.
  bool is_verbatim(std::uint32_t begin, std::uint32_t end) const;

 private:
  struct Piece {
    std::uint32_t text_begin;
    std::uint32_t source_begin;
    std::uint32_t source_length;  // for synthetic pieces
    bool synthetic;
  };
  std::size_t piece_at(std::uint32_t offset) const;
  std::uint32_t source_end_of(std::uint32_t end) const;

  std::string text_;
  std::vector<Piece> pieces_;
};

}  // namespace concord::model
