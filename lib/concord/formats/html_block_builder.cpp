#include "concord/formats/html_block_builder.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "concord/formats/html_chrome.hpp"
#include "concord/formats/html_elements.hpp"
#include "concord/formats/html_language_links.hpp"
#include "concord/formats/html_list_marker.hpp"
#include "concord/formats/html_text_run.hpp"
#include "concord/io/utf8.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::formats::html {

bool declared_language(const Node& element, std::string& lang) {
  const std::string* value = element.attribute("lang");
  if (value == nullptr) value = element.attribute("xml:lang");
  if (value == nullptr) return false;
  std::string_view v = *value;
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
  // BCP 47: a primary language of two or three letters, then subtags.
  const std::size_t primary = v.find_first_of("-_");
  const std::size_t primary_length = primary == std::string_view::npos ? v.size() : primary;
  const bool usable = primary_length >= 2 && primary_length <= 3 && v.size() <= 35 &&
                      std::all_of(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(primary_length),
                                  [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) &&
                      std::all_of(v.begin(), v.end(), [](char c) {
                        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
                      });
  lang = usable ? lang::normalize_tag(v) : std::string();
  return true;
}

namespace {

using model::Block;
using model::BlockKind;
using model::InlineSpan;

// Where text goes while the tree is walked. A leaf (heading, paragraph, pre)
// takes everything inside it; a list item or cell first reads its own text,
// and once a block inside it ends that text, the rest becomes paragraphs
// under it; anywhere else loose text becomes paragraphs.
struct Flow {
  // Parent of the blocks it creates (rows and cells take theirs from the
  // table frame). Stray text in a table or row stays under it, so that every
  // block's children follow it contiguously.
  std::int32_t parent = -1;
  bool quote = false;             // inside blockquote: paragraphs are quotes
  bool leaf = false;
  std::int32_t owner = -1;        // the list item or cell whose own text is open
  TextRun run;
};

struct ListFrame {
  bool ordered = false;
  long long next = 1;
  int step = 1;
  char style = '1';
};

struct TableFrame {
  std::int32_t block = -1;
  std::int32_t row_block = -1;  // the open row
  bool implicit_row = false;    // cells directly in the table share a row the parser did not make
  std::uint16_t rows = 0;
  std::uint16_t column = 0;
};

// Inline spans stay open across the blocks inside them (<a><div>…</div></a>),
// so every new run reopens the spans of the inline elements around it.
struct ActiveSpan {
  std::uint32_t serial;
  InlineSpan::Kind kind;
  std::string target;
  bool emit;
  Mark mark;
};

std::optional<long long> parse_integer(const std::string* value) {
  if (value == nullptr) return std::nullopt;
  std::string_view v = *value;
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
  bool negative = false;
  if (!v.empty() && (v.front() == '-' || v.front() == '+')) {
    negative = v.front() == '-';
    v.remove_prefix(1);
  }
  long long n = 0;
  std::size_t digits = 0;
  while (digits < v.size() && digits < 9 && std::isdigit(static_cast<unsigned char>(v[digits])))
    n = n * 10 + (v[digits++] - '0');
  if (digits == 0) return std::nullopt;
  return negative ? -n : n;
}

bool is_language_menu(const TextRun& run) {
  const LetterShare links = run.share(Mark::language_link);
  return html::is_language_menu(links.spans, links.letters_in_spans, links.letters);
}

// Legal text often marks its sections with a paragraph in bold alone
// (<p><strong>Section 1 – Definitions.</strong></p>): a short one reads as a
// heading.
constexpr std::size_t kMaxBoldHeadingLetters = 80;

bool reads_as_heading(const TextRun& run) {
  const LetterShare bold = run.share(Mark::strong);
  if (bold.letters == 0 || bold.letters_in_spans != bold.letters || bold.letters > kMaxBoldHeadingLetters) return false;
  // A bold sentence is emphasis, not a title ("Section 1 – Definitions."
  // keeps its full stop, a CJK sentence ends in 。).
  std::size_t end = run.text().size();
  const char32_t last = utf8::prev(run.text().view(), end);
  return last != U'。' && last != U'！' && last != U'？' && last != '!' && last != '?';
}

std::uint16_t clamp16(long long n) { return static_cast<std::uint16_t>(std::clamp<long long>(n, 0, 0xFFFF)); }

class BlockBuilder {
 public:
  BlockBuilder(const SourceTree& tree, const std::string& document_lang, std::vector<Block>& blocks)
      : tree_(tree), blocks_(blocks) {
    langs_.push_back(document_lang);
    block_langs_.push_back(document_lang);
  }

  void run() {
    flows_.push_back(Flow{});
    walk(0);
    end_run();
  }

 private:
  Flow& top() { return flows_.back(); }

  TextRun fresh_run(bool preformatted) const {
    TextRun run(preformatted);
    for (const ActiveSpan& s : active_) run.open_span(s.serial, s.kind, s.target, s.emit, s.mark);
    return run;
  }

  void walk(std::uint32_t index) {
    const Node& node = tree_.nodes[index];
    if (node.type == Node::Type::text) {
      for (const TextPiece& piece : node.pieces) top().run.add(piece);
      return;
    }
    const ElementKind kind = element_kind(node.name);
    if (kind == ElementKind::not_prose) return;
    if (is_chrome(tree_, node, sectioning_ > 0)) {
      if (is_block_level(kind)) break_flow(node);
      return;
    }
    std::string lang;
    const bool has_lang = declared_language(node, lang);
    langs_.push_back(has_lang ? lang : langs_.back());
    const bool block_level = is_block_level(kind);
    if (block_level) block_langs_.push_back(langs_.back());
    const bool sectioning = is_sectioning_content(node.name);
    sectioning_ += sectioning ? 1 : 0;

    if (block_level && top().leaf) {
      // A block inside a heading or paragraph cannot split it: its edges
      // read as line breaks.
      top().run.add_break({node.source.begin, node.source.begin});
      walk_children(node);
      top().run.add_break({node.source.end, node.source.end});
    } else {
      walk_element(node, kind, has_lang ? lang : std::string());
    }

    sectioning_ -= sectioning ? 1 : 0;
    if (block_level) block_langs_.pop_back();
    langs_.pop_back();
  }

  void walk_children(const Node& node) {
    for (std::uint32_t child : node.children) walk(child);
  }

  void walk_element(const Node& node, ElementKind kind, const std::string& own_lang) {
    switch (kind) {
      case ElementKind::inline_text: return walk_inline(node, own_lang);
      case ElementKind::line_break: return top().run.add_break(node.source);
      case ElementKind::invisible:
      case ElementKind::not_prose: return;
      case ElementKind::heading:
      case ElementKind::paragraph:
      case ElementKind::preformatted: return walk_leaf(node, kind);
      case ElementKind::list: return walk_list(node);
      case ElementKind::list_item: return walk_list_item(node);
      case ElementKind::table: return walk_table(node);
      case ElementKind::table_row:
        if (!tables_.empty()) return walk_row(node);
        return walk_section(node);
      case ElementKind::table_cell:
        if (!tables_.empty()) return walk_cell(node);
        return walk_section(node);
      case ElementKind::quote: return walk_quote(node);
      case ElementKind::table_section:
      case ElementKind::section: return walk_section(node);
    }
  }

  void walk_inline(const Node& node, const std::string& own_lang) {
    const std::size_t active_before = active_.size();
    auto open = [&](InlineSpan::Kind kind, std::string target, bool emit, Mark mark) {
      const std::uint32_t serial = next_serial_++;
      top().run.open_span(serial, kind, target, emit, mark);
      active_.push_back({serial, kind, std::move(target), emit, mark});
    };
    const std::string& block_lang = block_langs_.back();
    if (node.name == "a") {
      const std::string* href = node.attribute("href");
      const std::string* hreflang = node.attribute("hreflang");
      if (href && href->find_first_not_of(" \t\r\n\f") != std::string::npos) {
        std::string_view target = *href;
        target.remove_prefix(target.find_first_not_of(" \t\r\n\f"));
        target.remove_suffix(target.size() - target.find_last_not_of(" \t\r\n\f") - 1);
        open(InlineSpan::Kind::link, std::string(target), true, Mark::none);
      }
      if (auto language = link_language(href ? *href : "", hreflang ? *hreflang : ""))
        open(InlineSpan::Kind::foreign, *language, *language != block_lang, Mark::language_link);
    }
    if (is_code_element(node.name)) open(InlineSpan::Kind::code, {}, true, Mark::none);
    // Bold is only measured (reads_as_heading), never emitted: its kind does not matter.
    if (node.name == "strong" || node.name == "b") open(InlineSpan::Kind::code, {}, false, Mark::strong);
    if (!own_lang.empty() && own_lang != block_lang) open(InlineSpan::Kind::foreign, own_lang, true, Mark::none);

    walk_children(node);

    while (active_.size() > active_before) {
      top().run.close_span(active_.back().serial);
      active_.pop_back();
    }
  }

  // Ends the text before a block-level element that is not read (a nav
  // between two paragraphs of loose text).
  void break_flow(const Node& node) {
    if (top().leaf) top().run.add_break({node.source.begin, node.source.end});
    else end_run();
  }

  // Whether a wrapper (p, div) in a list item or cell that has no text yet
  // only wraps that item's own text: <li><p>Text</p></li>.
  bool wraps_own_text() { return top().owner >= 0 && !top().run.has_text(); }

  void walk_transparent(const Node& node) {
    walk_children(node);
    if (top().owner >= 0 && top().run.has_text()) close_owner(top());
  }

  void walk_leaf(const Node& node, ElementKind kind) {
    if (kind == ElementKind::paragraph && wraps_own_text()) return walk_transparent(node);
    end_run();
    Flow leaf;
    leaf.parent = top().parent;
    leaf.quote = top().quote;
    leaf.leaf = true;
    leaf.run = fresh_run(kind == ElementKind::preformatted);
    flows_.push_back(std::move(leaf));
    walk_children(node);
    Flow done = std::move(flows_.back());
    flows_.pop_back();
    if (!done.run.has_text() || is_language_menu(done.run)) return;

    Block block;
    if (kind == ElementKind::heading) {
      block.kind = BlockKind::heading;
      block.level = static_cast<std::uint16_t>(node.name[1] - '0');
      heading_level_ = block.level;
    } else if (kind == ElementKind::paragraph && !done.quote && reads_as_heading(done.run)) {
      // One level below the last real heading: CC's sections sit under its h3.
      block.kind = BlockKind::heading;
      block.level = static_cast<std::uint16_t>(std::min(heading_level_ + 1, 6));
    } else if (kind == ElementKind::preformatted) {
      block.kind = BlockKind::code;
    } else {
      block.kind = done.quote ? BlockKind::quote : BlockKind::paragraph;
    }
    block.parent = done.parent;
    block.source = node.source;
    if (const std::string* id = node.attribute("id")) block.anchor = *id;
    block.spans = done.run.spans();
    block.text = std::move(done.run.text());
    block.lang = block_langs_.back();
    blocks_.push_back(std::move(block));
  }

  void walk_section(const Node& node) {
    if (wraps_own_text()) return walk_transparent(node);
    end_run();
    walk_children(node);
    end_run();
  }

  void walk_quote(const Node& node) {
    end_run();
    Flow quote;
    quote.parent = top().parent;
    quote.quote = true;
    quote.run = fresh_run(false);
    flows_.push_back(std::move(quote));
    walk_children(node);
    end_run();
    flows_.pop_back();
  }

  void walk_list(const Node& node) {
    end_run();
    ListFrame frame;
    frame.ordered = node.name == "ol";
    if (frame.ordered) {
      if (const std::string* type = node.attribute("type"); type && type->size() == 1 &&
                                                             std::string_view("1aAiI").find((*type)[0]) != std::string_view::npos)
        frame.style = (*type)[0];
      if (node.attribute("reversed")) {
        frame.step = -1;
        frame.next = static_cast<long long>(std::count_if(node.children.begin(), node.children.end(),
                                                          [&](std::uint32_t c) { return tree_.nodes[c].is_element("li"); }));
      }
      if (auto start = parse_integer(node.attribute("start"))) frame.next = *start;
    }
    lists_.push_back(frame);
    walk_children(node);
    end_run();
    lists_.pop_back();
  }

  void walk_list_item(const Node& node) {
    end_run();
    Block item;
    item.kind = BlockKind::list_item;
    item.parent = top().parent;
    item.source = node.source;
    item.lang = block_langs_.back();
    item.level = clamp16(std::max<long long>(1, static_cast<long long>(lists_.size())));
    item.marker = "-";
    if (!lists_.empty() && lists_.back().ordered) {
      ListFrame& list = lists_.back();
      if (auto value = parse_integer(node.attribute("value"))) list.next = *value;
      item.marker = list_marker(list.next, list.style);
      list.next += list.step;
    }
    walk_owner(node, std::move(item));
  }

  void walk_table(const Node& node) {
    end_run();
    Block table;
    table.kind = BlockKind::table;
    table.parent = top().parent;
    table.source = node.source;
    table.lang = block_langs_.back();
    const auto index = push(std::move(table));
    tables_.push_back(TableFrame{index});
    Flow flow;
    flow.parent = index;
    flow.quote = top().quote;
    flow.run = fresh_run(false);
    flows_.push_back(std::move(flow));
    walk_children(node);
    end_run();
    flows_.pop_back();
    tables_.pop_back();
    drop_if_empty(index);
  }

  void walk_row(const Node& node) {
    end_run();
    const std::int32_t index = open_row(node.source);
    tables_.back().implicit_row = false;
    Flow flow;
    flow.parent = index;
    flow.quote = top().quote;
    flow.run = fresh_run(false);
    flows_.push_back(std::move(flow));
    walk_children(node);
    end_run();
    flows_.pop_back();
    tables_.back().row_block = -1;
    drop_if_empty(index);
  }

  std::int32_t open_row(model::SourceRange source) {
    TableFrame& table = tables_.back();
    Block row;
    row.kind = BlockKind::table_row;
    row.parent = table.block;
    row.row = table.rows;
    row.source = source;
    row.lang = block_langs_.back();
    table.rows = clamp16(table.rows + 1LL);
    table.column = 0;
    const std::int32_t index = push(std::move(row));
    tables_.back().row_block = index;
    return index;
  }

  void walk_cell(const Node& node) {
    end_run();
    if (tables_.back().row_block < 0) {
      open_row(node.source);
      tables_.back().implicit_row = true;
    }
    TableFrame& table = tables_.back();
    Block& row = blocks_[static_cast<std::size_t>(table.row_block)];
    if (table.implicit_row) row.source.end = std::max(row.source.end, node.source.end);
    Block cell;
    cell.kind = BlockKind::table_cell;
    cell.parent = table.row_block;
    cell.row = row.row;
    cell.column = table.column;
    cell.source = node.source;
    cell.lang = block_langs_.back();
    const long long span = std::clamp<long long>(parse_integer(node.attribute("colspan")).value_or(1), 1, 1000);
    table.column = clamp16(table.column + span);
    walk_owner(node, std::move(cell));
  }

  // A list item or cell: the block first, then what it holds.
  void walk_owner(const Node& node, Block block) {
    const bool quote = top().quote;
    const std::int32_t index = push(std::move(block));
    Flow flow;
    flow.parent = index;
    flow.quote = quote;
    flow.owner = index;
    flow.run = fresh_run(false);
    flows_.push_back(std::move(flow));
    walk_children(node);
    end_run();
    flows_.pop_back();
    drop_if_empty(index);
  }

  std::int32_t push(Block block) {
    blocks_.push_back(std::move(block));
    return static_cast<std::int32_t>(blocks_.size() - 1);
  }

  // A container left without text or children says nothing.
  void drop_if_empty(std::int32_t index) {
    if (index >= 0 && static_cast<std::size_t>(index) + 1 == blocks_.size() && blocks_.back().text.empty())
      blocks_.pop_back();
  }

  void close_owner(Flow& flow) {
    Block& owner = blocks_[static_cast<std::size_t>(flow.owner)];
    if (!is_language_menu(flow.run)) {
      owner.spans = flow.run.spans();
      owner.text = std::move(flow.run.text());
    }
    flow.owner = -1;
    flow.run = fresh_run(false);
  }

  // Ends the text being read in the innermost flow.
  void end_run() {
    Flow& flow = top();
    if (flow.leaf) return;  // a leaf ends with its element
    if (flow.owner >= 0) return close_owner(flow);
    if (flow.run.has_text() && !is_language_menu(flow.run)) {
      Block block;
      block.kind = flow.quote ? BlockKind::quote : BlockKind::paragraph;
      block.parent = flow.parent;
      block.source = flow.run.source();
      block.spans = flow.run.spans();
      block.text = std::move(flow.run.text());
      block.lang = block_langs_.back();
      blocks_.push_back(std::move(block));
    }
    flow.run = fresh_run(false);
  }

  const SourceTree& tree_;
  std::vector<Block>& blocks_;
  std::vector<Flow> flows_;
  std::vector<ListFrame> lists_;
  std::vector<TableFrame> tables_;
  std::vector<ActiveSpan> active_;
  std::vector<std::string> langs_;        // the language of each open element
  std::vector<std::string> block_langs_;  // of each open block-level element
  std::uint32_t next_serial_ = 0;
  int sectioning_ = 0;
  int heading_level_ = 0;  // of the last h1–h6
};

}  // namespace

void build_blocks(const SourceTree& tree, const std::string& document_lang, std::vector<model::Block>& blocks) {
  if (tree.nodes.empty()) return;
  BlockBuilder(tree, document_lang, blocks).run();
}

}  // namespace concord::formats::html
