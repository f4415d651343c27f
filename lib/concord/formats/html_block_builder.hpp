#pragma once
// Turns the positioned HTML tree into concord's blocks: headings,
// paragraphs, list items with levels and markers, tables, quotes, code; loose
// text in div-like elements becomes paragraphs; chrome is skipped.
#include <string>
#include <vector>

#include "concord/formats/html_source_tree.hpp"
#include "concord/model/block.hpp"

namespace concord::formats::html {

/// Appends the blocks of `tree` to `blocks` (pre-order, children after their
/// parent). `document_lang`: the page's normalized language, empty when the
/// page does not declare one.
void build_blocks(const SourceTree& tree, const std::string& document_lang, std::vector<model::Block>& blocks);

/// The normalized language an element declares (lang or xml:lang), "" for
/// an empty or unusable value; false when it declares none.
bool declared_language(const Node& element, std::string& lang);

}  // namespace concord::formats::html
