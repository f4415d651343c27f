#pragma once
// The text of a Word paragraph as Word shows it: the w:t of its runs in
// order, w:tab as a tab, w:br and w:cr as a space (a paragraph stays one
// line), w:noBreakHyphen as "-"; inserted text kept, deleted and hidden text
// and field codes left out; hyperlinks (w:hyperlink, HYPERLINK fields) as
// link spans. pugixml's types are only forward-declared here.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/formats/docx_relationships.hpp"
#include "concord/model/block.hpp"

namespace pugi {
class xml_node;
}  // namespace pugi

namespace concord::formats {

struct ParagraphText {
  std::string text;                     // valid UTF-8, no line breaks
  std::vector<model::InlineSpan> links;  // offsets in `text`
};

/// Reads paragraphs in document order: a complex field (w:fldChar begin …
/// end) may open in one paragraph and close in another.
class DocxParagraphReader {
 public:
  explicit DocxParagraphReader(const DocxRelationships& relationships) : relationships_(relationships) {}

  ParagraphText read(const pugi::xml_node& paragraph);

  /// Whether content nested past the limit was skipped.
  bool too_deep() const { return too_deep_; }

 private:
  struct Field {
    std::string instruction;
    bool in_instruction = true;        // between begin and separate: the field's code
    std::optional<std::size_t> link;   // its link span in the current paragraph
  };

  void read_runs(const pugi::xml_node& container, int depth);
  void read_run(const pugi::xml_node& run);
  void read_field_character(const pugi::xml_node& fld_char);
  void append(std::string_view text);
  std::size_t open_link(std::string target);
  void close_link(std::size_t span);

  const DocxRelationships& relationships_;
  ParagraphText current_;
  std::vector<Field> fields_;
  bool too_deep_ = false;
};

/// The target of a HYPERLINK field instruction (`HYPERLINK "url" \l "x"`),
/// empty when the instruction is another field.
std::string hyperlink_field_target(std::string_view instruction);

}  // namespace concord::formats
