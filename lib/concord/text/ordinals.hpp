#pragma once
// Numbering of a text's parts and ordinals: 第五條 → "5", 第五条之一 → "5-1", 第5条第2款 → "5(2)",
// "Article 4" → "4", "Section 2(a)" → "2(a)", "§ 3" → "3". 第三方 (a third party) is nothing.
#include <cstddef>
#include <optional>
#include <string_view>

#include "concord/text/match.hpp"
#include "concord/text/scan.hpp"

namespace concord::text::detail {

/// At 第: an ordinal when an Arabic number or a structural marker (条, 章, 款…) follows; otherwise
/// a silent match over 第 and its numeral (第三方, 第一次).
std::optional<Match> match_cjk_ordinal(std::string_view s, std::size_t pos, const LangProfile& profile);

/// At "Article", "Section", "Chapter", "Clause", "Paragraph", "Part", "Annex", "Appendix", "Schedule"
/// or "§" followed by a number (Arabic, dotted, or Roman) and "(a)"-style subdivisions.
std::optional<Match> match_english_ordinal(std::string_view s, std::size_t pos);

/// "(a)", "(2)", "(iv)" subdivisions at `pos`, appended to `value` as written; returns their end
/// (`pos` when there are none).
std::size_t read_subdivisions(std::string_view s, std::size_t pos, std::string& value);

}  // namespace concord::text::detail
