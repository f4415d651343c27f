#pragma once
// Finds where the HTML parser's events lie in the decoded source. libxml2
// reports an event when it has read past it (the parser's position), not
// where it began; the locator keeps a cursor up to which the source is
// accounted for and searches the bytes between the cursor and the parser's
// position for the tag, comment or text the event stands for.
#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/formats/html_source_tree.hpp"

namespace concord::formats::html {

class SourceLocator {
 public:
  explicit SourceLocator(std::string_view text) : text_(text) {}

  /// Start of the start tag `<name` read before `parsed`, or nothing for an
  /// element the parser implied.
  bool locate_start_tag(std::string_view name, std::uint32_t parsed, std::uint32_t& begin);

  /// Whether the end tag `</name` was read before `parsed` (otherwise the
  /// parser closed the element on its own). `end` is where the element ends.
  bool locate_end_tag(std::string_view name, std::uint32_t parsed, std::uint32_t& end);

  /// Source range of a comment the parser has just read.
  model::SourceRange locate_comment(std::uint32_t parsed);

  /// The pieces of source a text chunk came from: verbatim bytes where the
  /// source spells the chunk as is, an entity range where it was decoded.
  void locate_text(std::string_view chunk, std::uint32_t parsed, std::vector<TextPiece>& out);

  /// Marks everything before `parsed` as read (processing instructions,
  /// script bodies).
  void skip_to(std::uint32_t parsed);

  std::uint32_t cursor() const { return cursor_; }

 private:
  std::uint32_t clamp(std::uint32_t offset) const;
  static constexpr std::uint32_t kNoReference = 0xFFFFFFFF;
  /// Start of a character or entity reference that ends at `end`.
  std::uint32_t reference_before(std::uint32_t end) const;
  void append_aligned(std::string_view chunk, std::uint32_t begin, std::vector<TextPiece>& out) const;

  std::string_view text_;
  std::uint32_t cursor_ = 0;
};

}  // namespace concord::formats::html
