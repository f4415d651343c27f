#include "concord/formats/xml_segment.hpp"

#include <algorithm>
#include <cctype>

#include <pugixml.hpp>

#include "concord/formats/line_joiner.hpp"
#include "concord/formats/xml_text.hpp"
#include "concord/formats/xml_tree.hpp"
#include "concord/io/utf8.hpp"

namespace concord::formats {
namespace {

bool contains(const std::vector<std::string_view>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::uint32_t offset_of(const pugi::xml_node& node) {
  const std::ptrdiff_t offset = node.offset_debug();
  return offset > 0 ? static_cast<std::uint32_t>(offset) : 0;
}

// The attributes that name an inline tag, by preference: XLIFF id, TMX i
// (pairs bpt with ept), XLIFF 2 startRef (ec, em), TMX x.
constexpr std::string_view kIdAttributes[] = {"id", "i", "startRef", "x"};

}  // namespace

bool preserves_space(const pugi::xml_node& element) {
  for (pugi::xml_node n = element; n; n = n.parent()) {
    const std::string_view space = attribute_exact(n, "xml:space");
    if (space == "preserve") return true;
    if (space == "default") return false;
  }
  return false;
}

void SegmentReader::add_characters(std::string_view raw, std::uint32_t source_begin, bool references,
                                   bool preserve) {
  // Split into runs of white space and runs of anything else.
  for (std::size_t i = 0; i < raw.size();) {
    const bool space = is_xml_space(raw[i]);
    std::size_t j = i;
    bool line_break = false;
    while (j < raw.size() && is_xml_space(raw[j]) == space) {
      line_break |= raw[j] == '\n' || raw[j] == '\r';
      ++j;
    }
    Token t;
    t.kind = space ? Token::Kind::space : Token::Kind::text;
    t.raw = raw.substr(i, j - i);
    t.source_begin = source_begin + static_cast<std::uint32_t>(i);
    t.references = references;
    t.line_break = line_break;
    t.preserve = preserve;
    tokens_.push_back(std::move(t));
    i = j;
  }
}

void SegmentReader::add_code_point(const pugi::xml_node& element) {
  const std::string hex = decode_xml_references(attribute_named(element, "hex"));
  char32_t cp = 0;
  bool valid = !hex.empty() && hex.size() <= 6;
  for (char c : hex) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const int d = lower >= '0' && lower <= '9' ? lower - '0' : lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    if (d < 0) valid = false;
    else cp = cp * 16 + static_cast<char32_t>(d);
  }
  // <cp> carries characters XML cannot: controls stay out of the text.
  if (!valid || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) cp = 0xFFFD;
  const model::SourceRange range = element_range(element, text_);
  Token t;
  t.kind = Token::Kind::character;
  t.expansion = utf8::encode(cp);
  t.source_begin = range.begin;
  t.source_length = range.end - range.begin;
  tokens_.push_back(std::move(t));
}

std::size_t SegmentReader::add_span(const pugi::xml_node& element) {
  const std::string_view name = element_name(element);
  std::string target;
  for (std::string_view attribute : kIdAttributes) {
    const std::string_view id = attribute_named(element, attribute);
    if (!id.empty()) {
      target = std::string(name) + ":" + decode_xml_references(id);
      break;
    }
  }
  if (target.empty()) {
    auto it = std::find_if(unnamed_counts_.begin(), unnamed_counts_.end(),
                           [&](const auto& entry) { return entry.first == name; });
    if (it == unnamed_counts_.end()) it = unnamed_counts_.insert(unnamed_counts_.end(), {std::string(name), 0});
    target = std::string(name) + "#" + std::to_string(++it->second);
  }
  spans_.push_back({model::InlineSpan::Kind::placeholder, 0, 0, std::move(target)});
  return spans_.size() - 1;
}

void SegmentReader::add(const pugi::xml_node& element) {
  const bool preserve = preserves_space(element);
  std::vector<std::size_t> open;  // spans of the paired tags we are inside
  auto close_if_paired = [&](const pugi::xml_node& node) {
    if (open.empty() || !contains(tags_.paired, element_name(node))) return;
    Token t;
    t.kind = Token::Kind::close;
    t.span = open.back();
    open.pop_back();
    tokens_.push_back(std::move(t));
  };
  // Document order without recursion: inline tags may nest arbitrarily deep.
  pugi::xml_node node = element.first_child();
  while (node) {
    bool descend = false;
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      add_characters(node.value(), offset_of(node), node.type() == pugi::node_pcdata, preserve);
    } else if (node.type() == pugi::node_element) {
      const std::string_view name = element_name(node);
      if (contains(tags_.standalone, name)) {
        const model::SourceRange range = element_range(node, text_);
        Token t;
        t.kind = Token::Kind::placeholder;
        t.source_begin = range.begin;
        t.source_length = range.end - range.begin;
        t.span = add_span(node);
        tokens_.push_back(std::move(t));
      } else if (!tags_.code_point.empty() && name == tags_.code_point) {
        add_code_point(node);
      } else {
        if (contains(tags_.paired, name)) {
          Token t;
          t.kind = Token::Kind::open;
          t.span = add_span(node);
          open.push_back(t.span);
          tokens_.push_back(std::move(t));
        }
        descend = true;  // other elements are transparent
      }
    }
    if (descend && node.first_child()) {
      node = node.first_child();
      continue;
    }
    if (descend) close_if_paired(node);
    for (;;) {
      if (node.next_sibling()) {
        node = node.next_sibling();
        break;
      }
      node = node.parent();
      if (node == element) {
        node = pugi::xml_node();
        break;
      }
      close_if_paired(node);
    }
  }
}

char32_t SegmentReader::first_character(const Token& t) {
  std::size_t p = 0;
  switch (t.kind) {
    case Token::Kind::text: {
      std::string expansion;
      if (t.references && xml_reference_at(t.raw, 0, expansion) > 0) return utf8::next(expansion, p);
      return utf8::next(t.raw, p);
    }
    case Token::Kind::character: return utf8::next(t.expansion, p);
    case Token::Kind::placeholder: return 0xFFFC;
    default: return 0;
  }
}

SegmentText SegmentReader::finish() {
  SegmentText out;
  model::MappedText& text = out.text;
  const auto here = [&] { return static_cast<std::uint32_t>(text.size()); };
  // The first character of content after each token, 0 when none follows:
  // white space between two pieces of content is judged by both.
  std::vector<char32_t> next_character(tokens_.size() + 1, 0);
  for (std::size_t i = tokens_.size(); i-- > 0;) {
    const char32_t first = first_character(tokens_[i]);
    next_character[i] = first != 0 ? first : next_character[i + 1];
  }
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    const Token& t = tokens_[i];
    switch (t.kind) {
      case Token::Kind::text:
        if (t.references) append_xml_characters(text, t.raw, t.source_begin);
        else text.append_source(t.raw, t.source_begin);
        break;
      case Token::Kind::character: text.append_synthetic(t.expansion, t.source_begin, t.source_length); break;
      case Token::Kind::placeholder:
        spans_[t.span].begin = here();
        text.append_synthetic(kPlaceholder, t.source_begin, t.source_length);
        spans_[t.span].end = here();
        break;
      case Token::Kind::open: spans_[t.span].begin = spans_[t.span].end = here(); break;
      case Token::Kind::close: spans_[t.span].end = here(); break;
      case Token::Kind::space: {
        if (t.preserve) {
          text.append_source(t.raw, t.source_begin);
          break;
        }
        const char32_t next = next_character[i + 1];
        if (text.empty() || next == 0) break;  // leading or trailing
        if (!t.line_break) {
          text.append_source(t.raw, t.source_begin);
          break;
        }
        std::size_t end = text.size();
        const char32_t before = utf8::prev(text.view(), end);
        if (!joins_without_space(before, next))
          text.append_synthetic(" ", t.source_begin, static_cast<std::uint32_t>(t.raw.size()));
        break;
      }
    }
  }
  out.spans = std::move(spans_);
  tokens_.clear();
  spans_.clear();
  unnamed_counts_.clear();
  return out;
}

void add_unit_side(model::ParsedFile& file, SegmentText segment, model::SourceRange source, std::uint32_t unit,
                   std::string lang) {
  model::Block block;
  block.kind = model::BlockKind::paragraph;
  block.source = source;
  block.text = std::move(segment.text);
  block.spans = std::move(segment.spans);
  block.unit = unit;
  block.lang = std::move(lang);
  file.blocks.push_back(std::move(block));
}

}  // namespace concord::formats
