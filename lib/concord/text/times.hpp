#pragma once
// Clock times: "09:00", "9:00 AM PST", "18:00 (JST)", "UTC+8", "9时30分", "午後3時", with the zone
// turned into an offset so that times compare in UTC.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "concord/text/scan.hpp"

namespace concord::text::detail {

struct ClockTime {
  int hour = 0;
  int minute = 0;
  int second = -1;  // -1: not written
  bool zoned = false;
  int offset_minutes = 0;  // local time minus UTC
};

struct TimeMatch {
  ClockTime time;
  std::size_t end = 0;
};

/// At a digit, a CJK numeral, or 午前/午後/上午/下午.
std::optional<TimeMatch> match_time(std::string_view s, std::size_t pos, const LangProfile& profile);

/// "HH:MM", "HH:MM:SS", with "Z" when zoned (converted to UTC). `day_shift` receives -1, 0 or +1
/// when the conversion crosses midnight.
std::string format_time(const ClockTime& time, int& day_shift);

}  // namespace concord::text::detail
