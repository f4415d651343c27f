#include "concord/text/times.hpp"

#include <cstdio>

#include "concord/text/numerals.hpp"

namespace concord::text::detail {
namespace {

struct Zone {
  std::string_view name;
  int offset_minutes;
};

constexpr Zone kZones[] = {
    {"UTC", 0},     {"GMT", 0},     {"JST", 540},   {"KST", 540},   {"HKT", 480},  {"SGT", 480},
    {"BJT", 480},   {"CDT", -300},  {"EST", -300},  {"EDT", -240},  {"MST", -420}, {"MDT", -360},
    {"PST", -480},  {"PDT", -420},  {"CET", 60},    {"CEST", 120},  {"EET", 120},  {"EEST", 180},
    {"WET", 0},     {"AEST", 600},  {"AEDT", 660},
};

constexpr Zone kCjkZones[] = {
    {"日本時間", 540}, {"日本时间", 540}, {"北京时间", 480}, {"北京時間", 480},  {"台北時間", 480},
    {"臺北時間", 480}, {"协调世界时", 0}, {"協調世界時", 0}, {"世界標準時", 0},
};

bool colon_at(std::string_view s, std::size_t pos, std::size_t& len) {
  if (byte_at(s, pos) == ':') {
    len = 1;
    return true;
  }
  if (at(s, pos, "\xEF\xBC\x9A")) {  // ：
    len = 3;
    return true;
  }
  return false;
}

// Exactly two digits at `pos`.
int two_digits(std::string_view s, std::size_t& pos) {
  std::size_t p = pos;
  int count = 0;
  const long v = read_int(s, p, 2, &count);
  if (v < 0 || count != 2) return -1;
  pos = p;
  return static_cast<int>(v);
}

// "+8", "+08:00", "+0900", "-5" at `pos`; returns the end, or 0.
std::size_t offset_at(std::string_view s, std::size_t pos, int& minutes) {
  const char sign = byte_at(s, pos);
  if (sign != '+' && sign != '-' && !at(s, pos, "\xE2\x88\x92")) return 0;  // − minus sign
  std::size_t p = pos + (sign == '+' || sign == '-' ? 1 : 3);
  int digits = 0;
  long hours = read_int(s, p, 4, &digits);
  if (hours < 0) return 0;
  long mins = 0;
  if (digits == 4) {
    mins = hours % 100;
    hours /= 100;
  } else if (digits <= 2) {
    std::size_t colon = 0;
    if (colon_at(s, p, colon)) {
      std::size_t q = p + colon;
      const int m = two_digits(s, q);
      if (m >= 0) {
        mins = m;
        p = q;
      }
    }
  } else {
    return 0;
  }
  if (hours > 14 || mins > 59) return 0;
  minutes = static_cast<int>(hours * 60 + mins) * (sign == '+' ? 1 : -1);
  return p;
}

// A zone after a time: "Z", "+09:00" directly; " UTC", " (JST)", "（UTC+9）", " 日本時間" after spaces.
std::size_t zone_at(std::string_view s, std::size_t pos, const LangProfile& profile, int& minutes) {
  if (byte_at(s, pos) == 'Z' && !is_alnum(byte_at(s, pos + 1))) {
    minutes = 0;
    return pos + 1;
  }
  if (byte_at(s, pos) == '+' || byte_at(s, pos) == '-')
    if (const std::size_t end = offset_at(s, pos, minutes)) return end;

  std::size_t p = skip_spaces(s, pos);
  bool paren = false;
  if (byte_at(s, p) == '(' || at(s, p, "（")) {
    p += byte_at(s, p) == '(' ? 1 : 3;
    p = skip_spaces(s, p);
    paren = true;
  }
  std::size_t end = 0;
  if (is_upper(byte_at(s, p))) {
    const std::size_t word_end = letters_end(s, p);
    const std::string_view word = s.substr(p, word_end - p);
    bool known = false;
    if (word == "CST") {
      // China Standard Time in Chinese and Japanese text, US Central elsewhere.
      minutes = profile.cjk() ? 480 : -360;
      known = true;
    }
    for (const Zone& z : kZones)
      if (!known && word == z.name) {
        minutes = z.offset_minutes;
        known = true;
      }
    if (!known) return 0;
    end = word_end;
    if (word == "UTC" || word == "GMT") {
      int offset = 0;
      if (const std::size_t after = offset_at(s, end, offset)) {
        minutes = offset;
        end = after;
      }
    }
    if (is_alnum(byte_at(s, end))) return 0;
  } else {
    for (const Zone& z : kCjkZones)
      if (at(s, p, z.name)) {
        minutes = z.offset_minutes;
        end = p + z.name.size();
        break;
      }
    if (end == 0) return 0;
  }
  if (paren) {
    const std::size_t close = skip_spaces(s, end);
    if (byte_at(s, close) == ')') return close + 1;
    if (at(s, close, "）")) return close + 3;
    return 0;
  }
  return end;
}

// "AM", "pm", "a.m.", "P.M." at `pos`; returns the end, or 0. `pm` tells which.
std::size_t meridiem_at(std::string_view s, std::size_t pos, bool& pm) {
  const char c = to_lower(byte_at(s, pos));
  if (c != 'a' && c != 'p') return 0;
  pm = c == 'p';
  if (to_lower(byte_at(s, pos + 1)) == 'm' && !is_alnum(byte_at(s, pos + 2))) return pos + 2;
  if (byte_at(s, pos + 1) == '.' && to_lower(byte_at(s, pos + 2)) == 'm' && byte_at(s, pos + 3) == '.')
    return pos + 4;
  return 0;
}

bool apply_meridiem(ClockTime& t, bool pm) {
  if (t.hour < 1 || t.hour > 12) return false;
  if (pm && t.hour < 12) t.hour += 12;
  if (!pm && t.hour == 12) t.hour = 0;
  return true;
}

// 9:00, 09:00:30, ９：００. Returns the end, or 0.
std::size_t colon_form(std::string_view s, std::size_t pos, ClockTime& t) {
  std::size_t p = pos;
  const long hour = read_int(s, p, 2);
  std::size_t colon = 0;
  if (hour < 0 || !colon_at(s, p, colon)) return 0;
  p += colon;
  const int minute = two_digits(s, p);
  if (minute < 0) return 0;
  t.hour = static_cast<int>(hour);
  t.minute = minute;
  if (colon_at(s, p, colon) && digit_starts(s, p + colon)) {
    std::size_t q = p + colon;
    const int second = two_digits(s, q);
    if (second < 0) return 0;
    t.second = second;
    p = q;
    // Fractions of a second are dropped.
    if (byte_at(s, p) == '.' && is_digit(byte_at(s, p + 1))) p = digits_end(s, p + 1);
  }
  if (digit_starts(s, p) || (colon_at(s, p, colon) && digit_starts(s, p + colon))) return 0;
  return p;
}

// 9时30分, 9點30分, 九時半; an hour alone (15時) only after 午前/午後 (`prefixed`) or before a
// Japanese particle of time.
std::size_t cjk_form(std::string_view s, std::size_t pos, const LangProfile& profile, bool prefixed, ClockTime& t) {
  auto hour = parse_small_int(s, pos, profile, 24);
  if (!hour) return 0;
  std::size_t p = skip_spaces(s, hour->end);
  const bool point_marker = at(s, p, "点") || at(s, p, "點");
  if (!point_marker && !at(s, p, "时") && !at(s, p, "時")) return 0;
  p += 3;
  if (at(s, p, "間") || at(s, p, "间") || at(s, p, "点") || at(s, p, "點") || at(s, p, "代") || at(s, p, "期"))
    return 0;  // 24時間 (a duration), 時点, 時代
  t.hour = static_cast<int>(hour->value.as_integer());
  if (at(s, p, "半")) {
    t.minute = 30;
    return p + 3;
  }
  const std::size_t q = skip_spaces(s, p);
  if (auto minute = parse_small_int(s, q, profile, 59)) {
    const std::size_t r = skip_spaces(s, minute->end);
    if (at(s, r, "分") && !at(s, r + 3, "钟") && !at(s, r + 3, "鐘") && !at(s, r + 3, "間")) {
      t.minute = static_cast<int>(minute->value.as_integer());
      std::size_t end = r + 3;
      const std::size_t u = skip_spaces(s, end);
      if (auto second = parse_small_int(s, u, profile, 59)) {
        const std::size_t v = skip_spaces(s, second->end);
        if (at(s, v, "秒")) {
          t.second = static_cast<int>(second->value.as_integer());
          end = v + 3;
        }
      }
      return end;
    }
  }
  if (prefixed) return p;
  // "9時から": an hour alone is a time in Japanese when a particle of time follows; 点 alone is
  // too often a count (三点 = three points) to read as a time.
  if (profile.ja && !point_marker && !hour->cjk) {
    for (std::string_view particle : {"に", "から", "まで", "〜", "～", "以降", "より", "頃", "ごろ"})
      if (at(s, p, particle)) return p;
  }
  return 0;
}

bool valid_clock(const ClockTime& t) {
  if (t.minute > 59 || t.second > 60) return false;
  if (t.hour == 24) return t.minute == 0 && t.second <= 0;
  return t.hour >= 0 && t.hour <= 23;
}

}  // namespace

std::optional<TimeMatch> match_time(std::string_view s, std::size_t pos, const LangProfile& profile) {
  ClockTime t;
  std::size_t p = pos;
  int prefix = 0;  // 1 morning (午前, 上午), 2 afternoon (午後, 下午)
  if (at(s, pos, "午前") || at(s, pos, "上午")) prefix = 1;
  if (at(s, pos, "午後") || at(s, pos, "下午")) prefix = 2;
  if (prefix != 0) p = skip_spaces(s, pos + 6);
  std::size_t end = colon_form(s, p, t);
  if (end != 0 && prefix == 0) {
    const std::size_t m = skip_spaces(s, end);
    bool pm = false;
    if (const std::size_t after = meridiem_at(s, m, pm); after != 0 && m - end <= 1) {
      if (!apply_meridiem(t, pm)) return std::nullopt;
      end = after;
    }
  }
  if (end == 0) end = cjk_form(s, p, profile, prefix != 0, t);
  if (end == 0 && prefix == 0 && digit_starts(s, p)) {
    // "9am", "9 p.m."
    std::size_t q = p;
    const long hour = read_int(s, q, 2);
    const std::size_t m = byte_at(s, q) == ' ' ? q + 1 : q;
    bool pm = false;
    const std::size_t after = hour >= 0 ? meridiem_at(s, m, pm) : 0;
    if (after == 0) return std::nullopt;
    t.hour = static_cast<int>(hour);
    if (!apply_meridiem(t, pm)) return std::nullopt;
    end = after;
  }
  if (end == 0) return std::nullopt;
  if (prefix != 0 && !apply_meridiem(t, prefix == 2)) {
    if (!(prefix == 1 && t.hour == 0)) return std::nullopt;  // 午前0時
  }
  if (!valid_clock(t)) return std::nullopt;
  int minutes = 0;
  if (const std::size_t zone_end = zone_at(s, end, profile, minutes)) {
    t.zoned = true;
    t.offset_minutes = minutes;
    end = zone_end;
  }
  return TimeMatch{t, end};
}

std::string format_time(const ClockTime& time, int& day_shift) {
  int total = time.hour * 60 + time.minute - (time.zoned ? time.offset_minutes : 0);
  day_shift = 0;
  while (total < 0) {
    total += 1440;
    --day_shift;
  }
  while (total >= 1440) {
    total -= 1440;
    ++day_shift;
  }
  char buf[32];
  if (time.second >= 0)
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d%s", total / 60, total % 60, time.second, time.zoned ? "Z" : "");
  else
    std::snprintf(buf, sizeof buf, "%02d:%02d%s", total / 60, total % 60, time.zoned ? "Z" : "");
  return buf;
}

}  // namespace concord::text::detail
