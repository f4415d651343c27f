#pragma once
// Dates, times and the two together as entities: a date followed by a time is one datetime, in UTC
// when a zone is given (the date moves when the conversion crosses midnight).
#include <cstddef>
#include <optional>
#include <string_view>

#include "concord/text/match.hpp"
#include "concord/text/scan.hpp"

namespace concord::text::detail {

/// A date (or datetime) starting at a digit or a CJK numeral or era name.
std::optional<Match> match_date_at_number(std::string_view s, std::size_t pos, const LangProfile& profile);

/// A date (or datetime) starting at a capitalized English month name.
std::optional<Match> match_date_at_month(std::string_view s, std::size_t pos, const LangProfile& profile);

/// A time of day, with its zone.
std::optional<Match> match_time_entity(std::string_view s, std::size_t pos, const LangProfile& profile);

}  // namespace concord::text::detail
