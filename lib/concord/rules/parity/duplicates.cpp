#include "concord/rules/parity/duplicates.hpp"

#include <algorithm>
#include <set>
#include <cmath>

#include "concord/io/utf8.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::rules::parity {
namespace {

constexpr double kTwinContainment = 0.6;    // of the repeat in its twin, same version
constexpr double kSourceContainment = 0.8;  // of the repeat in a sentence of another version
constexpr std::uint32_t kTwinDistance = 8;  // sentences
constexpr std::uint32_t kMinLength = 4;     // code points: shorter repeats are labels

std::vector<std::uint64_t> bigrams(std::string_view s) {
  std::vector<char32_t> cps;
  for (std::size_t p = 0; p < s.size();) {
    const char32_t cp = utf8::next(s, p);
    if (cp != ' ') cps.push_back(cp);
  }
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i + 1 < cps.size(); ++i) out.push_back((std::uint64_t(cps[i]) << 32) | cps[i + 1]);
  std::sort(out.begin(), out.end());
  return out;
}

// Whether sentence `e` of the other side is more than the reference needs:
// alone in its bead, or a part without which the bead's lengths fit better.
bool surplus(const PairView& view, std::uint32_t e) {
  const auto& pair = *view.pair;
  const std::int32_t bi = pair.bead_of_b[e];
  if (bi < 0) return false;
  const align::Bead& bead = pair.beads[static_cast<std::size_t>(bi)];
  if (bead.a.empty()) return true;
  if (bead.b.size() < 2) return false;
  double la = 0, lb = 0;
  for (std::uint32_t s : bead.a) la += view.ref_analysis->features[s].length;
  for (std::uint32_t s : bead.b) lb += view.other_analysis->features[s].length;
  const double le = view.other_analysis->features[e].length;
  const double expected = pair.length_ratio * la + 4.0;
  return std::abs(std::log((lb - le + 4.0) / expected)) < std::abs(std::log((lb + 4.0) / expected));
}

// Whether the reference says twice what sentence `t` of the other side says:
// then a second copy here is no surplus, only misaligned.
bool reference_repeats(const PairView& view, std::uint32_t t) {
  const std::int32_t bead = view.pair->bead_of_b[t];
  if (bead < 0) return false;
  const auto& ref_keys = view.ref_analysis->keys;
  for (std::uint32_t r : view.pair->beads[static_cast<std::size_t>(bead)].a)
    for (std::uint32_t q = 0; q < ref_keys.size(); ++q)
      if (q != r && ref_keys[q].size() > 8 && containment(ref_keys[r], ref_keys[q]) >= kTwinContainment) return true;
  return false;
}

bool same_script(std::string_view a, std::string_view b) {
  return a == b || (lang::is_chinese(a) && lang::is_chinese(b));
}

}  // namespace

double containment(std::string_view part, std::string_view whole) {
  const auto a = bigrams(part), b = bigrams(whole);
  if (a.empty()) return 0;
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++shared, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return static_cast<double>(shared) / static_cast<double>(a.size());
}

std::vector<Duplicate> find_duplicates(const Context& context) {
  std::vector<Duplicate> out;
  const auto& alignment = context.alignment();
  for (const PairView& view : reference_pairs(context)) {
    const auto& keys = view.other_analysis->keys;
    const std::uint32_t x = view.pair->b;
    // A section the reference lacks is reported whole, not sentence by sentence.
    const std::set<std::uint32_t> in_extra_sections = in_unmatched_sections(view, false);
    for (std::uint32_t e = 0; e < keys.size(); ++e) {
      if (view.other_analysis->features[e].length < kMinLength || !surplus(view, e) || in_extra_sections.count(e))
        continue;
      Duplicate d;
      d.version = x;
      d.sentence = e;
      // A twin nearby in the same version.
      double best = kTwinContainment;
      const std::uint32_t lo = e > kTwinDistance ? e - kTwinDistance : 0;
      const std::uint32_t hi = std::min<std::uint32_t>(static_cast<std::uint32_t>(keys.size()), e + kTwinDistance + 1);
      for (std::uint32_t t = lo; t < hi; ++t) {
        if (t == e) continue;
        const double c = containment(keys[e], keys[t]);
        if (c >= best && (c > best || d.twin < 0) && !reference_repeats(view, t)) {
          best = c;
          d.twin = static_cast<std::int32_t>(t);
        }
      }
      // A source in a version of the same script, whose own counterpart in
      // this version is the twin.
      for (const align::PairAlignment& direct : alignment.pairs) {
        if (static_cast<std::int32_t>(direct.a) == alignment.reference) continue;
        if (direct.a != x && direct.b != x) continue;
        const bool x_is_b = direct.b == x;
        const std::uint32_t v = x_is_b ? direct.a : direct.b;
        if (!same_script(context.versions()[v].lang, context.versions()[x].lang)) continue;
        const auto& bead_of_source = x_is_b ? direct.bead_of_a : direct.bead_of_b;
        const auto& source_keys = alignment.versions[v].keys;
        double best_source = kSourceContainment;
        for (std::uint32_t s = 0; s < source_keys.size(); ++s) {
          const double c = containment(keys[e], source_keys[s]);
          if (c < best_source) continue;
          // The source's counterpart here, if it is not the repeat itself.
          const std::int32_t bead = s < bead_of_source.size() ? bead_of_source[s] : -1;
          std::int32_t twin = -1;
          if (bead >= 0) {
            const align::Bead& b = direct.beads[static_cast<std::size_t>(bead)];
            for (std::uint32_t t : x_is_b ? b.b : b.a)
              if (t != e) twin = static_cast<std::int32_t>(t);
          }
          if (twin < 0) continue;
          best_source = c;
          d.source_version = static_cast<std::int32_t>(v);
          d.source_sentence = static_cast<std::int32_t>(s);
          if (d.twin < 0) d.twin = twin;
        }
      }
      if (d.twin >= 0) out.push_back(d);
    }
  }
  return out;
}

}  // namespace concord::rules::parity
