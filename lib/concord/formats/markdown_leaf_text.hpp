#pragma once
// The text of Markdown leaf blocks: the inline content of paragraphs,
// headings and table cells (text, code spans, link text; images and inline
// HTML left out, inline comments kept as directives), and the lines of code
// blocks, each byte mapped back to the source.
#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/formats/markdown_tree.hpp"
#include "concord/model/parsed_file.hpp"

namespace concord::formats::markdown {

enum class LeafKind : std::uint8_t {
  paragraph,  // may open with link reference definitions
  heading,    // may end with an anchor `{#id}`
  cell,
};

/// Reads the inline content of node `leaf` of `tree`, found in `range` of
/// `text`, into `block`'s text and spans. Returns where the block's text
/// starts in the source (after reference definitions).
std::uint32_t read_inline_text(const Tree& tree, std::uint32_t leaf, std::string_view text, model::SourceRange range,
                               LeafKind kind, model::Block& block, std::vector<model::Directive>& directives);

/// The lines of a code block (`code`, cmark's literal) found in `range`.
model::MappedText read_code_text(std::string_view text, model::SourceRange range, std::string_view code, bool fenced);

}  // namespace concord::formats::markdown
