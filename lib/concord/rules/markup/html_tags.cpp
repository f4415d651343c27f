#include "concord/rules/markup/html_tags.hpp"

#include <algorithm>

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::rules {
namespace {

// Elements whose tags turn up in text pasted from web pages and CMS fields.
constexpr std::string_view kInline[] = {"a",     "abbr", "b",     "big",  "cite",   "code", "del",  "em",
                                        "font",  "i",    "img",   "ins",  "kbd",    "label", "mark", "q",
                                        "s",     "samp", "small", "span", "strike", "strong", "sub", "sup",
                                        "tt",    "u",    "var",   "wbr"};
// Elements that end a line: the text on either side reads apart.
constexpr std::string_view kBlock[] = {
    "address", "article", "aside", "blockquote", "body",  "br",    "caption", "center", "col",   "colgroup",
    "dd",      "div",     "dl",    "dt",         "figcaption", "figure", "footer", "h1", "h2", "h3",
    "h4",      "h5",      "h6",    "header",     "hr",    "li",    "ol",      "p",      "pre",   "section",
    "table",   "tbody",   "td",    "tfoot",      "th",    "thead", "tr",      "ul"};

bool in(std::string_view name, const auto& list) {
  return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }
bool is_space(char c) { return c == ' ' || c == '\t'; }

// Longest run of attributes accepted inside one tag.
constexpr std::size_t kMaxTagLength = 400;

// Parses `name="value"`, `name='value'`, `name=value` and `name` attributes
// from `pos` up to '>' or "/>"; returns the offset after '>' or 0.
std::size_t attributes_end(std::string_view s, std::size_t pos) {
  const std::size_t limit = std::min(s.size(), pos + kMaxTagLength);
  while (pos < limit) {
    while (pos < limit && is_space(s[pos])) ++pos;
    if (pos >= limit) return 0;
    if (s[pos] == '>') return pos + 1;
    if (s[pos] == '/' && pos + 1 < limit && s[pos + 1] == '>') return pos + 2;
    if (!is_ascii_alpha(s[pos]) && s[pos] != '_' && s[pos] != ':') return 0;
    while (pos < limit && (is_ascii_alnum(s[pos]) || s[pos] == '-' || s[pos] == '_' || s[pos] == ':' || s[pos] == '.'))
      ++pos;
    if (pos < limit && s[pos] == '=') {
      ++pos;
      if (pos < limit && (s[pos] == '"' || s[pos] == '\'')) {
        const char quote = s[pos];
        const std::size_t close = s.find(quote, pos + 1);
        if (close == std::string_view::npos || close >= limit) return 0;
        if (s.substr(pos, close - pos).find_first_of("<>") != std::string_view::npos) return 0;
        pos = close + 1;
      } else {
        const std::size_t start = pos;
        while (pos < limit && !is_space(s[pos]) && s[pos] != '>' && s[pos] != '<' && s[pos] != '"' && s[pos] != '\'')
          ++pos;
        if (pos == start) return 0;
      }
    }
    // Attributes are separated by white space.
    if (pos < limit && !is_space(s[pos]) && s[pos] != '>' && s[pos] != '/') return 0;
  }
  return 0;
}

bool cjk_wide_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && lang::is_cjk_wide(utf8::next(text, pos));
}

}  // namespace

std::vector<HtmlTag> find_html_tags(std::string_view text) {
  std::vector<HtmlTag> out;
  for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    std::size_t pos = at + 1;
    const bool closing = pos < text.size() && text[pos] == '/';
    if (closing) ++pos;
    const std::size_t name_begin = pos;
    while (pos < text.size() && is_ascii_alnum(text[pos])) ++pos;
    if (pos == name_begin || !is_ascii_alpha(text[name_begin])) continue;
    std::string name(text.substr(name_begin, pos - name_begin));
    std::transform(name.begin(), name.end(), name.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; });
    const bool block = in(name, kBlock);
    if (!block && !in(name, kInline)) continue;
    std::size_t end = 0;
    if (closing) {
      while (pos < text.size() && is_space(text[pos])) ++pos;
      if (pos < text.size() && text[pos] == '>') end = pos + 1;
    } else if (pos < text.size() && (text[pos] == '>' || text[pos] == '/' || is_space(text[pos]))) {
      end = attributes_end(text, pos);
    }
    if (end == 0) continue;
    out.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end), std::move(name), closing, block});
    at = end - 1;
  }
  return out;
}

std::string tag_display(std::string_view text, const HtmlTag& tag) {
  const std::string_view whole = text.substr(tag.begin, tag.end - tag.begin);
  const bool has_attributes = !tag.closing && whole.size() > tag.name.size() + 2 && whole != "<" + tag.name + "/>" &&
                              whole != "<" + tag.name + " />";
  if (tag.closing) return "</" + tag.name + ">";
  return has_attributes ? "<" + tag.name + " …>" : "<" + tag.name + ">";
}

std::vector<TextEdit> tag_removal(std::string_view text, const std::vector<HtmlTag>& tags) {
  std::vector<TextEdit> edits;
  // The last character the edited text would show before the current tag:
  // kept text, or a space an earlier edit put in.
  std::size_t kept_until = 0;  // text before this offset is settled
  char32_t last_shown = 0;     // 0: the start of the text
  bool last_is_space = true;
  for (const HtmlTag& tag : tags) {
    std::uint32_t begin = tag.begin;
    if (tag.begin > kept_until) {
      // Only white space between two block tags of CJK text ("。</p> <p>访问"):
      // it goes with them, CJK sentences need no space.
      const std::string_view gap = text.substr(kept_until, tag.begin - kept_until);
      const bool blank_gap = kept_until > 0 && gap.find_first_not_of(" \t") == std::string_view::npos;
      if (blank_gap && tag.block_level && !edits.empty() && lang::is_cjk_wide(last_shown) &&
          cjk_wide_at(text, tag.end)) {
        begin = kept_until;
      } else {
        std::size_t p = tag.begin;
        last_shown = utf8::prev(text, p);
        last_is_space = last_shown == ' ' || last_shown == '\t';
      }
    }
    std::uint32_t end = tag.end;
    const bool next_is_tag = std::any_of(tags.begin(), tags.end(), [&](const HtmlTag& t) { return t.begin == end; });
    const bool next_is_space = end < text.size() && is_space(text[end]);
    std::string replacement;
    if (last_is_space && next_is_space) {
      // "a <b> c": the removal would double the space.
      while (end < text.size() && is_space(text[end])) ++end;
    } else if (last_is_space || next_is_space || next_is_tag || end >= text.size()) {
      // Nothing to add: a space is there, or the next tag decides.
    } else if (tag.block_level && !lang::is_cjk_wide(last_shown) && !cjk_wide_at(text, end)) {
      replacement = " ";  // "one<br>two" reads as two words
    }
    if (!replacement.empty()) {
      last_shown = ' ';
      last_is_space = true;
    }
    edits.push_back({begin, end, std::move(replacement)});
    kept_until = end;
  }
  return edits;
}

}  // namespace concord::rules
