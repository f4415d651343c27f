#pragma once
// Joining wrapped lines the way a reader reads them: no space between two CJK
// characters (a line break inside a Chinese or Japanese sentence is not a
// word boundary) or between CJK text and punctuation, one space between Latin
// words and between a Latin word and CJK text. A line that starts with an item
// number ("2.", "3)") keeps its line break: it is a list item that lost its
// list markup (Markdown needs a space after the marker), and the break is
// where its sentence starts.
#include <cstdint>
#include <string_view>

#include "concord/model/mapped_text.hpp"

namespace concord::formats {

/// Whether a line ending in `before` and a line starting with `after` join
/// without a space.
bool joins_without_space(char32_t before, char32_t after);

/// Whether `line` starts with an item number: one to three digits and ".",
/// ")", "．", "）" or "、", not followed by another digit ("2.5" is a number).
bool starts_with_item_number(std::string_view line);

/// What joins a line ending in `before` to `next_line`: "", " " or "\n".
std::string_view line_separator(char32_t before, std::string_view next_line);

/// Appends `piece` (source bytes at `source_begin`) to `text`, inserting a
/// space mapped to `break_at` (the line break in the source) when the join
/// needs one.
void append_joined(model::MappedText& text, std::string_view piece, std::uint32_t source_begin,
                   std::uint32_t break_at);

}  // namespace concord::formats
