#include "concord/formats/html_elements.hpp"

#include <algorithm>
#include <iterator>

namespace concord::formats::html {
namespace {

template <std::size_t N>
bool one_of(std::string_view name, const std::string_view (&names)[N]) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// Elements whose content is not running text: metadata, scripts, embedded
// media (their content is fallback for old browsers), form controls (labels
// and option lists are interface, not prose), ruby annotations (the reading
// of 漢字 is not part of the sentence).
constexpr std::string_view kNotProse[] = {
    "head",     "title",    "meta",     "link",     "base",   "script", "style",  "noscript", "template",
    "svg",      "math",     "iframe",   "frame",    "frameset", "noframes", "object", "embed", "applet",
    "canvas",   "audio",    "video",    "picture",  "source", "track",  "map",    "area",   "param",
    "select",   "option",   "optgroup", "datalist", "button", "input",  "textarea", "label", "output",
    "progress", "meter",    "keygen",   "dialog",   "rt",     "rp",     "xml"};

constexpr std::string_view kSections[] = {
    "html",    "body",    "div",      "section", "article",  "main",    "aside",   "nav",     "header",
    "footer",  "address", "hgroup",   "figure",  "figcaption", "details", "summary", "dl",     "dt",
    "dd",      "form",    "fieldset", "legend",  "center",   "caption", "hr",      "colgroup", "col",
    "search",  "plaintext", "xmp"};

}  // namespace

ElementKind element_kind(std::string_view name) {
  if (name.empty()) return ElementKind::section;  // the document root
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return ElementKind::heading;
  if (name == "p") return ElementKind::paragraph;
  if (name == "br") return ElementKind::line_break;
  if (name == "img" || name == "wbr" || name == "image") return ElementKind::invisible;
  if (name == "pre" || name == "listing") return ElementKind::preformatted;
  if (name == "ul" || name == "ol" || name == "menu" || name == "dir") return ElementKind::list;
  if (name == "li") return ElementKind::list_item;
  if (name == "table") return ElementKind::table;
  if (name == "thead" || name == "tbody" || name == "tfoot") return ElementKind::table_section;
  if (name == "tr") return ElementKind::table_row;
  if (name == "td" || name == "th") return ElementKind::table_cell;
  if (name == "blockquote") return ElementKind::quote;
  if (one_of(name, kNotProse)) return ElementKind::not_prose;
  if (one_of(name, kSections)) return ElementKind::section;
  return ElementKind::inline_text;
}

bool is_block_level(ElementKind kind) {
  switch (kind) {
    case ElementKind::inline_text:
    case ElementKind::line_break:
    case ElementKind::invisible:
    case ElementKind::not_prose:
      return false;
    default:
      return true;
  }
}

bool is_sectioning_content(std::string_view name) {
  return name == "article" || name == "aside" || name == "main" || name == "nav" || name == "section";
}

bool is_code_element(std::string_view name) {
  return name == "code" || name == "kbd" || name == "samp" || name == "tt";
}

}  // namespace concord::formats::html
