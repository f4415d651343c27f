#pragma once
// Lining up the sections of two versions: a monotone matching that maximises
// how well matched sections agree (their numbers, kind and depth, the
// anchors and length of their content), then, among what is left, sections
// that agree strongly but stand elsewhere: sections that moved.
#include <cstdint>
#include <functional>
#include <vector>

#include "concord/align/bead_cost.hpp"
#include "concord/structure/outline.hpp"

namespace concord::align {

/// One version as the section aligner sees it.
struct SectionSide {
  const structure::Outline* outline = nullptr;
  Side sentences;
  std::vector<std::uint32_t> sections;  // the sections that take part (numbered by the author, or headings)
};

/// Sections a reader would line up: everything but list items (numbered by
/// the format, or typed as lines of one paragraph), which are content.
std::vector<std::uint32_t> alignable_sections(const structure::Outline& outline);

struct SectionMatch {
  std::uint32_t a = 0;  // section index in a's outline
  std::uint32_t b = 0;
  double score = 0;
  bool moved = false;
};

/// What a third version says about the pair: per section of `a`, the
/// section of `b` that a's match in the other Chinese version corresponds
/// to (-1 when it has none). Empty when there is no such version.
using SiblingMatch = std::vector<std::int32_t>;

/// How well section `ka` of `a` and `kb` of `b` agree (higher is better; a
/// clear match scores 1.5 or more). The sides, the lexicon and the sibling
/// match must outlive the function.
std::function<double(std::uint32_t, std::uint32_t)> section_similarity(const SectionSide& a, const SectionSide& b,
                                                                      const PairModel& model,
                                                                      const Lexicon* lexicon = nullptr,
                                                                      const SiblingMatch* sibling = nullptr);

/// Sections that clearly match, monotone ones in order, then moved ones.
/// With a lexicon (a second pass), the words of the sections' own text count
/// too; with a sibling match, the pairs it points to.
std::vector<SectionMatch> align_sections(const SectionSide& a, const SectionSide& b, const PairModel& model,
                                         const Lexicon* lexicon = nullptr, const SiblingMatch* sibling = nullptr);

}  // namespace concord::align
