#include "concord/model/block.hpp"

namespace concord::model {

std::string_view to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::heading: return "heading";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::list_item: return "list-item";
    case BlockKind::table: return "table";
    case BlockKind::table_row: return "table-row";
    case BlockKind::table_cell: return "table-cell";
    case BlockKind::quote: return "quote";
    case BlockKind::code: return "code";
  }
  return "paragraph";
}

bool in_span(const Block& block, std::uint32_t offset, InlineSpan::Kind kind) {
  for (const InlineSpan& s : block.spans) {
    if (s.begin > offset) break;
    if (s.kind == kind && offset < s.end) return true;
  }
  return false;
}

}  // namespace concord::model
