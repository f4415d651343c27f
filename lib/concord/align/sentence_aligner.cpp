#include "concord/align/sentence_aligner.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace concord::align {
namespace {

struct Move {
  int na, nb;
};
constexpr Move kMoves[] = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}};

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Rows of the dynamic program, each holding the cells [lo, hi] of its band.
class BandedTable {
 public:
  BandedTable(std::size_t n, std::size_t m, std::size_t half_width) : lo_(n + 1), hi_(n + 1), offset_(n + 2, 0) {
    const double slope = n == 0 ? 0.0 : static_cast<double>(m) / static_cast<double>(n);
    for (std::size_t i = 0; i <= n; ++i) {
      const auto centre = static_cast<long>(std::llround(static_cast<double>(i) * slope));
      lo_[i] = static_cast<std::size_t>(std::max(0L, centre - static_cast<long>(half_width)));
      hi_[i] = static_cast<std::size_t>(std::min(static_cast<long>(m), centre + static_cast<long>(half_width)));
    }
    lo_[0] = 0;
    hi_[n] = m;  // the corners are always reachable
    for (std::size_t i = 0; i <= n; ++i) offset_[i + 1] = offset_[i] + (hi_[i] - lo_[i] + 1);
    cost_.assign(offset_[n + 1], kInfinity);
    move_.assign(offset_[n + 1], 0xFF);
  }

  bool inside(std::size_t i, std::size_t j) const { return j >= lo_[i] && j <= hi_[i]; }
  std::size_t lo(std::size_t i) const { return lo_[i]; }
  std::size_t hi(std::size_t i) const { return hi_[i]; }
  double& cost(std::size_t i, std::size_t j) { return cost_[offset_[i] + (j - lo_[i])]; }
  std::uint8_t& move(std::size_t i, std::size_t j) { return move_[offset_[i] + (j - lo_[i])]; }

 private:
  std::vector<std::size_t> lo_, hi_, offset_;
  std::vector<double> cost_;
  std::vector<std::uint8_t> move_;
};

}  // namespace

std::vector<BeadSpan> align_runs(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                                 const BeadCost& cost, std::size_t full_limit) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<BeadSpan> out;
  if (n == 0 && m == 0) return out;
  // A band wide enough to follow the diagonal of a lopsided pair.
  std::size_t half_width = std::max(n, m);
  if ((n + 1) * (m + 1) > full_limit) {
    const std::size_t steep = n == 0 || m == 0 ? 1 : (std::max(n, m) + std::min(n, m) - 1) / std::min(n, m);
    half_width = std::max<std::size_t>(40, 4 * steep + 8);
  }
  BandedTable t(n, m, half_width);
  t.cost(0, 0) = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = t.lo(i); j <= t.hi(i); ++j) {
      if (i == 0 && j == 0) continue;
      double best = kInfinity;
      std::uint8_t best_move = 0xFF;
      for (std::uint8_t k = 0; k < std::size(kMoves); ++k) {
        const Move mv = kMoves[k];
        if (i < static_cast<std::size_t>(mv.na) || j < static_cast<std::size_t>(mv.nb)) continue;
        const std::size_t pi = i - static_cast<std::size_t>(mv.na), pj = j - static_cast<std::size_t>(mv.nb);
        if (!t.inside(pi, pj)) continue;
        const double prev = t.cost(pi, pj);
        if (prev == kInfinity) continue;
        const double c = prev + cost(a, pi, mv.na, b, pj, mv.nb);
        if (c < best) {
          best = c;
          best_move = k;
        }
      }
      t.cost(i, j) = best;
      t.move(i, j) = best_move;
    }
  }
  // Walk back from the corner.
  std::size_t i = n, j = m;
  while (i > 0 || j > 0) {
    const std::uint8_t k = t.move(i, j);
    if (k == 0xFF) break;  // unreachable (cannot happen: 1–0 and 0–1 connect every cell)
    const Move mv = kMoves[k];
    const std::size_t pi = i - static_cast<std::size_t>(mv.na), pj = j - static_cast<std::size_t>(mv.nb);
    out.push_back({static_cast<std::uint32_t>(pi), static_cast<std::uint32_t>(mv.na), static_cast<std::uint32_t>(pj),
                   static_cast<std::uint32_t>(mv.nb), t.cost(i, j) - t.cost(pi, pj)});
    i = pi;
    j = pj;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace concord::align
