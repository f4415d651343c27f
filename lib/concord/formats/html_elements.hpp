#pragma once
// What each HTML element means to the reader: which elements open blocks,
// which run inline, and which never hold prose.
#include <cstdint>
#include <string_view>

namespace concord::formats::html {

enum class ElementKind : std::uint8_t {
  inline_text,   // a, span, em, code… and unknown elements: their text runs on
  line_break,    // br
  invisible,     // img, wbr: no text, no break
  not_prose,     // script, style, head, form controls, svg…: skipped whole
  heading,       // h1–h6
  paragraph,     // p
  preformatted,  // pre, listing
  list,          // ul, ol, menu, dir
  list_item,     // li
  table,
  table_section,  // thead, tbody, tfoot
  table_row,
  table_cell,     // td, th
  quote,          // blockquote
  section,        // div, section, body, dd… and other blocks: their loose text becomes paragraphs
};

ElementKind element_kind(std::string_view name);

/// Whether the element starts a new line (ends the text before it).
bool is_block_level(ElementKind kind);

/// Sectioning and main content: header and footer inside them belong to
/// the content, not to the site.
bool is_sectioning_content(std::string_view name);

/// Inline elements whose text is code, not prose.
bool is_code_element(std::string_view name);

}  // namespace concord::formats::html
