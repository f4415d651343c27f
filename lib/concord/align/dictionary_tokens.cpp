#include "concord/align/dictionary_tokens.hpp"

#include <algorithm>
#include <bit>
#include <limits>
#include <unordered_map>

#include "concord/lang/english_cjk_words.hpp"

namespace concord::align {

DictionaryTokens::DictionaryTokens(const std::vector<std::string>& english_keys) {
  const auto& table = lang::EnglishCjkWords::instance();
  sentences_.resize(english_keys.size());
  // Words of a large share of the sentences ("certificate" in a page on
  // revoking certificates) say nothing about which sentence is which, as
  // for the lexicon.
  // A word's translations are keyed by where their list stands in the table.
  std::unordered_map<const char*, std::size_t> sentences_with;
  std::vector<std::vector<std::string_view>> known(english_keys.size());
  for (std::size_t s = 0; s < english_keys.size(); ++s)
    for (std::string_view word : lang::EnglishCjkWords::words_of(english_keys[s]))
      if (const std::string_view list = table.translations(word);
          !list.empty() && std::none_of(known[s].begin(), known[s].end(),
                                        [&](std::string_view k) { return k.data() == list.data(); })) {
        known[s].push_back(list);
        ++sentences_with[list.data()];
      }
  const std::size_t common = common_word_limit(english_keys.size());
  // Per word, once per version: each form's tokens (forms without any left out).
  std::unordered_map<const char*, std::vector<std::vector<std::uint64_t>>> forms_of;
  constexpr std::size_t kMaxWords = 64;  // words a sentence's bitmask holds
  constexpr std::size_t kMaxForms = std::numeric_limits<std::uint16_t>::max();
  constexpr std::size_t kMaxFormTokens = std::numeric_limits<std::uint8_t>::max();
  std::vector<std::pair<std::uint64_t, std::uint16_t>> pairs;
  for (std::size_t s = 0; s < english_keys.size(); ++s) {
    SentenceWords& words = sentences_[s];
    for (std::string_view list : known[s]) {
      if (sentences_with[list.data()] > common || words.known == static_cast<int>(kMaxWords)) continue;
      auto [it, inserted] = forms_of.try_emplace(list.data());
      if (inserted)
        for (std::string_view form : lang::EnglishCjkWords::forms(list)) {
          std::vector<std::uint64_t> tokens = lexical_tokens(form);
          if (!tokens.empty() && tokens.size() <= kMaxFormTokens) it->second.push_back(std::move(tokens));
        }
      if (it->second.empty() || words.form_word.size() + it->second.size() > kMaxForms) continue;
      for (const std::vector<std::uint64_t>& tokens : it->second) {
        const auto form = static_cast<std::uint16_t>(words.form_word.size());
        for (std::uint64_t t : tokens) pairs.emplace_back(t, form);
        words.form_word.push_back(static_cast<std::uint8_t>(words.known));
        words.form_size.push_back(static_cast<std::uint8_t>(tokens.size()));
      }
      ++words.known;
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [token, form] : pairs) {
      if (words.tokens.empty() || words.tokens.back() != token) {
        words.tokens.push_back(token);
        words.forms_begin.push_back(static_cast<std::uint32_t>(words.forms.size()));
      }
      words.forms.push_back(form);
    }
    words.forms_begin.push_back(static_cast<std::uint32_t>(words.forms.size()));
    pairs.clear();
  }
}

void DictionaryTokens::compare(std::uint32_t sentence, const std::vector<std::uint64_t>& cjk_tokens, int& known,
                               int& found) const {
  const SentenceWords& words = sentences_[sentence];
  known = words.known;
  found = 0;
  if (words.known == 0) return;
  // Per-thread scratch: tokens seen per form, and the forms touched, reset
  // after each call (the dynamic program asks millions of times).
  thread_local std::vector<std::uint8_t> seen_of_form;
  thread_local std::vector<std::uint16_t> touched;
  if (seen_of_form.size() < words.form_word.size()) seen_of_form.resize(words.form_word.size(), 0);
  std::uint64_t seen = 0;
  // Both lists are sorted: each search starts where the last one ended.
  auto from = words.tokens.begin();
  for (std::size_t i = 0; i < cjk_tokens.size(); ++i) {
    const std::uint64_t t = cjk_tokens[i];
    if (i > 0 && cjk_tokens[i - 1] == t) continue;  // joined sentences repeat tokens
    from = std::lower_bound(from, words.tokens.end(), t);
    if (from == words.tokens.end()) break;
    if (*from != t) continue;
    const auto k = static_cast<std::size_t>(from - words.tokens.begin());
    for (std::uint32_t j = words.forms_begin[k]; j < words.forms_begin[k + 1]; ++j) {
      const std::uint16_t f = words.forms[j];
      if (seen_of_form[f]++ == 0) touched.push_back(f);
      if (seen_of_form[f] == words.form_size[f]) seen |= std::uint64_t{1} << words.form_word[f];
    }
  }
  for (std::uint16_t f : touched) seen_of_form[f] = 0;
  touched.clear();
  found = std::popcount(seen);
}

}  // namespace concord::align
