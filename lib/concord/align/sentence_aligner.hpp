#pragma once
// Aligning two runs of sentences with a dynamic program over the beads 1–0,
// 0–1, 1–1, 1–2, 2–1, 2–2, 1–3 and 3–1 (a long English sentence the
// Japanese says in three). Long runs are aligned in a band around the
// diagonal, so that time and memory grow linearly with their length.
#include <cstdint>
#include <vector>

#include "concord/align/bead_cost.hpp"

namespace concord::align {

/// A bead over two index lists: a[a_begin, a_begin + a_count) with
/// b[b_begin, b_begin + b_count).
struct BeadSpan {
  std::uint32_t a_begin = 0, a_count = 0;
  std::uint32_t b_begin = 0, b_count = 0;
  double cost = 0;
};

/// The cheapest sequence of beads covering `a` and `b` (sentence indices of
/// each side, in order). Runs up to `full_limit` cells are aligned without a
/// band.
std::vector<BeadSpan> align_runs(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                                 const BeadCost& cost, std::size_t full_limit = 250000);

}  // namespace concord::align
