#include "concord/formats/markdown_reader.hpp"

#include "concord/formats/plain_text_reader.hpp"

namespace concord::formats {

// Until the cmark-gfm reader lands, Markdown is read as plain text.
void read_markdown(model::ParsedFile& file, bool) { read_plain_text(file); }

}  // namespace concord::formats
