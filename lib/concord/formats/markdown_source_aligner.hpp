#pragma once
// cmark reports where blocks are but not reliably where their inline text
// is, and its text is decoded (escapes, entities). The aligner walks a
// block's source with a cursor and finds each literal cmark reports, piece by
// piece: bytes copied verbatim, and escapes or entities that stand for their
// decoded text.
#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/model/mapped_text.hpp"

namespace concord::formats::markdown {

struct AlignedPiece {
  std::string_view text;        // the bytes for the reader's text
  std::uint32_t source = 0;     // where they are in the decoded source
  std::uint32_t source_length = 0;  // source bytes a synthetic piece stands for
  bool verbatim = true;
};

enum class LiteralKind : std::uint8_t {
  text,       // backslash escapes and entities are decoded; on one line
  code_span,  // raw, but a line ending reads as a space (and `\|` as `|` in tables)
  html,       // raw, line endings included
  code_line,  // one line of a code block, raw
};

class SourceAligner {
 public:
  /// Aligns literals within `range` of `source`.
  SourceAligner(std::string_view source, model::SourceRange range);

  std::uint32_t cursor() const { return cursor_; }

  /// Moves past link reference definitions (`[id]: /url "title"`) that open a
  /// paragraph: cmark takes them out of the paragraph's text. Should the
  /// first literal not be found after them, they were text after all.
  void skip_reference_definitions();

  /// Where the block's text starts: after the reference definitions skipped.
  std::uint32_t text_begin() const { return text_begin_; }

  /// Finds `literal` at or after the cursor and moves past it. What cannot be
  /// found becomes one synthetic piece at the cursor, never a wrong position.
  std::vector<AlignedPiece> locate(std::string_view literal, LiteralKind kind);

  /// The source range the last `locate` matched (empty when it found nothing).
  model::SourceRange last_match() const { return last_match_; }

  /// Moves past the next line ending; returns the offset of its terminator.
  std::uint32_t skip_line_break();

  enum class LinkForm : std::uint8_t {
    bracketed,  // [text](url), [text][ref], ![alt](src)
    angle,      // <https://example.com>
    bare,       // www.example.com, name@example.com (GFM autolinks)
  };

  /// How the link or image that starts at the cursor is written.
  LinkForm link_form() const;

  /// Moves past what follows a link's or image's text: `](url "title")`,
  /// `][label]` or `]` of a bracketed link, the `>` of an angle autolink.
  void skip_link_tail(LinkForm form);

 private:
  bool match_at(std::uint32_t at, std::string_view literal, LiteralKind kind, std::uint32_t limit, bool decoded,
                std::vector<AlignedPiece>& pieces, std::uint32_t& end) const;
  bool search(std::string_view literal, LiteralKind kind, std::uint32_t limit, std::vector<AlignedPiece>& pieces);
  std::uint32_t line_end(std::uint32_t from) const;
  std::uint32_t skip_line_prefix(std::uint32_t at, std::uint32_t limit, char next) const;
  std::uint32_t skip_spaces(std::uint32_t at) const;
  bool skip_destination(std::uint32_t& at) const;
  bool is_reference_definition(std::uint32_t line_begin, std::uint32_t& next) const;

  std::string_view source_;
  model::SourceRange range_;
  std::uint32_t cursor_;
  model::SourceRange last_match_;
  std::uint32_t text_begin_;
  bool skipped_definitions_ = false;  // until the first literal is found
};

}  // namespace concord::formats::markdown
