#pragma once
// The marker a browser shows before an ordered list item: 3. for type 1,
// c. for type a, iii. for type i (CC legal code numbers its sections a., b.,
// its clauses A., B. and i., ii.).
#include <string>

namespace concord::formats::html {

/// `style` is the ol type: '1', 'a', 'A', 'i' or 'I'. Numbers the style
/// cannot show (0 in letters, 4000 in Roman numerals) fall back to digits.
std::string list_marker(long long number, char style);

}  // namespace concord::formats::html
