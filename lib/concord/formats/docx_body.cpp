#include "concord/formats/docx_body.hpp"

#include <algorithm>
#include <optional>

#include <pugixml.hpp>

#include "concord/formats/docx_paragraph.hpp"
#include "concord/formats/docx_properties.hpp"
#include "concord/formats/line_joiner.hpp"
#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::formats {
namespace {

using model::Block;
using model::BlockKind;
using model::InlineSpan;

// Real documents nest tables and content controls a few levels deep; a
// hostile one may nest thousands. Deeper content is skipped.
constexpr int kMaxNesting = 64;
constexpr int kMaxHeadingLevel = 6;  // Block::level of a heading is 1–6

bool is_space(char32_t cp) { return lang::classify(cp) == lang::CharClass::space || cp == 0xFEFF; }

std::uint16_t narrow(int value) { return static_cast<std::uint16_t>(std::clamp(value, 0, 0xFFFF)); }

// One paragraph laid out as one line of the body text.
struct Paragraph {
  std::uint32_t line_begin = 0, line_end = 0;  // the line, without its '\n'
  std::uint32_t text_begin = 0, text_end = 0;  // the line without surrounding white space
  std::vector<InlineSpan> links;               // offsets from line_begin
  int heading = 0;
  std::optional<std::string> marker;
  int list_level = 0;  // 0-based ilvl
};

class BodyReader {
 public:
  BodyReader(DocxContext context, DocxBody& out) : context_(context), out_(out), paragraphs_(context.relationships) {}

  void read_content(const pugi::xml_node& container, std::int32_t cell, int depth);
  bool too_deep() const { return too_deep_ || paragraphs_.too_deep(); }

 private:
  Paragraph read_paragraph(const pugi::xml_node& p);
  void style_paragraph(const pugi::xml_node& properties, Paragraph& paragraph);
  void add_block(const Paragraph& paragraph);
  void add_to_cell(std::int32_t cell, const Paragraph& paragraph);
  void read_table(const pugi::xml_node& table, std::int32_t parent, int depth);
  void read_row(const pugi::xml_node& row, std::int32_t table, int index, int depth);
  void read_cell(const pugi::xml_node& cell, std::int32_t row, int row_index, int column, int depth);
  template <typename Fn>
  void for_each_wrapped(const pugi::xml_node& container, std::string_view name, int depth, Fn&& fn);

  std::int32_t push(Block block) {
    out_.blocks.push_back(std::move(block));
    return static_cast<std::int32_t>(out_.blocks.size() - 1);
  }
  Block& at(std::int32_t index) { return out_.blocks[static_cast<std::size_t>(index)]; }
  std::uint32_t here() const { return static_cast<std::uint32_t>(out_.text.size()); }
  // End of the last line written since `begin` (its '\n' excluded).
  std::uint32_t end_since(std::uint32_t begin) const { return here() > begin ? here() - 1 : begin; }
  bool nested_too_deep(int depth) {
    if (depth <= kMaxNesting) return false;
    too_deep_ = true;
    return true;
  }

  DocxContext context_;
  DocxBody& out_;
  DocxParagraphReader paragraphs_;
  bool too_deep_ = false;
};

void BodyReader::read_content(const pugi::xml_node& container, std::int32_t cell, int depth) {
  if (nested_too_deep(depth)) return;
  for (pugi::xml_node child = container.first_child(); child; child = child.next_sibling()) {
    const std::string_view name = element_name(child);
    if (name == "p") {
      const Paragraph paragraph = read_paragraph(child);
      if (cell < 0) add_block(paragraph);
      else add_to_cell(cell, paragraph);
    } else if (name == "tbl") {
      read_table(child, cell, depth + 1);
    } else if (name == "sdt") {
      read_content(child_named(child, "sdtContent"), cell, depth + 1);
    } else if (name == "customXml") {
      read_content(child, cell, depth + 1);
    }
  }
}

Paragraph BodyReader::read_paragraph(const pugi::xml_node& p) {
  ParagraphText read = paragraphs_.read(p);
  Paragraph paragraph;
  paragraph.line_begin = here();
  out_.text += read.text;
  paragraph.line_end = here();
  out_.text += '\n';
  // The text without surrounding white space (U+3000 included).
  const std::string_view line = read.text;
  std::size_t b = 0, e = line.size();
  for (std::size_t p2 = b; b < e && is_space(utf8::next(line, p2)); p2 = b) b = p2;
  for (std::size_t p2 = e; e > b && is_space(utf8::prev(line, p2)); p2 = e) e = p2;
  paragraph.text_begin = paragraph.line_begin + static_cast<std::uint32_t>(b);
  paragraph.text_end = paragraph.line_begin + static_cast<std::uint32_t>(e);
  paragraph.links = std::move(read.links);
  style_paragraph(child_named(p, "pPr"), paragraph);
  return paragraph;
}

void BodyReader::style_paragraph(const pugi::xml_node& properties, Paragraph& paragraph) {
  std::string style(property_value(child_named(properties, "pStyle")));
  if (style.empty()) style = context_.styles.default_paragraph_style();
  if (const pugi::xml_node outline = child_named(properties, "outlineLvl")) {
    const int level = property_number(outline).value_or(9);
    paragraph.heading = level >= 0 && level < 9 ? level + 1 : 0;  // 9 is body text
  } else {
    paragraph.heading = context_.styles.heading_level(style);
  }
  paragraph.heading = std::min(paragraph.heading, kMaxHeadingLevel);

  // The paragraph's own w:numPr may give the list, the level, or both; the
  // style fills in the rest.
  const std::optional<NumberingRef> from_style = context_.styles.numbering(style);
  const pugi::xml_node num_pr = child_named(properties, "numPr");
  std::optional<int> num_id = property_number(child_named(num_pr, "numId"));
  std::optional<int> level = property_number(child_named(num_pr, "ilvl"));
  if (!num_id && from_style) num_id = from_style->num_id;
  if (!level && from_style) level = from_style->level;
  if (num_id) {
    paragraph.list_level = std::clamp(level.value_or(0), 0, DocxNumbering::kLevels - 1);
    paragraph.marker = context_.numbering.next_marker(*num_id, paragraph.list_level);
  }
}

// Links of a paragraph, moved to a block text where the paragraph's text
// [text_begin, text_end) starts at `offset`.
void place_links(const Paragraph& paragraph, std::uint32_t offset, std::vector<InlineSpan>& out) {
  const std::uint32_t length = paragraph.text_end - paragraph.text_begin;
  const std::uint32_t skipped = paragraph.text_begin - paragraph.line_begin;
  for (const InlineSpan& span : paragraph.links) {
    const std::uint32_t b = std::clamp(span.begin, skipped, skipped + length) - skipped;
    const std::uint32_t e = std::clamp(span.end, skipped, skipped + length) - skipped;
    if (e <= b && span.end > span.begin) continue;  // only white space was linked
    out.push_back({span.kind, offset + b, offset + e, span.target});
  }
}

void BodyReader::add_block(const Paragraph& paragraph) {
  const bool empty = paragraph.text_end == paragraph.text_begin;
  if (empty && !paragraph.marker) return;  // an empty numbered paragraph is an empty list item
  Block block;
  block.kind = paragraph.heading > 0 ? BlockKind::heading
                : paragraph.marker     ? BlockKind::list_item
                                       : BlockKind::paragraph;
  block.level = narrow(paragraph.heading > 0 ? paragraph.heading : paragraph.marker ? paragraph.list_level + 1 : 0);
  if (paragraph.marker) block.marker = *paragraph.marker;
  block.source = {paragraph.line_begin, paragraph.line_end};
  block.text.append_source(
      std::string_view(out_.text).substr(paragraph.text_begin, paragraph.text_end - paragraph.text_begin),
      paragraph.text_begin);
  place_links(paragraph, 0, block.spans);
  push(std::move(block));
}

void BodyReader::add_to_cell(std::int32_t cell, const Paragraph& paragraph) {
  Block& block = at(cell);
  const std::uint32_t previous_line_end = block.source.end;
  block.source.end = paragraph.line_end;
  const std::string_view piece =
      std::string_view(out_.text).substr(paragraph.text_begin, paragraph.text_end - paragraph.text_begin);
  if (piece.empty()) return;
  // A cell's paragraphs read as one text, joined like wrapped lines.
  append_joined(block.text, piece, paragraph.text_begin, previous_line_end);
  place_links(paragraph, static_cast<std::uint32_t>(block.text.size() - piece.size()), block.spans);
}

// Children named `name`, also inside the content controls and custom XML
// that may wrap rows and cells.
template <typename Fn>
void BodyReader::for_each_wrapped(const pugi::xml_node& container, std::string_view name, int depth, Fn&& fn) {
  if (nested_too_deep(depth)) return;
  for (pugi::xml_node child = container.first_child(); child; child = child.next_sibling()) {
    const std::string_view child_name = element_name(child);
    if (child_name == name) fn(child);
    else if (child_name == "sdt") for_each_wrapped(child_named(child, "sdtContent"), name, depth + 1, fn);
    else if (child_name == "customXml") for_each_wrapped(child, name, depth + 1, fn);
  }
}

void BodyReader::read_table(const pugi::xml_node& table, std::int32_t parent, int depth) {
  if (nested_too_deep(depth)) return;
  Block block;
  block.kind = BlockKind::table;
  block.parent = parent;
  block.source = {here(), here()};
  const std::int32_t index = push(std::move(block));
  int row = 0;
  for_each_wrapped(table, "tr", depth, [&](const pugi::xml_node& tr) { read_row(tr, index, row++, depth); });
  at(index).source.end = end_since(at(index).source.begin);
}

void BodyReader::read_row(const pugi::xml_node& tr, std::int32_t table, int row_index, int depth) {
  Block block;
  block.kind = BlockKind::table_row;
  block.parent = table;
  block.row = narrow(row_index);
  block.source = {here(), here()};
  const std::int32_t index = push(std::move(block));
  // Grid columns: cells left out before the row starts, and cells spanning several.
  int column = std::clamp(property_number(child_named(child_named(tr, "trPr"), "gridBefore")).value_or(0), 0, 0xFFFF);
  for_each_wrapped(tr, "tc", depth, [&](const pugi::xml_node& tc) {
    read_cell(tc, index, row_index, column, depth);
    const int span = property_number(child_named(child_named(tc, "tcPr"), "gridSpan")).value_or(1);
    column = std::min(column + std::clamp(span, 1, 0xFFFF), 0xFFFF);
  });
  at(index).source.end = end_since(at(index).source.begin);
}

void BodyReader::read_cell(const pugi::xml_node& tc, std::int32_t row, int row_index, int column, int depth) {
  Block block;
  block.kind = BlockKind::table_cell;
  block.parent = row;
  block.row = narrow(row_index);
  block.column = narrow(column);
  block.source = {here(), here()};
  const std::int32_t index = push(std::move(block));
  read_content(tc, index, depth + 1);
  // An empty cell (a merged continuation, a blank) is no block, as in plain text.
  if (at(index).text.empty() && out_.blocks.size() == static_cast<std::size_t>(index) + 1) out_.blocks.pop_back();
}

}  // namespace

bool read_docx_body(std::string_view document_xml, DocxContext context, DocxBody& body, XmlError& error) {
  pugi::xml_document doc;
  if (!parse_xml_part(doc, document_xml, error)) return false;
  const pugi::xml_node root = doc.document_element();
  const pugi::xml_node content = child_named(root, "body");
  if (element_name(root) != "document" || !content) {
    error.offset = 0;
    error.description = "no w:document/w:body element";
    return false;
  }
  BodyReader reader(context, body);
  reader.read_content(content, -1, 0);
  body.too_deep = reader.too_deep();
  return true;
}

}  // namespace concord::formats
