#include "concord/formats/docx_relationships.hpp"

#include <algorithm>
#include <vector>

#include <pugixml.hpp>

namespace concord::formats {

bool DocxRelationships::parse(std::string_view xml, XmlError& error) {
  pugi::xml_document doc;
  if (!parse_xml_part(doc, xml, error)) return false;
  for (pugi::xml_node node = doc.document_element().first_child(); node; node = node.next_sibling()) {
    if (!is_element(node, "Relationship")) continue;
    relationships_.push_back({std::string(attribute_named(node, "Id")), std::string(attribute_named(node, "Type")),
                              std::string(attribute_named(node, "Target")),
                              attribute_named(node, "TargetMode") == "External"});
  }
  return true;
}

const Relationship* DocxRelationships::by_id(std::string_view id) const {
  for (const Relationship& r : relationships_)
    if (r.id == id) return &r;
  return nullptr;
}

const Relationship* DocxRelationships::by_kind(std::string_view kind) const {
  for (const Relationship& r : relationships_) {
    const std::string_view type = r.type;
    if (type.size() > kind.size() && type.ends_with(kind) && type[type.size() - kind.size() - 1] == '/') return &r;
  }
  return nullptr;
}

std::string resolve_part_name(std::string_view source, std::string_view target) {
  std::string path;
  if (target.starts_with('/')) {
    target.remove_prefix(1);
  } else {
    const std::size_t slash = source.rfind('/');
    if (slash != std::string_view::npos) path = std::string(source.substr(0, slash + 1));
  }
  // Resolve "." and ".." segments.
  std::vector<std::string> segments;
  std::string joined = path + std::string(target);
  std::size_t start = 0;
  while (start <= joined.size()) {
    const std::size_t slash = std::min(joined.find('/', start), joined.size());
    const std::string segment = joined.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

}  // namespace concord::formats
