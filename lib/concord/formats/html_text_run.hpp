#pragma once
// The text of one HTML block as a browser shows it: runs of white space
// collapse to one space, a line break between CJK characters (or CJK and
// punctuation) disappears, the edges are trimmed; <pre> keeps its spacing.
// Every byte keeps its source position; inline elements become spans.
#include <cstdint>
#include <string>
#include <vector>

#include "concord/formats/html_source_tree.hpp"
#include "concord/model/block.hpp"

namespace concord::formats::html {

/// What a span marks for the block builder's own judgements.
enum class Mark : std::uint8_t {
  none,
  language_link,  // a link to another language version
  strong,         // strong, b: a paragraph in bold only reads as a heading
};

/// Letters (code points that are neither white space nor punctuation) of a
/// text, and how many lie in spans of one mark.
struct LetterShare {
  std::size_t spans = 0;
  std::size_t letters_in_spans = 0;
  std::size_t letters = 0;
};

class TextRun {
 public:
  TextRun() = default;
  explicit TextRun(bool preformatted) : preformatted_(preformatted) {}

  void add(const TextPiece& piece);
  /// <br>, or a block boundary inside a block that cannot split (a div in a
  /// heading): white space that counts as a line break.
  void add_break(model::SourceRange at);

  /// Opens a span over the text added until `close_span(serial)`; `emit`
  /// false keeps it only for `share`. A span left open runs to the end of
  /// the text.
  void open_span(std::uint32_t serial, model::InlineSpan::Kind kind, std::string target, bool emit, Mark mark);
  void close_span(std::uint32_t serial);

  bool has_text() const { return !text_.empty(); }
  /// The source the run's text came from, or nothing when it has none.
  model::SourceRange source() const;

  model::MappedText& text() { return text_; }
  const model::MappedText& text() const { return text_; }
  /// The emitted spans, sorted by begin; empty spans are dropped.
  std::vector<model::InlineSpan> spans() const;
  LetterShare share(Mark mark) const;

 private:
  struct Space {
    bool collapsible = true;     // HTML white space; otherwise kept as is (U+3000, &nbsp;, <pre>)
    std::string text;            // kept spaces: their bytes
    std::uint32_t source_begin = 0;
    std::uint32_t source_end = 0;
    bool verbatim = true;        // kept spaces: copied from the source
    bool line_break = false;     // collapsible: holds a line break
    bool single_space = false;   // collapsible: one verbatim ' '
  };
  struct OpenSpan {
    model::InlineSpan span;
    std::uint32_t serial = 0;
    bool emit = true;
    Mark mark = Mark::none;
    bool begun = false;  // `span.begin` is set once text follows the opening
    bool closed = false;
  };

  void add_space(char32_t cp, std::string_view bytes, std::uint32_t source_begin, std::uint32_t source_length,
                 bool verbatim);
  void add_char(std::string_view bytes, std::uint32_t source_begin, std::uint32_t source_length, bool verbatim,
                char32_t cp);
  void flush_spaces(char32_t next);
  void cover_piece(std::uint32_t begin, std::uint32_t end);

  bool preformatted_ = false;
  model::MappedText text_;
  std::vector<Space> spaces_;  // white space waiting for the next character
  std::vector<OpenSpan> spans_;
  char32_t last_ = 0;
  std::uint32_t source_begin_ = 0xFFFFFFFF;
  std::uint32_t source_end_ = 0;
};

}  // namespace concord::formats::html
