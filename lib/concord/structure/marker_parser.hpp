#pragma once
// Recognising numbering markers in a block's text. Two places matter: the
// start of a block (`3. `, `(a) `, `第五條 `, `Article 4 (Purpose)`), and,
// in Chinese and Japanese, the middle of a long text that lost its line
// breaks (seed 002 holds a whole contract on one line), where only the
// unambiguous markers (第X章, 第X條 and the （一） enumerations under them)
// are read, and never a cross-reference such as 依第五條規定 or 第二条a款第(4)项.
#include <optional>
#include <string_view>
#include <vector>

#include "concord/structure/marker.hpp"

namespace concord::structure {

/// A marker, and the other reading of an ambiguous letter: `i.` is roman one
/// or the ninth letter; `v.`, `x.` likewise. The outline picks by context.
struct MarkerReading {
  Marker marker;
  std::optional<Marker> alternative;
};

/// The marker at the start of `text` (after white space). `heading` relaxes
/// what may follow a word marker ("Section 2 Scope" in a heading, but not
/// "Section 2 of this policy" in a paragraph).
std::optional<MarkerReading> parse_leading_marker(std::string_view text, std::string_view lang, bool heading = false);

/// A list item's marker as its reader wrote it ("1.", "a)", "(一)", "-"):
/// nothing for bullets.
std::optional<MarkerReading> parse_list_marker(std::string_view marker, std::string_view lang);

/// Structural markers anywhere in `text`, the start included (Chinese and
/// Japanese only; nothing for other languages).
std::vector<Marker> find_inline_markers(std::string_view text, std::string_view lang);

}  // namespace concord::structure
