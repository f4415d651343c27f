#include "concord/formats/html_reader.hpp"

#include "concord/formats/plain_text_reader.hpp"

namespace concord::formats {

// Until the libxml2 reader lands, HTML is read as plain text.
void read_html(model::ParsedFile& file) { read_plain_text(file); }

}  // namespace concord::formats
