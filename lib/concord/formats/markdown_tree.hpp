#pragma once
// The Markdown syntax tree as cmark-gfm parses it, copied into plain structs
// so that the rest of the reader never touches cmark's types: nodes in
// pre-order, each with its subtree's end, cmark's source positions and what
// the reader needs of its data.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace concord::formats::markdown {

enum class NodeType : std::uint8_t {
  document,
  block_quote,
  list,
  item,
  paragraph,
  heading,
  code_block,
  html_block,
  table,
  table_row,  // the header row too
  table_cell,
  text,
  code,
  softbreak,
  linebreak,
  html_inline,
  link,
  image,
  other,  // emphasis, strong, strikethrough, thematic breaks: nothing of their own
};

struct Node {
  NodeType type = NodeType::other;
  // cmark's positions: 1-based lines and byte columns, end column inclusive;
  // 0 when cmark gives none.
  int start_line = 0;
  int start_column = 0;
  int end_line = 0;
  int end_column = 0;
  std::uint32_t parent = 0;  // index of the enclosing node (the document's is 0)
  std::uint32_t end = 0;     // index just past the node's subtree
  std::string literal;       // text, code, HTML, code block
  std::string url;           // link, image
  int heading_level = 0;
  bool fenced = false;   // code block
  bool ordered = false;  // list
  int list_start = 1;    // ordered list
  char delimiter = '.';  // ordered list: '.' or ')'
};

struct Tree {
  std::vector<Node> nodes;  // pre-order; nodes[0] is the document

  /// The node after `index` with the same parent, if any.
  std::optional<std::uint32_t> next_sibling(std::uint32_t index) const;
};

/// Parses `text` as CommonMark with the GFM table, strikethrough and
/// autolink extensions.
Tree parse_markdown_tree(std::string_view text);

}  // namespace concord::formats::markdown
