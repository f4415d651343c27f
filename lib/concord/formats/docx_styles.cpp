#include "concord/formats/docx_styles.hpp"

#include <algorithm>
#include <cctype>

#include <pugixml.hpp>

#include "concord/formats/docx_properties.hpp"

namespace concord::formats {
namespace {

// basedOn chains are short; a cycle or a hostile chain stops here.
constexpr int kMaxInheritance = 32;

}  // namespace

int heading_level_of_name(std::string_view name) {
  std::string folded;
  for (char c : name)
    if (c != ' ') folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (folded == "title") return 1;
  for (std::string_view prefix : {std::string_view("heading"), std::string_view("标题"), std::string_view("標題"),
                                  std::string_view("見出し")}) {
    if (!folded.starts_with(prefix)) continue;
    const auto level = parse_number(std::string_view(folded).substr(prefix.size()));
    if (level && *level >= 1 && *level <= 9 && std::to_string(*level).size() == folded.size() - prefix.size())
      return *level;
  }
  return 0;
}

bool DocxStyles::parse(std::string_view xml, XmlError& error) {
  pugi::xml_document doc;
  if (!parse_xml_part(doc, xml, error)) return false;
  for (pugi::xml_node node = doc.document_element().first_child(); node; node = node.next_sibling()) {
    if (!is_element(node, "style") || attribute_named(node, "type") != "paragraph") continue;
    const std::string id(attribute_named(node, "styleId"));
    Style style;
    style.name = std::string(property_value(child_named(node, "name")));
    style.based_on = std::string(property_value(child_named(node, "basedOn")));
    const pugi::xml_node properties = child_named(node, "pPr");
    if (const pugi::xml_node outline = child_named(properties, "outlineLvl"))
      style.outline_level = property_number(outline);
    if (const pugi::xml_node num_pr = child_named(properties, "numPr"))
      style.numbering = read_numbering_properties(num_pr);
    const std::string_view is_default = attribute_named(node, "default");
    if (is_default == "1" || is_default == "true") default_paragraph_ = id;
    styles_[id] = std::move(style);
  }
  return true;
}

const DocxStyles::Style* DocxStyles::find(std::string_view id) const {
  const auto it = styles_.find(std::string(id));
  return it == styles_.end() ? nullptr : &it->second;
}

int DocxStyles::heading_level(std::string_view style_id) const {
  std::string_view id = style_id;
  for (int step = 0; step < kMaxInheritance && !id.empty(); ++step) {
    const Style* style = find(id);
    if (style == nullptr) return step == 0 ? heading_level_of_name(id) : 0;
    if (const int by_name = heading_level_of_name(style->name)) return by_name;
    if (const int by_id = heading_level_of_name(id)) return by_id;
    if (style->outline_level) {
      const int outline = *style->outline_level;  // 0-based; 9 is body text
      return outline >= 0 && outline < 9 ? outline + 1 : 0;
    }
    id = style->based_on;
  }
  return 0;
}

std::optional<NumberingRef> DocxStyles::numbering(std::string_view style_id) const {
  std::string_view id = style_id;
  for (int step = 0; step < kMaxInheritance && !id.empty(); ++step) {
    const Style* style = find(id);
    if (style == nullptr) return std::nullopt;
    if (style->numbering) return style->numbering;
    id = style->based_on;
  }
  return std::nullopt;
}

std::optional<NumberingRef> read_numbering_properties(const pugi::xml_node& num_pr) {
  NumberingRef ref;
  const auto num_id = property_number(child_named(num_pr, "numId"));
  if (!num_id) return std::nullopt;
  ref.num_id = *num_id;
  ref.level = property_number(child_named(num_pr, "ilvl"));
  return ref;
}

}  // namespace concord::formats
