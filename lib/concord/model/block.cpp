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

}  // namespace concord::model
