#include "concord/text/identifiers.hpp"

#include "concord/text/scan.hpp"

namespace concord::text::detail {
namespace {

// Digits with "-digits" parts and an optional ":year" ("27001", "800-53", "22239-2019",
// "27001:2013"); returns the end, or 0 when no digit is at `pos`.
std::size_t standard_number_end(std::string_view s, std::size_t pos, bool allow_dots = false) {
  std::size_t p = digits_end(s, pos);
  if (p == pos) return 0;
  while (true) {
    const char c = byte_at(s, p);
    if ((c == '-' || (allow_dots && c == '.')) && is_digit(byte_at(s, p + 1))) {
      p = digits_end(s, p + 1);
    } else if (c == ':' && is_digit(byte_at(s, p + 1)) && digits_end(s, p + 1) == p + 5) {
      p += 5;
    } else {
      break;
    }
  }
  if (is_alnum(byte_at(s, p))) return 0;
  return p;
}

// One optional space between a prefix and its number.
std::size_t optional_space(std::string_view s, std::size_t pos) {
  return byte_at(s, pos) == ' ' ? pos + 1 : pos;
}

Match id(std::size_t end, std::string value) { return make_match(EntityKind::identifier, end, std::move(value)); }

std::optional<Match> prefixed(std::string_view s, std::string_view prefix, std::size_t number_pos,
                              bool allow_dots = false) {
  const std::size_t end = standard_number_end(s, number_pos, allow_dots);
  if (end == 0) return std::nullopt;
  std::string value(prefix);
  value += ' ';
  value.append(s.substr(number_pos, end - number_pos));
  return id(end, std::move(value));
}

}  // namespace

std::optional<Match> match_standard_id(std::string_view s, std::size_t pos) {
  std::size_t word_end = pos;
  while (word_end < s.size() && is_upper(s[word_end])) ++word_end;
  if (word_end - pos < 2 || is_lower(byte_at(s, word_end))) return std::nullopt;
  const std::string_view word = s.substr(pos, word_end - pos);

  // CVE-2024-27280 (a year and a sequence of four or more digits), CWE-79.
  if ((word == "CVE" || word == "CWE") && byte_at(s, word_end) == '-') {
    const std::size_t first_end = digits_end(s, word_end + 1);
    std::size_t end = first_end;
    if (word == "CVE") {
      if (first_end != word_end + 5 || byte_at(s, first_end) != '-') return std::nullopt;
      end = digits_end(s, first_end + 1);
      if (end < first_end + 5) return std::nullopt;
    } else if (first_end == word_end + 1) {
      return std::nullopt;
    }
    if (is_alnum(byte_at(s, end))) return std::nullopt;
    return id(end, std::string(s.substr(pos, end - pos)));
  }
  if (word == "ISO" || word == "IEC") {
    std::string prefix(word);
    std::size_t p = word_end;
    for (std::string_view part : {"/IEC", "/TS", "/TR"})
      if (at(s, p, part) && !is_alpha(byte_at(s, p + part.size()))) {
        prefix += part;
        p += part.size();
      }
    return prefixed(s, prefix, optional_space(s, p));
  }
  if (word == "RFC" || word == "FIPS") return prefixed(s, word, optional_space(s, word_end));
  if (word == "IEEE") return prefixed(s, word, optional_space(s, word_end), /*allow_dots=*/true);
  if (word == "NIST" || word == "SP") {
    std::size_t p = word_end;
    if (word == "NIST") {
      if (at(s, p, " SP")) p = optional_space(s, p + 3);
      else p = optional_space(s, p);
    } else {
      p = optional_space(s, p);
    }
    return prefixed(s, "NIST SP", p);
  }
  if (word == "SOC") {
    const std::size_t p = optional_space(s, word_end);
    const char d = byte_at(s, p);
    if (d < '1' || d > '3' || is_alnum(byte_at(s, p + 1))) return std::nullopt;
    return id(p + 1, std::string("SOC ") + d);
  }
  if (word == "GB") {
    std::string prefix = "GB";
    std::size_t p = word_end;
    if ((at(s, p, "/T") || at(s, p, "/Z")) && !is_alpha(byte_at(s, p + 2))) {
      prefix.append(s.substr(p, 2));
      p += 2;
    }
    return prefixed(s, prefix, optional_space(s, p));
  }
  if (word == "JIS" && byte_at(s, word_end) == ' ' && is_upper(byte_at(s, word_end + 1)) &&
      byte_at(s, word_end + 2) == ' ') {
    std::string prefix = "JIS ";
    prefix += s[word_end + 1];
    return prefixed(s, prefix, word_end + 3);
  }
  // A certificate or registration number: an all-caps word, one space, five or more digits.
  if (byte_at(s, word_end) == ' ') {
    const std::size_t digits_start = word_end + 1;
    const std::size_t end = digits_end(s, digits_start);
    const char after = byte_at(s, end);
    const bool continues = (after == '.' || after == ',' || after == '-') && is_digit(byte_at(s, end + 1));
    if (end - digits_start >= 5 && !is_alnum(after) && !continues)
      return id(end, std::string(s.substr(pos, end - pos)));
  }
  return std::nullopt;
}

std::optional<Match> match_digit_id(std::string_view s, std::size_t pos) {
  const bool plus = byte_at(s, pos) == '+';
  std::size_t p = plus ? pos + 1 : pos;
  if (!is_digit(byte_at(s, p))) return std::nullopt;
  int groups = 0;
  int total = 0;
  int longest = 0;
  bool leading_zero = false;
  int first_len = 0;
  int second_len = 0;
  std::string value = plus ? "+" : "";
  std::size_t end = p;
  while (true) {
    const std::size_t group_end = digits_end(s, p);
    const int len = static_cast<int>(group_end - p);
    if (len == 0) break;
    ++groups;
    total += len;
    if (len > longest) longest = len;
    if (len >= 2 && s[p] == '0') leading_zero = true;
    if (groups == 1) first_len = len;
    if (groups == 2) second_len = len;
    if (groups > 1) value += '-';
    value.append(s.substr(p, group_end - p));
    end = group_end;
    const char sep = byte_at(s, group_end);
    if ((sep == '-' || (plus && sep == ' ')) && is_digit(byte_at(s, group_end + 1))) {
      p = group_end + 1;
      continue;
    }
    break;
  }
  if (is_alnum(byte_at(s, end)) || (byte_at(s, end) == '.' && is_digit(byte_at(s, end + 1)))) return std::nullopt;
  if (plus) {
    if (total < 8) return std::nullopt;
    return id(end, std::move(value));
  }
  if (groups < 2 || total < 7) return std::nullopt;
  // 2019-2024 is a range of years, 1000-5000 a range of numbers; phone numbers have a third group,
  // a long group, or a leading zero (021-52392626, 650-903-0875).
  if (groups == 2 && first_len == 4 && second_len == 4 && !leading_zero) return std::nullopt;
  if (groups < 3 && longest < 7 && !leading_zero) return std::nullopt;
  return id(end, std::move(value));
}

}  // namespace concord::text::detail
