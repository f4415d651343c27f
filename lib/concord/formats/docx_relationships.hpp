#pragma once
// Package relationships (_rels/.rels, word/_rels/document.xml.rels): where
// the main document, its styles and numbering live, and the targets of
// hyperlinks (r:id). pugixml stays in the .cpp file.
#include <string>
#include <string_view>
#include <vector>

#include "concord/formats/xml_tree.hpp"

namespace concord::formats {

struct Relationship {
  std::string id;
  std::string type;    // a URI ending in the kind: …/officeDocument, …/styles, …/hyperlink
  std::string target;  // as written: a URL, or a part name relative to the source part
  bool external = false;
};

class DocxRelationships {
 public:
  bool parse(std::string_view xml, XmlError& error);

  const Relationship* by_id(std::string_view id) const;
  /// The first relationship whose type ends in "/`kind`".
  const Relationship* by_kind(std::string_view kind) const;

 private:
  std::vector<Relationship> relationships_;
};

/// The part name a relationship target of part `source` names ("styles.xml"
/// from "word/document.xml" → "word/styles.xml"; "/word/x.xml" → "word/x.xml").
std::string resolve_part_name(std::string_view source, std::string_view target);

}  // namespace concord::formats
