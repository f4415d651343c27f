#include "concord/formats/xliff_units.hpp"

#include <algorithm>

#include <pugixml.hpp>

#include "concord/formats/xml_segment.hpp"
#include "concord/formats/xml_text.hpp"
#include "concord/formats/xml_tree.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::formats {
namespace {

const InlineTags& xliff1_tags() {
  static const InlineTags tags{{"g", "mrk"}, {"x", "bx", "ex", "ph", "bpt", "ept", "it"}, {}};
  return tags;
}

const InlineTags& xliff2_tags() {
  static const InlineTags tags{{"pc", "mrk"}, {"ph", "sc", "ec", "sm", "em"}, "cp"};
  return tags;
}

std::string tag_of(std::string_view raw) {
  const std::string decoded = decode_xml_references(raw);
  return decoded.empty() ? std::string() : lang::normalize_tag(decoded);
}

// The element's own xml:lang, or the language its file declares.
std::string lang_of(const pugi::xml_node& element, const std::string& declared) {
  const std::string own = tag_of(attribute_exact(element, "xml:lang"));
  return own.empty() ? declared : own;
}

model::SourceRange join(model::SourceRange a, model::SourceRange b) {
  if (a.begin == a.end) return b;
  return {std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

}  // namespace

bool is_xliff2(const pugi::xml_node& root) {
  const std::string_view version = attribute_named(root, "version");
  if (!version.empty()) return version.front() == '2';
  return !attribute_named(root, "srcLang").empty() ||
         std::string_view(root.attribute("xmlns").value()).starts_with("urn:oasis:names:tc:xliff:document:2");
}

void read_xliff1_units(const pugi::xml_node& root, std::string_view text, model::ParsedFile& file) {
  std::string source_lang, target_lang;
  std::uint32_t unit = 0;
  visit_elements(root, [&](const pugi::xml_node& element) {
    const std::string_view name = element_name(element);
    if (name == "file") {
      source_lang = tag_of(attribute_named(element, "source-language"));
      target_lang = tag_of(attribute_named(element, "target-language"));
      return true;
    }
    if (name != "trans-unit") return name == "body" || name == "group";
    const pugi::xml_node source = child_named(element, "source");
    const pugi::xml_node target = child_named(element, "target");
    if (!source && !target) return false;
    ++unit;
    for (const pugi::xml_node& side : {source, target}) {
      if (!side) continue;
      SegmentReader reader(text, xliff1_tags());
      reader.add(side);
      add_unit_side(file, reader.finish(), element_range(side, text), unit,
                    lang_of(side, side == source ? source_lang : target_lang));
    }
    return false;
  });
}

void read_xliff2_units(const pugi::xml_node& root, std::string_view text, model::ParsedFile& file) {
  const std::string source_lang = tag_of(attribute_named(root, "srcLang"));
  const std::string target_lang = tag_of(attribute_named(root, "trgLang"));
  std::uint32_t unit = 0;
  visit_elements(root, [&](const pugi::xml_node& element) {
    const std::string_view name = element_name(element);
    if (name != "unit") return name == "file" || name == "group";
    SegmentReader sources(text, xliff2_tags()), targets(text, xliff2_tags());
    model::SourceRange source_range, target_range;
    pugi::xml_node first_source, first_target;
    bool translated = false;
    for (pugi::xml_node part = element.first_child(); part; part = part.next_sibling()) {
      const bool ignorable = is_element(part, "ignorable");
      if (!is_element(part, "segment") && !ignorable) continue;
      const pugi::xml_node source = child_named(part, "source");
      const pugi::xml_node target = child_named(part, "target");
      if (source) {
        sources.add(source);
        source_range = join(source_range, element_range(source, text));
        if (!first_source) first_source = source;
      }
      // An ignorable without a target reads the same in both languages.
      if (target || (ignorable && source)) {
        targets.add(target ? target : source);
        if (target) {
          target_range = join(target_range, element_range(target, text));
          translated = true;
          if (!first_target) first_target = target;
        }
      }
    }
    if (!first_source && !translated) return false;
    ++unit;
    if (first_source) add_unit_side(file, sources.finish(), source_range, unit, lang_of(first_source, source_lang));
    if (translated) add_unit_side(file, targets.finish(), target_range, unit, lang_of(first_target, target_lang));
    return false;
  });
}

}  // namespace concord::formats
