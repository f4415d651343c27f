#include "concord/text/datetimes.hpp"

#include "concord/text/dates.hpp"
#include "concord/text/times.hpp"

namespace concord::text::detail {
namespace {

// Where a time may start after a full date: "T09:00", " 09:00", "（金）9:00", " at 9 AM", ", 9:00".
std::size_t time_start_after_date(std::string_view s, std::size_t pos) {
  if (byte_at(s, pos) == 'T' && is_digit(byte_at(s, pos + 1))) return pos + 1;
  std::size_t p = pos;
  if (byte_at(s, p) == ',') ++p;
  p = skip_spaces(s, p);
  // A weekday in brackets: (金), （星期五）, (Fri).
  const bool ascii_paren = byte_at(s, p) == '(';
  if (ascii_paren || at(s, p, "（")) {
    std::size_t q = p + (ascii_paren ? 1 : 3);
    for (int chars = 0; chars < 6 && q < s.size(); ++chars) {
      if (byte_at(s, q) == ')' || at(s, q, "）")) break;
      if (digit_starts(s, q)) return pos;
      char_at(s, q, q);
    }
    if (byte_at(s, q) == ')') p = skip_spaces(s, q + 1);
    else if (at(s, q, "）")) p = skip_spaces(s, q + 3);
    else return pos;
  }
  if (at(s, p, "at ")) p = skip_spaces(s, p + 3);
  return p;
}

// The end of a range separator at `pos` (- – — ~ ～ 〜 "to" 至 から), or 0.
std::size_t range_separator_end(std::string_view s, std::size_t pos) {
  for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94", "~", "\xEF\xBD\x9E", "\xE3\x80\x9C", "至",
                                "から", "到"})
    if (at(s, pos, dash)) return pos + dash.size();
  if (at_word_ci(s, pos, "to")) return pos + 2;
  return 0;
}

Match date_match(const DateMatch& d) {
  if (d.silent) return silent_match(d.end);
  if (d.year_only)
    return make_match(EntityKind::number, d.end, std::to_string(d.date.year), static_cast<double>(d.date.year));
  return make_match(EntityKind::date, d.end, format_date(d.date));
}

// Joins a time that follows a full date into one datetime.
Match with_time(std::string_view s, const DateMatch& d, const LangProfile& profile) {
  if (d.silent || d.year_only || !d.date.full()) return date_match(d);
  const std::size_t t = time_start_after_date(s, d.end);
  auto time = match_time(s, t, profile);
  if (!time) return date_match(d);
  int shift = 0;
  const std::string clock = format_time(time->time, shift);
  const CivilDate date = add_days(d.date, shift);
  return make_match(EntityKind::datetime, time->end, format_date(date) + "T" + clock);
}

}  // namespace

std::optional<Match> match_date_at_number(std::string_view s, std::size_t pos, const LangProfile& profile) {
  std::optional<DateMatch> d;
  if (digit_starts(s, pos)) {
    d = match_numeric_date(s, pos);
    if (!d) d = match_english_date_at_day(s, pos);
  }
  if (!d) d = match_cjk_date(s, pos, profile);
  if (!d) return std::nullopt;
  return with_time(s, *d, profile);
}

std::optional<Match> match_date_at_month(std::string_view s, std::size_t pos, const LangProfile& profile) {
  auto d = match_english_date_at_month(s, pos);
  if (!d) return std::nullopt;
  return with_time(s, *d, profile);
}

std::optional<Match> match_time_entity(std::string_view s, std::size_t pos, const LangProfile& profile) {
  auto t = match_time(s, pos, profile);
  if (!t) return std::nullopt;
  // "9:00-18:00 JST": the zone after a range belongs to both of its times.
  if (!t->time.zoned) {
    const std::size_t dash = range_separator_end(s, skip_spaces(s, t->end));
    if (dash != 0) {
      auto other = match_time(s, skip_spaces(s, dash), profile);
      if (other && other->time.zoned) {
        t->time.zoned = true;
        t->time.offset_minutes = other->time.offset_minutes;
      }
    }
  }
  int shift = 0;
  return make_match(EntityKind::time, t->end, format_time(t->time, shift));
}

}  // namespace concord::text::detail
