#pragma once
// Translation units of TMX: each <tu> gives one block per <tuv> (xml:lang, or
// lang in TMX 1.1) from its <seg>, the source language first (the tu's or
// the header's srclang; the first tuv when srclang is *all* or unknown).
// pugixml stays in the .cpp file.
#include <string_view>

#include "concord/model/parsed_file.hpp"

namespace pugi {
class xml_node;
}  // namespace pugi

namespace concord::formats {

/// Appends the blocks of every unit under the <tmx> `root`, parsed by
/// parse_xml_verbatim() from `text`.
void read_tmx_units(const pugi::xml_node& root, std::string_view text, model::ParsedFile& file);

}  // namespace concord::formats
