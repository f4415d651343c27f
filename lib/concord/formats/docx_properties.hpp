#pragma once
// Reading WordprocessingML property elements (<w:numId w:val="3"/>,
// <w:vanish/>): the w:val attribute as text, as a number, as a toggle.
// pugixml's types are only forward-declared here.
#include <optional>
#include <string_view>

namespace pugi {
class xml_node;
}  // namespace pugi

namespace concord::formats {

/// The element's w:val ("" for a missing element).
std::string_view property_value(const pugi::xml_node& element);

/// w:val as a decimal number, if it is one.
std::optional<int> property_number(const pugi::xml_node& element);

/// A toggle: on when present, unless w:val is 0, false or off.
bool property_on(const pugi::xml_node& element);

/// Text as a decimal number, if it is one (attributes such as w:abstractNumId).
std::optional<int> parse_number(std::string_view text);

}  // namespace concord::formats
