#pragma once
// What the aligner knows about a sentence without understanding it: how long
// it is, and the anchors that survive translation — numbers and dates by
// value, links, Latin-script terms and identifiers. A heading is marked, since
// headings translate headings.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/model/document.hpp"
#include "concord/text/analysis.hpp"

namespace concord::align {

struct SentenceFeatures {
  std::uint32_t length = 0;            // code points, white space excluded
  bool heading = false;
  std::uint16_t heading_level = 0;     // 1–6 for headings
  bool starts_block = false;           // the first sentence of its paragraph, item or cell
  bool ends_block = false;             // the last one
  std::vector<std::string> numbers;    // values of numbers, dates, times, durations, versions, ordinals
  std::vector<std::string> links;      // normalized URLs and e-mail addresses (text and link targets)
  std::vector<std::string> terms;      // lower-case Latin terms of CJK text, and identifiers
  bool latin_text = false;             // written in Latin script (its key holds its words)
};

/// Features of every sentence of a version, parallel to `text.sentences`.
std::vector<SentenceFeatures> sentence_features(const model::Version& version, const text::VersionText& text);

/// A URL as the versions of one document write it differently: no scheme,
/// no "www.", no language segment (/en-US/, /ja/, ?lang=zh-CN), no trailing
/// slash, lower-case host. E-mail addresses are lower-cased.
std::string normalize_link(std::string_view link);

/// How two sets of anchors agree: `shared` anchors in both, `only_a` and
/// `only_b` in one of them.
struct AnchorMatch {
  int shared = 0;
  int only_a = 0;
  int only_b = 0;
  bool any() const { return shared + only_a + only_b > 0; }
};

/// Compares the anchors of two groups of sentences. `key_a`/`key_b` are the
/// groups' comparison keys: a Latin term of one side is also found in the
/// other side's words when that side is written in Latin script (English).
AnchorMatch compare_anchors(const std::vector<const SentenceFeatures*>& a, std::string_view key_a,
                            const std::vector<const SentenceFeatures*>& b, std::string_view key_b);

/// Word-boundary search of a lower-case `term` in a lower-case key.
bool contains_word(std::string_view key, std::string_view term);

}  // namespace concord::align
