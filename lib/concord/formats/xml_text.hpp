#pragma once
// Character data of XML read without the parser's entity expansion, so that
// every character of a reader's text can be traced to the bytes it came from.
// pugixml stays inside the .cpp files; this header is free of it.
#include <cstdint>
#include <string>
#include <string_view>

#include "concord/model/mapped_text.hpp"

namespace concord::formats {

/// Length of the predefined entity or character reference starting at
/// `raw[pos]` (`&amp;`, `&#x4E2D;`), and its expansion in `out`; 0 when the
/// text there is not one (a custom entity such as `&lol9;` stays literal:
/// concord never expands DTD entities).
std::size_t xml_reference_at(std::string_view raw, std::size_t pos, std::string& out);

/// `raw` with its predefined and character references expanded (attribute
/// values: ids and language tags).
std::string decode_xml_references(std::string_view raw);

/// Appends raw character data (source bytes at `source_begin`) to `text`:
/// plain bytes verbatim, each reference as a synthetic piece covering it.
void append_xml_characters(model::MappedText& text, std::string_view raw, std::uint32_t source_begin);

/// The name without its namespace prefix ("w:p" → "p").
std::string_view local_name(std::string_view qualified);

/// Whether `c` is XML white space (space, tab, CR, LF).
inline bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace concord::formats
