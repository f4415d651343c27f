#pragma once
// Sentence segmentation: ICU's sentence break iterator, then two repairs ICU
// does not make on its own: no break inside a URL, e-mail address or number
// (cybozu.com, 3.0.1, v1.3), and none right after a short abbreviation ICU
// does not know. Full-width 。！？ always end a sentence.
#include <cstdint>
#include <string_view>
#include <vector>

namespace concord::text {

struct TextRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// Sentences of `text`, trimmed of surrounding white space, never empty.
std::vector<TextRange> split_sentences(std::string_view text, std::string_view lang);

}  // namespace concord::text
