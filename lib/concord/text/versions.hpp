#pragma once
// Software and document versions: "3.0.1" (two or more dots), and a number after v, version, Ver.,
// バージョン or 版本 ("v1.3", "版本 2"). Four small parts (192.168.1.1) are an IPv4 address.
#include <cstddef>
#include <optional>
#include <string_view>

#include "concord/text/match.hpp"

namespace concord::text::detail {

/// At a digit: x.y.z (a version) or a.b.c.d with parts up to 255 (an identifier: an IPv4 address).
std::optional<Match> match_dotted_version(std::string_view s, std::size_t pos);

/// At "v", "version", "Ver.", "バージョン" or "版本" followed by a version number.
std::optional<Match> match_prefixed_version(std::string_view s, std::size_t pos);

/// A version written before 版 ("2.1 版", "1.2 版本"): digits and dots at `pos`; the value has
/// ASCII digits. Nothing when no digit is at `pos`.
std::optional<Match> version_at(std::string_view s, std::size_t pos, std::size_t end);

}  // namespace concord::text::detail
