#pragma once
// The cost of a bead — a group of 0–2 sentences of one version aligned with
// 0–2 of another — in the dynamic program. Lower is better. It adds these
// kinds of evidence, in the spirit of Gale and Church's length model with
// Hunalign-style anchors and words:
//   - the bead's shape (1–1 is the norm; 1–2 and 2–1 happen; 1–0 is rare),
//   - how far the length ratio is from the one the whole pair shows,
//   - anchors that agree or disagree (numbers, links, Latin terms),
//   - words a dictionary or the pair's own lexicon finds translated (and,
//     against a group with none, words of the reference sentence next to
//     it: the translation is that one's),
// and, between two versions in one script (zh-Hant and zh-Hans, both folded
// to Simplified), how many character pairs the two texts share.
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "concord/align/dictionary_tokens.hpp"
#include "concord/align/features.hpp"
#include "concord/align/lexicon.hpp"

namespace concord::align {

/// One side's view of its sentences: features and comparison keys.
struct Side {
  const std::vector<SentenceFeatures>* features = nullptr;
  const std::vector<std::string>* keys = nullptr;
  const std::vector<std::uint32_t>* blocks = nullptr;  // the block each sentence stands in
  const std::vector<std::vector<std::uint64_t>>* tokens = nullptr;  // lexical tokens (lexicon.hpp)
};

struct PairModel {
  double length_ratio = 1.0;  // expected length of the other side per unit of the first
  bool same_script = false;   // compare texts directly (zh-Hant ↔ zh-Hans)
};

/// Estimates the pair's length ratio from the versions' total lengths.
PairModel make_pair_model(const Side& a, const Side& b, bool same_script);

/// Which sections the sentences stand in, for pairs whose sections were
/// matched first: a sentence of a section matched to X pairs with sentences
/// of X, and a sentence of a section left unmatched pairs with nobody's.
struct SectionFrame {
  std::vector<std::int32_t> a_target;   // per sentence of a: the b section its section matched, -1 none
  std::vector<std::int32_t> b_section;  // per sentence of b: its section (alignable), -1 before any
  std::vector<bool> b_matched;          // per section of b: matched to a section of a
  /// Per sentence: the unmatched section it is the heading of, -1 if none.
  /// Two such headings pair only as well as their sections agree.
  std::vector<std::int32_t> a_unmatched_start, b_unmatched_start;
  std::function<double(std::uint32_t, std::uint32_t)> similarity;  // section_similarity
};

class BeadCost {
 public:
  /// With a lexicon (a second pass), words that translate each other are
  /// evidence too. The sides, the lexicon and the frame must outlive it.
  BeadCost(const Side& a, const Side& b, const PairModel& model, const Lexicon* lexicon = nullptr,
           const SectionFrame* frame = nullptr, const DictionaryTokens* dictionary = nullptr);

  /// Cost of aligning a[ia .. ia+na) with b[ib .. ib+nb) (na, nb in 0..3).
  /// Not thread-safe: it caches dictionary counts, so each thread aligning
  /// a pair needs its own BeadCost.
  double operator()(const std::vector<std::uint32_t>& index_a, std::size_t ia, int na,
                    const std::vector<std::uint32_t>& index_b, std::size_t ib, int nb) const;

  /// How well a[ia..] and b[ib..] correspond, as 0–1, for reports.
  double score(double cost, int na, int nb) const;

 private:
  const Side& a_;
  const Side& b_;
  PairModel model_;
  const Lexicon* lexicon_;
  const SectionFrame* frame_;
  const DictionaryTokens* dictionary_;  // a's words with their CJK translations (English–CJK pairs)
  std::vector<Lexicon::KnownTokens> known_a_;  // per sentence of a, when there is a lexicon

  // The dictionary's counts for sentence a of a against sentence b of b,
  // remembered. A BeadCost serves one pair's alignment on one thread.
  void dictionary_found_single(std::uint32_t a, std::uint32_t b, int& known, int& found) const;
  struct SingleFound {
    std::uint64_t key;
    std::int16_t known, found;
  };
  static constexpr int kSingleFoundBits = 14;
  static constexpr std::size_t kSingleFoundSlots = std::size_t{1} << kSingleFoundBits;
  mutable std::vector<SingleFound> single_found_;
};

/// Dice coefficient of the character bigrams of two keys (0–1).
double bigram_dice(std::string_view a, std::string_view b);

}  // namespace concord::align
