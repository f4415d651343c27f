#include "concord/text/decimal.hpp"

#include <charconv>
#include <limits>

namespace concord::text::detail {
namespace {
constexpr std::uint64_t kMaxBeforeDigit = (std::numeric_limits<std::uint64_t>::max() - 9) / 10;
constexpr int kMaxPrintedExponent = 40;  // beyond this a "number" in text is not a quantity
}  // namespace

bool Decimal::push_digit(int digit) {
  if (exponent > 0) return false;  // a scaled value takes no more digits
  if (mantissa > kMaxBeforeDigit) return false;
  mantissa = mantissa * 10 + static_cast<std::uint64_t>(digit);
  return true;
}

bool Decimal::push_fraction_digit(int digit) {
  if (!push_digit(digit)) return false;
  --exponent;
  return true;
}

bool Decimal::is_integer() const {
  if (exponent >= 0) return true;
  std::uint64_t m = mantissa;
  for (int e = exponent; e < 0; ++e) {
    if (m % 10 != 0) return false;
    m /= 10;
  }
  return true;
}

long long Decimal::as_integer() const {
  if (!is_integer()) return -1;
  std::uint64_t m = mantissa;
  for (int e = exponent; e < 0; ++e) m /= 10;
  for (int e = 0; e < exponent; ++e) {
    if (m > std::numeric_limits<std::uint64_t>::max() / 10) return -1;
    m *= 10;
  }
  if (m > static_cast<std::uint64_t>(std::numeric_limits<long long>::max())) return -1;
  return static_cast<long long>(m);
}

std::string Decimal::to_string() const {
  std::uint64_t m = mantissa;
  int e = exponent;
  if (m == 0) return "0";
  while (e < 0 && m % 10 == 0) {
    m /= 10;
    ++e;
  }
  std::string digits = std::to_string(m);
  if (e >= 0) {
    if (e > kMaxPrintedExponent) e = kMaxPrintedExponent;
    digits.append(static_cast<std::size_t>(e), '0');
    return digits;
  }
  const auto frac = static_cast<std::size_t>(-e);
  if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
  digits.insert(digits.size() - frac, 1, '.');
  return digits;
}

double Decimal::to_double() const { return to_double(to_string()); }

double Decimal::to_double(const std::string& text) const {
  if (exponent == 0) return static_cast<double>(mantissa);
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

Decimal decimal_from_integer(std::uint64_t value) { return Decimal{value, 0}; }

}  // namespace concord::text::detail
