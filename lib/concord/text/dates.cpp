#include "concord/text/dates.hpp"

#include <cstdio>

#include "concord/text/numerals.hpp"

namespace concord::text::detail {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool valid(const CivilDate& d) {
  if (d.month < 1 || d.month > 12) return false;
  if (d.day == 0) return d.year != 0;
  return d.day >= 1 && d.day <= days_in_month(d.year == 0 ? 2000 : d.year, d.month);
}

std::optional<DateMatch> checked(CivilDate date, std::size_t end) {
  if (!valid(date)) return std::nullopt;
  DateMatch m;
  m.date = date;
  m.end = end;
  return m;
}

// An ordinal suffix after a day number ("27th"), when it ends the word.
std::size_t skip_day_suffix(std::string_view s, std::size_t pos) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"})
    if (at_word_ci(s, pos, suffix)) return pos + 2;
  return pos;
}

// A four-digit year at `pos` that is not the start of something longer (a time, a larger number).
bool year_at(std::string_view s, std::size_t pos, int& year, std::size_t& end) {
  std::size_t p = pos;
  int count = 0;
  const long value = read_int(s, p, 4, &count);
  if (value < 1000 || value > 2999 || count != 4) return false;
  if (byte_at(s, p) == ':' || is_alpha(byte_at(s, p)) || (byte_at(s, p) == ',' && is_digit(byte_at(s, p + 1))))
    return false;
  year = static_cast<int>(value);
  end = p;
  return true;
}

struct Era {
  std::string_view name;
  int year_before_first;
};
// Japanese eras, and the Republic of China calendar used in Taiwan (民國113年 = 2024).
constexpr Era kEras[] = {{"令和", 2018}, {"平成", 1988}, {"昭和", 1925}, {"大正", 1911}, {"民國", 1911}, {"民国", 1911}};

// 日, or 号/號 (the colloquial day marker) after a day number; returns the end, or 0.
std::size_t match_any_day_marker(std::string_view s, std::size_t pos) {
  for (std::string_view marker : {"日", "号", "號"})
    if (at(s, pos, marker)) return pos + marker.size();
  return 0;
}

std::size_t month_word_end(std::string_view s, std::size_t pos, int& month) {
  const std::size_t end = letters_end(s, pos);
  month = english_month(s.substr(pos, end - pos));
  if (month == 0) return 0;
  // An abbreviation may carry its period: "Dec. 27".
  if (byte_at(s, end) == '.' && end - pos <= 4) return end + 1;
  return end;
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

CivilDate add_days(CivilDate date, int days) {
  for (; days > 0; --days) {
    if (++date.day > days_in_month(date.year, date.month)) {
      date.day = 1;
      if (++date.month > 12) {
        date.month = 1;
        ++date.year;
      }
    }
  }
  for (; days < 0; ++days) {
    if (--date.day < 1) {
      if (--date.month < 1) {
        date.month = 12;
        --date.year;
      }
      date.day = days_in_month(date.year, date.month);
    }
  }
  return date;
}

std::string format_date(const CivilDate& date) {
  char buf[32];
  if (date.year == 0) std::snprintf(buf, sizeof buf, "--%02d-%02d", date.month, date.day);
  else if (date.day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", date.year, date.month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

int english_month(std::string_view word) {
  static constexpr std::string_view kNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3 || !is_upper(word[0])) return 0;
  for (int i = 0; i < 12; ++i) {
    const std::string_view name = kNames[i];
    if (word.size() == name.size() && at_ci(word, 0, name)) return i + 1;
    if (word.size() == 3 && at_ci(word, 0, name.substr(0, 3))) return i + 1;
  }
  if (word.size() == 4 && at_ci(word, 0, "sept")) return 9;
  return 0;
}

std::optional<DateMatch> match_numeric_date(std::string_view s, std::size_t pos) {
  std::size_t p = pos;
  int first_digits = 0;
  const long first = read_int(s, p, 4, &first_digits);
  if (first < 0) return std::nullopt;
  const char sep = byte_at(s, p);
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  std::size_t q = p + 1;
  int second_digits = 0;
  const long second = read_int(s, q, 2, &second_digits);
  if (second < 0 || byte_at(s, q) != sep) return std::nullopt;
  std::size_t r = q + 1;
  int third_digits = 0;
  const long third = read_int(s, r, 4, &third_digits);
  if (third < 0) return std::nullopt;
  // Not part of something longer: 1.2.3.4 (a version or address), 2024-12-27-01.
  if (digit_starts(s, r) || ((byte_at(s, r) == sep || byte_at(s, r) == '.') && digit_starts(s, r + 1)))
    return std::nullopt;
  if (is_alpha(byte_at(s, r)) && !(byte_at(s, r) == 'T' && is_digit(byte_at(s, r + 1)))) return std::nullopt;

  if (first_digits == 4 && third_digits <= 2) {
    if (first < 1000 || first > 2999) return std::nullopt;
    return checked({static_cast<int>(first), static_cast<int>(second), static_cast<int>(third)}, r);
  }
  if (first_digits > 2 || third_digits != 4 || third < 1000 || third > 2999) return std::nullopt;
  const int year = static_cast<int>(third);
  const int a = static_cast<int>(first);
  const int b = static_cast<int>(second);
  if (sep != '/') return checked({year, b, a}, r);  // 27.12.2024, 27-12-2024: day first
  if (a > 12 && b <= 12) return checked({year, b, a}, r);
  if (b > 12 && a <= 12) return checked({year, a, b}, r);
  if (a == b) return checked({year, a, b}, r);
  // 3/4/2024: March 4 in the US, 3 April elsewhere. Consumed, not guessed.
  if (a < 1 || b < 1 || a > 12 || b > 12) return std::nullopt;
  DateMatch m;
  m.end = r;
  m.silent = true;
  return m;
}

std::optional<DateMatch> match_cjk_date(std::string_view s, std::size_t pos, const LangProfile& profile) {
  CivilDate date;
  std::size_t p = pos;
  bool era = false;
  for (const Era& e : kEras) {
    if (!at(s, pos, e.name)) continue;
    p = skip_spaces(s, pos + e.name.size());
    int year_in_era = 0;
    if (at(s, p, "前")) return std::nullopt;  // 民國前: years before the era
    if (at(s, p, "元")) {  // 令和元年: the first year
      year_in_era = 1;
      p += 3;
    } else {
      auto n = parse_small_int(s, p, profile, 199);
      if (!n || n->value.as_integer() < 1) return std::nullopt;
      year_in_era = static_cast<int>(n->value.as_integer());
      p = n->end;
    }
    p = skip_spaces(s, p);
    if (!at(s, p, "年")) return std::nullopt;
    date.year = e.year_before_first + year_in_era;
    p += 3;
    era = true;
    break;
  }

  if (!era) {
    auto n = parse_small_int(s, pos, profile, 9999);
    if (!n) return std::nullopt;
    const long long v = n->value.as_integer();
    std::size_t q = skip_spaces(s, n->end);
    const bool four_digit_year = n->cjk ? v >= 1000 : n->int_digits == 4;
    if (four_digit_year && v >= 1000 && v <= 2999 && at(s, q, "年")) {
      date.year = static_cast<int>(v);
      p = q + 3;
    } else if (v >= 1 && v <= 12 && at(s, q, "月")) {
      // A day of a month without its year: 12月27日.
      date.month = static_cast<int>(v);
      std::size_t r = skip_spaces(s, q + 3);
      auto day = parse_small_int(s, r, profile, 31);
      if (!day) return std::nullopt;
      r = skip_spaces(s, day->end);
      const std::size_t end = match_any_day_marker(s, r);
      if (end == 0) return std::nullopt;
      date.day = static_cast<int>(day->value.as_integer());
      return checked(date, end);
    } else {
      return std::nullopt;
    }
  }

  const std::size_t after_year = p;
  std::size_t q = skip_spaces(s, p);
  auto month = parse_small_int(s, q, profile, 12);
  std::size_t r = month ? skip_spaces(s, month->end) : q;
  if (!month || !at(s, r, "月") || month->value.as_integer() < 1) {
    if (!era) return std::nullopt;  // 2024年 alone is a number, read as one
    DateMatch m;
    m.date = date;
    m.end = after_year;
    m.year_only = true;
    return m;
  }
  date.month = static_cast<int>(month->value.as_integer());
  const std::size_t after_month = r + 3;
  std::size_t t = skip_spaces(s, after_month);
  auto day = parse_small_int(s, t, profile, 31);
  if (day) {
    const std::size_t u = skip_spaces(s, day->end);
    if (const std::size_t end = match_any_day_marker(s, u)) {
      date.day = static_cast<int>(day->value.as_integer());
      return checked(date, end);
    }
  }
  return checked(date, after_month);
}

std::optional<DateMatch> match_english_date_at_month(std::string_view s, std::size_t pos) {
  int month = 0;
  const std::size_t word_end = month_word_end(s, pos, month);
  if (word_end == 0) return std::nullopt;
  const std::size_t p = skip_spaces(s, word_end);
  if (p == word_end) return std::nullopt;
  int year = 0;
  std::size_t end = 0;
  if (year_at(s, p, year, end)) return checked({year, month, 0}, end);
  std::size_t q = p;
  int digits = 0;
  const long day = read_int(s, q, 2, &digits);
  if (day < 1 || day > 31 || digit_starts(s, q)) return std::nullopt;
  if (byte_at(s, q) == ':' || byte_at(s, q) == '.') return std::nullopt;  // "May 3:00", "March 3.5"
  q = skip_day_suffix(s, q);
  if (is_alpha(byte_at(s, q))) return std::nullopt;
  std::size_t r = q;
  if (byte_at(s, r) == ',') ++r;
  const std::size_t y = skip_spaces(s, r);
  if (y != r && year_at(s, y, year, end)) return checked({year, month, static_cast<int>(day)}, end);
  return checked({0, month, static_cast<int>(day)}, q);
}

std::optional<DateMatch> match_english_date_at_day(std::string_view s, std::size_t pos) {
  std::size_t p = pos;
  const long day = read_int(s, p, 2);
  if (day < 1 || day > 31) return std::nullopt;
  p = skip_day_suffix(s, p);
  std::size_t q = skip_spaces(s, p);
  if (q == p) return std::nullopt;
  if (at(s, q, "of ")) q = skip_spaces(s, q + 3);
  if (!is_upper(byte_at(s, q))) return std::nullopt;
  int month = 0;
  const std::size_t word_end = month_word_end(s, q, month);
  if (word_end == 0) return std::nullopt;
  std::size_t r = word_end;
  if (byte_at(s, r) == ',') ++r;
  const std::size_t y = skip_spaces(s, r);
  int year = 0;
  std::size_t end = 0;
  if (y != r && year_at(s, y, year, end)) return checked({year, month, static_cast<int>(day)}, end);
  return checked({0, month, static_cast<int>(day)}, word_end);
}

}  // namespace concord::text::detail
