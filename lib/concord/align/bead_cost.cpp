#include "concord/align/bead_cost.hpp"

#include <algorithm>
#include <cmath>

#include "concord/align/lexicon.hpp"
#include "concord/io/utf8.hpp"

namespace concord::align {
namespace {

// -log of the shapes' prior probabilities (Gale and Church's estimates).
double shape_cost(int na, int nb) {
  if (na == 1 && nb == 1) return 0.0;
  if (na == 0 || nb == 0) return 3.2;
  if (na == 2 && nb == 2) return 4.5;
  if (na == 3 || nb == 3) return 4.5;  // 1–3, 3–1
  return 2.3;  // 1–2, 2–1
}

// The score of sections that clearly match (section_aligner.cpp).
constexpr double kSectionMatchScore = 1.5;

// A sentence paired with one of another section than its own matched.
constexpr double kOtherSection = 3.5;

// Per word the dictionary translates, found in the other side or not. A
// word missed weighs little: free translation misses most of them.
constexpr double kDictionaryFound = 1.25;
constexpr double kDictionaryMissed = 0.15;
// Words of a neighbouring reference sentence found where none of the
// sentence's own are (at least kRivalWords) cost what they would have
// earned that one.
constexpr int kRivalWords = 2;
constexpr double kRivalPenalty = kDictionaryFound * kRivalWords;

// Spread of the log length ratio of translated sentences.
constexpr double kLogRatioSigma = 0.33;

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t p = 0; p < s.size();) {
    const char32_t cp = utf8::next(s, p);
    if (cp != ' ') out.push_back(cp);
  }
  return out;
}

}  // namespace

double bigram_dice(std::string_view a, std::string_view b) {
  const auto ca = code_points(a), cb = code_points(b);
  if (ca.size() < 2 || cb.size() < 2) return ca == cb && !ca.empty() ? 1.0 : 0.0;
  std::vector<std::uint64_t> ba, bb;
  for (std::size_t i = 0; i + 1 < ca.size(); ++i) ba.push_back((std::uint64_t(ca[i]) << 32) | ca[i + 1]);
  for (std::size_t i = 0; i + 1 < cb.size(); ++i) bb.push_back((std::uint64_t(cb[i]) << 32) | cb[i + 1]);
  std::sort(ba.begin(), ba.end());
  std::sort(bb.begin(), bb.end());
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < ba.size() && j < bb.size();) {
    if (ba[i] == bb[j]) ++shared, ++i, ++j;
    else if (ba[i] < bb[j]) ++i;
    else ++j;
  }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(ba.size() + bb.size());
}

PairModel make_pair_model(const Side& a, const Side& b, bool same_script) {
  double la = 0, lb = 0;
  for (const SentenceFeatures& f : *a.features) la += f.length;
  for (const SentenceFeatures& f : *b.features) lb += f.length;
  PairModel m;
  m.same_script = same_script;
  m.length_ratio = la > 0 && lb > 0 ? std::clamp(lb / la, 0.1, 10.0) : 1.0;
  return m;
}

BeadCost::BeadCost(const Side& a, const Side& b, const PairModel& model, const Lexicon* lexicon,
                   const SectionFrame* frame, const DictionaryTokens* dictionary)
    : a_(a), b_(b), model_(model), lexicon_(lexicon), frame_(frame), dictionary_(dictionary) {
  if (lexicon_ != nullptr) known_a_ = lexicon_->known_tokens(*a_.tokens);
}

double BeadCost::operator()(const std::vector<std::uint32_t>& index_a, std::size_t ia, int na,
                            const std::vector<std::uint32_t>& index_b, std::size_t ib, int nb) const {
  double cost = shape_cost(na, nb);
  double la = 0, lb = 0;
  // Per-thread scratch: the dynamic program asks millions of times.
  thread_local std::vector<const SentenceFeatures*> fa, fb;
  thread_local std::string joined_a, joined_b;
  fa.clear();
  fb.clear();
  for (int k = 0; k < na; ++k) {
    fa.push_back(&(*a_.features)[index_a[ia + static_cast<std::size_t>(k)]]);
    la += fa.back()->length;
  }
  for (int k = 0; k < nb; ++k) {
    fb.push_back(&(*b_.features)[index_b[ib + static_cast<std::size_t>(k)]]);
    lb += fb.back()->length;
  }
  // The group's comparison key: the sentence's own, or the keys joined.
  auto key_of = [](const Side& side, const std::vector<std::uint32_t>& index, std::size_t i, int n,
                   std::string& joined) -> std::string_view {
    if (n == 1) return (*side.keys)[index[i]];
    joined.clear();
    for (int k = 0; k < n; ++k) {
      if (k) joined += ' ';
      joined += (*side.keys)[index[i + static_cast<std::size_t>(k)]];
    }
    return joined;
  };
  if (na == 0 || nb == 0) {
    // A sentence alone: cheaper when short (a stray heading, a link label).
    const double len = na == 0 ? lb / model_.length_ratio : la;
    return cost + std::min(2.0, 0.5 * std::log1p(len / 40.0));
  }
  // Text copied unchanged (an untranslated sentence) is its counterpart
  // whatever its length says.
  const std::string_view ka = key_of(a_, index_a, ia, na, joined_a);
  const std::string_view kb = key_of(b_, index_b, ib, nb, joined_b);
  const bool copied = ka == kb && la > 0;
  // Length: the log of the ratio against the pair's usual ratio.
  const double r = std::log((lb + 4.0) / (model_.length_ratio * la + 4.0));
  if (!copied) cost += r * r / (2 * kLogRatioSigma * kLogRatioSigma);
  // Translators split and join sentences inside a paragraph, not across
  // paragraphs, list items or cells.
  for (int k = 0; k + 1 < na; ++k)
    if ((*a_.blocks)[index_a[ia + k]] != (*a_.blocks)[index_a[ia + k + 1]]) cost += 2.5;
  for (int k = 0; k + 1 < nb; ++k)
    if ((*b_.blocks)[index_b[ib + k]] != (*b_.blocks)[index_b[ib + k + 1]]) cost += 2.5;
  // Paragraphs translate paragraphs: a bead that starts (or ends) a block on
  // one side starts (or ends) one on the other.
  if (fa.front()->starts_block != fb.front()->starts_block) cost += 1.5;
  if (fa.back()->ends_block != fb.back()->ends_block) cost += 1.0;
  // Sentences of sections matched to each other pair up; a sentence of a
  // section matched elsewhere, or of one left unmatched, does not.
  bool other_section = false;
  if (frame_ != nullptr) {
    const std::int32_t target = frame_->a_target[index_a[ia]];
    const std::int32_t section = frame_->b_section[index_b[ib]];
    const bool b_matched = section >= 0 && frame_->b_matched[static_cast<std::size_t>(section)];
    other_section = (target >= 0 && section != target) || (target < 0 && b_matched);
    if (other_section) cost += kOtherSection;
  }
  // Headings translate headings, and join no other text.
  const bool ha = fa.front()->heading, hb = fb.front()->heading;
  if (ha != hb) cost += 5.0;
  else if (ha && fa.front()->heading_level != fb.front()->heading_level) cost += 2.0;
  for (std::size_t k = 1; k < fa.size(); ++k)
    if (fa[k]->heading != ha) cost += 5.0;
  for (std::size_t k = 1; k < fb.size(); ++k)
    if (fb[k]->heading != hb) cost += 5.0;
  // Headings of sections the section matching left open: as good a pair as
  // their sections are (a lost section must not pull its neighbour's
  // heading, and with it the neighbour's sentences, into its place).
  if (ha && hb && frame_ != nullptr && frame_->similarity) {
    const std::int32_t sa = frame_->a_unmatched_start[index_a[ia]], sb = frame_->b_unmatched_start[index_b[ib]];
    if (sa >= 0 && sb >= 0) {
      const double agreement = frame_->similarity(static_cast<std::uint32_t>(sa), static_cast<std::uint32_t>(sb));
      cost += std::min(4.5, 1.5 * std::max(0.0, kSectionMatchScore - agreement));
    }
  }
  // Text copied unchanged or, in one script, text that shares most of its
  // characters.
  if (copied) cost -= 4.0;
  else if (model_.same_script) cost += 6.0 * (0.5 - bigram_dice(ka, kb));
  // Anchors.
  const AnchorMatch m = compare_anchors(fa, ka, fb, kb);
  // Words of one side whose learned translations the other side holds.
  thread_local std::vector<std::uint64_t> tb;
  const std::vector<std::uint64_t>* b_tokens = &(*b_.tokens)[index_b[ib]];
  if (nb > 1 && (lexicon_ != nullptr || dictionary_ != nullptr)) {
    tb.clear();
    for (int k = 0; k < nb; ++k) {
      const auto& t = (*b_.tokens)[index_b[ib + static_cast<std::size_t>(k)]];
      tb.insert(tb.end(), t.begin(), t.end());
    }
    std::sort(tb.begin(), tb.end());
    b_tokens = &tb;
  }
  if (lexicon_ != nullptr) {
    int known = 0, found = 0;
    for (int k = 0; k < na; ++k) {
      int kn = 0, fo = 0;
      Lexicon::compare_known(known_a_[index_a[ia + static_cast<std::size_t>(k)]], *b_tokens, kn, fo);
      known += kn;
      found += fo;
    }
    cost -= 1.5 * std::min(found, 6);
    cost += 1.0 * std::min(known - found, 6);
  }
  // Words the dictionary translates: found ones are good evidence; missed
  // ones weak evidence, as translators render freely.
  // A document's words recur across its sections: they do not pull a
  // sentence out of its own section.
  if (dictionary_ != nullptr && !other_section) {
    int known = 0, found = 0;
    for (int k = 0; k < na; ++k) {
      int kn = 0, fo = 0;
      if (nb == 1) dictionary_found_single(index_a[ia + static_cast<std::size_t>(k)], index_b[ib], kn, fo);
      else dictionary_->compare(index_a[ia + static_cast<std::size_t>(k)], *b_tokens, kn, fo);
      known += kn;
      found += fo;
    }
    cost -= kDictionaryFound * std::min(found, 2);
    cost += kDictionaryMissed * std::min(known - found, 8);
    // One sentence with none of its words in one translated sentence, which
    // has several of the reference sentence just before or after it: the
    // translation is that one's, and the sentence's own is missing or
    // elsewhere.
    if (na == 1 && nb == 1 && found == 0 && known > 0) {
      int rival = 0;
      auto rival_found = [&](std::size_t i) {
        int kn = 0, fo = 0;
        dictionary_found_single(index_a[i], index_b[ib], kn, fo);
        rival = std::max(rival, fo);
      };
      if (ia > 0) rival_found(ia - 1);
      if (ia + static_cast<std::size_t>(na) < index_a.size()) rival_found(ia + static_cast<std::size_t>(na));
      if (rival >= kRivalWords) cost += kRivalPenalty;
    }
  }
  // Each shared anchor is evidence for the bead, each unshared one against it.
  cost -= 2.0 * std::min(m.shared, 3);
  cost += 1.5 * std::min(m.only_a + m.only_b, 3);
  return cost;
}

void BeadCost::dictionary_found_single(std::uint32_t a, std::uint32_t b, int& known, int& found) const {
  // The dynamic program asks for each pair several times (as a bead and as
  // a neighbour's rival), all within a few rows of each other: a small
  // direct-mapped cache keeps the answers without growing with the text.
  const std::uint64_t key = (std::uint64_t{a} << 32) | b;
  if (single_found_.empty()) single_found_.assign(kSingleFoundSlots, {~std::uint64_t{0}, 0, 0});
  SingleFound& slot = single_found_[(key * 0x9E3779B97F4A7C15ULL) >> (64 - kSingleFoundBits)];
  if (slot.key != key) {
    dictionary_->compare(a, (*b_.tokens)[b], known, found);
    slot = {key, static_cast<std::int16_t>(known), static_cast<std::int16_t>(found)};
    return;
  }
  known = slot.known;
  found = slot.found;
}

double BeadCost::score(double cost, int na, int nb) const {
  if (na == 0 || nb == 0) return 3.2;
  return std::clamp(std::exp(-std::max(0.0, cost - shape_cost(na, nb) + 1.0) / 4.0), 0.0, 1.0);
}

}  // namespace concord::align
