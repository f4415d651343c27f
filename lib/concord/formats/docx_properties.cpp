#include "concord/formats/docx_properties.hpp"

#include <charconv>

#include <pugixml.hpp>

#include "concord/formats/xml_tree.hpp"

namespace concord::formats {

std::string_view property_value(const pugi::xml_node& element) { return attribute_named(element, "val"); }

std::optional<int> parse_number(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end == text.data()) return std::nullopt;
  return value;
}

std::optional<int> property_number(const pugi::xml_node& element) { return parse_number(property_value(element)); }

bool property_on(const pugi::xml_node& element) {
  if (!element) return false;
  const std::string_view v = property_value(element);
  return v != "0" && v != "false" && v != "off";
}

}  // namespace concord::formats
