#pragma once
// The text of a bilingual segment (an XLIFF <source>/<target>, a TMX <seg>)
// with its inline tags, mapped to the decoded file.
//
// Placeholders: a standalone inline tag (XLIFF x, bx, ex, ph, bpt, ept, it,
// sc, ec, sm, em; TMX bpt, ept, ph, it, ut) becomes one U+FFFC OBJECT
// REPLACEMENT CHARACTER in the text, the character Unicode reserves for an
// object standing in the text. It is neither a letter, a digit nor
// punctuation, so no rule reads it as a word, a number or a sentence end.
// Its InlineSpan (kind placeholder) covers that character. A paired tag (XLIFF
// g, pc, mrk; TMX hi) keeps its content as text; its span covers that
// content. Either span's target is "<tag>:<id>" (`x:1`, `bpt:2`, `pc:b1`;
// the id from id, i, startRef or x), or "<tag>#<n>" for the n-th tag of that
// name without an id, so that source and target placeholders compare.
//
// White space follows xml:space="default" unless "preserve" is in force: a
// run of white space holding a line break is a wrapped line, joined like the
// plain-text reader joins lines (nothing between CJK characters, one space
// otherwise); leading and trailing white space is dropped.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/model/block.hpp"
#include "concord/model/parsed_file.hpp"

namespace pugi {
class xml_node;
}  // namespace pugi

namespace concord::formats {

/// The placeholder character (UTF-8 of U+FFFC).
inline constexpr std::string_view kPlaceholder = "\xEF\xBF\xBC";

/// How a format's inline elements read (local names).
struct InlineTags {
  std::vector<std::string_view> paired;      // content stays text
  std::vector<std::string_view> standalone;  // one placeholder; content is native code, skipped
  std::string_view code_point;               // XLIFF 2 <cp hex="…"/>: the character itself
};

struct SegmentText {
  model::MappedText text;
  std::vector<model::InlineSpan> spans;  // sorted by begin
};

/// Gathers the content of one or more segment elements (the segments of an
/// XLIFF 2 unit are one text) from a document parsed by parse_xml_verbatim().
class SegmentReader {
 public:
  SegmentReader(std::string_view text, const InlineTags& tags) : text_(text), tags_(tags) {}

  void add(const pugi::xml_node& element);
  SegmentText finish();

 private:
  // What the traversal saw, in order; finish() lays it out once white space
  // can be judged by the characters on both sides.
  struct Token {
    enum class Kind : std::uint8_t { text, space, character, placeholder, open, close };
    Kind kind = Kind::text;
    std::string_view raw;             // text, space: the source bytes
    std::string expansion;            // character: what it stands for
    std::uint32_t source_begin = 0;
    std::uint32_t source_length = 0;  // character, placeholder: the bytes it covers
    bool references = true;           // text: expand references (false in CDATA)
    bool line_break = false;          // space: holds a line break
    bool preserve = false;            // space: xml:space="preserve"
    std::size_t span = 0;             // placeholder, open, close: index in spans_
  };

  void add_characters(std::string_view raw, std::uint32_t source_begin, bool references, bool preserve);
  void add_code_point(const pugi::xml_node& element);
  std::size_t add_span(const pugi::xml_node& element);
  static char32_t first_character(const Token& token);

  std::string_view text_;
  const InlineTags& tags_;
  std::vector<Token> tokens_;
  std::vector<model::InlineSpan> spans_;
  std::vector<std::pair<std::string, std::uint32_t>> unnamed_counts_;  // tag → tags without an id so far
};

/// Appends a paragraph block for one side of translation unit `unit`.
void add_unit_side(model::ParsedFile& file, SegmentText segment, model::SourceRange source, std::uint32_t unit,
                   std::string lang);

/// xml:space="preserve" on `element` or the nearest ancestor that says.
bool preserves_space(const pugi::xml_node& element);

}  // namespace concord::formats
