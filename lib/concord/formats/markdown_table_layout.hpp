#pragma once
// Where a GFM table's rows and cells are. cmark-gfm's own positions are not
// reliable: when a table directly follows paragraph lines it places the table
// and its header row where the paragraph starts (and the paragraph nowhere),
// and its row columns follow the table's first line. Rows are consecutive
// lines ending on the table's last line, so they are counted back from there,
// and cells are found by splitting a row's line at its pipes.
#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/formats/markdown_positions.hpp"
#include "concord/formats/markdown_tree.hpp"

namespace concord::formats::markdown {

/// The 1-based line of the header row of `table` (a node of `tree`).
int table_header_line(const Tree& tree, std::uint32_t table);

/// The line of row `index` (0 = header, body rows after the delimiter row),
/// after the container prefix (`> `) the delimiter row shows.
model::SourceRange table_row_range(const SourcePositions& positions, int header_line, int index);

/// The range of each cell of `row`: split at pipes that no backslash escapes,
/// without the outer pipes and the white space around each cell.
std::vector<model::SourceRange> table_row_cells(std::string_view text, model::SourceRange row);

}  // namespace concord::formats::markdown
