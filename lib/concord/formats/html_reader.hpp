#pragma once
// The HTML reader (libxml2's HTML parser): headings, paragraphs, lists,
// tables; scripts, styles and navigation chrome ignored; entities decoded;
// tolerant of broken markup.
#include "concord/model/parsed_file.hpp"

namespace concord::formats {

void read_html(model::ParsedFile& file);

}  // namespace concord::formats
