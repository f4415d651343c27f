#include "concord/align/section_aligner.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "concord/align/lexicon.hpp"

namespace concord::align {
namespace {

using structure::MarkerStyle;
using structure::Section;

enum class Kind { heading, numbered, table_item };

Kind kind_of(const Section& s) {
  if (s.heading_level > 0) return Kind::heading;
  return s.marker.style == MarkerStyle::table_item ? Kind::table_item : Kind::numbered;
}

// The numbers from the top down to `s`, skipping unnumbered levels.
std::vector<int> number_path(const structure::Outline& o, const Section& s) {
  std::vector<int> out;
  for (const Section* p = &s;; p = &o.sections[static_cast<std::size_t>(p->parent)]) {
    if (p->marker.numbered()) out.insert(out.begin(), p->marker.values.begin(), p->marker.values.end());
    if (p->parent < 0) break;
  }
  return out;
}

// The sentences a section holds itself, before its first child.
std::pair<std::uint32_t, std::uint32_t> own_sentences(const structure::Outline& o, std::uint32_t k) {
  const Section& s = o.sections[k];
  std::uint32_t end = s.end_sentence;
  if (k + 1 < s.end_section) end = std::min(end, o.sections[k + 1].first_sentence);
  return {s.first_sentence, std::max(s.first_sentence, end)};
}

// How much of a section's own text its summary holds: enough that two
// translations that split sentences differently still cover the same text.
constexpr std::uint32_t kSummarySentences = 24;

// What the scorer compares of one section, worked out once per section (the
// matching scores every pair in its band).
struct SectionSummary {
  SectionSummary() = default;
  // `own` points into the summary itself: summaries stay where they were made.
  SectionSummary(const SectionSummary&) = delete;
  SectionSummary& operator=(const SectionSummary&) = delete;

  Kind kind = Kind::numbered;
  std::vector<int> numbers;  // number_path
  double length_all = 0;     // the section with its children
  double length_own = 0;     // its own text
  double length_heading = 0;  // its heading, for a heading section
  bool heading_only = false;  // a heading whose text is lost, or never was
  // The anchors of the first sentences of its own text as one group (less
  // common terms), merged once: the matching compares every pair in its band.
  SentenceFeatures own_anchors;
  std::vector<const SentenceFeatures*> own;  // {&own_anchors} when it has own text, as compare_anchors takes
  std::string key;                           // their comparison keys
  std::vector<std::uint64_t> tokens;         // their lexical tokens, sorted
};

// Latin terms found in most sections of a version ("Mozilla" in a Mozilla
// policy, which a translator also adds where the English says "we") tell
// sections apart no better than chance: they are left out of the summaries.
std::unordered_set<std::string> common_terms(const SectionSide& side) {
  const structure::Outline& o = *side.outline;
  std::unordered_map<std::string, std::size_t> sections_with;
  for (std::uint32_t k : side.sections) {
    std::unordered_set<std::string> seen;
    const auto [first, end] = own_sentences(o, k);
    for (std::uint32_t i = first; i < end; ++i)
      for (const std::string& t : (*side.sentences.features)[i].terms) seen.insert(t);
    for (const std::string& t : seen) ++sections_with[t];
  }
  std::unordered_set<std::string> out;
  constexpr std::size_t kFewestSections = 4;
  if (side.sections.size() < kFewestSections) return out;
  for (const auto& [t, n] : sections_with)
    if (2 * n > side.sections.size()) out.insert(t);
  return out;
}

std::vector<SectionSummary> summarize(const SectionSide& side) {
  const structure::Outline& o = *side.outline;
  const std::unordered_set<std::string> common = common_terms(side);
  std::vector<SectionSummary> out(o.sections.size());
  for (std::uint32_t k : side.sections) {
    const Section& s = o.sections[k];
    SectionSummary& sum = out[k];
    sum.kind = kind_of(s);
    sum.numbers = number_path(o, s);
    for (std::uint32_t i = s.first_sentence; i < s.end_sentence; ++i) sum.length_all += (*side.sentences.features)[i].length;
    const auto [first, end] = own_sentences(o, k);
    for (std::uint32_t i = first; i < end; ++i) sum.length_own += (*side.sentences.features)[i].length;
    if (sum.kind == Kind::heading && first < end) {
      sum.length_heading = (*side.sentences.features)[first].length;
      sum.heading_only = s.end_sentence == first + 1;
    }
    SentenceFeatures& merged = sum.own_anchors;
    merged.latin_text = first < end;
    for (std::uint32_t i = first; i < end && i < first + kSummarySentences; ++i) {
      const SentenceFeatures& f = (*side.sentences.features)[i];
      merged.numbers.insert(merged.numbers.end(), f.numbers.begin(), f.numbers.end());
      merged.links.insert(merged.links.end(), f.links.begin(), f.links.end());
      for (const std::string& t : f.terms)
        if (common.count(t) == 0) merged.terms.push_back(t);
      merged.latin_text = merged.latin_text && f.latin_text;
      sum.key += (*side.sentences.keys)[i] + " ";
      const auto& t = (*side.sentences.tokens)[i];
      sum.tokens.insert(sum.tokens.end(), t.begin(), t.end());
    }
    std::sort(sum.tokens.begin(), sum.tokens.end());
    std::sort(merged.numbers.begin(), merged.numbers.end());
    std::sort(merged.links.begin(), merged.links.end());
    std::sort(merged.terms.begin(), merged.terms.end());
    if (first < end) sum.own.push_back(&sum.own_anchors);
  }
  return out;
}

// Content scores that overrule section numbers (see SectionScorer).
constexpr double kContentAgrees = 1.5;
constexpr double kContentDisagrees = 1.5;

// What a pair the sibling Chinese version points to gains: about what a
// shared number gives (SectionScorer).
constexpr double kSiblingAgrees = 2.0;

class SectionScorer {
 public:
  SectionScorer(const SectionSide& a, const SectionSide& b, const PairModel& model, const Lexicon* lexicon,
                const SiblingMatch* sibling)
      : a_(a), b_(b), model_(model), lexicon_(lexicon), sibling_(sibling), sum_a_(summarize(a)), sum_b_(summarize(b)) {
    if (lexicon_ == nullptr) return;
    known_a_.reserve(sum_a_.size());
    for (const SectionSummary& x : sum_a_) known_a_.push_back(lexicon_->known_tokens(x.tokens));
  }

  double operator()(std::uint32_t ka, std::uint32_t kb) const {
    const Section& sa = a_.outline->sections[ka];
    const Section& sb = b_.outline->sections[kb];
    const SectionSummary& xa = sum_a_[ka];
    const SectionSummary& xb = sum_b_[kb];
    double score = 0;
    score += xa.kind == xb.kind ? 1.0 : -1.5;
    if (xa.kind == Kind::heading && xb.kind == Kind::heading) score += sa.heading_level == sb.heading_level ? 0.5 : -0.5;
    score -= 0.4 * std::abs(static_cast<int>(sa.depth) - static_cast<int>(sb.depth));
    // Identifiers the source gives its sections ({#scope}) survive translation.
    if (!sa.anchor.empty() && !sb.anchor.empty()) score += sa.anchor == sb.anchor ? 3.0 : -2.0;
    const double content = content_score(ka, kb);
    if (sa.marker.numbered() && sb.marker.numbered()) {
      // Numbers decide, unless the text clearly says otherwise: a translator
      // who adds or removes a section renumbers the ones after it.
      if (sa.marker.value() == sb.marker.value() && sa.marker.sub == sb.marker.sub) {
        double bonus = xa.numbers == xb.numbers ? 3.0 : 2.0;
        if (content <= -kContentDisagrees) bonus /= 2;
        score += bonus;
      } else {
        score -= content >= kContentAgrees ? 1.0 : 2.5;
      }
    } else if (sa.marker.numbered() != sb.marker.numbered() && xa.kind != Kind::heading && xb.kind != Kind::heading) {
      score -= 1.0;
    }
    // The other Chinese version, matched to `a` and aligned character for
    // character with `b`, points to this pair.
    if (sibling_ != nullptr && ka < sibling_->size() && (*sibling_)[ka] == static_cast<std::int32_t>(kb))
      score += kSiblingAgrees;
    return score + content;
  }

 private:
  // How much two sections agree by their text: length against the pair's
  // ratio — of the whole section, or of its own text when a child section
  // was added or lost — and the anchors and words of its own text.
  double content_score(std::uint32_t ka, std::uint32_t kb) const {
    const SectionSummary& xa = sum_a_[ka];
    const SectionSummary& xb = sum_b_[kb];
    double score = 0;
    const double r_all = log_ratio(xa.length_all, xb.length_all);
    const double r_own = log_ratio(xa.length_own, xb.length_own);
    double r = std::min(std::abs(r_all), std::abs(r_own));
    // A section whose text was lost keeps its heading: the headings'
    // lengths still tell whether it is the same section.
    if ((xa.heading_only || xb.heading_only) && xa.length_heading > 0 && xb.length_heading > 0)
      r = std::min(r, std::abs(log_ratio(xa.length_heading, xb.length_heading)));
    score -= std::min(3.0, 1.5 * r);
    if (!xa.own.empty() && !xb.own.empty()) {
      const AnchorMatch m = compare_anchors(xa.own, xa.key, xb.own, xb.key);
      if (m.any()) score += 2.0 * (m.shared - 0.5 * (m.only_a + m.only_b)) / (m.shared + m.only_a + m.only_b);
      if (model_.same_script) score += 3.0 * bigram_dice(xa.key, xb.key);
      if (lexicon_ != nullptr) {
        int known = 0, found = 0;
        Lexicon::compare_known(known_a_[ka], xb.tokens, known, found);
        if (known >= 2) score += 3.0 * found / known - 1.0;
      }
    }
    return score;
  }

  double log_ratio(double la, double lb) const { return std::log((lb + 10.0) / (model_.length_ratio * la + 10.0)); }

  const SectionSide& a_;
  const SectionSide& b_;
  PairModel model_;
  const Lexicon* lexicon_;
  const SiblingMatch* sibling_;
  std::vector<SectionSummary> sum_a_, sum_b_;
  std::vector<Lexicon::KnownTokens> known_a_;  // per section of a, when there is a lexicon
};

// Sections matched here anchor the sentence alignment, so only sections that
// agree clearly (the same number, or a heading with shared anchors and a
// fitting length) are matched; the rest are paired through their sentences.
constexpr double kMatchThreshold = 1.5;
constexpr double kMovedThreshold = 3.0;  // out of order, only sections that agree strongly
constexpr std::size_t kFullCells = 1u << 20;         // larger outlines are matched in a band
constexpr std::size_t kBandHalfWidth = 256;
constexpr std::size_t kMovedPairsLimit = 1u << 20;  // unmatched pairs worth scoring for moves

}  // namespace

std::function<double(std::uint32_t, std::uint32_t)> section_similarity(const SectionSide& a, const SectionSide& b,
                                                                      const PairModel& model, const Lexicon* lexicon,
                                                                      const SiblingMatch* sibling) {
  auto scorer = std::make_shared<SectionScorer>(a, b, model, lexicon, sibling);
  return [scorer](std::uint32_t ka, std::uint32_t kb) { return (*scorer)(ka, kb); };
}

std::vector<std::uint32_t> alignable_sections(const structure::Outline& outline) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t k = 0; k < outline.sections.size(); ++k)
    if (!outline.sections[k].list_item) out.push_back(k);
  return out;
}

std::vector<SectionMatch> align_sections(const SectionSide& a, const SectionSide& b, const PairModel& model,
                                         const Lexicon* lexicon, const SiblingMatch* sibling) {
  const SectionScorer score(a, b, model, lexicon, sibling);
  const std::size_t n = a.sections.size(), m = b.sections.size();
  std::vector<SectionMatch> out;
  if (n == 0 || m == 0) return out;
  // Maximum-weight monotone matching; unmatched sections cost nothing. Long
  // outlines are matched in a band around the diagonal.
  const std::size_t half_width = n * m <= kFullCells ? std::max(n, m) : kBandHalfWidth;
  const double slope = static_cast<double>(m) / static_cast<double>(n);
  std::vector<std::size_t> lo(n + 1), hi(n + 1), row(n + 2, 0);
  for (std::size_t i = 0; i <= n; ++i) {
    const auto centre = static_cast<long>(std::llround(static_cast<double>(i) * slope));
    lo[i] = i == 0 ? 0 : static_cast<std::size_t>(std::max(0L, centre - static_cast<long>(half_width)));
    hi[i] = i == n ? m : static_cast<std::size_t>(std::min(static_cast<long>(m), centre + static_cast<long>(half_width)));
    row[i + 1] = row[i] + hi[i] - lo[i] + 1;
  }
  constexpr double kUnreachable = -1e300;
  std::vector<double> best(row[n + 1], kUnreachable), pair_score(row[n + 1], kUnreachable);
  std::vector<std::uint8_t> move(row[n + 1], 0);  // 1: skip a, 2: skip b, 3: match
  auto inside = [&](std::size_t i, std::size_t j) { return j >= lo[i] && j <= hi[i]; };
  auto cell = [&](std::size_t i, std::size_t j) { return row[i] + (j - lo[i]); };
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = lo[i]; j <= hi[i]; ++j) {
      if (i == 0 && j == 0) {
        best[cell(0, 0)] = 0;
        continue;
      }
      double v = kUnreachable;
      std::uint8_t mv = 0;
      if (i > 0 && inside(i - 1, j) && best[cell(i - 1, j)] > v) v = best[cell(i - 1, j)], mv = 1;
      if (j > 0 && inside(i, j - 1) && best[cell(i, j - 1)] > v) v = best[cell(i, j - 1)], mv = 2;
      if (i > 0 && j > 0 && inside(i - 1, j - 1)) {
        const double s = score(a.sections[i - 1], b.sections[j - 1]);
        pair_score[cell(i, j)] = s;
        if (s >= kMatchThreshold && best[cell(i - 1, j - 1)] + s - kMatchThreshold > v)
          v = best[cell(i - 1, j - 1)] + s - kMatchThreshold, mv = 3;
      }
      best[cell(i, j)] = v;
      move[cell(i, j)] = mv;
    }
  }
  std::vector<bool> used_a(n, false), used_b(m, false);
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const std::uint8_t mv = move[cell(i, j)];
    if (mv == 3) {
      out.push_back({a.sections[i - 1], b.sections[j - 1], pair_score[cell(i, j)], false});
      used_a[i - 1] = used_b[j - 1] = true;
      --i, --j;
    } else if (mv == 2) {
      --j;
    } else if (mv == 1) {
      --i;
    } else {
      break;
    }
  }
  std::reverse(out.begin(), out.end());
  // Moved sections: the strongest remaining pairs, each section once.
  std::vector<std::size_t> free_a, free_b;
  for (std::size_t i = 0; i < n; ++i)
    if (!used_a[i]) free_a.push_back(i);
  for (std::size_t j = 0; j < m; ++j)
    if (!used_b[j]) free_b.push_back(j);
  if (free_a.size() * free_b.size() > kMovedPairsLimit) return out;
  std::vector<SectionMatch> moved;
  std::vector<std::pair<std::size_t, std::size_t>> where;
  for (std::size_t i : free_a)
    for (std::size_t j : free_b)
      if (const double s = score(a.sections[i], b.sections[j]); s >= kMovedThreshold) {
        moved.push_back({a.sections[i], b.sections[j], s, true});
        where.emplace_back(i, j);
      }
  std::vector<std::size_t> order(moved.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return moved[x].score > moved[y].score; });
  for (std::size_t k : order) {
    const auto [i, j] = where[k];
    if (used_a[i] || used_b[j]) continue;
    used_a[i] = used_b[j] = true;
    out.push_back(moved[k]);
  }
  return out;
}

}  // namespace concord::align
