#include "concord/text/numerals.hpp"

#include <array>

namespace concord::text::detail {
namespace {

constexpr std::uint64_t kPow10[] = {1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
                                    100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL,
                                    1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
                                    1000000000000000ULL, 10000000000000000ULL};
constexpr std::uint64_t kCjkLimit = 100000000000000000ULL;  // 10^17: beyond, a numeral run is not a quantity

bool mul_ok(std::uint64_t a, int power, std::uint64_t& out) {
  if (power < 0 || power > 16) return false;
  if (a != 0 && a > kCjkLimit / kPow10[power]) return false;
  out = a * kPow10[power];
  return true;
}

struct CjkItem {
  CjkNumeral kind;
  int value;
};

// The integer part of a CJK numeral run; `n.end` is set after it.
std::optional<ParsedNumber> parse_cjk_integer(std::string_view s, std::size_t pos, const LangProfile& profile,
                                              bool allow_leading_unit) {
  std::array<CjkItem, 32> items{};
  std::size_t count = 0;
  std::size_t p = pos;
  while (p < s.size()) {
    std::size_t next = p;
    int value = 0;
    const CjkNumeral kind = cjk_numeral(char_at(s, p, next), value, profile);
    if (kind == CjkNumeral::none || kind == CjkNumeral::point) break;
    if (count == items.size()) return std::nullopt;  // a run this long is not a number
    items[count++] = {kind, value};
    p = next;
  }
  if (count == 0) return std::nullopt;

  ParsedNumber n;
  n.cjk = true;
  n.cjk_chars = static_cast<int>(count);
  n.end = p;
  bool any_unit = false;
  for (std::size_t i = 0; i < count; ++i) {
    if (items[i].kind != CjkNumeral::digit) any_unit = true;
    if (items[i].kind == CjkNumeral::digit && items[i].value == 0) n.has_zero_char = true;
  }
  if (!any_unit) {
    for (std::size_t i = 0; i < count; ++i)
      if (!n.value.push_digit(items[i].value)) return std::nullopt;
    n.digit_by_digit = count > 1;
    return n;
  }

  std::uint64_t total = 0;    // the groups at and above the largest big unit
  int biggest = 0;            // power of the largest big unit so far
  std::uint64_t section = 0;  // the part below 万 being read
  int digit = -1;             // a digit waiting for its unit
  int last_small = 4;         // small units must descend within a section (千 百 十)
  int last_power = 0;         // power of the last unit, for the abbreviated 三千五 = 3500
  bool zero_gap = false;      // 零 between a unit and a digit: 一百零五 = 105
  for (std::size_t i = 0; i < count; ++i) {
    const CjkItem item = items[i];
    if (item.kind == CjkNumeral::digit) {
      if (item.value == 0) {
        if (digit != -1) return std::nullopt;
        zero_gap = true;
        continue;
      }
      if (digit != -1) return std::nullopt;  // 三四十: an approximation, not a number
      digit = item.value;
    } else if (item.kind == CjkNumeral::small_unit) {
      if (item.value >= last_small) return std::nullopt;
      if (digit == -1 && i == 0 && item.value > 1 && !allow_leading_unit) return std::nullopt;
      const std::uint64_t coefficient = digit == -1 ? 1 : static_cast<std::uint64_t>(digit);
      section += coefficient * kPow10[item.value];
      digit = -1;
      last_small = item.value;
      last_power = item.value;
      zero_gap = false;
    } else {  // big unit
      if (digit == -1 && section == 0) {
        if (i != 0 || !allow_leading_unit) return std::nullopt;
        section = 1;
      }
      const std::uint64_t group = section + static_cast<std::uint64_t>(digit == -1 ? 0 : digit);
      std::uint64_t scaled = 0;
      if (item.value > biggest) {
        if (!mul_ok(total + group, item.value, scaled)) return std::nullopt;
        total = scaled;
        biggest = item.value;
      } else {
        if (!mul_ok(group, item.value, scaled)) return std::nullopt;
        total += scaled;
      }
      section = 0;
      digit = -1;
      last_small = 4;
      last_power = item.value;
      zero_gap = false;
    }
  }
  std::uint64_t trailing = 0;
  if (digit != -1) {
    if (zero_gap || last_power == 0) trailing = static_cast<std::uint64_t>(digit);
    else if (!mul_ok(static_cast<std::uint64_t>(digit), last_power - 1, trailing)) return std::nullopt;
  }
  const std::uint64_t value = total + section + trailing;
  if (value > kCjkLimit) return std::nullopt;
  n.value = decimal_from_integer(value);
  return n;
}

struct EnglishWord {
  std::string_view text;
  int value;
  enum Type { unit, teen, tens, hundred, scale } type;
};

constexpr EnglishWord kEnglishWords[] = {
    {"zero", 0, EnglishWord::unit},       {"one", 1, EnglishWord::unit},         {"two", 2, EnglishWord::unit},
    {"three", 3, EnglishWord::unit},      {"four", 4, EnglishWord::unit},        {"five", 5, EnglishWord::unit},
    {"six", 6, EnglishWord::unit},        {"seven", 7, EnglishWord::unit},       {"eight", 8, EnglishWord::unit},
    {"nine", 9, EnglishWord::unit},       {"ten", 10, EnglishWord::teen},        {"eleven", 11, EnglishWord::teen},
    {"twelve", 12, EnglishWord::teen},    {"thirteen", 13, EnglishWord::teen},   {"fourteen", 14, EnglishWord::teen},
    {"fifteen", 15, EnglishWord::teen},   {"sixteen", 16, EnglishWord::teen},    {"seventeen", 17, EnglishWord::teen},
    {"eighteen", 18, EnglishWord::teen},  {"nineteen", 19, EnglishWord::teen},   {"twenty", 20, EnglishWord::tens},
    {"thirty", 30, EnglishWord::tens},    {"forty", 40, EnglishWord::tens},      {"fifty", 50, EnglishWord::tens},
    {"sixty", 60, EnglishWord::tens},     {"seventy", 70, EnglishWord::tens},    {"eighty", 80, EnglishWord::tens},
    {"ninety", 90, EnglishWord::tens},    {"hundred", 2, EnglishWord::hundred},  {"thousand", 3, EnglishWord::scale},
    {"million", 6, EnglishWord::scale},   {"billion", 9, EnglishWord::scale},
};

const EnglishWord* find_english_word(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return nullptr;
  for (const EnglishWord& w : kEnglishWords)
    if (w.text.size() == word.size() && at_ci(word, 0, w.text)) return &w;
  return nullptr;
}

}  // namespace

CjkNumeral cjk_numeral(char32_t cp, int& value, const LangProfile& profile) {
  switch (cp) {
    case U'〇': case U'零': value = 0; return CjkNumeral::digit;
    case U'一': value = 1; return CjkNumeral::digit;
    case U'二': case U'两': case U'兩': value = 2; return CjkNumeral::digit;
    case U'三': value = 3; return CjkNumeral::digit;
    case U'四': value = 4; return CjkNumeral::digit;
    case U'五': value = 5; return CjkNumeral::digit;
    case U'六': value = 6; return CjkNumeral::digit;
    case U'七': value = 7; return CjkNumeral::digit;
    case U'八': value = 8; return CjkNumeral::digit;
    case U'九': value = 9; return CjkNumeral::digit;
    case U'十': value = 1; return CjkNumeral::small_unit;
    case U'百': value = 2; return CjkNumeral::small_unit;
    case U'千': value = 3; return CjkNumeral::small_unit;
    case U'万': case U'萬': value = 4; return CjkNumeral::big_unit;
    case U'亿': case U'億': value = 8; return CjkNumeral::big_unit;
    case U'兆':
      // 兆 is 10^12 in Japanese; in mainland usage it is ambiguous (10^6 or 10^12).
      if (!profile.ja) return CjkNumeral::none;
      value = 12;
      return CjkNumeral::big_unit;
    case U'点': case U'點': value = 0; return CjkNumeral::point;
    default: return CjkNumeral::none;
  }
}

std::size_t cjk_run_end(std::string_view s, std::size_t pos, const LangProfile& profile) {
  while (pos < s.size()) {
    std::size_t next = pos;
    int value = 0;
    const CjkNumeral kind = cjk_numeral(char_at(s, pos, next), value, profile);
    if (kind == CjkNumeral::none || kind == CjkNumeral::point) break;
    pos = next;
  }
  return pos;
}

std::optional<ParsedNumber> parse_arabic(std::string_view s, std::size_t pos, const LangProfile& profile) {
  ParsedNumber n;
  std::size_t p = pos;
  std::size_t len = 0;
  bool ascii = true;
  for (int d = digit_at(s, p, len); d >= 0; d = digit_at(s, p, len)) {
    if (!n.value.push_digit(d)) return std::nullopt;
    ascii = ascii && len == 1;
    ++n.int_digits;
    p += len;
  }
  if (n.int_digits == 0) return std::nullopt;
  // Thousands groups: exactly three digits after each comma ("1,2,3" is a list).
  if (ascii && n.int_digits <= 3) {
    while (byte_at(s, p) == ',' && is_digit(byte_at(s, p + 1)) && is_digit(byte_at(s, p + 2)) &&
           is_digit(byte_at(s, p + 3)) && !is_digit(byte_at(s, p + 4))) {
      for (std::size_t i = 1; i <= 3; ++i)
        if (!n.value.push_digit(s[p + i] - '0')) return std::nullopt;
      n.int_digits += 3;
      n.grouped = true;
      p += 4;
    }
  }
  std::size_t point_len = byte_at(s, p) == '.' ? 1 : (at(s, p, "\xEF\xBC\x8E") ? 3 : 0);  // "." or "．"
  if (point_len != 0 && digit_starts(s, p + point_len)) {
    p += point_len;
    for (int d = digit_at(s, p, len); d >= 0; d = digit_at(s, p, len)) {
      if (!n.value.push_fraction_digit(d)) return std::nullopt;
      p += len;
    }
    n.fraction = true;
  }
  // CJK units after digits: 3万, 1.5亿, 3千万.
  int last_power = 100;
  while (p < s.size()) {
    std::size_t next = p;
    int power = 0;
    const CjkNumeral kind = cjk_numeral(char_at(s, p, next), power, profile);
    if ((kind != CjkNumeral::small_unit && kind != CjkNumeral::big_unit) || power < 2 || power >= last_power) break;
    if (kind == CjkNumeral::small_unit && last_power != 100) break;
    n.value = n.value.scaled(power);
    n.scaled = true;
    last_power = power;
    p = next;
  }
  n.end = p;
  return n;
}

std::optional<ParsedNumber> parse_cjk(std::string_view s, std::size_t pos, const LangProfile& profile,
                                      bool allow_leading_unit) {
  auto n = parse_cjk_integer(s, pos, profile, allow_leading_unit);
  if (!n) return n;
  std::size_t next = n->end;
  int value = 0;
  if (cjk_numeral(char_at(s, n->end, next), value, profile) == CjkNumeral::point) {
    std::size_t p = next;
    Decimal with_fraction = n->value;
    bool any = false;
    while (p < s.size()) {
      std::size_t after_digit = p;
      int digit = 0;
      if (cjk_numeral(char_at(s, p, after_digit), digit, profile) != CjkNumeral::digit) break;
      if (!with_fraction.push_fraction_digit(digit)) return std::nullopt;
      any = true;
      p = after_digit;
    }
    if (any) {
      n->value = with_fraction;
      n->fraction = true;
      n->end = p;
    }
  }
  return n;
}

std::optional<ParsedNumber> parse_english(std::string_view s, std::size_t pos) {
  std::uint64_t total = 0;
  std::uint64_t current = 0;
  int words = 0;
  int last = -1;  // EnglishWord::Type of the previous word, -1 before the first
  std::size_t end = pos;
  std::size_t p = pos;
  char separator = 0;
  while (p < s.size() && is_alpha(s[p])) {
    const std::size_t word_end = letters_end(s, p);
    const EnglishWord* w = find_english_word(s.substr(p, word_end - p));
    if (!w) break;
    bool fits = false;
    switch (w->type) {
      case EnglishWord::unit:
        fits = last == -1 || last == EnglishWord::tens || last == EnglishWord::hundred || last == EnglishWord::scale;
        break;
      case EnglishWord::teen:
      case EnglishWord::tens:
        fits = last == -1 || last == EnglishWord::hundred || last == EnglishWord::scale;
        break;
      case EnglishWord::hundred:
        fits = (last == EnglishWord::unit || last == EnglishWord::teen) && current % 100 != 0;
        break;
      case EnglishWord::scale:
        fits = last != -1 && last != EnglishWord::scale && current != 0;
        break;
    }
    // A hyphen joins only tens and units (twenty-four), never other words (two-factor).
    if (separator == '-' && !(last == EnglishWord::tens && w->type == EnglishWord::unit)) fits = false;
    if (!fits) break;
    switch (w->type) {
      case EnglishWord::unit:
      case EnglishWord::teen:
      case EnglishWord::tens: current += static_cast<std::uint64_t>(w->value); break;
      case EnglishWord::hundred: current *= 100; break;
      case EnglishWord::scale: total += current * kPow10[w->value]; current = 0; break;
    }
    ++words;
    last = w->type;
    end = word_end;
    // What may join the next word: one space, a hyphen, or " and " after hundred/thousand.
    separator = byte_at(s, word_end);
    if (separator == '-' && is_alpha(byte_at(s, word_end + 1))) {
      p = word_end + 1;
    } else if (separator == ' ' && is_alpha(byte_at(s, word_end + 1))) {
      p = word_end + 1;
      if ((last == EnglishWord::hundred || last == EnglishWord::scale) && at_ci(s, p, "and ") &&
          is_alpha(byte_at(s, p + 4)))
        p += 4;
    } else {
      break;
    }
  }
  if (words == 0) return std::nullopt;
  ParsedNumber n;
  n.value = decimal_from_integer(total + current);
  n.end = end;
  n.spelled = true;
  // "one" alone is usually a pronoun ("no one", "one may"), but "one or
  // more" counts something a translation writes as 1 (1 つ以上).
  n.weak = words == 1 && total + current <= 1 &&
           !(total + current == 1 && (at_ci(s, end, " or more") || at_ci(s, end, " or two")));
  return n;
}

void apply_english_scale(std::string_view s, ParsedNumber& n) {
  if (n.spelled || n.scaled || byte_at(s, n.end) != ' ') return;
  static constexpr std::pair<std::string_view, int> kScales[] = {
      {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}};
  for (const auto& [word, power] : kScales) {
    if (at_word_ci(s, n.end + 1, word)) {
      n.value = n.value.scaled(power);
      n.scaled = true;
      n.end += 1 + word.size();
      return;
    }
  }
}

std::optional<ParsedNumber> parse_small_int(std::string_view s, std::size_t pos, const LangProfile& profile,
                                            long max_value) {
  if (digit_starts(s, pos)) {
    std::size_t p = pos;
    int count = 0;
    const long value = read_int(s, p, 4, &count);
    if (value < 0 || value > max_value) return std::nullopt;
    ParsedNumber n;
    n.value = decimal_from_integer(static_cast<std::uint64_t>(value));
    n.int_digits = count;
    n.end = p;
    return n;
  }
  auto n = parse_cjk_integer(s, pos, profile, false);
  if (!n) return n;
  const long long value = n->value.as_integer();
  if (value < 0 || value > max_value) return std::nullopt;
  return n;
}

}  // namespace concord::text::detail
