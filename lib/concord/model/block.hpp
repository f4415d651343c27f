#pragma once
// The document model every format reader produces: a flat, pre-order list of
// blocks (children follow their parent), each with its reader text mapped back
// to the decoded source.
#include <cstdint>
#include <string>
#include <string_view>

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
};

}  // namespace concord::model
