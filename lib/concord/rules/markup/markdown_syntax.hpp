#pragma once
// Markdown syntax written out as text: **bold**, __bold__, [text](url) and
// "# " heading marks, found in a block's text.
#include <cstdint>
#include <string_view>
#include <vector>

namespace concord::rules {

struct MarkdownSyntax {
  enum class Kind : std::uint8_t { strong, link, heading };
  Kind kind = Kind::strong;
  std::uint32_t begin = 0;  // the whole construct, byte offsets in the text
  std::uint32_t end = 0;
  /// What would render it: the emphasis markers, the heading mark with its
  /// spaces; empty for links (there is no safe way to write a link as text).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> markers;
};

/// Emphasis pairs (`**安全**`, `__Note__`; not `__init__`, not `___` blanks),
/// and where `everything`, links to a URL or path and a heading mark at the
/// start of the text. Sorted by position, not overlapping.
std::vector<MarkdownSyntax> find_markdown_syntax(std::string_view text, bool everything);

}  // namespace concord::rules
