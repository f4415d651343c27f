#include "concord/formats/markdown_tree.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>
#include <utility>

#include "concord/formats/markdown_cmark_lock.hpp"

namespace concord::formats::markdown {
namespace {

struct FreeNode {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct FreeParser {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
using NodePtr = std::unique_ptr<cmark_node, FreeNode>;
using ParserPtr = std::unique_ptr<cmark_parser, FreeParser>;

NodePtr parse_with_cmark(std::string_view text) {
  const auto lock = lock_cmark_parsing();
  // Registration fills a global list, once.
  static std::once_flag registered;
  std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
  ParserPtr parser(cmark_parser_new(CMARK_OPT_SOURCEPOS));
  if (!parser) return nullptr;
  for (const char* name : {"table", "strikethrough", "autolink"})
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), extension);
  cmark_parser_feed(parser.get(), text.data(), text.size());
  return NodePtr(cmark_parser_finish(parser.get()));
}

std::string copy(const char* s) { return s ? std::string(s) : std::string(); }

// Extension nodes (tables) are known by their type names.
NodeType extension_type(cmark_node* node) {
  const char* name = cmark_node_get_type_string(node);
  const std::string_view type = name ? name : "";
  if (type == "table") return NodeType::table;
  if (type == "table_header" || type == "table_row") return NodeType::table_row;
  if (type == "table_cell") return NodeType::table_cell;
  return NodeType::other;
}

Node convert(cmark_node* node) {
  Node n;
  n.start_line = cmark_node_get_start_line(node);
  n.start_column = cmark_node_get_start_column(node);
  n.end_line = cmark_node_get_end_line(node);
  n.end_column = cmark_node_get_end_column(node);
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT: n.type = NodeType::document; break;
    case CMARK_NODE_BLOCK_QUOTE: n.type = NodeType::block_quote; break;
    case CMARK_NODE_LIST:
      n.type = NodeType::list;
      n.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
      n.list_start = cmark_node_get_list_start(node);
      n.delimiter = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ')' : '.';
      break;
    case CMARK_NODE_ITEM: n.type = NodeType::item; break;
    case CMARK_NODE_PARAGRAPH: n.type = NodeType::paragraph; break;
    case CMARK_NODE_HEADING:
      n.type = NodeType::heading;
      n.heading_level = cmark_node_get_heading_level(node);
      break;
    case CMARK_NODE_CODE_BLOCK: {
      n.type = NodeType::code_block;
      n.literal = copy(cmark_node_get_literal(node));
      int length = 0, offset = 0;
      char character = 0;
      n.fenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0;
      break;
    }
    case CMARK_NODE_HTML_BLOCK:
      n.type = NodeType::html_block;
      n.literal = copy(cmark_node_get_literal(node));
      break;
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
      n.type = cmark_node_get_type(node) == CMARK_NODE_TEXT   ? NodeType::text
               : cmark_node_get_type(node) == CMARK_NODE_CODE ? NodeType::code
                                                              : NodeType::html_inline;
      n.literal = copy(cmark_node_get_literal(node));
      break;
    case CMARK_NODE_SOFTBREAK: n.type = NodeType::softbreak; break;
    case CMARK_NODE_LINEBREAK: n.type = NodeType::linebreak; break;
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
      n.type = cmark_node_get_type(node) == CMARK_NODE_LINK ? NodeType::link : NodeType::image;
      n.url = copy(cmark_node_get_url(node));
      break;
    default: n.type = extension_type(node); break;
  }
  return n;
}

}  // namespace

std::optional<std::uint32_t> Tree::next_sibling(std::uint32_t index) const {
  if (index == 0 || index >= nodes.size()) return std::nullopt;
  const std::uint32_t after = nodes[index].end;
  if (after < nodes.size() && nodes[after].parent == nodes[index].parent) return after;
  return std::nullopt;
}

Tree parse_markdown_tree(std::string_view text) {
  Tree tree;
  const NodePtr document = parse_with_cmark(text);
  if (!document) {
    Node empty;
    empty.type = NodeType::document;
    empty.end = 1;
    tree.nodes.push_back(std::move(empty));
    return tree;
  }
  // Pre-order without recursion: nesting depth is the input's to choose.
  std::vector<std::uint32_t> open;  // ancestors of the current node
  cmark_node* node = document.get();
  while (node) {
    const auto index = static_cast<std::uint32_t>(tree.nodes.size());
    tree.nodes.push_back(convert(node));
    tree.nodes.back().parent = open.empty() ? 0 : open.back();
    tree.nodes.back().end = index + 1;
    if (cmark_node* child = cmark_node_first_child(node)) {
      open.push_back(index);
      node = child;
      continue;
    }
    while (node != document.get() && !cmark_node_next(node)) {
      node = cmark_node_parent(node);
      if (!open.empty()) {
        tree.nodes[open.back()].end = static_cast<std::uint32_t>(tree.nodes.size());
        open.pop_back();
      }
    }
    node = node == document.get() ? nullptr : cmark_node_next(node);
  }
  return tree;
}

}  // namespace concord::formats::markdown
