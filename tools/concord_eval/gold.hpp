#pragma once
// Reading a gold alignment (corpora/gold/*.json, see its README) and turning
// it into pairwise beads over concord's own sentence and section indices.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "concord/align/units.hpp"

namespace concord::eval {

/// A bead between two versions: sentence (or section) indices of each side.
struct PairBead {
  std::set<std::uint32_t> a, b;
  bool operator<(const PairBead& o) const { return a != o.a ? a < o.a : b < o.b; }
  bool operator==(const PairBead& o) const { return a == o.a && b == o.b; }
};

struct GoldFile {
  std::string path;
  std::string document;
  std::map<std::string, std::string> files;  // lang → path (relative to the project root)
  /// Sentence groups, each lang → sentence texts.
  std::vector<std::map<std::string, std::vector<std::string>>> sentences;
  /// Section groups, each lang → line or nothing.
  std::vector<std::map<std::string, std::optional<std::uint32_t>>> sections;
};

std::optional<GoldFile> read_gold(const std::string& path, std::string& error);

/// The gold sentence groups of `file` as indices into each version's
/// sentences. Fails (with `error`) when a gold text does not match concord's
/// sentence at that place: the gold then needs updating.
struct IndexedGold {
  std::vector<std::map<std::string, std::vector<std::uint32_t>>> sentence_groups;
  std::vector<std::map<std::string, std::optional<std::uint32_t>>> section_groups;  // lang → section index
};

std::optional<IndexedGold> index_gold(const GoldFile& gold, const model::Document& document,
                                      const text::DocumentText& text, const structure::DocumentOutline& outline,
                                      std::string& error);

/// Groups projected onto the pair (a, b), merged where they share a unit.
std::set<PairBead> project(const std::vector<std::map<std::string, std::vector<std::uint32_t>>>& groups,
                           const std::string& a, const std::string& b);

}  // namespace concord::eval
