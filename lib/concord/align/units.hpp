#pragma once
// The alignment as rows a reader can scan: N-way units, one member per
// version (or none), sections first and the sentences they hold after them.
// Pairwise beads against the reference are joined where they share a
// sentence, so a row may hold two sentences of one version and one of another.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "concord/align/alignment.hpp"

namespace concord::align {

struct UnitMember {
  std::vector<std::uint32_t> sentences;  // sentence units: indices in the version's sentences
  std::int32_t section = -1;             // section units: index in the version's outline
};

struct Unit {
  enum class Kind { section, sentence } kind = Kind::sentence;
  std::string path;                              // the section path it belongs to
  double score = 0;                              // 0–1
  std::vector<std::optional<UnitMember>> members;  // parallel to Document::versions
};

std::vector<Unit> build_units(const model::Document& document, const DocumentAlignment& alignment,
                              const structure::DocumentOutline& outline);

}  // namespace concord::align
