#pragma once
// The DOCX reader (libzip + pugixml): paragraphs, runs, tables, headings from
// styles, list numbering from numbering.xml. A DOCX has no lines: the reader
// builds a text with one paragraph per line (table cells count as
// paragraphs), so a finding's line is the paragraph's index in document order
// and its column counts code points within it (CONTRACT.md).
#include <memory>
#include <string>

#include "concord/model/parsed_file.hpp"

namespace concord::formats {

std::unique_ptr<model::ParsedFile> read_docx(const std::string& path, std::string bytes);

}  // namespace concord::formats
