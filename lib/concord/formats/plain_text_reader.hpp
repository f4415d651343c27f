#pragma once
// The plain-text reader: paragraphs (wrapped lines joined), bulleted and
// numbered list items, and tab-separated tables whose continuation rows
// (empty leading cells) extend the cells of the row above.
#include "concord/model/parsed_file.hpp"

namespace concord::formats {

void read_plain_text(model::ParsedFile& file);

}  // namespace concord::formats
