#pragma once
// Empty list items of an HTML page. The HTML reader drops an <li> that holds
// nothing (it says nothing to the text rules), so content/empty-item reads
// the page's element tree again to find them, skipping what the reader skips
// (site chrome, hidden elements, scripts).
#include <string_view>
#include <vector>

#include "concord/model/mapped_text.hpp"

namespace concord::rules {

/// Source ranges (decoded offsets) of the <li> elements of `html` that hold
/// no text, no image and no nested block.
std::vector<model::SourceRange> empty_html_list_items(std::string_view html);

}  // namespace concord::rules
