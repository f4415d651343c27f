#pragma once
// Checking the numbers of an outline the way a reader counts: each section is
// compared with the previous one of the same style under the same parent.
// Articles and chapters (第X條, Article N) usually keep counting across
// chapters, so the first of them under a new parent is compared with the
// last one before it — unless it restarts at one. Numbers a format renders
// itself (Markdown, HTML and DOCX lists) are not the author's and are skipped.
#include <cstdint>
#include <vector>

#include "concord/structure/outline.hpp"

namespace concord::structure {

enum class NumberingIssue : std::uint8_t { gap, duplicate, out_of_order, missing_number };

struct NumberingEvent {
  NumberingIssue issue;
  std::uint32_t section;        // the section at fault
  std::int32_t previous = -1;   // the section it was compared with
  int first_missing = 0;        // gap: the missing values [first_missing, last_missing]
  int last_missing = 0;
};

std::vector<NumberingEvent> check_numbering(const Outline& outline);

}  // namespace concord::structure
