#pragma once
// The document model every format reader produces: a flat, pre-order list of
// blocks (children follow their parent), each with its reader text mapped back
// to the decoded source.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/model/mapped_text.hpp"

namespace concord::model {

enum class BlockKind : std::uint8_t {
  heading,
  paragraph,
  list_item,
  table,
  table_row,
  table_cell,
  quote,
  code,  // not prose: rules skip it
};

std::string_view to_string(BlockKind kind);

/// Text-bearing blocks carry prose; containers (table, row) only group.
inline bool carries_text(BlockKind k) {
  return k != BlockKind::table && k != BlockKind::table_row;
}

/// A stretch of a block's text that rules treat specially.
struct InlineSpan {
  enum class Kind : std::uint8_t {
    code,         // inline code: shown, but not prose
    link,         // link text; `target` is the URL (Markdown, HTML, DOCX hyperlinks)
    foreign,      // text the source marks as another language; `target` is its tag
    placeholder,  // an inline tag of a bilingual format (XLIFF, TMX); `target` is its id
  };
  Kind kind = Kind::link;
  std::uint32_t begin = 0;  // offsets in the block's text
  std::uint32_t end = 0;
  std::string target;
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::int32_t parent = -1;    // index of the enclosing block, -1 at top level
  std::uint16_t level = 0;     // heading level (1-6); list nesting depth (1-based)
  std::uint16_t row = 0;       // table cells: 0-based row within the table
  std::uint16_t column = 0;    // table cells: 0-based column
  SourceRange source;          // the whole block in the decoded text
  MappedText text;             // the reader's text; empty for containers
  std::string marker;          // list bullet or number as written ("-", "1.", "(一)")
  std::string lang;            // set by the reader when the format says (xml:lang, hreflang)
  std::uint32_t unit = 0;      // bilingual formats: 1-based translation unit, shared by its sides
  std::string anchor;          // an identifier the source gives the block (`{#scope}`, id="s2"), which
                               // translations usually keep
  std::vector<InlineSpan> spans;  // sorted by begin
};

/// Whether text offset `offset` of `block` lies in a span of `kind`.
bool in_span(const Block& block, std::uint32_t offset, InlineSpan::Kind kind);

}  // namespace concord::model
