#include "concord/formats/docx_number_format.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "concord/io/utf8.hpp"

namespace concord::formats {
namespace {

std::string decimal(int value, std::size_t min_digits = 1) {
  std::string s = std::to_string(value);
  if (s.size() < min_digits) s.insert(0, min_digits - s.size(), '0');
  return s;
}

// Full-width digits (１２) for decimalFullWidth.
std::string full_width(int value) {
  std::string out;
  for (char c : std::to_string(value)) {
    if (c >= '0' && c <= '9') utf8::append(out, static_cast<char32_t>(0xFF10 + (c - '0')));
    else out += c;
  }
  return out;
}

// a … z, aa … zz, aaa …: Word repeats the letter.
std::string letters(int value, char first) {
  if (value < 1) return decimal(value);
  const int repeat = (value - 1) / 26 + 1;
  return std::string(static_cast<std::size_t>(std::min(repeat, 64)), static_cast<char>(first + (value - 1) % 26));
}

std::string roman(int value, bool upper) {
  if (value < 1 || value > 3999) return decimal(value);
  static constexpr std::array<std::pair<int, const char*>, 13> kParts{{{1000, "m"}, {900, "cm"}, {500, "d"},
                                                                        {400, "cd"}, {100, "c"}, {90, "xc"},
                                                                        {50, "l"}, {40, "xl"}, {10, "x"},
                                                                        {9, "ix"}, {5, "v"}, {4, "iv"},
                                                                        {1, "i"}}};
  std::string out;
  for (const auto& [n, s] : kParts) {
    while (value >= n) {
      out += s;
      value -= n;
    }
  }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Characters from a list, one per value, starting at `first` for 1.
std::string enclosed(int value, char32_t first, int count) {
  if (value < 1 || value > count) return decimal(value);
  return utf8::encode(first + static_cast<char32_t>(value - 1));
}

// ①–⑳, then ㉑–㉟, then ㊱–㊿.
std::string circled(int value) {
  if (value >= 1 && value <= 20) return enclosed(value, 0x2460, 20);
  if (value >= 21 && value <= 35) return utf8::encode(0x3251 + static_cast<char32_t>(value - 21));
  if (value >= 36 && value <= 50) return utf8::encode(0x32B1 + static_cast<char32_t>(value - 36));
  return decimal(value);
}

struct CountingSystem {
  std::u32string_view digits;  // 0–9
  std::u32string_view units;   // 10, 100, 1000
  char32_t ten_thousand;
  char32_t zero;         // between digits: 一百零一
  bool zero_between;     // 一百零一 (Chinese) or 百一 (Japanese)
  bool one_before_unit;  // 一百 (Chinese) or 百 (Japanese); never 一十 at the start
};

// Below 10,000 in a counting system.
std::u32string count_small(int value, const CountingSystem& s, bool leading) {
  std::u32string out;
  const int powers[] = {1000, 100, 10, 1};
  bool pending_zero = false;
  for (int i = 0; i < 4; ++i) {
    const int digit = value / powers[i] % 10;
    if (digit == 0) {
      pending_zero = !out.empty() || !leading;
      continue;
    }
    if (pending_zero && s.zero_between && !out.empty()) out += s.zero;
    pending_zero = false;
    const bool unit = i < 3;
    const bool omit_one = unit && digit == 1 && (!s.one_before_unit || (i == 2 && out.empty() && leading));
    if (!omit_one) out += s.digits[static_cast<std::size_t>(digit)];
    if (unit) out += s.units[static_cast<std::size_t>(2 - i)];
  }
  return out;
}

std::string counting(int value, const CountingSystem& s) {
  if (value <= 0) return utf8::encode(s.digits[0]);
  if (value >= 100000000) return decimal(value);
  std::u32string out;
  const int high = value / 10000, low = value % 10000;
  if (high > 0) {
    out += count_small(high, s, true);
    out += s.ten_thousand;
  }
  if (low > 0) {
    if (high > 0 && low < 1000 && s.zero_between) out += s.zero;
    out += count_small(low, s, high == 0);
  }
  std::string utf;
  for (char32_t c : out) utf8::append(utf, c);
  return utf;
}

const CountingSystem kChinese{U"〇一二三四五六七八九", U"十百千", U'万', U'零', true, true};
const CountingSystem kChineseLegal{U"零壹贰叁肆伍陆柒捌玖", U"拾佰仟", U'万', U'零', true, true};
const CountingSystem kTaiwanese{U"〇一二三四五六七八九", U"十百千", U'萬', U'零', true, true};
const CountingSystem kJapanese{U"〇一二三四五六七八九", U"十百千", U'万', U'〇', false, false};
const CountingSystem kJapaneseLegal{U"〇壱弐参四伍六七八九", U"拾百阡", U'萬', U'〇', false, true};

// Digit by digit: 一〇 for 10.
std::string ideograph_digits(int value) {
  static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
  std::string out;
  for (char c : std::to_string(value)) {
    if (c >= '0' && c <= '9') utf8::append(out, kDigits[static_cast<std::size_t>(c - '0')]);
  }
  return out;
}

// Cyclic series: the heavenly stems, the earthly branches, kana orders.
std::string cyclic(int value, std::u32string_view series) {
  if (value < 1) return decimal(value);
  return utf8::encode(series[static_cast<std::size_t>(value - 1) % series.size()]);
}

constexpr std::u32string_view kStems = U"甲乙丙丁戊己庚辛壬癸";
constexpr std::u32string_view kBranches = U"子丑寅卯辰巳午未申酉戌亥";
constexpr std::u32string_view kAiueo =
    U"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
constexpr std::u32string_view kIroha =
    U"イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

}  // namespace

std::string format_list_number(std::string_view format, int value) {
  if (format == "none" || format == "bullet") return {};
  if (format == "decimalZero") return decimal(value, 2);
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") return full_width(value);
  if (format == "lowerLetter") return letters(value, 'a');
  if (format == "upperLetter") return letters(value, 'A');
  if (format == "lowerRoman") return roman(value, false);
  if (format == "upperRoman") return roman(value, true);
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") return circled(value);
  if (format == "decimalEnclosedParen") return enclosed(value, 0x2474, 20);     // ⑴
  if (format == "decimalEnclosedFullstop") return enclosed(value, 0x2488, 20);  // ⒈
  if (format == "ideographEnclosedCircle") return enclosed(value, 0x3280, 10);  // ㊀
  if (format == "ideographParenthesized") return enclosed(value, 0x3220, 10);   // ㈠
  if (format == "chineseCounting" || format == "chineseCountingThousand") return counting(value, kChinese);
  if (format == "chineseLegalSimplified") return counting(value, kChineseLegal);
  if (format == "taiwaneseCounting" || format == "taiwaneseCountingThousand") return counting(value, kTaiwanese);
  if (format == "japaneseCounting") return counting(value, kJapanese);
  if (format == "japaneseLegal") return counting(value, kJapaneseLegal);
  if (format == "ideographDigital" || format == "taiwaneseDigital" || format == "japaneseDigitalTenThousand")
    return ideograph_digits(value);
  if (format == "ideographTraditional") return cyclic(value, kStems);
  if (format == "ideographZodiac") return cyclic(value, kBranches);
  if (format == "aiueo" || format == "aiueoFullWidth") return cyclic(value, kAiueo);
  if (format == "iroha" || format == "irohaFullWidth") return cyclic(value, kIroha);
  return decimal(value);
}

}  // namespace concord::formats
