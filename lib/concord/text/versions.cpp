#include "concord/text/versions.hpp"

#include "concord/text/scan.hpp"

namespace concord::text::detail {
namespace {

// Digits and dots at `pos` ("1.3", "3.0.1", "２"); the value with ASCII digits, and the number of parts.
std::size_t version_number(std::string_view s, std::size_t pos, std::string& value, int& parts) {
  std::size_t p = pos;
  parts = 0;
  while (true) {
    std::size_t len = 0;
    int d = digit_at(s, p, len);
    if (d < 0) break;
    ++parts;
    for (; d >= 0; d = digit_at(s, p, len)) {
      value += static_cast<char>('0' + d);
      p += len;
    }
    if (byte_at(s, p) == '.' && digit_starts(s, p + 1)) {
      value += '.';
      ++p;
      continue;
    }
    break;
  }
  return parts == 0 ? 0 : p;
}

}  // namespace

std::optional<Match> match_dotted_version(std::string_view s, std::size_t pos) {
  // Most numbers have no second dot: count before building anything.
  const std::size_t first_end = digits_end(s, pos);
  if (byte_at(s, first_end) != '.' || !is_digit(byte_at(s, first_end + 1))) return std::nullopt;
  const std::size_t second_end = digits_end(s, first_end + 1);
  if (byte_at(s, second_end) != '.' || !is_digit(byte_at(s, second_end + 1))) return std::nullopt;
  std::string value;
  int parts = 0;
  const std::size_t end = version_number(s, pos, value, parts);
  if (parts < 3) return std::nullopt;
  if (parts == 4) {
    // Four parts of at most 255 without leading zeros: an address, not a version.
    bool address = true;
    std::size_t start = 0;
    for (int i = 0; i < 4; ++i) {
      const std::size_t dot = value.find('.', start);
      const std::string_view part = std::string_view(value).substr(start, dot == std::string::npos ? dot : dot - start);
      if (part.size() > 3 || (part.size() > 1 && part[0] == '0')) {
        address = false;
        break;
      }
      int number = 0;
      for (char c : part) number = number * 10 + (c - '0');
      address = address && number <= 255;
      start = dot + 1;
    }
    if (address) return make_match(EntityKind::identifier, end, value);
  }
  return make_match(EntityKind::version, end, value);
}

std::optional<Match> version_at(std::string_view s, std::size_t pos, std::size_t end) {
  std::string value;
  int parts = 0;
  if (version_number(s, pos, value, parts) == 0) return std::nullopt;
  return make_match(EntityKind::version, end, std::move(value));
}

std::optional<Match> match_prefixed_version(std::string_view s, std::size_t pos) {
  std::size_t p = 0;
  if ((byte_at(s, pos) == 'v' || byte_at(s, pos) == 'V') && digit_starts(s, pos + 1)) {
    p = pos + 1;
  } else if (at_ci(s, pos, "version") || at_ci(s, pos, "ver")) {
    p = pos + (at_ci(s, pos, "version") ? 7 : 3);
    if (is_alpha(byte_at(s, p))) return std::nullopt;
    if (byte_at(s, p) == '.') ++p;
    p = skip_spaces(s, p);
  } else if (at(s, pos, "バージョン")) {
    p = skip_spaces(s, pos + 15);
  } else if (at(s, pos, "版本")) {
    p = pos + 6;
    if (at(s, p, "号") || at(s, p, "號")) p += 3;
    if (byte_at(s, p) == ':') ++p;
    else if (at(s, p, "：")) p += 3;
    p = skip_spaces(s, p);
  } else {
    return std::nullopt;
  }
  std::string value;
  int parts = 0;
  const std::size_t end = version_number(s, p, value, parts);
  if (end == 0 || is_alpha(byte_at(s, end))) return std::nullopt;
  return make_match(EntityKind::version, end, std::move(value));
}

}  // namespace concord::text::detail
