#include "concord/rules/parity/duplicates.hpp"

#include <algorithm>
#include <set>
#include <cctype>
#include <cmath>
#include <functional>

#include "concord/io/utf8.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::rules::parity {
namespace {

constexpr double kTwinContainment = 0.8;    // of the repeat in its twin, same version
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

// The words of a Latin-script key, hashed, sorted.
std::vector<std::uint64_t> words(std::string_view s) {
  std::vector<std::uint64_t> out;
  for (std::size_t p = 0; p < s.size();) {
    while (p < s.size() && !std::isalnum(static_cast<unsigned char>(s[p]))) ++p;
    std::size_t e = p;
    while (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) ++e;
    if (e > p) out.push_back(std::hash<std::string_view>{}(s.substr(p, e - p)));
    p = e;
  }
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
  // Two copies of one text in a bead: one of them is more than the reference says.
  const auto& keys = view.other_analysis->keys;
  for (std::uint32_t t : bead.b)
    if (t != e && containment(keys[e], keys[t]) >= 0.9 && containment(keys[t], keys[e]) >= 0.9) return true;
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

bool same_text(const std::string& a, const std::string& b) {
  return containment(a, b) >= 0.9 && containment(b, a) >= 0.9;
}

// An earlier sentence of the other side, at most three before `e`, with the
// same text, when the reference has no such repeat where they stand; or -1.
std::int32_t earlier_copy(const PairView& view, std::uint32_t e) {
  constexpr std::uint32_t kWindow = 3;
  const auto& keys = view.other_analysis->keys;
  if (view.other_analysis->features[e].length < 6) return -1;
  for (std::uint32_t t = e > kWindow ? e - kWindow : 0; t < e; ++t) {
    if (!same_text(keys[e], keys[t])) continue;
    // The reference sentences around the two copies.
    std::uint32_t lo = UINT32_MAX, hi = 0;
    for (std::uint32_t s : {t, e}) {
      const std::int32_t bead = view.pair->bead_of_b[s];
      if (bead < 0) continue;
      for (std::uint32_t r : view.pair->beads[static_cast<std::size_t>(bead)].a) lo = std::min(lo, r), hi = std::max(hi, r);
    }
    if (lo == UINT32_MAX) return static_cast<std::int32_t>(t);
    const auto& ref_keys = view.ref_analysis->keys;
    lo = lo > kWindow ? lo - kWindow : 0;
    hi = std::min<std::uint32_t>(hi + kWindow, static_cast<std::uint32_t>(ref_keys.size()) - 1);
    bool reference_repeats_too = false;
    for (std::uint32_t i = lo; i <= hi && !reference_repeats_too; ++i)
      for (std::uint32_t j = i + 1; j <= hi && !reference_repeats_too; ++j)
        reference_repeats_too = same_text(ref_keys[i], ref_keys[j]);
    if (!reference_repeats_too) return static_cast<std::int32_t>(t);
  }
  return -1;
}

bool same_script(std::string_view a, std::string_view b) {
  return a == b || (lang::is_chinese(a) && lang::is_chinese(b));
}

}  // namespace

double containment(std::string_view part, std::string_view whole) {
  // Character pairs say little in alphabetic text ("th", "on"): words do.
  const bool latin = std::all_of(part.begin(), part.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const auto a = latin ? words(part) : bigrams(part);
  const auto b = latin ? words(whole) : bigrams(whole);
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
    std::set<std::uint32_t> reported;
    for (std::uint32_t e = 0; e < keys.size(); ++e) {
      if (in_extra_sections.count(e) || view.other_analysis->features[e].length < kMinLength) continue;
      // The same sentence twice in a row, where the reference does not repeat
      // itself, whatever beads the two copies fell into.
      if (const std::int32_t t = earlier_copy(view, e); t >= 0) {
        if (reported.insert(e).second) out.push_back({x, e, t, -1, -1});
        continue;
      }
      if (!surplus(view, e)) continue;
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
      if (d.twin < 0) continue;
      // Of two copies of one text, the later one is the repeat.
      const auto twin = static_cast<std::uint32_t>(d.twin);
      if (twin > e && containment(keys[twin], keys[e]) >= 0.9) {
        d.sentence = twin;
        d.twin = static_cast<std::int32_t>(e);
      }
      if (reported.insert(d.sentence).second) out.push_back(d);
    }
  }
  return out;
}

}  // namespace concord::rules::parity
