#include "concord/rules/parity/merge_evidence.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "concord/lang/english_cjk_words.hpp"
#include "concord/lang/language_tag.hpp"
#include "concord/lang/linking_openers.hpp"
#include "concord/rules/parity/duplicates.hpp"

namespace concord::rules::parity {
namespace {

// The version in the other Chinese script, or -1.
std::int32_t sibling_of(const Context& context, std::uint32_t version) {
  const std::string& lang = context.versions()[version].lang;
  if (!lang::is_chinese(lang)) return -1;
  for (std::uint32_t v = 0; v < context.versions().size(); ++v)
    if (v != version && lang::is_chinese(context.versions()[v].lang) && context.versions()[v].lang != lang)
      return static_cast<std::int32_t>(v);
  return -1;
}

// The counterpart in `pair` of sentence `s` of version `from`: the other
// side of its bead (empty when it has none).
const std::vector<std::uint32_t>* counterpart(const align::PairAlignment& pair, std::uint32_t from, std::uint32_t s) {
  const bool from_a = pair.a == from;
  const auto& bead_of = from_a ? pair.bead_of_a : pair.bead_of_b;
  if (s >= bead_of.size() || bead_of[s] < 0) return nullptr;
  const align::Bead& bead = pair.beads[static_cast<std::size_t>(bead_of[s])];
  const auto& own = from_a ? bead.a : bead.b;
  if (own.size() != 1) return nullptr;  // only a sentence rendered on its own speaks clearly
  return from_a ? &bead.b : &bead.a;
}

// The sibling's rendering is not found in the sentences `merged` of the
// version checked. Two independent translations (not a script conversion)
// may disagree on where a sentence ends; the words then still show where it
// went.
bool absent_from(const align::DocumentAlignment& alignment, std::uint32_t sibling, std::uint32_t sentence,
                 std::uint32_t checked, const std::vector<std::uint32_t>& merged) {
  constexpr double kStillThere = 0.34;  // share of its character bigrams found in the merge
  std::string joined;
  for (std::uint32_t s : merged) joined += alignment.versions[checked].keys[s];
  return containment(alignment.versions[sibling].keys[sentence], joined) < kStillThere;
}

// How well a sentence of the version checked fits as the translation of
// reference text of a given length: the distance of the log length ratio
// from the pair's usual one.
double misfit(double translation_length, double reference_length, double ratio) {
  return std::abs(std::log((translation_length + 4.0) / (ratio * reference_length + 4.0)));
}

// Whether the English–CJK word table can speak for this pair: an English
// reference and a Japanese or Chinese version.
bool dictionary_applies(const PairView& view) {
  return lang::primary_language(view.ref->lang) == "en" && lang::is_japanese_or_chinese(view.other->lang);
}

// The comparison keys of sentences of the version checked, joined.
std::string joined_translation(const PairView& view, const std::vector<std::uint32_t>& sentences) {
  std::string out;
  for (std::uint32_t t : sentences) out += view.other_analysis->keys[t];
  return out;
}

// Whether every other translation renders reference sentence `s` in a bead
// where it stands alone on the reference side (not merged with another
// reference sentence).
bool rendered_alone_elsewhere(const PairView& view, std::uint32_t s) {
  const Context& context = *view.context;
  const std::uint32_t ref = view.pair->a, checked = view.pair->b;
  for (std::uint32_t y = 0; y < context.versions().size(); ++y) {
    if (y == ref || y == checked) continue;
    const align::PairAlignment* other = context.alignment().find(ref, y);
    if (other == nullptr) continue;
    const std::vector<std::uint32_t>* rendering = counterpart(*other, ref, s);
    if (rendering == nullptr || rendering->empty()) return false;
  }
  return true;
}

// Whether every other translation renders each of `sentences` alone.
bool kept_apart_elsewhere(const PairView& view, const std::vector<std::uint32_t>& sentences) {
  return std::all_of(sentences.begin(), sentences.end(),
                     [&](std::uint32_t s) { return rendered_alone_elsewhere(view, s); });
}

// Whether the dictionary, where it applies (an English reference and a
// Japanese or Chinese version), finds any of the words only reference
// sentence `s` of the bead has in its translation.
bool renders_own_words(const PairView& view, const align::Bead& bead, std::uint32_t s) {
  if (!dictionary_applies(view)) return false;
  const auto& keys = view.ref_analysis->keys;
  std::string others;
  for (std::uint32_t o : bead.a)
    if (o != s) others.append(keys[o]).push_back(' ');
  const std::string translation = joined_translation(view, bead.b);
  int known = 0, found = 0;
  lang::EnglishCjkWords::instance().count_found(keys[s], translation, known, found, others, others);
  return found > 0;
}

// A bead joining two or three reference sentences into one whose length
// fits the others without one of them (within kFits, about 1.4 standard
// deviations of translated sentence lengths) and fits all of them clearly
// worse (by kClearly): that one was dropped. Translators merge where the
// text invites it (a label such as "Offer from the Licensor – Licensed
// Material." run into its clause), and then usually more than one of them
// does: a 2–1 bead counts only where no other translation merged the two,
// a 3–1 bead (a label joined to its clause, the sentence after it lost)
// only where every other translation renders the one dropped on its own
// and the dictionary finds none of its own words.
// Short reference sentences are left alone.
std::vector<std::uint32_t> dropped_by_length(const PairView& view) {
  constexpr double kFits = 0.45;
  constexpr double kClearly = 0.15;
  constexpr double kShortSentence = 10;  // code points
  std::vector<std::uint32_t> out;
  const auto& fa = view.ref_analysis->features;
  const auto& fb = view.other_analysis->features;
  const double ratio = view.pair->length_ratio;
  for (const align::Bead& bead : view.pair->beads) {
    if (bead.a.size() < 2 || bead.a.size() > 3 || bead.b.size() != 1) continue;
    if (bead.a.size() == 2 && !kept_apart_elsewhere(view, bead.a)) continue;
    const double lb = fb[bead.b.front()].length;
    double all = 0;
    for (std::uint32_t s : bead.a) all += fa[s].length;
    const double both = misfit(lb, all, ratio);
    double alone = 1e9;
    std::uint32_t dropped = bead.a.front();
    for (std::uint32_t s : bead.a)
      if (const double fit = misfit(lb, all - fa[s].length, ratio); fit < alone) alone = fit, dropped = s;
    if (bead.a.size() == 3 && (!rendered_alone_elsewhere(view, dropped) || renders_own_words(view, bead, dropped)))
      continue;
    if (alone < kFits && alone + kClearly < both && fa[dropped].length >= kShortSentence) out.push_back(dropped);
  }
  return out;
}

// A bead joining two reference sentences, in one translated sentence or
// two that each render the one kept (each_renders), where a dictionary
// finds several words of one reference sentence in the translation and
// none of the other's, which it knows enough words of. Free translation
// keeps a dictionary from finding much, so only that contrast counts;
// English references only. A translation word that also renders a word of
// the other sentence counts for neither (count_found's rival).
//
// Three tests, the stronger the evidence the less else it needs:
// - each sentence's words counted whole (three known, none found), where
//   the lengths do not speak for the merge and no other translation merged
//   the two (translators merge where the text invites it, and then usually
//   more than one of them does);
// - only the words the two sentences do not share ("licenses" in both says
//   nothing): five or more known, none found, outweigh lengths that favour
//   the merge a little;
// - five or more words counted whole, none found: enough even where another
//   translation merged the two.
struct DictionaryTest {
  bool leave_out_shared;  // count only the words the other sentence lacks
  int known_words;        // of the dropped sentence, at least this many known and none found
  double length_slack;    // how much better the lengths may fit the merge
  bool kept_apart;        // no other translation may have merged the two
};
constexpr DictionaryTest kDictionaryTests[] = {
    {false, 3, 0.0, true},
    {true, 5, 0.45, true},
    {false, 5, 0.0, false},
};

// Whether the dictionary finds words of reference sentence `s` in each
// sentence of the bead's translation, of those reference sentence `other`
// lacks: two different translated sentences that both render it are its
// translation split in two, not it and another's. True for a translation
// of one sentence.
bool each_renders(const PairView& view, const align::Bead& bead, std::uint32_t s, std::uint32_t other) {
  constexpr double kCopy = 0.8;  // share of character bigrams: one is a copy of the other
  if (bead.b.size() < 2) return true;
  const auto& keys = view.other_analysis->keys;
  // A sentence and its copy (parity/duplicated-segment) are not halves of one.
  if (containment(keys[bead.b[0]], keys[bead.b[1]]) >= kCopy && containment(keys[bead.b[1]], keys[bead.b[0]]) >= kCopy)
    return false;
  const auto& words = lang::EnglishCjkWords::instance();
  const std::string_view other_key = view.ref_analysis->keys[other];
  return std::all_of(bead.b.begin(), bead.b.end(), [&](std::uint32_t t) {
    int known = 0, found = 0;
    words.count_found(view.ref_analysis->keys[s], keys[t], known, found, other_key, other_key);
    return found > 0;
  });
}

std::vector<std::uint32_t> dropped_by_dictionary(const PairView& view) {
  constexpr int kFoundWords = 2;       // of the kept one
  constexpr double kFoundShare = 0.2;  // of the kept one's known words: it is not rendered freely
  std::vector<std::uint32_t> out;
  if (!dictionary_applies(view)) return out;
  const auto& words = lang::EnglishCjkWords::instance();
  const auto& keys = view.ref_analysis->keys;
  for (const align::Bead& bead : view.pair->beads) {
    if (bead.a.size() != 2 || bead.b.empty() || bead.b.size() > 2) continue;
    const std::string translation = joined_translation(view, bead.b);
    double lb = 0;
    for (std::uint32_t t : bead.b) lb += view.other_analysis->features[t].length;
    const bool kept_apart = kept_apart_elsewhere(view, bead.a);
    for (const DictionaryTest& test : kDictionaryTests) {
      if (test.kept_apart && !kept_apart) continue;
      int known[2], found[2];
      for (int k = 0; k < 2; ++k)
        words.count_found(keys[bead.a[k]], translation, known[k], found[k],
                          test.leave_out_shared ? std::string_view(keys[bead.a[1 - k]]) : std::string_view(),
                          keys[bead.a[1 - k]]);
      for (int k = 0; k < 2; ++k) {
        const int kept = 1 - k;
        if (found[k] != 0 || known[k] < test.known_words || found[kept] < kFoundWords ||
            found[kept] < kFoundShare * known[kept] || !each_renders(view, bead, bead.a[kept], bead.a[k]))
          continue;
        const double fa_kept = view.ref_analysis->features[bead.a[kept]].length;
        const double fa_both = fa_kept + view.ref_analysis->features[bead.a[k]].length;
        const bool lengths_allow =
            misfit(lb, fa_kept, view.pair->length_ratio) <= misfit(lb, fa_both, view.pair->length_ratio) + test.length_slack;
        if (lengths_allow && std::find(out.begin(), out.end(), bead.a[k]) == out.end()) out.push_back(bead.a[k]);
      }
    }
  }
  return out;
}

// The first word of a comparison key when the key opens with Latin letters
// (after any markup); empty otherwise.
std::string_view opening_latin_word(std::string_view key) {
  std::size_t i = 0;
  while (i < key.size() && (key[i] == '_' || key[i] == '*' || key[i] == ' ' || key[i] == '[' || key[i] == '(')) ++i;
  const std::size_t begin = i;
  while (i < key.size() && key[i] >= 'a' && key[i] <= 'z') ++i;
  return key.substr(begin, i - begin);
}

// The translation opens as the second reference sentence does and could
// not if it rendered the first one ahead of it: with the second one's link
// back ("For example, you can invite …" and "例如，您可以邀请…"), or with the
// name it opens with ("Mozilla can suspend …" and "Mozilla は、…"), kept in
// Latin letters, which the first one does not have.
bool opens_as_second(std::string_view first, std::string_view second, std::string_view translation,
                     std::string_view lang) {
  if (lang::opens_with_same_link(second, translation, lang)) return true;
  const std::string_view name = opening_latin_word(translation);
  const std::vector<std::string_view> words = lang::EnglishCjkWords::words_of(second);
  if (name.empty() || words.empty() || words.front() != name) return false;
  const std::vector<std::string_view> first_words = lang::EnglishCjkWords::words_of(first);
  return std::find(first_words.begin(), first_words.end(), name) == first_words.end();
}

// A bead joining reference sentences into one translated sentence that
// opens as the second reference sentence does (opens_as_second), where the
// dictionary finds none of the words only the first one has: a translation
// that joined them would have put the first one's content ahead, so the
// first was dropped. Lengths that favour the merge a little do not overrule
// that.
std::vector<std::uint32_t> dropped_by_opening(const PairView& view) {
  constexpr double kLengthSlack = 0.45;
  std::vector<std::uint32_t> out;
  // The dictionary's veto is needed: English against Japanese or Chinese only.
  if (!dictionary_applies(view)) return out;
  const auto& keys = view.ref_analysis->keys;
  const auto& fa = view.ref_analysis->features;
  for (const align::Bead& bead : view.pair->beads) {
    if (bead.a.size() < 2 || bead.b.size() != 1) continue;
    const std::string_view translation = view.other_analysis->keys[bead.b.front()];
    const std::uint32_t first = bead.a[0];
    if (!opens_as_second(keys[first], keys[bead.a[1]], translation, view.other->lang)) continue;
    double l_all = 0;
    for (std::uint32_t s : bead.a) l_all += fa[s].length;
    const double lb = view.other_analysis->features[bead.b.front()].length;
    const bool lengths_allow = misfit(lb, l_all - fa[first].length, view.pair->length_ratio) <=
                               misfit(lb, l_all, view.pair->length_ratio) + kLengthSlack;
    if (lengths_allow && !renders_own_words(view, bead, first)) out.push_back(first);
  }
  return out;
}

// Links and numbers (by value): what survives translation.
std::vector<std::string> anchors_of(const align::SentenceFeatures& f) {
  std::vector<std::string> out = f.links;
  for (const std::string& n : f.numbers) out.push_back("#" + n);
  return out;
}

// A bead joining reference sentences where one of them carries links or
// numbers and the translation none of them, while it carries every one of
// the others' (a "More considerations for the public." whose whole text is
// the link) and none of its own, and no other translation merged them:
// anchors survive translation, so the sentence went with them. Lengths that
// favour the merge a little do not overrule that.
std::vector<std::uint32_t> dropped_by_anchors(const PairView& view) {
  constexpr double kLengthSlack = 0.45;
  std::vector<std::uint32_t> out;
  const auto& fa = view.ref_analysis->features;
  const auto& fb = view.other_analysis->features;
  for (const align::Bead& bead : view.pair->beads) {
    if (bead.a.size() < 2 || bead.b.empty()) continue;
    std::vector<std::string> held, said;
    double lb = 0, la = 0;
    for (std::uint32_t s : bead.b) {
      const std::vector<std::string> anchors = anchors_of(fb[s]);
      held.insert(held.end(), anchors.begin(), anchors.end());
      lb += fb[s].length;
    }
    std::vector<std::vector<std::string>> anchors(bead.a.size());
    for (std::size_t i = 0; i < bead.a.size(); ++i) {
      anchors[i] = anchors_of(fa[bead.a[i]]);
      said.insert(said.end(), anchors[i].begin(), anchors[i].end());
      la += fa[bead.a[i]].length;
    }
    auto in = [](const std::vector<std::string>& set, const std::string& x) {
      return std::find(set.begin(), set.end(), x) != set.end();
    };
    // An anchor of the translation that the reference lacks: one was changed, not dropped.
    if (std::any_of(held.begin(), held.end(), [&](const std::string& x) { return !in(said, x); })) continue;
    for (std::size_t i = 0; i < bead.a.size(); ++i) {
      if (anchors[i].empty() ||
          std::any_of(anchors[i].begin(), anchors[i].end(), [&](const std::string& x) { return in(held, x); }))
        continue;
      bool others_held = true;
      for (std::size_t j = 0; j < bead.a.size(); ++j)
        if (j != i)
          for (const std::string& x : anchors[j]) others_held = others_held && in(held, x);
      const std::uint32_t dropped = bead.a[i];
      const bool lengths_allow = misfit(lb, la - fa[dropped].length, view.pair->length_ratio) <=
                                 misfit(lb, la, view.pair->length_ratio) + kLengthSlack;
      if (others_held && lengths_allow && kept_apart_elsewhere(view, bead.a)) out.push_back(dropped);
    }
  }
  return out;
}

// Reference sentences the other Chinese script shows to be missing.
std::vector<std::uint32_t> dropped_by_sibling(const PairView& view) {
  std::vector<std::uint32_t> out;
  const Context& context = *view.context;
  const auto& alignment = context.alignment();
  const std::uint32_t ref = view.pair->a, checked = view.pair->b;
  const std::int32_t sibling = sibling_of(context, checked);
  if (sibling < 0) return out;
  const auto y = static_cast<std::uint32_t>(sibling);
  const align::PairAlignment* ref_sibling = alignment.find(ref, y);
  const align::PairAlignment* direct = alignment.find(y, checked);
  if (direct == nullptr) direct = alignment.find(checked, y);
  if (ref_sibling == nullptr || direct == nullptr) return out;
  for (const align::Bead& bead : view.pair->beads) {
    if (bead.a.size() < 2 || bead.b.empty()) continue;
    for (std::uint32_t s : bead.a) {
      const std::vector<std::uint32_t>* in_sibling = counterpart(*ref_sibling, ref, s);
      if (in_sibling == nullptr || in_sibling->size() != 1) continue;
      const std::vector<std::uint32_t>* in_checked = counterpart(*direct, y, in_sibling->front());
      if (in_checked != nullptr && in_checked->empty() &&
          absent_from(alignment, y, in_sibling->front(), checked, bead.b))
        out.push_back(s);
    }
  }
  return out;
}

// Whether reference sentence `s` stands in its bead's translation as it
// is, untranslated (an English sentence left in the Japanese, run into the
// next one): not lost, and parity/untranslated says what is wrong.
bool copied_into_merge(const PairView& view, std::uint32_t s) {
  constexpr double kCopied = 0.8;  // share of its character bigrams found
  const std::int32_t b = view.pair->bead_of_a[s];
  if (b < 0) return false;
  const std::string translation = joined_translation(view, view.pair->beads[static_cast<std::size_t>(b)].b);
  return containment(view.ref_analysis->keys[s], translation) >= kCopied;
}

}  // namespace

std::vector<std::uint32_t> dropped_from_merges(const PairView& view) {
  std::vector<std::uint32_t> out;
  auto add = [&](const std::vector<std::uint32_t>& found) {
    for (std::uint32_t s : found)
      if (std::find(out.begin(), out.end(), s) == out.end() && !copied_into_merge(view, s)) out.push_back(s);
  };
  add(dropped_by_length(view));
  add(dropped_by_dictionary(view));
  add(dropped_by_opening(view));
  add(dropped_by_anchors(view));
  add(dropped_by_sibling(view));
  return out;
}

}  // namespace concord::rules::parity
