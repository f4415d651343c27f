#include "concord/formats/tmx_units.hpp"

#include <algorithm>
#include <vector>

#include <pugixml.hpp>

#include "concord/formats/xml_segment.hpp"
#include "concord/formats/xml_text.hpp"
#include "concord/formats/xml_tree.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::formats {
namespace {

const InlineTags& tmx_tags() {
  static const InlineTags tags{{"hi"}, {"bpt", "ept", "ph", "it", "ut"}, {}};
  return tags;
}

std::string tag_of(std::string_view raw) {
  const std::string decoded = decode_xml_references(raw);
  return decoded.empty() || decoded == "*all*" ? std::string() : lang::normalize_tag(decoded);
}

std::string lang_of(const pugi::xml_node& tuv) {
  const std::string_view xml_lang = attribute_exact(tuv, "xml:lang");
  return tag_of(xml_lang.empty() ? attribute_exact(tuv, "lang") : xml_lang);
}

}  // namespace

void read_tmx_units(const pugi::xml_node& root, std::string_view text, model::ParsedFile& file) {
  const std::string header_source = tag_of(attribute_named(child_named(root, "header"), "srclang"));
  std::uint32_t unit = 0;
  visit_elements(root, [&](const pugi::xml_node& element) {
    const std::string_view name = element_name(element);
    if (name != "tu") return name == "body";
    std::vector<pugi::xml_node> variants;
    for (pugi::xml_node tuv = element.first_child(); tuv; tuv = tuv.next_sibling())
      if (is_element(tuv, "tuv") && child_named(tuv, "seg")) variants.push_back(tuv);
    if (variants.empty()) return false;
    std::string source = tag_of(attribute_named(element, "srclang"));
    if (source.empty()) source = header_source;
    // The source first, then the other variants in file order.
    std::size_t first = 0;
    for (std::size_t i = 0; i < variants.size(); ++i) {
      if (!source.empty() && lang_of(variants[i]) == source) {
        first = i;
        break;
      }
    }
    std::rotate(variants.begin(), variants.begin() + static_cast<std::ptrdiff_t>(first),
                variants.begin() + static_cast<std::ptrdiff_t>(first) + 1);
    ++unit;
    for (const pugi::xml_node& tuv : variants) {
      const pugi::xml_node seg = child_named(tuv, "seg");
      SegmentReader reader(text, tmx_tags());
      reader.add(seg);
      add_unit_side(file, reader.finish(), element_range(seg, text), unit, lang_of(tuv));
    }
    return false;
  });
}

}  // namespace concord::formats
