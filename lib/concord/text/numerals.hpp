#pragma once
// Reading numbers as written: Arabic digits (ASCII or full-width, with thousands separators and a
// fraction), CJK numerals (positional 三十五, digit by digit 二〇二四, mixed 3万 / 1.5亿), and
// spelled-out English (twenty-four, one hundred). Whether a reading is a quantity in its sentence
// is decided later, by what follows it (quantities.hpp).
#include <cstddef>
#include <optional>
#include <string_view>

#include "concord/text/decimal.hpp"
#include "concord/text/scan.hpp"

namespace concord::text::detail {

struct ParsedNumber {
  Decimal value;
  std::size_t end = 0;
  int int_digits = 0;        // digits before the point (Arabic)
  bool fraction = false;     // has a decimal part
  bool grouped = false;      // written with thousands separators
  bool cjk = false;          // written in CJK numerals
  int cjk_chars = 0;         // how many CJK numeral characters
  bool digit_by_digit = false;  // CJK digits without multipliers (二〇二四)
  bool has_zero_char = false;   // 〇 or 零 among them
  bool scaled = false;       // multiplied by 万, 亿, million…
  bool spelled = false;      // English words
  bool weak = false;         // a lone spelled "one" or "zero": a number only before a unit
};

/// CJK numeral character classes.
enum class CjkNumeral { none, digit, small_unit, big_unit, point };
/// Classifies `cp` (兆 counts as a big unit only in Japanese); `value` is the digit or the unit's power of ten.
CjkNumeral cjk_numeral(char32_t cp, int& value, const LangProfile& profile);

/// Digits at `pos` (ASCII or full-width) with "," groups of three and a "."/"．" fraction, followed by
/// CJK units (3万, 1.5亿). Nothing when no digit is at `pos` or the value does not fit.
std::optional<ParsedNumber> parse_arabic(std::string_view s, std::size_t pos, const LangProfile& profile);

/// A run of CJK numerals at `pos`, with a 点/點 fraction. `allow_leading_unit` accepts a run that starts
/// with 百/千/万 (as after 百分之). An invalid run (三四十, 十百) gives nothing.
std::optional<ParsedNumber> parse_cjk(std::string_view s, std::size_t pos, const LangProfile& profile,
                                      bool allow_leading_unit = false);

/// The offset after the run of CJK numeral characters at `pos`.
std::size_t cjk_run_end(std::string_view s, std::size_t pos, const LangProfile& profile);

/// Spelled-out English at `pos` ("twenty-four", "one hundred and five", "five million").
std::optional<ParsedNumber> parse_english(std::string_view s, std::size_t pos);

/// Applies a following "million"/"billion"/"thousand" (after one space) to `n`.
void apply_english_scale(std::string_view s, ParsedNumber& n);

/// An integer written in Arabic or CJK numerals (dates and times), at most `max_value`.
std::optional<ParsedNumber> parse_small_int(std::string_view s, std::size_t pos, const LangProfile& profile,
                                            long max_value);

}  // namespace concord::text::detail
