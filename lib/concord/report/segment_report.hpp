#pragma once
// `concord segment`: what concord sees in a file — its versions with their
// languages and line ranges, their outlines (numbering), and the block tree
// each reader produced.
#include <ostream>
#include <vector>

#include "concord/model/document.hpp"
#include "concord/structure/outline.hpp"
#include "concord/text/analysis.hpp"

namespace concord::report {

struct SegmentView {
  const model::ParsedFile* file = nullptr;
  std::vector<const model::Version*> versions;  // the versions that live in this file
  /// With --tokens: each version's sentences (parallel to `versions`); the
  /// report adds words and entities.
  std::vector<const text::VersionText*> texts;
  /// Each version's outline (parallel to `versions`).
  std::vector<const structure::Outline*> outlines;
};

void write_segment_text(std::ostream& out, const SegmentView& view);
void write_segment_json(std::ostream& out, const SegmentView& view);

}  // namespace concord::report
