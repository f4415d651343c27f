#include "concord/formats/docx_numbering.hpp"

#include <algorithm>

#include <pugixml.hpp>

#include "concord/formats/docx_number_format.hpp"
#include "concord/formats/docx_properties.hpp"
#include "concord/io/utf8.hpp"

namespace concord::formats {
namespace {

// Counters and start values stay far from int overflow whatever the file says.
constexpr int kMaxNumber = 1000000000;

// A number from the file, kept where counting cannot overflow.
std::optional<int> bounded(std::optional<int> value) {
  if (!value) return std::nullopt;
  return std::clamp(*value, -1, kMaxNumber);
}

// A property element, looking through mc:AlternateContent to its fallback
// (newer formats are offered to Word 2010+ with an older fallback).
pugi::xml_node property(const pugi::xml_node& parent, std::string_view name) {
  if (pugi::xml_node direct = child_named(parent, name)) return direct;
  const pugi::xml_node alternate = child_named(parent, "AlternateContent");
  return child_named(child_named(alternate, "Fallback"), name);
}

void read_level(const pugi::xml_node& lvl, DocxNumbering::Level& level) {
  if (auto start = bounded(property_number(property(lvl, "start")))) level.start = std::max(*start, 0);
  if (const pugi::xml_node format = property(lvl, "numFmt")) level.format = std::string(property_value(format));
  if (const pugi::xml_node text = property(lvl, "lvlText")) level.text = std::string(property_value(text));
  level.legal = property_on(property(lvl, "isLgl"));
  if (auto restart = bounded(property_number(property(lvl, "lvlRestart")))) level.restart_after = *restart;
}

std::optional<int> level_index(const pugi::xml_node& element) {
  const auto index = bounded(parse_number(attribute_named(element, "ilvl")));
  if (!index || *index < 0 || *index >= DocxNumbering::kLevels) return std::nullopt;
  return index;
}

// Bullets in Symbol or Wingdings fonts are private-use characters; any font
// shows them as a bullet.
std::string bullet(std::string_view text) {
  std::string out;
  for (std::size_t p = 0; p < text.size();) {
    const char32_t cp = utf8::next(text, p);
    utf8::append(out, cp >= 0xE000 && cp <= 0xF8FF ? U'•' : cp);
  }
  return out.empty() ? "•" : out;
}

}  // namespace

bool DocxNumbering::Instance::restarts() const {
  for (int i = 0; i < kLevels; ++i)
    if (start_overrides[static_cast<std::size_t>(i)] || overrides[static_cast<std::size_t>(i)]) return true;
  return false;
}

bool DocxNumbering::parse(std::string_view xml, XmlError& error) {
  pugi::xml_document doc;
  if (!parse_xml_part(doc, xml, error)) return false;
  for (pugi::xml_node node = doc.document_element().first_child(); node; node = node.next_sibling()) {
    if (is_element(node, "abstractNum")) {
      const auto id = parse_number(attribute_named(node, "abstractNumId"));
      if (!id) continue;
      std::array<Level, kLevels>& levels = abstracts_[*id];
      for (pugi::xml_node lvl = node.first_child(); lvl; lvl = lvl.next_sibling())
        if (is_element(lvl, "lvl"))
          if (const auto index = level_index(lvl)) read_level(lvl, levels[static_cast<std::size_t>(*index)]);
    } else if (is_element(node, "num")) {
      const auto id = parse_number(attribute_named(node, "numId"));
      if (!id) continue;
      Instance& instance = instances_[*id];
      instance.abstract_id = property_number(child_named(node, "abstractNumId")).value_or(-1);
      for (pugi::xml_node o = node.first_child(); o; o = o.next_sibling()) {
        if (!is_element(o, "lvlOverride")) continue;
        const auto index = level_index(o);
        if (!index) continue;
        const auto i = static_cast<std::size_t>(*index);
        if (auto start = bounded(property_number(child_named(o, "startOverride"))))
          instance.start_overrides[i] = std::max(*start, 0);
        if (const pugi::xml_node lvl = child_named(o, "lvl")) {
          Level level;
          read_level(lvl, level);
          instance.overrides[i] = level;
        }
      }
    }
  }
  return true;
}

const DocxNumbering::Level& DocxNumbering::level_of(const Instance& instance, int level) const {
  static const Level kUndefined{};
  const auto i = static_cast<std::size_t>(level);
  if (instance.overrides[i]) return *instance.overrides[i];
  const auto it = abstracts_.find(instance.abstract_id);
  return it == abstracts_.end() ? kUndefined : it->second[i];
}

std::string DocxNumbering::render(const Instance& instance, const std::array<std::optional<int>, kLevels>& counters,
                                  int level) const {
  const Level& own = level_of(instance, level);
  if (own.format == "bullet") return bullet(own.text);
  std::string out;
  const std::string& text = own.text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%' || i + 1 >= text.size() || text[i + 1] < '1' || text[i + 1] > '9') {
      out += text[i];
      continue;
    }
    const int referenced = text[++i] - '1';
    const Level& that = level_of(instance, referenced);
    const auto r = static_cast<std::size_t>(referenced);
    const int value = counters[r] ? *counters[r] : instance.start_overrides[r].value_or(that.start);
    out += format_list_number(own.legal ? std::string_view("decimal") : that.format, value);
  }
  return out;
}

std::optional<std::string> DocxNumbering::next_marker(int num_id, int level) {
  if (num_id <= 0) return std::nullopt;  // numId 0 switches numbering off
  const auto it = instances_.find(num_id);
  if (it == instances_.end()) return std::nullopt;
  const Instance& instance = it->second;
  if (!instance.restarts() && !abstracts_.contains(instance.abstract_id)) return std::nullopt;
  level = std::clamp(level, 0, kLevels - 1);
  auto& counters = counters_[{instance.restarts(), instance.restarts() ? num_id : instance.abstract_id}];
  const auto i = static_cast<std::size_t>(level);
  const int start = instance.start_overrides[i].value_or(level_of(instance, level).start);
  counters[i] = counters[i] ? std::min(*counters[i] + 1, kMaxNumber) : start;
  for (int deeper = level + 1; deeper < kLevels; ++deeper) {
    const int restart_after = level_of(instance, deeper).restart_after;
    // w:lvlRestart names the 1-based level after which this one restarts; 0 never.
    if (restart_after < 0 || level < restart_after) counters[static_cast<std::size_t>(deeper)].reset();
  }
  return render(instance, counters, level);
}

}  // namespace concord::formats
