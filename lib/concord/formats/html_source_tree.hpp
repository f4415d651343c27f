#pragma once
// An HTML document as libxml2's HTML parser understands it (implied and
// auto-closed elements, recovered nesting), kept as a small tree whose
// elements and text remember where they are in the decoded source. libxml2's
// own DOM forgets the offsets of text, so the tree is built from SAX events.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/model/mapped_text.hpp"

namespace concord::formats::html {

/// A stretch of text as the parser delivered it. Verbatim pieces are the
/// source bytes at `source_begin`; the others (a decoded entity) stand for
/// the source range [source_begin, source_begin + source_length).
struct TextPiece {
  std::string text;
  std::uint32_t source_begin = 0;
  std::uint32_t source_length = 0;
  bool verbatim = true;
};

struct Node {
  enum class Type : std::uint8_t { element, text };
  Type type = Type::element;
  std::string name;  // elements: lower-case tag name; the root's is empty
  std::vector<std::pair<std::string, std::string>> attributes;  // lower-case names, decoded values
  model::SourceRange source;                                     // from '<' to after the end tag
  std::vector<TextPiece> pieces;                                 // text nodes
  std::vector<std::uint32_t> children;                           // indices into SourceTree::nodes

  bool is_element(std::string_view tag) const { return type == Type::element && name == tag; }
  /// The attribute's value, or nullptr when the element does not have it.
  const std::string* attribute(std::string_view attribute_name) const;
};

struct Comment {
  model::SourceRange source;
  std::string body;
};

struct SourceTree {
  std::vector<Node> nodes;  // nodes[0] is the document root
  std::vector<Comment> comments;
  bool parsed = false;            // libxml2 read the document
  std::uint32_t stopped_at = 0;   // where the parser stopped reading
};

/// Parses decoded UTF-8 text. Never throws for malformed input.
SourceTree parse_source_tree(std::string_view text);

}  // namespace concord::formats::html
