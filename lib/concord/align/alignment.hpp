#pragma once
// How the language versions of a document line up: every version against
// the reference (section by section, then sentence by sentence inside the
// sections that matched), and the two Chinese versions against each other
// directly, through their Simplified folding.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/align/features.hpp"
#include "concord/model/document.hpp"
#include "concord/structure/outline.hpp"
#include "concord/text/analysis.hpp"

namespace concord::align {

/// Sentences of two versions that say the same thing (one side may be empty).
struct Bead {
  std::vector<std::uint32_t> a;  // sentence indices in version `a` of the pair
  std::vector<std::uint32_t> b;
  double score = 0;              // 0–1: how well the two sides agree
  bool moved = false;            // the two sentences correspond, but stand in a different order
};

struct SectionPair {
  std::int32_t a = -1;  // section index in a's outline, -1 when b's section has no counterpart
  std::int32_t b = -1;
  double score = 0;     // 0–1
  bool moved = false;   // matched, but in another place
};

struct PairAlignment {
  std::uint32_t a = 0;  // version indices in the document; `a` is the reference
  std::uint32_t b = 0;
  double length_ratio = 1.0;             // b's length per unit of a's
  std::vector<SectionPair> sections;     // every alignable section of both sides once
  std::vector<Bead> beads;               // every sentence of both sides once, in a's order
  std::vector<std::int32_t> bead_of_a;   // bead index of each sentence of a
  std::vector<std::int32_t> bead_of_b;
};

struct VersionAnalysis {
  std::vector<SentenceFeatures> features;
  std::vector<std::string> keys;       // comparison keys, parallel to the sentences
  std::vector<std::uint32_t> blocks;   // the block of each sentence
  std::vector<std::vector<std::uint64_t>> tokens;  // lexical tokens of each sentence
};

struct DocumentAlignment {
  std::int32_t reference = -1;           // version index; -1 when there is nothing to align
  std::vector<VersionAnalysis> versions;  // parallel to Document::versions
  std::vector<PairAlignment> pairs;      // the reference with each version, then zh-Hant with zh-Hans

  const PairAlignment* find(std::uint32_t a, std::uint32_t b) const;
};

/// The version to check the others against: `preferred` when a version has
/// that language, else English, else the first version with text.
std::int32_t choose_reference(const model::Document& document, const text::DocumentText& text,
                              std::string_view preferred);

DocumentAlignment align_document(const model::Document& document, const text::DocumentText& text,
                                 const structure::DocumentOutline& outline, std::string_view preferred_reference);

}  // namespace concord::align
