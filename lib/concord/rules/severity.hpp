#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace concord::rules {

enum class Severity : std::uint8_t { info = 0, warning = 1, error = 2 };

std::string_view to_string(Severity s);
std::optional<Severity> parse_severity(std::string_view s);

}  // namespace concord::rules
