#pragma once
// MDX is Markdown with JavaScript in it: ESM statements (`import`, `export`)
// and JSX elements (`<Card title="…">…</Card>`, `<Note />`) are code for the
// site, not prose. They are found line by line before cmark sees the text.
#include <string_view>
#include <vector>

#include "concord/model/parsed_file.hpp"

namespace concord::formats::markdown {

struct MdxCode {
  std::vector<model::SourceRange> ranges;      // whole lines, in order, to hide from cmark
  std::vector<model::Directive> directives;    // `{/* concord-disable … */}` comments
};

/// The ESM statements, JSX blocks and expression comments of `text` from
/// offset `from` on, outside fenced code.
MdxCode find_mdx_code(std::string_view text, std::uint32_t from);

}  // namespace concord::formats::markdown
