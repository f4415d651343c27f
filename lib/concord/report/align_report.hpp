#pragma once
// `concord align`: the versions of a document side by side, one unit a row
// (text), or as the JSON of CONTRACT.md (schemas/concord-align.schema.json).
#include <ostream>
#include <vector>

#include "concord/align/units.hpp"

namespace concord::report {

struct AlignView {
  const model::Document* document = nullptr;
  const text::DocumentText* text = nullptr;
  const structure::DocumentOutline* outline = nullptr;
  const align::DocumentAlignment* alignment = nullptr;
  std::vector<align::Unit> units;
};

/// Columns of `width` display cells in all (CJK characters take two).
void write_align_text(std::ostream& out, const AlignView& view, std::size_t width = 160);

/// One JSON object per document; several documents make a JSON array.
void write_align_json(std::ostream& out, const std::vector<AlignView>& views);

}  // namespace concord::report
