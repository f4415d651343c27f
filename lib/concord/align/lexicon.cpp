#include "concord/align/lexicon.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <string_view>

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/lang/english_stop_words.hpp"

namespace concord::align {
namespace {

bool lexical_cjk(char32_t cp) {
  const lang::CharClass c = lang::classify(cp);
  return c == lang::CharClass::han || c == lang::CharClass::katakana;
}

std::uint64_t hash_of(std::string_view s) { return std::hash<std::string_view>{}(s); }

constexpr int kMinCooccurrence = 2;  // a pair seen once proves nothing
constexpr std::size_t kMaxLearningPairs = 3000;
constexpr double kMinDice = 0.6;

}  // namespace

std::size_t common_word_limit(std::size_t sentences) { return std::max<std::size_t>(3, sentences / 12); }

std::vector<std::uint64_t> lexical_tokens(std::string_view key) {
  std::vector<std::uint64_t> out;
  char32_t previous = 0;
  std::size_t word_begin = std::string_view::npos;
  for (std::size_t pos = 0; pos <= key.size();) {
    const std::size_t at = pos;
    const char32_t cp = pos < key.size() ? utf8::next(key, pos) : 0;
    if (pos == at) ++pos;  // the end
    const bool word_char = cp < 0x80 && cp != 0 && std::isalnum(static_cast<int>(cp));
    if (word_char && word_begin == std::string_view::npos) word_begin = at;
    if (!word_char && word_begin != std::string_view::npos) {
      const std::string_view w = key.substr(word_begin, at - word_begin);
      if (w.size() >= 3 && !lang::is_english_stop_word(w)) out.push_back(hash_of(w));
      word_begin = std::string_view::npos;
    }
    if (lexical_cjk(cp) && lexical_cjk(previous)) {
      char32_t pair[2] = {previous, cp};
      out.push_back(hash_of(std::string_view(reinterpret_cast<const char*>(pair), sizeof pair)) ^ 0x9e3779b97f4a7c15ULL);
    }
    previous = cp;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Lexicon Lexicon::learn(const std::vector<std::vector<std::uint64_t>>& tokens_a,
                       const std::vector<std::vector<std::uint64_t>>& tokens_b,
                       const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs) {
  // Words in a large share of the sentences (Mozilla, service) say nothing
  // about which sentence is which: they are left out.
  auto common_tokens = [](const std::vector<std::vector<std::uint64_t>>& tokens) {
    std::unordered_map<std::uint64_t, std::size_t> df;
    for (const auto& sentence : tokens)
      for (std::uint64_t x : sentence) ++df[x];
    const std::size_t limit = common_word_limit(tokens.size());
    std::unordered_map<std::uint64_t, bool> common;
    for (const auto& [x, n] : df) common[x] = n > limit;
    return common;
  };
  const auto common_a = common_tokens(tokens_a), common_b = common_tokens(tokens_b);
  std::unordered_map<std::uint64_t, int> count_a, count_b;
  std::unordered_map<std::uint64_t, std::unordered_map<std::uint64_t, int>> together;
  // A few thousand beads teach all a document can: longer ones are sampled
  // evenly, so that time and memory stay bounded.
  const std::size_t step = std::max<std::size_t>(1, pairs.size() / kMaxLearningPairs);
  for (std::size_t i = 0; i < pairs.size(); i += step) {
    const auto& [sa, sb] = pairs[i];
    for (std::uint64_t x : tokens_a[sa]) ++count_a[x];
    for (std::uint64_t y : tokens_b[sb]) ++count_b[y];
    for (std::uint64_t x : tokens_a[sa]) {
      auto& row = together[x];
      for (std::uint64_t y : tokens_b[sb]) ++row[y];
    }
  }
  Lexicon lex;
  for (const auto& [x, row] : together) {
    if (common_a.at(x)) continue;
    for (const auto& [y, n] : row) {
      if (n < kMinCooccurrence || common_b.at(y)) continue;
      const double dice = 2.0 * n / (count_a[x] + count_b[y]);
      if (dice >= kMinDice) lex.translations_[x].push_back(y);
    }
  }
  for (auto& [x, ys] : lex.translations_) std::sort(ys.begin(), ys.end());
  return lex;
}

Lexicon::KnownTokens Lexicon::known_tokens(const std::vector<std::uint64_t>& tokens) const {
  KnownTokens out;
  for (std::uint64_t x : tokens)
    if (const auto it = translations_.find(x); it != translations_.end()) out.push_back(&it->second);
  return out;
}

std::vector<Lexicon::KnownTokens> Lexicon::known_tokens(const std::vector<std::vector<std::uint64_t>>& sentences) const {
  std::vector<KnownTokens> out;
  out.reserve(sentences.size());
  for (const auto& tokens : sentences) out.push_back(known_tokens(tokens));
  return out;
}

void Lexicon::compare_known(const KnownTokens& a, const std::vector<std::uint64_t>& b, int& known, int& found) {
  known = static_cast<int>(a.size());
  found = 0;
  for (const std::vector<std::uint64_t>* ys : a)
    for (std::uint64_t y : *ys)
      if (std::binary_search(b.begin(), b.end(), y)) {
        ++found;
        break;
      }
}

}  // namespace concord::align
