#pragma once
// Paragraph styles from word/styles.xml: which styles are headings (by name,
// "heading 1" … "Title", or by outline level) and which carry list numbering.
// Styles inherit through w:basedOn. pugixml stays in the .cpp file.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "concord/formats/xml_tree.hpp"

namespace concord::formats {

/// A paragraph's list: w:numPr's numId and ilvl.
struct NumberingRef {
  int num_id = 0;
  std::optional<int> level;  // absent: level 0, or the style's
};

class DocxStyles {
 public:
  /// Reads styles.xml; an unreadable part leaves no styles and returns false.
  bool parse(std::string_view xml, XmlError& error);

  /// Heading level (1–9) of paragraphs in `style_id`, 0 for body text.
  int heading_level(std::string_view style_id) const;

  /// The numbering `style_id` applies, if any.
  std::optional<NumberingRef> numbering(std::string_view style_id) const;

  /// The style of paragraphs that name none (w:default="1").
  const std::string& default_paragraph_style() const { return default_paragraph_; }

 private:
  struct Style {
    std::string name;
    std::string based_on;
    std::optional<int> outline_level;  // w:outlineLvl, 0-based; 9 is body text
    std::optional<NumberingRef> numbering;
  };
  const Style* find(std::string_view id) const;

  std::unordered_map<std::string, Style> styles_;
  std::string default_paragraph_;
};

/// w:numPr's numId and ilvl; nothing without a numId.
std::optional<NumberingRef> read_numbering_properties(const pugi::xml_node& num_pr);

/// The heading level a style name or id says ("heading 2", "Heading2",
/// "Title", "标题 1", "見出し 1"), 0 when it names no heading.
int heading_level_of_name(std::string_view name);

}  // namespace concord::formats
