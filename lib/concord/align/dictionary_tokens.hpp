#pragma once
// The English–CJK word table (lang/english_cjk_words.hpp) in the aligner's
// terms: for each word of an English sentence that the table knows, the
// lexical tokens (lexicon.hpp) of its Japanese and Chinese translations. A
// CJK sentence holding one of them renders that word. Unlike the lexicon a
// pair learns from itself, this knows words a short document uses once,
// which is where the lexicon falls silent: short list items, a sentence a
// merge would hide.
#include <cstdint>
#include <string>
#include <vector>

#include "concord/align/lexicon.hpp"  // lexical_tokens

namespace concord::align {

class DictionaryTokens {
 public:
  /// For the sentences (comparison keys) of an English version.
  explicit DictionaryTokens(const std::vector<std::string>& english_keys);

  /// How many words of English sentence `sentence` the table knows, and how
  /// many of them have a translation among `cjk_tokens` (sorted lexical
  /// tokens of the other side).
  void compare(std::uint32_t sentence, const std::vector<std::uint64_t>& cjk_tokens, int& known, int& found) const;

 private:
  // Per sentence: every token of its known words' translations with the
  // translation (form) it belongs to, sorted by token, so that a comparison
  // looks up the other side's few tokens instead of all translations. A
  // word is found when every token of one of its forms is: one character
  // pair of 現状有姿 does not render "as-is".
  struct SentenceWords {
    std::vector<std::uint64_t> tokens;         // distinct, sorted
    std::vector<std::uint32_t> forms_begin;    // per token and one past: where its forms start in `forms`
    std::vector<std::uint16_t> forms;          // the forms each token belongs to
    std::vector<std::uint8_t> form_word;       // per form: the index of the word it translates
    std::vector<std::uint8_t> form_size;       // per form: its distinct tokens
    int known = 0;
  };
  std::vector<SentenceWords> sentences_;
};

}  // namespace concord::align
