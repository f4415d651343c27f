#include "concord/align/alignment.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "concord/align/dictionary_tokens.hpp"
#include "concord/align/lexicon.hpp"
#include "concord/align/section_aligner.hpp"
#include "concord/align/sentence_aligner.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::align {
namespace {

bool has_text(const text::VersionText& t) { return !t.sentences.empty(); }

// Sentences [first, end) that are not excluded.
std::vector<std::uint32_t> sentence_run(std::uint32_t first, std::uint32_t end, const std::vector<bool>& excluded) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t s = first; s < end; ++s)
    if (!excluded[s]) out.push_back(s);
  return out;
}

class PairAligner {
 public:
  PairAligner(const DocumentAlignment& doc, const structure::DocumentOutline& outline, std::uint32_t a, std::uint32_t b,
              bool same_script, const DictionaryTokens* dictionary, SiblingMatch sibling = {})
      : outline_a_(outline.versions[a]),
        outline_b_(outline.versions[b]),
        sibling_(std::move(sibling)),
        dictionary_(dictionary) {
    side_a_ = {&doc.versions[a].features, &doc.versions[a].keys, &doc.versions[a].blocks, &doc.versions[a].tokens};
    side_b_ = {&doc.versions[b].features, &doc.versions[b].keys, &doc.versions[b].blocks, &doc.versions[b].tokens};
    model_ = make_pair_model(side_a_, side_b_, same_script);
    result_.a = a;
    result_.b = b;
    result_.length_ratio = model_.length_ratio;
  }

  /// Two passes between different scripts: the first teaches a lexicon,
  /// the second uses it.
  /// The first pass also corrects the length ratio: measured over the whole
  /// versions it counts what one of them lost or added, so it is measured
  /// again over the sentences that pair one to one.
  PairAlignment align() {
    run(nullptr);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for (const Bead& bead : result_.beads)
      if (bead.a.size() == 1 && bead.b.size() == 1) pairs.emplace_back(bead.a[0], bead.b[0]);
    const bool ratio_changed = remeasure_ratio(pairs);
    if (model_.same_script) {
      if (ratio_changed) run(nullptr);
      return std::move(result_);
    }
    const Lexicon lexicon = Lexicon::learn(*side_a_.tokens, *side_b_.tokens, pairs);
    if (lexicon.empty() && !ratio_changed) return std::move(result_);
    run(lexicon.empty() ? nullptr : &lexicon);
    return std::move(result_);
  }

 private:
  // The ratio of the sentences paired one to one, when there are enough of
  // them; true when it differs from the first estimate by more than 10%.
  bool remeasure_ratio(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs) {
    constexpr std::size_t kEnoughPairs = 8;
    if (pairs.size() < kEnoughPairs) return false;
    double la = 0, lb = 0;
    for (const auto& [a, b] : pairs) {
      la += (*side_a_.features)[a].length;
      lb += (*side_b_.features)[b].length;
    }
    if (la <= 0 || lb <= 0) return false;
    const double ratio = std::clamp(lb / la, 0.1, 10.0);
    if (std::abs(std::log(ratio / model_.length_ratio)) < std::log(1.1)) return false;
    model_.length_ratio = result_.length_ratio = ratio;
    return true;
  }

  void run(const Lexicon* lexicon) {
    result_.beads.clear();
    result_.sections.clear();
    const SectionSide sa{&outline_a_, side_a_, alignable_sections(outline_a_)};
    const SectionSide sb{&outline_b_, side_b_, alignable_sections(outline_b_)};
    const std::vector<SectionMatch> matches = align_sections(sa, sb, model_, lexicon, sibling());
    const SectionFrame frame = section_frame(matches, sa, sb, lexicon);
    const BeadCost cost(side_a_, side_b_, model_, lexicon, &frame, dictionary_);
    const std::size_t na = side_a_.features->size(), nb = side_b_.features->size();
    // Moved sections are aligned between themselves; the rest in chunks
    // between the starts of sections that matched in order.
    std::vector<bool> excluded_a(na, false), excluded_b(nb, false);
    for (const SectionMatch& m : matches) {
      if (!m.moved) continue;
      const auto& x = outline_a_.sections[m.a];
      const auto& y = outline_b_.sections[m.b];
      for (std::uint32_t s = x.first_sentence; s < x.end_sentence; ++s) excluded_a[s] = true;
      for (std::uint32_t s = y.first_sentence; s < y.end_sentence; ++s) excluded_b[s] = true;
    }
    std::uint32_t ca = 0, cb = 0;
    for (const SectionMatch& m : matches) {
      if (m.moved) continue;
      const std::uint32_t fa = outline_a_.sections[m.a].first_sentence, fb = outline_b_.sections[m.b].first_sentence;
      if (fa < ca || fb < cb) continue;  // nested starts at one sentence
      add_beads(sentence_run(ca, fa, excluded_a), sentence_run(cb, fb, excluded_b), cost);
      ca = fa;
      cb = fb;
    }
    add_beads(sentence_run(ca, static_cast<std::uint32_t>(na), excluded_a),
              sentence_run(cb, static_cast<std::uint32_t>(nb), excluded_b),
              cost);
    for (const SectionMatch& m : matches) {
      if (!m.moved) continue;
      const auto& x = outline_a_.sections[m.a];
      const auto& y = outline_b_.sections[m.b];
      std::vector<bool> none_a(na, false), none_b(nb, false);
      add_beads(sentence_run(x.first_sentence, x.end_sentence, none_a), sentence_run(y.first_sentence, y.end_sentence, none_b),
                cost);
    }
    order_beads();
    std::vector<SectionMatch> all = matches;
    pair_through_sentences(sa, sb, all, lexicon);
    record_sections(all, sa, sb);
  }

  void add_beads(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b, const BeadCost& cost) {
    const std::size_t first = result_.beads.size();
    for (const BeadSpan& span : align_runs(a, b, cost)) {
      Bead bead;
      bead.a.assign(a.begin() + span.a_begin, a.begin() + span.a_begin + span.a_count);
      bead.b.assign(b.begin() + span.b_begin, b.begin() + span.b_begin + span.b_count);
      bead.score = cost.score(span.cost, static_cast<int>(span.a_count), static_cast<int>(span.b_count));
      result_.beads.push_back(std::move(bead));
    }
    pair_moved_sentences(first, cost);
  }

  // A sentence of each side left alone in one stretch, that correspond well
  // when put side by side: one of them moved (the Chinese states the doubt
  // before the list, the English after it). They make one bead, not a missing
  // and an extra sentence.
  void pair_moved_sentences(std::size_t first, const BeadCost& cost) {
    constexpr double kMovedCost = 0.5;  // a plain 1–1 bead costs about 0; a poor one 2 or more
    std::vector<std::size_t> lone_a, lone_b;
    for (std::size_t i = first; i < result_.beads.size(); ++i) {
      const Bead& bead = result_.beads[i];
      if (bead.b.empty() && bead.a.size() == 1) lone_a.push_back(i);
      if (bead.a.empty() && bead.b.size() == 1) lone_b.push_back(i);
    }
    if (lone_a.empty() || lone_b.empty() || lone_a.size() * lone_b.size() > 400) return;
    struct Candidate {
      double cost;
      std::size_t ia, ib;
    };
    std::vector<Candidate> candidates;
    for (std::size_t ia : lone_a)
      for (std::size_t ib : lone_b) {
        const std::vector<std::uint32_t> x = result_.beads[ia].a, y = result_.beads[ib].b;
        const double c = cost(x, 0, 1, y, 0, 1);
        if (c < kMovedCost) candidates.push_back({c, ia, ib});
      }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& l, const Candidate& r) { return l.cost < r.cost; });
    std::vector<std::size_t> drop;
    for (const Candidate& c : candidates) {
      Bead& a = result_.beads[c.ia];
      Bead& b = result_.beads[c.ib];
      if (a.b.size() || b.a.size() || a.a.empty() || b.b.empty()) continue;  // already paired
      a.b = std::move(b.b);
      b.b.clear();
      a.moved = true;
      a.score = cost.score(c.cost, 1, 1);
      drop.push_back(c.ib);
    }
    std::sort(drop.rbegin(), drop.rend());
    for (std::size_t i : drop) result_.beads.erase(result_.beads.begin() + static_cast<std::ptrdiff_t>(i));
  }

  // Beads in the reference's order; beads with only b's sentences after the
  // bead that holds b's sentence before them.
  void order_beads() {
    auto& beads = result_.beads;
    std::vector<double> key(beads.size());
    std::vector<double> a_position_of_b(side_b_.features->size() + 1, -1.0);
    for (const Bead& bead : beads)
      for (std::uint32_t s : bead.b) a_position_of_b[s] = bead.a.empty() ? -1.0 : bead.a.front();
    for (std::size_t i = 0; i < beads.size(); ++i) {
      if (!beads[i].a.empty()) {
        key[i] = beads[i].a.front();
        continue;
      }
      double before = -0.5;
      for (std::uint32_t s = beads[i].b.front(); s-- > 0;)
        if (a_position_of_b[s] >= 0) {
          before = a_position_of_b[s];
          break;
        }
      key[i] = before + 0.5;
    }
    std::vector<std::size_t> order(beads.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return key[x] < key[y]; });
    std::vector<Bead> sorted;
    sorted.reserve(beads.size());
    for (std::size_t i : order) sorted.push_back(std::move(beads[i]));
    beads = std::move(sorted);
    result_.bead_of_a.assign(side_a_.features->size(), -1);
    result_.bead_of_b.assign(side_b_.features->size(), -1);
    for (std::size_t i = 0; i < beads.size(); ++i) {
      for (std::uint32_t s : beads[i].a) result_.bead_of_a[s] = static_cast<std::int32_t>(i);
      for (std::uint32_t s : beads[i].b) result_.bead_of_b[s] = static_cast<std::int32_t>(i);
    }
  }

  // Per sentence: the alignable section left unmatched that it starts, or -1.
  static std::vector<std::int32_t> unmatched_starts(const structure::Outline& o, const SectionSide& side,
                                                    const std::vector<SectionMatch>& matches, bool side_a,
                                                    std::size_t sentences) {
    std::vector<bool> matched(o.sections.size(), false);
    for (const SectionMatch& m : matches) matched[side_a ? m.a : m.b] = true;
    std::vector<std::int32_t> out(sentences, -1);
    for (std::uint32_t k : side.sections) {
      const structure::Section& s = o.sections[k];
      if (!matched[k] && s.first_sentence < sentences &&
          o.section_of_sentence[s.first_sentence] == static_cast<std::int32_t>(k))
        out[s.first_sentence] = static_cast<std::int32_t>(k);
    }
    return out;
  }

  // The innermost alignable section of each sentence of one side.
  static std::vector<std::int32_t> alignable_section_of(const structure::Outline& o, std::size_t sentences) {
    std::vector<std::int32_t> out(sentences, -1);
    for (std::size_t s = 0; s < sentences && s < o.section_of_sentence.size(); ++s) {
      std::int32_t k = o.section_of_sentence[s];
      while (k >= 0 && o.sections[static_cast<std::size_t>(k)].list_item) k = o.sections[static_cast<std::size_t>(k)].parent;
      out[s] = k;
    }
    return out;
  }

  SectionFrame section_frame(const std::vector<SectionMatch>& matches, const SectionSide& sa, const SectionSide& sb,
                             const Lexicon* lexicon) const {
    SectionFrame f;
    f.similarity = section_similarity(sa, sb, model_, lexicon, sibling());
    f.a_unmatched_start = unmatched_starts(outline_a_, sa, matches, true, side_a_.features->size());
    f.b_unmatched_start = unmatched_starts(outline_b_, sb, matches, false, side_b_.features->size());
    std::vector<std::int32_t> target(outline_a_.sections.size(), -1);
    f.b_matched.assign(outline_b_.sections.size(), false);
    for (const SectionMatch& m : matches) {
      target[m.a] = static_cast<std::int32_t>(m.b);
      f.b_matched[m.b] = true;
    }
    const auto sections_a = alignable_section_of(outline_a_, side_a_.features->size());
    f.a_target.resize(sections_a.size());
    for (std::size_t s = 0; s < sections_a.size(); ++s)
      f.a_target[s] = sections_a[s] < 0 ? -1 : target[static_cast<std::size_t>(sections_a[s])];
    f.b_section = alignable_section_of(outline_b_, side_b_.features->size());
    return f;
  }

  // Sections left unmatched whose first sentences (their headings) the
  // sentence alignment paired: they correspond.
  void pair_through_sentences(const SectionSide& sa, const SectionSide& sb, std::vector<SectionMatch>& matches,
                              const Lexicon* lexicon) const {
    std::vector<bool> matched_a(outline_a_.sections.size(), false), matched_b(outline_b_.sections.size(), false);
    for (const SectionMatch& m : matches) matched_a[m.a] = matched_b[m.b] = true;
    std::vector<std::int32_t> section_starting_at_b(side_b_.features->size(), -1);
    for (std::uint32_t k : sb.sections) {
      const auto& s = outline_b_.sections[k];
      if (s.first_sentence < section_starting_at_b.size() &&
          outline_b_.section_of_sentence[s.first_sentence] == static_cast<std::int32_t>(k))
        section_starting_at_b[s.first_sentence] = static_cast<std::int32_t>(k);
    }
    const auto similarity = section_similarity(sa, sb, model_, lexicon, sibling());
    for (std::uint32_t k : sa.sections) {
      if (matched_a[k]) continue;
      const auto& s = outline_a_.sections[k];
      if (s.first_sentence >= result_.bead_of_a.size() ||
          outline_a_.section_of_sentence[s.first_sentence] != static_cast<std::int32_t>(k))
        continue;
      const Bead& bead = result_.beads[static_cast<std::size_t>(result_.bead_of_a[s.first_sentence])];
      if (bead.b.empty() || bead.a.front() != s.first_sentence) continue;
      const std::int32_t kb = section_starting_at_b[bead.b.front()];
      if (kb < 0 || matched_b[static_cast<std::size_t>(kb)]) continue;
      matched_a[k] = matched_b[static_cast<std::size_t>(kb)] = true;
      matches.push_back({k, static_cast<std::uint32_t>(kb),
                         similarity(k, static_cast<std::uint32_t>(kb)), false});
    }
  }

  void record_sections(const std::vector<SectionMatch>& matches, const SectionSide& sa, const SectionSide& sb) {
    std::vector<bool> matched_a(outline_a_.sections.size(), false), matched_b(outline_b_.sections.size(), false);
    for (const SectionMatch& m : matches) {
      result_.sections.push_back({static_cast<std::int32_t>(m.a), static_cast<std::int32_t>(m.b),
                                  std::clamp(m.score / 5.0, 0.0, 1.0), m.moved});
      matched_a[m.a] = matched_b[m.b] = true;
    }
    for (std::uint32_t k : sa.sections)
      if (!matched_a[k]) result_.sections.push_back({static_cast<std::int32_t>(k), -1, 0.0, false});
    for (std::uint32_t k : sb.sections)
      if (!matched_b[k]) result_.sections.push_back({-1, static_cast<std::int32_t>(k), 0.0, false});
  }

  const SiblingMatch* sibling() const { return sibling_.empty() ? nullptr : &sibling_; }

  const structure::Outline& outline_a_;
  const structure::Outline& outline_b_;
  SiblingMatch sibling_;
  const DictionaryTokens* dictionary_;  // a's words, for English against Japanese or Chinese; else null
  Side side_a_, side_b_;
  PairModel model_;
  PairAlignment result_;
};

// Sections the pair left unmatched, on either side.
std::size_t unmatched_sections(const PairAlignment& p) {
  return static_cast<std::size_t>(
      std::count_if(p.sections.begin(), p.sections.end(), [](const SectionPair& s) { return s.a < 0 || s.b < 0; }));
}

// Per section of the reference: the section of `to` that its match in `via`
// corresponds to, through the direct pair of `via` and `to`.
SiblingMatch compose(const PairAlignment& reference_via, const PairAlignment& direct, bool via_is_direct_a,
                     std::size_t reference_sections) {
  std::unordered_map<std::int32_t, std::int32_t> via_to;
  for (const SectionPair& s : direct.sections)
    if (s.a >= 0 && s.b >= 0) via_to[via_is_direct_a ? s.a : s.b] = via_is_direct_a ? s.b : s.a;
  SiblingMatch out(reference_sections, -1);
  for (const SectionPair& s : reference_via.sections) {
    if (s.a < 0 || s.b < 0) continue;
    const auto it = via_to.find(s.b);
    if (it != via_to.end()) out[static_cast<std::size_t>(s.a)] = it->second;
  }
  return out;
}

// Two Chinese versions that differ in their sections: the one that left
// more sections unmatched against the reference is aligned again, guided by
// the other. A section lost in zh-TW leaves its neighbours of equal length
// open to a wrong match; zh-CN still has every section, and its pairing with
// zh-TW is character for character.
// `same_script`: the reference is Chinese too, and is compared as
// align_document compared it, character for character; `dictionary`: the
// reference's dictionary words when it is English, else null.
void realign_with_sibling(DocumentAlignment& doc, const structure::DocumentOutline& outline, std::uint32_t hant,
                          std::uint32_t hans, bool same_script, const DictionaryTokens* dictionary) {
  if (doc.reference < 0) return;
  const auto ref = static_cast<std::uint32_t>(doc.reference);
  const PairAlignment* direct = doc.find(hant, hans);
  const PairAlignment* ref_hant = doc.find(ref, hant);
  const PairAlignment* ref_hans = doc.find(ref, hans);
  if (direct == nullptr || ref_hant == nullptr || ref_hans == nullptr) return;
  const std::size_t open_hant = unmatched_sections(*ref_hant), open_hans = unmatched_sections(*ref_hans);
  if (open_hant == open_hans) return;
  const bool redo_hant = open_hant > open_hans;
  // Only when the direct pair has sections without counterpart on one side
  // only: one of them lacks (or adds) sections the other does not, which
  // the direct pair cannot tell apart, and the count against the reference
  // says which. Two translations that each went their own way guide nothing.
  std::size_t lone_in_hant = 0, lone_in_hans = 0;
  for (const SectionPair& s : direct->sections) {
    if (s.b < 0) ++lone_in_hant;
    if (s.a < 0) ++lone_in_hans;
  }
  if ((lone_in_hant == 0) == (lone_in_hans == 0)) return;
  const PairAlignment& guide = redo_hant ? *ref_hans : *ref_hant;
  const auto redo = static_cast<std::size_t>((redo_hant ? ref_hant : ref_hans) - doc.pairs.data());
  SiblingMatch sibling =
      compose(guide, *direct, /*via_is_direct_a=*/!redo_hant, outline.versions[ref].sections.size());
  doc.pairs[redo] =
      PairAligner(doc, outline, ref, redo_hant ? hant : hans, same_script, dictionary, std::move(sibling)).align();
}

}  // namespace

const PairAlignment* DocumentAlignment::find(std::uint32_t a, std::uint32_t b) const {
  for (const PairAlignment& p : pairs)
    if (p.a == a && p.b == b) return &p;
  return nullptr;
}

std::int32_t choose_reference(const model::Document& document, const text::DocumentText& text,
                              std::string_view preferred) {
  const std::string wanted = preferred.empty() ? std::string() : lang::normalize_tag(preferred);
  for (const std::string& lang : {wanted, std::string("en")}) {
    if (lang.empty()) continue;
    for (std::size_t i = 0; i < document.versions.size(); ++i)
      if (document.versions[i].lang == lang && has_text(text.versions[i])) return static_cast<std::int32_t>(i);
  }
  for (std::size_t i = 0; i < document.versions.size(); ++i)
    if (has_text(text.versions[i])) return static_cast<std::int32_t>(i);
  return -1;
}

DocumentAlignment align_document(const model::Document& document, const text::DocumentText& text,
                                 const structure::DocumentOutline& outline, std::string_view preferred_reference) {
  DocumentAlignment doc;
  doc.versions.resize(document.versions.size());
  for (std::size_t i = 0; i < document.versions.size(); ++i) {
    doc.versions[i].features = sentence_features(document.versions[i], text.versions[i]);
    for (const text::Sentence& s : text.versions[i].sentences) {
      doc.versions[i].keys.push_back(s.key);
      doc.versions[i].blocks.push_back(s.block);
      doc.versions[i].tokens.push_back(lexical_tokens(s.key));
    }
  }
  if (document.versions.size() < 2) return doc;
  doc.reference = choose_reference(document, text, preferred_reference);
  if (doc.reference < 0) return doc;
  const auto ref = static_cast<std::uint32_t>(doc.reference);
  // An English reference's dictionary words, once for all its Japanese and
  // Chinese counterparts.
  std::optional<DictionaryTokens> dictionary;
  const bool english_reference = lang::primary_language(document.versions[ref].lang) == "en";
  for (std::uint32_t v = 0; v < document.versions.size(); ++v) {
    if (v == ref || !has_text(text.versions[v])) continue;
    const bool same = document.versions[v].lang == document.versions[ref].lang ||
                      (lang::is_chinese(document.versions[v].lang) && lang::is_chinese(document.versions[ref].lang));
    const bool english_to_cjk = english_reference && lang::is_japanese_or_chinese(document.versions[v].lang);
    if (english_to_cjk && !dictionary) dictionary.emplace(doc.versions[ref].keys);
    doc.pairs.push_back(PairAligner(doc, outline, ref, v, same, english_to_cjk ? &*dictionary : nullptr).align());
  }
  // The two Chinese standards against each other, when neither is the reference.
  std::int32_t hant = -1, hans = -1;
  for (std::size_t i = 0; i < document.versions.size(); ++i) {
    if (!has_text(text.versions[i]) || static_cast<std::int32_t>(i) == doc.reference) continue;
    if (document.versions[i].lang == "zh-Hant") hant = static_cast<std::int32_t>(i);
    if (document.versions[i].lang == "zh-Hans") hans = static_cast<std::int32_t>(i);
  }
  if (hant >= 0 && hans >= 0) {
    doc.pairs.push_back(
        PairAligner(doc, outline, static_cast<std::uint32_t>(hant), static_cast<std::uint32_t>(hans), true, nullptr)
            .align());
    realign_with_sibling(doc, outline, static_cast<std::uint32_t>(hant), static_cast<std::uint32_t>(hans),
                         lang::is_chinese(document.versions[ref].lang), dictionary ? &*dictionary : nullptr);
  }
  return doc;
}

}  // namespace concord::align
