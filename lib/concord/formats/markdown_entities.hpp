#pragma once
// HTML entities and numeric character references as CommonMark decodes them
// (`&amp;` → "&", `&#12345;` → "〹"), so that decoded text can be matched
// against the source bytes it came from.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace concord::formats::markdown {

struct DecodedEntity {
  std::string text;        // what the entity stands for
  std::uint32_t length = 0;  // bytes of the entity in the source, '&' to ';'
};

/// The entity at the start of `s`, or nothing when `s` does not start with one
/// CommonMark recognises.
std::optional<DecodedEntity> decode_entity(std::string_view s);

}  // namespace concord::formats::markdown
