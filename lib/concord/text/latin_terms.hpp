#pragma once
// Latin-script terms inside Chinese and Japanese text ("ISO", "AES-256", "Zoho Creator"): names and
// acronyms a translation keeps, so each version should carry the same ones.
#include <cstddef>
#include <optional>
#include <string_view>

#include "concord/text/match.hpp"

namespace concord::text::detail {

/// At a word start: a run of Latin letters with digits and - / . & ' inside; consecutive
/// capitalized words separated by one space form one term ("Zoho Creator").
std::optional<Match> match_latin_term(std::string_view s, std::size_t pos);

}  // namespace concord::text::detail
