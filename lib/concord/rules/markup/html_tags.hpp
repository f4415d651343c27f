#pragma once
// HTML tags written out as text: finding them in a block's text, and the
// edits that take them out again.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord::rules {

struct HtmlTag {
  std::uint32_t begin = 0;  // byte offsets in the text, from '<' to after '>'
  std::uint32_t end = 0;
  std::string name;  // lower case
  bool closing = false;
  bool block_level = false;  // p, br, li, td…: the text around it reads as separate lines
};

/// Opening, closing and self-closing tags of known HTML elements (p, br, ul,
/// li, span, a, b, h1–h6, …), with well-formed attributes. Anything else in
/// angle brackets (<https://…>, <name>, a < b) is not a tag.
std::vector<HtmlTag> find_html_tags(std::string_view text);

/// How a tag reads in a message: "<p>", "</p>", "<ul …>".
std::string tag_display(std::string_view text, const HtmlTag& tag);

struct TextEdit {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string replacement;
};

/// Edits removing `tags` from `text` so that the words stay apart and no
/// double space is left: a block-level tag between two Latin words becomes a
/// space, every other tag (and the white space a removal would double)
/// disappears.
std::vector<TextEdit> tag_removal(std::string_view text, const std::vector<HtmlTag>& tags);

}  // namespace concord::rules
