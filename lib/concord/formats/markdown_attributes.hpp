#pragma once
// Attribute syntax that site generators read and readers never see: kramdown
// attribute lists ending a line (`{: #bookmark}`, `{: datetime="2026-05-04" }`)
// and a heading's anchor (`## Title {#anchor}`).
#include <string>
#include <string_view>
#include <vector>

#include "concord/model/mapped_text.hpp"

namespace concord::formats::markdown {

/// Source ranges of the attribute lists at the ends of the lines of `block`
/// (and of `{#anchor}` attributes when the block is a heading), sorted.
std::vector<model::SourceRange> attribute_ranges(std::string_view text, model::SourceRange block, bool heading);

/// The `#id` of the first attribute list in `ranges` that names one
/// (`{#severability}`, `{: #majeure .x}`), or "".
std::string attribute_id(std::string_view text, const std::vector<model::SourceRange>& ranges);

}  // namespace concord::formats::markdown
