#pragma once
// What a number is in its sentence, decided by what surrounds it: "%" or 百分之 make a percentage,
// currency words or signs an amount, time units a duration, "rd" an ordinal; CJK numerals count
// only where a careful reader sees a quantity (一 of 一些 or 唯一 is not one).
#include <cstddef>
#include <optional>
#include <string_view>

#include "concord/text/match.hpp"
#include "concord/text/numerals.hpp"
#include "concord/text/scan.hpp"

namespace concord::text::detail {

/// The entity a number read at `begin` forms with what follows it, or a silent match when the
/// number is not a quantity (the 一 of 一些, "one" of "one of the users", the 256 of English AES-256).
Match finish_number(std::string_view s, std::size_t begin, ParsedNumber n, const LangProfile& profile);

/// Whether the character at `pos` can make a lone CJK numeral before it a quantity: a unit, a
/// counter, a currency, 年 月 日 时 点, a percent sign or a bracketed confirmation. 一 in 一些 or
/// 唯一 fails this test with one table lookup.
bool may_qualify_cjk_numeral(std::string_view s, std::size_t pos);

/// An amount introduced by its currency: "$5", "US$5", "USD 5", "€10", "¥100", "人民币5元".
std::optional<Match> match_currency_prefix(std::string_view s, std::size_t pos, const LangProfile& profile);

/// "百分之九十九点九", "百分之5".
std::optional<Match> match_chinese_percent(std::string_view s, std::size_t pos, const LangProfile& profile);

}  // namespace concord::text::detail
