#include "concord/formats/html_list_marker.hpp"

#include <cctype>

namespace concord::formats::html {
namespace {

std::string letters(long long n) {
  std::string out;
  while (n > 0) {
    --n;
    out.insert(out.begin(), static_cast<char>('a' + n % 26));
    n /= 26;
  }
  return out;
}

std::string roman(long long n) {
  static constexpr struct {
    int value;
    const char* numeral;
  } kNumerals[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
                   {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, numeral] : kNumerals)
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  return out;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string list_marker(long long number, char style) {
  std::string shown;
  if ((style == 'a' || style == 'A') && number >= 1) shown = letters(number);
  else if ((style == 'i' || style == 'I') && number >= 1 && number < 4000) shown = roman(number);
  else shown = std::to_string(number);
  if (style == 'A' || style == 'I') shown = upper(std::move(shown));
  return shown + ".";
}

}  // namespace concord::formats::html
