#include "concord/rules/content/html_empty_items.hpp"

#include "concord/formats/html_chrome.hpp"
#include "concord/formats/html_elements.hpp"
#include "concord/formats/html_source_tree.hpp"
#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::rules {
namespace {

namespace html = formats::html;

bool blank(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::next(text, pos);
    // NBSP and zero-width characters fill an item without saying anything.
    if (cp == 0xA0 || cp == 0x200B || cp == 0xFEFF) continue;
    if (lang::classify(cp) != lang::CharClass::space) return false;
  }
  return true;
}

class Finder {
 public:
  explicit Finder(const html::SourceTree& tree) : tree_(tree) {}

  std::vector<model::SourceRange> run() {
    if (!tree_.nodes.empty()) walk(tree_.nodes[0], 0);
    return found_;
  }

 private:
  // Whether the subtree of `node` holds anything but white space and line breaks.
  bool holds_content(const html::Node& node) const {
    for (std::uint32_t c : node.children) {
      const html::Node& child = tree_.nodes[c];
      if (child.type == html::Node::Type::text) {
        for (const html::TextPiece& p : child.pieces)
          if (!blank(p.text)) return true;
        continue;
      }
      if (child.name == "br" || child.name == "wbr") continue;
      // A link without text is an icon drawn by CSS, as far as we can tell.
      if (child.name == "a" && child.attribute("href") != nullptr) return true;
      // Elements that are not text (an image, a form field, a script) count
      // as content: when unsure, the item is not empty.
      const html::ElementKind kind = html::element_kind(child.name);
      if (kind == html::ElementKind::invisible || kind == html::ElementKind::not_prose) return true;
      if (holds_content(child)) return true;
    }
    return false;
  }

  void walk(const html::Node& node, int sectioning) {
    for (std::uint32_t c : node.children) {
      const html::Node& child = tree_.nodes[c];
      if (child.type != html::Node::Type::element) continue;
      const html::ElementKind kind = html::element_kind(child.name);
      if (kind == html::ElementKind::not_prose || html::is_chrome(tree_, child, sectioning > 0)) continue;
      if (kind == html::ElementKind::list_item && !holds_content(child)) {
        found_.push_back(child.source);
        continue;
      }
      walk(child, sectioning + (html::is_sectioning_content(child.name) ? 1 : 0));
    }
  }

  const html::SourceTree& tree_;
  std::vector<model::SourceRange> found_;
};

}  // namespace

std::vector<model::SourceRange> empty_html_list_items(std::string_view text) {
  const html::SourceTree tree = html::parse_source_tree(text);
  return Finder(tree).run();
}

}  // namespace concord::rules
