#pragma once
// Site chrome: the parts of a web page that belong to the site, not to the
// document it publishes (navigation, banners, footers, language selectors,
// hidden and screen-reader-only text). Their text is not read.
#include "concord/formats/html_source_tree.hpp"

namespace concord::formats::html {

/// Whether `element` and everything inside it is chrome or hidden.
/// `in_sectioning_content`: the element lies inside article, aside, main,
/// nav or section (where header and footer are the content's own).
bool is_chrome(const SourceTree& tree, const Node& element, bool in_sectioning_content);

}  // namespace concord::formats::html
