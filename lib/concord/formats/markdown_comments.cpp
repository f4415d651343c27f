#include "concord/formats/markdown_comments.hpp"

#include <algorithm>
#include <string>

namespace concord::formats::markdown {
namespace {

bool is_white(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view trim_white(std::string_view s) {
  while (!s.empty() && is_white(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_white(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

void add_comment_directives(std::string_view text, model::SourceRange range, std::vector<model::Directive>& out) {
  constexpr std::string_view kOpen = "<!--", kClose = "-->";
  const std::size_t end = std::min<std::size_t>(range.end, text.size());
  const std::string_view inside = text.substr(0, end);
  for (std::size_t pos = std::min<std::size_t>(range.begin, end);;) {
    const std::size_t open = inside.find(kOpen, pos);
    if (open == std::string_view::npos) return;
    const std::size_t close = inside.find(kClose, open + kOpen.size());
    if (close == std::string_view::npos) return;
    const std::size_t after = close + kClose.size();
    model::Directive d;
    d.source = {static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(after)};
    d.text = std::string(trim_white(inside.substr(open + kOpen.size(), close - open - kOpen.size())));
    out.push_back(std::move(d));
    pos = after;
  }
}

std::string comment_body(std::string_view comment) {
  if (comment.starts_with("<!--")) comment.remove_prefix(4);
  if (comment.ends_with("-->")) comment.remove_suffix(3);
  return std::string(trim_white(comment));
}

}  // namespace concord::formats::markdown
