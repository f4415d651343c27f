#pragma once
// XLIFF 1.2, XLIFF 2.x and TMX (pugixml): each translation unit becomes two
// blocks, its source and its target, sharing `Block::unit` and carrying their
// language in `Block::lang`. Inline tags become placeholder spans.
#include "concord/model/parsed_file.hpp"

namespace concord::formats {

void read_xliff(model::ParsedFile& file);
void read_tmx(model::ParsedFile& file);

}  // namespace concord::formats
