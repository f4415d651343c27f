#pragma once
// Calendar dates as written in the four languages: ISO and slashed numerals, 年月日 with Arabic or
// CJK numerals, Japanese eras (令和6年), and English month names in either order.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "concord/text/scan.hpp"

namespace concord::text::detail {

struct CivilDate {
  int year = 0;   // 0: a day of a month, no year ("--12-27")
  int month = 0;
  int day = 0;    // 0: a month of a year ("2024-12")
  bool full() const { return year != 0 && month != 0 && day != 0; }
};

struct DateMatch {
  CivilDate date;
  std::size_t end = 0;
  bool year_only = false;  // 令和6年: a year, which is a number
  bool silent = false;     // a date that cannot be read safely (3/4/2024: March 4 or 3 April?)
};

/// At a digit: 2024-12-27, 2024/12/27, 2024.12.27, 12/27/2024, 27.12.2024.
std::optional<DateMatch> match_numeric_date(std::string_view s, std::size_t pos);

/// At a digit, a CJK numeral or an era name: 2024年12月27日, 二〇二四年十二月二十七日, 12月27日,
/// 2024年12月, 令和6年12月27日, 令和元年.
std::optional<DateMatch> match_cjk_date(std::string_view s, std::size_t pos, const LangProfile& profile);

/// At a capitalized month name: "December 27, 2024", "Dec. 27", "December 2024".
std::optional<DateMatch> match_english_date_at_month(std::string_view s, std::size_t pos);

/// At a digit: "27 December 2024", "27th Dec 2024", "27 December".
std::optional<DateMatch> match_english_date_at_day(std::string_view s, std::size_t pos);

/// 1..12 for a capitalized English month name or abbreviation ("Sept"), 0 otherwise.
int english_month(std::string_view word);

int days_in_month(int year, int month);

/// The date `days` days later (or earlier when negative).
CivilDate add_days(CivilDate date, int days);

/// "2024-12-27", "2024-12", "--12-27".
std::string format_date(const CivilDate& date);

}  // namespace concord::text::detail
