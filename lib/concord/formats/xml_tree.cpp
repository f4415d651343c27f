#include "concord/formats/xml_tree.hpp"

#include <algorithm>

#include <pugixml.hpp>

#include "concord/formats/xml_text.hpp"

namespace concord::formats {
namespace {

// Keeps the text byte for byte so that offsets stay true: references and line
// ends are left for the readers to decode (xml_text.hpp). Comments and
// processing instructions become nodes so that element ends can be found.
constexpr unsigned kVerbatimOptions =
    pugi::parse_cdata | pugi::parse_ws_pcdata | pugi::parse_comments | pugi::parse_pi;

bool report(const pugi::xml_parse_result& result, XmlError& error) {
  if (result) return true;
  error.offset = result.offset > 0 ? static_cast<std::uint32_t>(result.offset) : 0;
  error.description = result.description();
  return false;
}

std::uint32_t offset_of(const pugi::xml_node& node) {
  const std::ptrdiff_t offset = node.offset_debug();
  return offset > 0 ? static_cast<std::uint32_t>(offset) : 0;
}

std::size_t find_or_end(std::string_view text, std::string_view what, std::size_t from) {
  const std::size_t at = text.find(what, std::min(from, text.size()));
  return at == std::string_view::npos ? text.size() : at + what.size();
}

// End of a start tag whose name begins at `name`: past its `>`, skipping
// quoted attribute values. Sets `empty` for `<x/>`.
std::size_t start_tag_end(std::string_view text, std::size_t name, bool& empty) {
  char quote = 0;
  for (std::size_t i = name; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      empty = i > name && text[i - 1] == '/';
      return i + 1;
    }
  }
  empty = true;
  return text.size();
}

// Past the closing tag that follows `from`.
std::size_t skip_end_tag(std::string_view text, std::size_t from) {
  return find_or_end(text, ">", find_or_end(text, "</", from));
}

// End of a leaf: text, CDATA, comment, processing instruction or an element
// without children.
std::size_t leaf_end(const pugi::xml_node& node, std::string_view text) {
  const std::size_t at = offset_of(node);
  switch (node.type()) {
    case pugi::node_pcdata: {
      const std::size_t lt = text.find('<', std::min(at, text.size()));
      return lt == std::string_view::npos ? text.size() : lt;
    }
    case pugi::node_cdata: return find_or_end(text, "]]>", at);
    case pugi::node_comment: return find_or_end(text, "-->", at);
    case pugi::node_pi: return find_or_end(text, "?>", at);
    case pugi::node_element: {
      bool empty = false;
      const std::size_t end = start_tag_end(text, at, empty);
      return empty ? end : skip_end_tag(text, end);
    }
    default: return at;
  }
}

}  // namespace

bool parse_xml_verbatim(pugi::xml_document& doc, std::string_view text, XmlError& error) {
  return report(doc.load_buffer(text.data(), text.size(), kVerbatimOptions, pugi::encoding_utf8), error);
}

bool parse_xml_part(pugi::xml_document& doc, std::string_view bytes, XmlError& error) {
  return report(doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata), error);
}

model::SourceRange element_range(const pugi::xml_node& element, std::string_view text) {
  const std::uint32_t name = offset_of(element);
  const std::uint32_t begin = name > 0 ? name - 1 : 0;
  // Down the chain of last children to a leaf, then up through the closing
  // tags: no recursion, however deep the nesting.
  pugi::xml_node leaf = element;
  std::size_t depth = 0;
  while (leaf.type() == pugi::node_element && leaf.last_child()) {
    leaf = leaf.last_child();
    ++depth;
  }
  std::size_t end = leaf_end(leaf, text);
  for (std::size_t d = 0; d < depth; ++d) end = skip_end_tag(text, end);
  return {begin, static_cast<std::uint32_t>(std::max<std::size_t>(end, begin))};
}

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view local) {
  for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling())
    if (is_element(child, local)) return child;
  return {};
}

std::string_view attribute_named(const pugi::xml_node& element, std::string_view local) {
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute())
    if (local_name(a.name()) == local) return a.value();
  return {};
}

std::string_view attribute_exact(const pugi::xml_node& element, std::string_view name) {
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute())
    if (name == a.name()) return a.value();
  return {};
}

bool is_element(const pugi::xml_node& node, std::string_view local) {
  return node.type() == pugi::node_element && local_name(node.name()) == local;
}

void visit_elements(const pugi::xml_node& root, const std::function<bool(const pugi::xml_node&)>& visit) {
  pugi::xml_node node = root.first_child();
  while (node) {
    if (node.type() == pugi::node_element && visit(node) && node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (!node.next_sibling()) {
      node = node.parent();
      if (!node || node == root) return;
    }
    node = node.next_sibling();
  }
}

std::string_view element_name(const pugi::xml_node& node) {
  return node.type() == pugi::node_element ? local_name(node.name()) : std::string_view{};
}

}  // namespace concord::formats
