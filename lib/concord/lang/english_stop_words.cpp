#include "concord/lang/english_stop_words.hpp"

#include <algorithm>
#include <array>

namespace concord::lang {
namespace {

constexpr std::array<std::string_view, 40> kStopWords = {
    "the",  "and",  "for",  "are",  "with", "this", "that", "you",   "your", "our",  "not",  "may",  "will", "can",
    "from", "has",  "have", "any",  "all",  "but",  "its",  "their", "they", "them", "who",  "which", "when", "such",
    "been", "was",  "were", "into", "than", "also", "more", "other", "these", "those", "about", "what"};

}  // namespace

bool is_english_stop_word(std::string_view word) {
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

}  // namespace concord::lang
