#pragma once
// Exact decimal values for the numbers found in text: "1.5亿" and "$5.5 million" scale without
// the rounding a double would add, and print in the shortest form ("150000000", "0.5").
#include <cstdint>
#include <string>

namespace concord::text::detail {

struct Decimal {
  std::uint64_t mantissa = 0;
  int exponent = 0;  // value = mantissa × 10^exponent

  /// Appends a digit to the integer part; false when the value no longer fits.
  bool push_digit(int digit);
  /// Appends a digit after the decimal point; false when the value no longer fits.
  bool push_fraction_digit(int digit);
  /// Multiplies by 10^power.
  Decimal scaled(int power) const { return Decimal{mantissa, exponent + power}; }

  bool is_integer() const;
  /// The integer value, or -1 when the value is not a (small enough) integer.
  long long as_integer() const;

  /// Shortest decimal form without exponent: "24", "1234.5", "0.5", "150000000".
  std::string to_string() const;
  double to_double() const;
  /// The value of `text`, which must be this decimal's to_string() (saves printing twice).
  double to_double(const std::string& text) const;
};

Decimal decimal_from_integer(std::uint64_t value);

}  // namespace concord::text::detail
