#pragma once
// Anchors of a sentence that must agree across the language versions of a document: numbers,
// percentages, amounts, dates, times, durations, versions, identifiers, links, Latin terms in CJK
// text and article numbers, each with a value normalized so that the English "December 27, 2024"
// and the Japanese "令和6年12月27日" compare equal.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord::text {

enum class EntityKind : std::uint8_t {
  number,
  percent,
  amount,
  date,
  time,
  datetime,
  duration,
  version,
  identifier,
  url,
  email,
  latin_term,
  ordinal,
};

std::string_view to_string(EntityKind kind);

struct Entity {
  EntityKind kind;
  std::uint32_t begin = 0, end = 0;  // byte offsets in the input text
  std::string value;                 // normalized, comparable across languages
  double number = 0;                 // the numeric value where one applies (number, percent, amount,
                                     // duration count, ordinal)
};

/// Entities of `text`, in order, never overlapping (the most specific wins: a date's digits are not
/// also numbers). `lang`: "en", "zh-Hans", "zh-Hant", "ja" (other zh/ja tags are read by prefix);
/// anything else reads like English.
std::vector<Entity> extract_entities(std::string_view text, std::string_view lang);

}  // namespace concord::text
