#pragma once
// The Markdown reader (cmark-gfm): headings, paragraphs, lists, tables, block
// quotes; code is not prose; YAML front matter is kept aside; HTML comments
// are kept as directives. MDX is read as Markdown with JSX blocks skipped.
#include "concord/model/parsed_file.hpp"

namespace concord::formats {

void read_markdown(model::ParsedFile& file, bool mdx);

}  // namespace concord::formats
