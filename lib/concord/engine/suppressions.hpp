#pragma once
// Turning rules off inside a file, with comments the readers keep as
// directives (Markdown and HTML comments):
//
//   <!-- concord-disable parity/extra-section -->   off from here…
//   <!-- concord-enable parity/extra-section -->    …to here (or to the end of the file)
//   <!-- concord-disable-next-line text/ -->        off for the next line with text
//   <!-- concord-disable-file punct/width-mix -->   off in the whole file
//
// A directive names rule ids or categories ("parity/"), separated by spaces or
// commas; with none it applies to every rule. Like eslint's and ruff's
// comments, they are the author's word that a finding is intended.
#include <vector>

#include "concord/model/document.hpp"
#include "concord/rules/finding.hpp"

namespace concord::engine {

/// Removes the findings that the directives of their files turn off.
void apply_suppressions(const model::Document& document, std::vector<rules::Finding>& findings);

}  // namespace concord::engine
