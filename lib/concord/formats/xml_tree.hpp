#pragma once
// Parsing XML with pugixml so that node offsets are offsets in the text that
// was parsed, and looking nodes up by local name (prefixes vary between
// producers). pugixml's types are only forward-declared here: the library's
// headers never include <pugixml.hpp>.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "concord/model/mapped_text.hpp"

namespace pugi {
class xml_document;
class xml_node;
}  // namespace pugi

namespace concord::formats {

struct XmlError {
  std::uint32_t offset = 0;  // byte offset in the parsed text
  std::string description;   // pugixml's description of the error
};

/// Parses `text` (UTF-8) keeping it byte for byte: no entity expansion, no
/// end-of-line normalization, white-space-only text kept, comments and
/// processing instructions kept as nodes. Node offsets are offsets in
/// `text`. DTDs are skipped: no entity is ever declared, expanded or fetched.
bool parse_xml_verbatim(pugi::xml_document& doc, std::string_view text, XmlError& error);

/// Parses an XML part of a package (DOCX) the usual way: references
/// expanded, encoding detected from the part.
bool parse_xml_part(pugi::xml_document& doc, std::string_view bytes, XmlError& error);

/// The range an element parsed by parse_xml_verbatim() covers in `text`,
/// from its `<` to the `>` that closes it.
model::SourceRange element_range(const pugi::xml_node& element, std::string_view text);

/// The first child element with this local name, or an empty node.
pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view local);

/// The value of the attribute with this local name (any prefix), or empty.
std::string_view attribute_named(const pugi::xml_node& element, std::string_view local);

/// The value of an attribute with exactly this qualified name, or empty.
std::string_view attribute_exact(const pugi::xml_node& element, std::string_view name);

/// Whether `node` is an element with this local name.
bool is_element(const pugi::xml_node& node, std::string_view local);

/// Visits the elements under `root` in document order, without recursion
/// (nesting depth is the input's to choose); `visit` returns whether to go
/// into the element's children.
void visit_elements(const pugi::xml_node& root, const std::function<bool(const pugi::xml_node&)>& visit);

/// The element's local name ("" for other nodes).
std::string_view element_name(const pugi::xml_node& node);

}  // namespace concord::formats
