#include "concord/rules/markup/markdown_syntax.hpp"

#include <algorithm>

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::rules {
namespace {

using Kind = MarkdownSyntax::Kind;

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool is_space_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return true;
  return lang::classify(utf8::next(text, pos)) == lang::CharClass::space;
}

bool is_space_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  return lang::classify(utf8::prev(text, pos)) == lang::CharClass::space;
}

// Longest emphasized text taken for a pair of markers.
constexpr std::size_t kMaxEmphasis = 200;

// Pairs of `**` or `__` around text that neither starts nor ends with white
// space. `__` must not touch a Latin letter or digit outside (snake_case, a
// dunder name) and a run of three or more is a blank to fill in (___).
void find_strong(std::string_view text, char mark, std::vector<MarkdownSyntax>& out) {
  const std::string pair(2, mark);
  auto opens = [&](std::size_t at) {
    if (at > 0 && (text[at - 1] == mark || text[at - 1] == '\\')) return false;
    if (at + 2 < text.size() && text[at + 2] == mark) return false;
    if (is_space_at(text, at + 2)) return false;
    return mark != '_' || at == 0 || !is_ascii_alnum(text[at - 1]);
  };
  auto closes = [&](std::size_t at) {
    if (at > 0 && text[at - 1] == mark) return false;
    if (at + 2 < text.size() && text[at + 2] == mark) return false;
    if (is_space_before(text, at)) return false;
    return mark != '_' || at + 2 >= text.size() || !is_ascii_alnum(text[at + 2]);
  };
  for (std::size_t at = text.find(pair); at != std::string_view::npos; at = text.find(pair, at + 1)) {
    if (!opens(at)) continue;
    std::size_t close = text.find(pair, at + 3);
    while (close != std::string_view::npos && !closes(close)) close = text.find(pair, close + 1);
    if (close == std::string_view::npos || close - at > kMaxEmphasis) continue;
    const std::string_view inner = text.substr(at + 2, close - at - 2);
    // __init__, __main__: identifiers, not emphasis.
    if (mark == '_' && std::all_of(inner.begin(), inner.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }))
      continue;
    const auto b = static_cast<std::uint32_t>(at), e = static_cast<std::uint32_t>(close + 2);
    out.push_back({Kind::strong, b, e, {{b, b + 2}, {e - 2, e}}});
    at = close + 1;
  }
}

bool starts_url(std::string_view s) {
  for (std::string_view p : {"http://", "https://", "mailto:", "www.", "/", "./", "../", "#"})
    if (s.starts_with(p)) return true;
  return false;
}

// [text](target) where the target is a URL, a path or an anchor.
void find_links(std::string_view text, std::vector<MarkdownSyntax>& out) {
  for (std::size_t at = text.find('['); at != std::string_view::npos; at = text.find('[', at + 1)) {
    const std::size_t close = text.find(']', at + 1);
    if (close == std::string_view::npos || close == at + 1 || close + 1 >= text.size() || text[close + 1] != '(') continue;
    if (text.substr(at + 1, close - at - 1).find_first_of("[\n") != std::string_view::npos) continue;
    const std::size_t target = close + 2;
    const std::size_t end = text.find(')', target);
    if (end == std::string_view::npos || end == target || !starts_url(text.substr(target))) continue;
    if (text.substr(target, end - target).find_first_of(" \t\n(") != std::string_view::npos) continue;
    out.push_back({Kind::link, static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end + 1), {}});
    at = end;
  }
}

// "# Title" to "###### Title" at the start of the text.
void find_heading(std::string_view text, std::vector<MarkdownSyntax>& out) {
  std::size_t hashes = 0;
  while (hashes < text.size() && text[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6) return;
  std::size_t pos = hashes;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos == hashes || pos >= text.size()) return;
  // The finding shows the hashes; the fix also takes the spaces after them.
  out.push_back({Kind::heading, 0, static_cast<std::uint32_t>(hashes), {{0, static_cast<std::uint32_t>(pos)}}});
}

}  // namespace

std::vector<MarkdownSyntax> find_markdown_syntax(std::string_view text, bool everything) {
  std::vector<MarkdownSyntax> found;
  if (everything) {
    find_heading(text, found);
    find_links(text, found);
  }
  find_strong(text, '*', found);
  find_strong(text, '_', found);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  // Keep the first of overlapping constructs (a link inside bold stays bold).
  std::vector<MarkdownSyntax> out;
  for (auto& s : found)
    if (out.empty() || s.begin >= out.back().end) out.push_back(std::move(s));
  return out;
}

}  // namespace concord::rules
