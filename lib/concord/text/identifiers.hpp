#pragma once
// Identifiers that must be copied, not translated: standards and advisories (ISO/IEC 27001,
// RFC 8555, CVE-2024-27280, GB/T 22239-2019, SOC 2), certificate numbers (IS 577142), phone and
// serial numbers (021-52392626) and IPv4 addresses, each in one canonical spelling.
#include <cstddef>
#include <optional>
#include <string_view>

#include "concord/text/match.hpp"

namespace concord::text::detail {

/// At an uppercase word: a standard, advisory or certificate number.
std::optional<Match> match_standard_id(std::string_view s, std::size_t pos);

/// At a digit or '+': digit groups that identify rather than count (phone and serial numbers).
std::optional<Match> match_digit_id(std::string_view s, std::size_t pos);

}  // namespace concord::text::detail
