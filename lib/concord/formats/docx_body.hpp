#pragma once
// The body of word/document.xml as blocks. A DOCX has no lines, so the
// reader writes a text of its own with one line per paragraph, in document
// order (paragraphs inside table cells count, empty paragraphs too; a
// paragraph's own line breaks become spaces). Blocks map into that text:
// line = paragraph index, column = code point within the paragraph, and the
// offsets of DOCX findings are offsets in this text, not in the zip.
// pugixml stays in the .cpp file.
#include <string>
#include <string_view>
#include <vector>

#include "concord/formats/docx_numbering.hpp"
#include "concord/formats/docx_relationships.hpp"
#include "concord/formats/docx_styles.hpp"
#include "concord/formats/xml_tree.hpp"
#include "concord/model/block.hpp"

namespace concord::formats {

struct DocxBody {
  std::vector<model::Block> blocks;
  std::string text;           // one line per paragraph
  bool too_deep = false;      // content nested past the limit was skipped
};

/// What the body refers to: styles, lists and relationship targets.
struct DocxContext {
  const DocxStyles& styles;
  DocxNumbering& numbering;
  const DocxRelationships& relationships;
};

/// Reads the body of document.xml into `body`; false with `error` set when
/// the part is not well-formed XML or has no w:body.
bool read_docx_body(std::string_view document_xml, DocxContext context, DocxBody& body, XmlError& error);

}  // namespace concord::formats
