#pragma once
// Sentences a version says twice where the reference says them once: a
// sentence the reference has no room for (a 0–1 bead, or the part of a bead
// the lengths do not need) whose text another sentence of the version, or
// of a version in the same script, already holds. The Simplified SSRM of
// seed 000 repeats "其運行的穩定和安全。", copied from the Traditional text,
// after its own translation of it.
#include <cstdint>
#include <vector>

#include "concord/rules/parity/parity_support.hpp"

namespace concord::rules::parity {

struct Duplicate {
  std::uint32_t version = 0;  // the version that repeats itself
  std::uint32_t sentence = 0;
  std::int32_t twin = -1;     // the sentence of the same version that already says it
  std::int32_t source_version = -1;  // a version of the same script it was copied from
  std::int32_t source_sentence = -1;
};

std::vector<Duplicate> find_duplicates(const Context& context);

/// How much of `part`'s character bigrams `whole` holds (0–1).
double containment(std::string_view part, std::string_view whole);

}  // namespace concord::rules::parity
