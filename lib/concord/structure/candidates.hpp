#pragma once
// Every place in a version where a section may start, in document order:
// headings, list items with a number, blocks that begin with a marker,
// markers inside long CJK texts, and table rows keyed by an item column.
#include <cstdint>
#include <string>
#include <vector>

#include "concord/model/document.hpp"
#include "concord/structure/marker_parser.hpp"

namespace concord::structure {

struct Candidate {
  MarkerReading reading;
  std::uint32_t block = 0;
  std::uint16_t heading_level = 0;  // a heading block (the marker may be a plain heading)
  bool block_start = true;          // the marker starts its block (not found inside the text)
  std::uint16_t list_level = 0;     // list items: their nesting depth (1-based), part of the style
  bool list_item = false;           // content of a list (rendered by the format, or typed as lines)
  std::string title;
  std::string anchor;  // the block's identifier in the source, if any
};

std::vector<Candidate> find_candidates(const model::Version& version);

}  // namespace concord::structure
