#include "concord/formats/markdown_mdx.hpp"

#include <optional>

#include "concord/formats/markdown_lines.hpp"

namespace concord::formats::markdown {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || is_upper(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == ':' ||
         c == '-';
}

std::string_view strip_indent(std::string_view line) {
  while (!line.empty() && is_blank_char(line.front())) line.remove_prefix(1);
  return line;
}

// A code fence (``` or ~~~, at least three). Any indentation: fences in list
// items are indented, and MDX has no indented code.
std::optional<std::string_view> fence_of(std::string_view line) {
  line = strip_indent(line);
  if (line.empty() || (line[0] != '`' && line[0] != '~')) return std::nullopt;
  std::size_t end = 0;
  while (end < line.size() && line[end] == line[0]) ++end;
  if (end < 3) return std::nullopt;
  return line.substr(0, end);
}

bool closes_fence(std::string_view line, std::string_view fence) {
  const auto closing = fence_of(line);
  if (!closing || fence.empty()) return false;
  return closing->front() == fence.front() && closing->size() >= fence.size() &&
         is_blank_line(strip_indent(line).substr(closing->size()));
}

bool starts_esm(std::string_view line) {
  for (std::string_view keyword : {std::string_view("import"), std::string_view("export")}) {
    if (!line.starts_with(keyword) || line.size() == keyword.size()) continue;
    const char after = line[keyword.size()];
    if (is_blank_char(after) || after == '{' || after == '*' || after == '"' || after == '\'') return true;
  }
  return false;
}

// Scans JSX with a budget, so that many unclosed tags cannot make reading
// quadratic; when the budget is spent, elements end at the next blank line.
class JsxScanner {
 public:
  JsxScanner(std::string_view text, std::size_t budget) : text_(text), budget_(budget) {}

  /// The offset just past the element that opens at `open` (a '<'), or
  /// nothing when it does not end.
  std::optional<std::uint32_t> element_end(std::uint32_t open) {
    std::uint32_t p = open + 1;
    while (p < text_.size() && is_name_char(text_[p])) ++p;
    const std::string_view name = text_.substr(open + 1, p - open - 1);
    bool self_closing = false;
    auto after = tag_end(p, self_closing);
    if (!after || self_closing) return after;
    int depth = 1;
    p = *after;
    while (p < text_.size() && spend()) {
      if (text_[p] != '<') {
        ++p;
        continue;
      }
      if (text_.substr(p + 1).starts_with('/') && names_at(p + 2, name)) {
        std::uint32_t q = p + 2 + static_cast<std::uint32_t>(name.size());
        while (q < text_.size() && text_[q] != '>') ++q;
        if (q == text_.size()) return std::nullopt;
        p = q + 1;
        if (--depth == 0) return p;
      } else if (names_at(p + 1, name)) {
        after = tag_end(p + 1 + static_cast<std::uint32_t>(name.size()), self_closing);
        if (!after) return std::nullopt;
        if (!self_closing) ++depth;
        p = *after;
      } else {
        ++p;
      }
    }
    return std::nullopt;
  }

 private:
  bool spend() {
    if (budget_ == 0) return false;
    --budget_;
    return true;
  }

  bool names_at(std::uint32_t p, std::string_view name) const {
    if (!text_.substr(p).starts_with(name)) return false;
    const std::size_t after = p + name.size();
    return after >= text_.size() || !is_name_char(text_[after]);
  }

  // Past the '>' that ends a tag whose attributes start at `p`; strings and
  // {expressions} may hold '>'.
  std::optional<std::uint32_t> tag_end(std::uint32_t p, bool& self_closing) {
    int braces = 0;
    char quote = 0;
    char last = 0;
    for (; p < text_.size() && spend(); ++p) {
      const char c = text_[p];
      if (quote) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        quote = c;
      } else if (c == '{') {
        ++braces;
      } else if (c == '}') {
        if (braces > 0) --braces;
      } else if (c == '>' && braces == 0) {
        self_closing = last == '/';
        return p + 1;
      }
      if (!is_blank_char(c) && !is_line_end(c)) last = c;
    }
    return std::nullopt;
  }

  std::string_view text_;
  std::size_t budget_;
};

// Brackets still open at the end of `code`, strings and comments aside.
int open_brackets(std::string_view code, int depth) {
  char quote = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quote) {
      if (c == '\\')
        ++i;
      else if (c == quote)
        quote = 0;
    } else if (c == '"' || c == '\'' || c == '`') {
      quote = c;
    } else if (c == '/' && i + 1 < code.size() && code[i + 1] == '/') {
      break;  // the rest of the line is a comment
    } else if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return depth;
}

// The last line of an ESM statement block: it ends at a blank line, unless
// its brackets are still open there (a function body with blank lines).
TextLine esm_end(std::string_view text, TextLine line) {
  int depth = open_brackets(line.text, 0);
  while (line.next < text.size() && line.next != line.end) {
    const TextLine following = line_at(text, line.next);
    if (is_blank_line(following.text) && depth == 0) break;
    depth = open_brackets(following.text, depth);
    line = following;
  }
  return line;
}

// The last line of the paragraph-like run that starts at `line`.
TextLine run_end(std::string_view text, TextLine line) {
  while (line.next < text.size() && line.next != line.end) {
    const TextLine following = line_at(text, line.next);
    if (is_blank_line(following.text)) break;
    line = following;
  }
  return line;
}

TextLine line_containing(std::string_view text, std::uint32_t offset) {
  std::uint32_t start = offset;
  while (start > 0 && !is_line_end(text[start - 1])) --start;
  return line_at(text, start);
}

// `{/* … */}` on a line of its own: an MDX comment, kept as a directive.
std::optional<model::Directive> expression_comment(const TextLine& line) {
  const std::string_view s = trim_blanks(line.text);
  if (!s.starts_with("{/*") || !s.ends_with("*/}") || s.size() < 6) return std::nullopt;
  const auto begin = static_cast<std::uint32_t>(s.data() - line.text.data()) + line.begin;
  model::Directive d;
  d.source = {begin, begin + static_cast<std::uint32_t>(s.size())};
  d.text = std::string(trim_blanks(s.substr(3, s.size() - 6)));
  return d;
}

}  // namespace

MdxCode find_mdx_code(std::string_view text, std::uint32_t from) {
  MdxCode code;
  JsxScanner jsx(text, 8 * text.size() + 4096);
  std::string_view fence;  // the open code fence, empty outside code
  bool block_start = true;  // the line could open a block: ESM only starts one
  for (std::uint32_t pos = from; pos < text.size();) {
    TextLine line = line_at(text, pos);
    const std::string_view content = strip_indent(line.text);
    bool skipped = false;
    if (!fence.empty()) {
      if (closes_fence(line.text, fence)) fence = {};
    } else if (const auto opening = fence_of(line.text)) {
      fence = *opening;
    } else if (block_start && starts_esm(line.text)) {
      line = esm_end(text, line);
      skipped = true;
    } else if (content.size() > 1 && content[0] == '<' && is_upper(content[1])) {
      const auto open = static_cast<std::uint32_t>(content.data() - text.data());
      const auto end = jsx.element_end(open);
      line = end ? line_containing(text, *end - 1) : run_end(text, line);
      skipped = true;
    } else if (auto comment = expression_comment(line)) {
      code.directives.push_back(std::move(*comment));
      skipped = true;
    }
    if (skipped) code.ranges.push_back({pos, line.end});
    block_start = skipped || is_blank_line(line.text);
    if (line.next == line.end) break;
    pos = line.next;
  }
  return code;
}

}  // namespace concord::formats::markdown
