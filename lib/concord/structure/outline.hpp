#pragma once
// The outline of one language version: its headings and numbered parts as a
// tree in document order, and which sentences each part holds. Alignment
// lines versions up by it; the numbering rules compare neighbours in it.
//
// Levels come from the numbering styles as a reader meets them: a style seen
// for the first time opens a level below the current one, a style seen
// before closes everything opened since (第一章 › 第一條 › （一）, then 第二條
// closes （一）). Headings nest by their heading level and close every
// numbered level opened under them.
#include <cstdint>
#include <string>
#include <vector>

#include "concord/model/document.hpp"
#include "concord/structure/marker.hpp"
#include "concord/text/analysis.hpp"

namespace concord::structure {

struct Section {
  Marker marker;                      // style heading for a heading without a number
  std::uint32_t block = 0;            // the block the marker stands in (index in the file's blocks)
  std::int32_t parent = -1;           // index in Outline::sections; -1 at the top
  std::uint16_t depth = 1;            // 1 at the top
  std::uint16_t heading_level = 0;    // 1–6 for heading blocks, 0 otherwise
  std::string title;                  // the heading's text, or the first words after the marker
  std::string path;                   // numbers from the top, "2.1.3"; unnumbered parts count as "#2"
  std::string anchor;                 // the source's identifier for it (`{#scope}`, id="s2"), if any
  bool list_item = false;             // content of a list: numbered by the format, or typed as lines of a paragraph
  std::uint32_t end_section = 0;      // index after its last descendant
  std::uint32_t first_sentence = 0;   // sentences (VersionText indices) of the section and its
  std::uint32_t end_sentence = 0;     // descendants: [first_sentence, end_sentence)
};

struct Outline {
  std::vector<Section> sections;  // pre-order, which is document order
  /// The innermost section of each sentence of the version; -1 before the first.
  std::vector<std::int32_t> section_of_sentence;
};

Outline build_outline(const model::Version& version, const text::VersionText& text);

struct DocumentOutline {
  std::vector<Outline> versions;  // parallel to Document::versions
};

DocumentOutline build_outlines(const model::Document& document, const text::DocumentText& text);

}  // namespace concord::structure
