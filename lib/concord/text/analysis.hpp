#pragma once
// The text layer's results for one document, computed once before the rules
// run: every text block's sentences with their comparison keys and entities.
// Rules read it through the Context.
#include <cstdint>
#include <string>
#include <vector>

#include "concord/model/document.hpp"
#include "concord/text/entities.hpp"

namespace concord::text {

struct Sentence {
  std::uint32_t block = 0;  // index in the version's file->blocks
  std::uint32_t begin = 0;  // byte offsets in the block's text
  std::uint32_t end = 0;
  std::string key;          // comparison form (normalizer.hpp)
  std::vector<Entity> entities;  // offsets in the block's text, like begin/end
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

/// The sentences of one block's text with their keys and entities. Entities
/// are extracted from the whole text at once and handed to the sentence they
/// start in (sentence boundaries never split a number, URL or date).
void analyze_block(std::string_view text, std::string_view lang, std::uint32_t block, std::vector<Sentence>& out);

/// Splits every text block of every version into sentences and extracts
/// their entities.
DocumentText analyze(const model::Document& document);

/// The sentence text of `s`.
inline std::string_view sentence_text(const model::Version& v, const Sentence& s) {
  return v.file->blocks[s.block].text.view().substr(s.begin, s.end - s.begin);
}

}  // namespace concord::text
