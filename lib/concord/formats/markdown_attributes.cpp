#include "concord/formats/markdown_attributes.hpp"

#include <algorithm>

#include "concord/formats/markdown_lines.hpp"

namespace concord::formats::markdown {
namespace {

// The '{' of an attribute list that ends `line`, or npos.
std::size_t trailing_attribute(std::string_view line, bool heading) {
  if (line.empty() || line.back() != '}') return std::string_view::npos;
  const std::size_t open = line.rfind('{');
  if (open == std::string_view::npos) return std::string_view::npos;
  const std::string_view inside = line.substr(open + 1, line.size() - open - 2);
  // A code span is not an attribute list, whatever it looks like.
  if (inside.find_first_of("}`") != std::string_view::npos) return std::string_view::npos;
  if (inside.starts_with(':') || (heading && inside.starts_with('#') && inside.size() > 1)) return open;
  return std::string_view::npos;
}

}  // namespace

std::vector<model::SourceRange> attribute_ranges(std::string_view text, model::SourceRange block, bool heading) {
  std::vector<model::SourceRange> ranges;
  const auto size = static_cast<std::uint32_t>(text.size());
  const std::uint32_t end = std::min(block.end, size);
  for (std::uint32_t pos = std::min(block.begin, end); pos < end;) {
    const TextLine line = line_at(text, pos);
    const std::uint32_t line_end = std::min(line.end, end);
    std::string_view content = text.substr(line.begin, line_end - line.begin);
    while (!content.empty() && is_blank_char(content.back())) content.remove_suffix(1);
    const std::size_t open = trailing_attribute(content, heading);
    if (open != std::string_view::npos) {
      const auto begin = line.begin + static_cast<std::uint32_t>(open);
      ranges.push_back({begin, line.begin + static_cast<std::uint32_t>(content.size())});
    }
    if (line.next <= pos) break;
    pos = line.next;
  }
  return ranges;
}

}  // namespace concord::formats::markdown

namespace concord::formats::markdown {

std::string attribute_id(std::string_view text, const std::vector<model::SourceRange>& ranges) {
  for (const model::SourceRange& r : ranges) {
    const std::string_view attr = text.substr(r.begin, r.end - r.begin);
    const std::size_t hash = attr.find('#');
    if (hash == std::string_view::npos) continue;
    std::size_t end = hash + 1;
    while (end < attr.size() && attr[end] != ' ' && attr[end] != '}' && attr[end] != '\t') ++end;
    if (end > hash + 1) return std::string(attr.substr(hash + 1, end - hash - 1));
  }
  return {};
}

}  // namespace concord::formats::markdown
