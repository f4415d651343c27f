#pragma once
// Numbers as a Word list level writes them (w:numFmt): decimal, letters,
// Roman numerals, enclosed digits, and the Chinese and Japanese counting
// systems (一、十一、一百零一; 壹贰叁; 甲乙丙; イロハ).
#include <string>
#include <string_view>

namespace concord::formats {

/// `value` in the w:numFmt `format`. Formats concord does not know fall
/// back to decimal; "none" gives an empty string; "bullet" is not a number
/// (the level text is the bullet) and gives an empty string too.
std::string format_list_number(std::string_view format, int value);

}  // namespace concord::formats
