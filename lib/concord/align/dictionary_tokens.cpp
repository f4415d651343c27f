#include "concord/align/dictionary_tokens.hpp"

#include <algorithm>
#include <bit>
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
  std::unordered_map<const char*, std::vector<std::uint64_t>> tokens_of;  // per word, once per version
  constexpr std::size_t kMaxWords = 64;                                   // words a sentence's bitmask holds
  std::vector<std::pair<std::uint64_t, std::uint8_t>> pairs;
  for (std::size_t s = 0; s < english_keys.size(); ++s) {
    SentenceWords& words = sentences_[s];
    for (std::string_view list : known[s]) {
      if (sentences_with[list.data()] > common || words.known == static_cast<int>(kMaxWords)) continue;
      auto [it, inserted] = tokens_of.try_emplace(list.data());
      if (inserted) {
        for (std::string_view form : lang::EnglishCjkWords::forms(list)) {
          const std::vector<std::uint64_t> tokens = lexical_tokens(form);
          it->second.insert(it->second.end(), tokens.begin(), tokens.end());
        }
        std::sort(it->second.begin(), it->second.end());
        it->second.erase(std::unique(it->second.begin(), it->second.end()), it->second.end());
      }
      if (it->second.empty()) continue;
      for (std::uint64_t t : it->second) pairs.emplace_back(t, static_cast<std::uint8_t>(words.known));
      ++words.known;
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [token, word] : pairs) {
      words.tokens.push_back(token);
      words.word.push_back(word);
    }
    pairs.clear();
  }
}

void DictionaryTokens::compare(std::uint32_t sentence, const std::vector<std::uint64_t>& cjk_tokens, int& known,
                               int& found) const {
  const SentenceWords& words = sentences_[sentence];
  known = words.known;
  std::uint64_t seen = 0;
  // Both lists are sorted: each search starts where the last one ended.
  auto from = words.tokens.begin();
  if (words.known > 0)
    for (std::uint64_t t : cjk_tokens) {
      from = std::lower_bound(from, words.tokens.end(), t);
      if (from == words.tokens.end()) break;
      for (auto it = from; it != words.tokens.end() && *it == t; ++it)
        seen |= std::uint64_t{1} << words.word[static_cast<std::size_t>(it - words.tokens.begin())];
    }
  found = std::popcount(seen);
}

}  // namespace concord::align
