#pragma once
// Word segmentation with ICU's word break iterator: dictionary-based for
// Chinese and Japanese. It is the slow step of the text layer (15–20 MB/s on
// CJK), so rules call it only on the sentences they need words for.
#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/text/icu_breakers.hpp"

namespace concord::text {

struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  WordStatus status = WordStatus::none;  // none: spaces and punctuation
};

std::vector<Token> split_words(std::string_view text, std::string_view lang);

/// Whether ICU's dictionary puts a word boundary at `offset` of `text`.
bool is_word_boundary(std::string_view text, std::string_view lang, std::uint32_t offset);

}  // namespace concord::text
