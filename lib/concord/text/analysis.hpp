#pragma once
// The text layer's results for one document, computed once before the rules
// run: every text block's sentences with their comparison keys (and, once the
// extractor is wired, their entities). Rules read it through the Context.
#include <cstdint>
#include <string>
#include <vector>

#include "concord/model/document.hpp"

namespace concord::text {

struct Sentence {
  std::uint32_t block = 0;  // index in the version's file->blocks
  std::uint32_t begin = 0;  // byte offsets in the block's text
  std::uint32_t end = 0;
  std::string key;          // comparison form (normalizer.hpp)
};

struct VersionText {
  std::vector<Sentence> sentences;  // in document order
  /// Sentences of a block: [first, end) in `sentences`, by block index.
  struct Range {
    std::uint32_t first = 0, end = 0;
  };
  std::vector<Range> by_block;  // indexed by block index (file-wide)

  Range sentences_of(std::uint32_t block) const {
    return block < by_block.size() ? by_block[block] : Range{};
  }
};

struct DocumentText {
  std::vector<VersionText> versions;  // parallel to Document::versions
};

/// Splits every text block of every version into sentences.
DocumentText analyze(const model::Document& document);

/// The sentence text of `s`.
inline std::string_view sentence_text(const model::Version& v, const Sentence& s) {
  return v.file->blocks[s.block].text.view().substr(s.begin, s.end - s.begin);
}

}  // namespace concord::text
