#include "concord/formats/html_source_tree.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <mutex>

#include "concord/formats/html_source_locator.hpp"

namespace concord::formats::html {

const std::string* Node::attribute(std::string_view attribute_name) const {
  for (const auto& [key, value] : attributes)
    if (key == attribute_name) return &value;
  return nullptr;
}

namespace {

// Deeper elements are folded into their ancestor at this depth, so that the
// readers that walk the tree recursively stay within a bounded stack.
constexpr std::size_t kMaxDepth = 256;
constexpr std::uint32_t kNone = 0xFFFFFFFF;

std::string lower_ascii(const xmlChar* s) {
  std::string out = s ? reinterpret_cast<const char*>(s) : "";
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_void_element(std::string_view name) {
  static constexpr std::string_view kVoid[] = {"area", "base", "br",   "col",   "embed",  "hr",    "img",
                                               "input", "link", "meta", "param", "source", "track", "wbr"};
  return std::find(std::begin(kVoid), std::end(kVoid), name) != std::end(kVoid);
}

std::string trim_comment(std::string_view body) {
  const std::size_t b = body.find_first_not_of(" \t\r\n\f");
  if (b == std::string_view::npos) return {};
  const std::size_t e = body.find_last_not_of(" \t\r\n\f");
  return std::string(body.substr(b, e - b + 1));
}

class TreeBuilder {
 public:
  explicit TreeBuilder(std::string_view text) : text_(text), locator_(text) {
    Node root;
    root.source = {0, static_cast<std::uint32_t>(text.size())};
    tree_.nodes.push_back(std::move(root));
    open_.push_back(0);
  }

  SourceTree build() {
    if (text_.empty()) {
      tree_.parsed = true;
      return std::move(tree_);
    }
    if (text_.size() > static_cast<std::size_t>(INT_MAX)) return std::move(tree_);
    static std::once_flag initialized;
    std::call_once(initialized, [] { xmlInitParser(); });

    ctxt_ = htmlCreateMemoryParserCtxt(text_.data(), static_cast<int>(text_.size()));
    if (ctxt_ == nullptr || ctxt_->input == nullptr || ctxt_->sax == nullptr) {
      if (ctxt_) htmlFreeParserCtxt(ctxt_);
      return std::move(tree_);
    }
    // The text is already UTF-8: a <meta charset> must not make libxml2
    // convert it again, and a declared input encoding stops that.
    if (ctxt_->input->encoding) xmlFree(const_cast<xmlChar*>(ctxt_->input->encoding));
    ctxt_->input->encoding = xmlStrdup(reinterpret_cast<const xmlChar*>("UTF-8"));
    xmlSwitchEncoding(ctxt_, XML_CHAR_ENCODING_UTF8);

    std::memset(ctxt_->sax, 0, sizeof(*ctxt_->sax));
    ctxt_->sax->startElement = &TreeBuilder::on_start;
    ctxt_->sax->endElement = &TreeBuilder::on_end;
    ctxt_->sax->characters = &TreeBuilder::on_text;
    ctxt_->sax->ignorableWhitespace = &TreeBuilder::on_text;
    ctxt_->sax->cdataBlock = &TreeBuilder::on_raw_text;
    ctxt_->sax->comment = &TreeBuilder::on_comment;
    ctxt_->sax->processingInstruction = &TreeBuilder::on_processing_instruction;
    ctxt_->userData = this;
    htmlCtxtUseOptions(ctxt_, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);

    htmlParseDocument(ctxt_);
    tree_.stopped_at = failed_ ? locator_.cursor() : position();
    tree_.parsed = !failed_;
    while (open_.size() > 1) close_top(locator_.cursor());
    htmlFreeParserCtxt(ctxt_);
    ctxt_ = nullptr;
    return std::move(tree_);
  }

 private:
  static TreeBuilder& self(void* ctx) { return *static_cast<TreeBuilder*>(ctx); }

  // The callbacks run inside C code: nothing may escape them.
  template <typename Fn>
  void guarded(Fn&& fn) {
    if (failed_) return;
    try {
      fn();
    } catch (...) {
      failed_ = true;
      xmlStopParser(ctxt_);
    }
  }

  static void on_start(void* ctx, const xmlChar* name, const xmlChar** attributes) {
    TreeBuilder& b = self(ctx);
    b.guarded([&] { b.start_element(lower_ascii(name), attributes); });
  }
  static void on_end(void* ctx, const xmlChar* name) {
    TreeBuilder& b = self(ctx);
    b.guarded([&] { b.end_element(lower_ascii(name)); });
  }
  static void on_text(void* ctx, const xmlChar* chars, int length) {
    TreeBuilder& b = self(ctx);
    if (chars == nullptr || length <= 0) return;
    b.guarded([&] {
      b.text(std::string_view(reinterpret_cast<const char*>(chars), static_cast<std::size_t>(length)));
    });
  }
  static void on_raw_text(void* ctx, const xmlChar*, int) {
    // Script and style bodies: never prose.
    TreeBuilder& b = self(ctx);
    b.guarded([&] { b.locator_.skip_to(b.position()); });
  }
  static void on_comment(void* ctx, const xmlChar* value) {
    TreeBuilder& b = self(ctx);
    b.guarded([&] { b.comment(value ? reinterpret_cast<const char*>(value) : ""); });
  }
  static void on_processing_instruction(void* ctx, const xmlChar*, const xmlChar*) {
    TreeBuilder& b = self(ctx);
    b.guarded([&] { b.locator_.skip_to(b.position()); });
  }

  std::uint32_t position() const {
    if (ctxt_ == nullptr || ctxt_->input == nullptr || ctxt_->input->cur == nullptr || ctxt_->input->base == nullptr)
      return locator_.cursor();
    const auto offset =
        static_cast<std::uint64_t>(ctxt_->input->consumed) + static_cast<std::uint64_t>(ctxt_->input->cur - ctxt_->input->base);
    return static_cast<std::uint32_t>(std::min<std::uint64_t>(offset, text_.size()));
  }

  void start_element(std::string name, const xmlChar** attributes) {
    const std::uint32_t parsed = position();
    std::uint32_t begin = 0;
    locator_.locate_start_tag(name, parsed, begin);
    just_started_ = kNone;
    if (open_.size() > kMaxDepth) {
      ++folded_;
      return;
    }
    Node node;
    node.name = std::move(name);
    node.source = {begin, begin};
    for (const xmlChar** a = attributes; a != nullptr && a[0] != nullptr; a += 2)
      node.attributes.emplace_back(lower_ascii(a[0]), a[1] ? reinterpret_cast<const char*>(a[1]) : "");
    const auto index = static_cast<std::uint32_t>(tree_.nodes.size());
    const std::uint32_t parent = open_.back();
    tree_.nodes.push_back(std::move(node));
    tree_.nodes[parent].children.push_back(index);
    open_.push_back(index);
    just_started_ = index;
  }

  void end_element(const std::string& name) {
    const std::uint32_t parsed = position();
    const std::uint32_t started = just_started_;
    just_started_ = kNone;
    if (folded_ > 0) {
      --folded_;
      std::uint32_t end = 0;
      locator_.locate_end_tag(name, parsed, end);
      return;
    }
    auto it = std::find_if(open_.rbegin(), open_.rend() - 1, [&](std::uint32_t i) { return tree_.nodes[i].name == name; });
    if (it == open_.rend() - 1) return;  // nothing open by that name: a stray end tag
    const auto depth = static_cast<std::size_t>(open_.rend() - it) - 1;
    // Elements left open inside it end where their content ended.
    while (open_.size() > depth + 1) close_top(locator_.cursor());
    std::uint32_t end = 0;
    if (!locator_.locate_end_tag(name, parsed, end) && started == open_.back() && is_void_element(name)) {
      locator_.skip_to(parsed);
      end = locator_.cursor();
    }
    close_top(end);
  }

  void close_top(std::uint32_t end) {
    Node& node = tree_.nodes[open_.back()];
    node.source.end = std::max(node.source.begin, end);
    open_.pop_back();
  }

  void text(std::string_view chunk) {
    just_started_ = kNone;
    std::vector<TextPiece> pieces;
    locator_.locate_text(chunk, position(), pieces);
    if (pieces.empty()) return;
    Node& parent = tree_.nodes[open_.back()];
    if (!parent.children.empty() && tree_.nodes[parent.children.back()].type == Node::Type::text) {
      Node& last = tree_.nodes[parent.children.back()];
      for (TextPiece& p : pieces) last.pieces.push_back(std::move(p));
      last.source.end = std::max(last.source.end, last.pieces.back().source_begin + last.pieces.back().source_length);
      return;
    }
    Node node;
    node.type = Node::Type::text;
    node.source = {pieces.front().source_begin, pieces.back().source_begin + pieces.back().source_length};
    node.pieces = std::move(pieces);
    const auto index = static_cast<std::uint32_t>(tree_.nodes.size());
    const std::uint32_t parent_index = open_.back();
    tree_.nodes.push_back(std::move(node));
    tree_.nodes[parent_index].children.push_back(index);
  }

  void comment(std::string_view body) {
    just_started_ = kNone;
    const model::SourceRange range = locator_.locate_comment(position());
    tree_.comments.push_back({range, trim_comment(body)});
  }

  std::string_view text_;
  SourceLocator locator_;
  SourceTree tree_;
  std::vector<std::uint32_t> open_;  // open elements, the root first
  htmlParserCtxtPtr ctxt_ = nullptr;
  std::uint32_t just_started_ = kNone;  // the element the previous event started
  std::size_t folded_ = 0;              // open elements deeper than kMaxDepth
  bool failed_ = false;
};

}  // namespace

SourceTree parse_source_tree(std::string_view text) { return TreeBuilder(text).build(); }

}  // namespace concord::formats::html
