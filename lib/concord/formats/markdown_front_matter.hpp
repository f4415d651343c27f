#pragma once
// Front matter: a YAML (`---`) or TOML (`+++`) block at the very top of a
// Markdown file holds metadata for the site generator, not prose.
#include <optional>
#include <string_view>

#include "concord/model/parsed_file.hpp"

namespace concord::formats::markdown {

/// The front matter at the start of `text` with its top-level scalar fields
/// (quotes stripped, in file order), or nothing when the file has none.
/// `source` runs from the opening fence to the end of the closing fence line.
std::optional<model::FrontMatter> read_front_matter(std::string_view text);

}  // namespace concord::formats::markdown
