#pragma once
// HTML comments in Markdown carry instructions to concord
// (`<!-- concord-disable parity/extra-section -->`): each becomes a directive.
#include <string>
#include <string_view>
#include <vector>

#include "concord/model/parsed_file.hpp"

namespace concord::formats::markdown {

/// Adds a directive for every complete `<!-- … -->` comment inside `range`
/// of `text`.
void add_comment_directives(std::string_view text, model::SourceRange range, std::vector<model::Directive>& out);

/// The trimmed body of a comment `<!-- … -->` (the text given when it is not
/// one).
std::string comment_body(std::string_view comment);

}  // namespace concord::formats::markdown
