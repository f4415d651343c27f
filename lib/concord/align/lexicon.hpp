#pragma once
// Word correspondences learned from a first alignment of two versions, as
// Hunalign builds its dictionary in a second pass: English words and the
// CJK character pairs that keep turning up in the same 1–1 beads
// ("account" ↔ アカ/カウ, "licensed" ↔ 授权). No dictionary ships with
// concord; each pair of versions teaches its own, so the second alignment
// can tell which of two neighbouring sentences a translation renders.
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include <string_view>

namespace concord::align {

/// The lexical tokens of a sentence, hashed and sorted: lower-case words of
/// three letters or more (not the small function words) for Latin text, and
/// pairs of adjacent Han or katakana characters for CJK text (Latin words in
/// it count as words).
std::vector<std::uint64_t> lexical_tokens(std::string_view key);

/// A word (or token) found in more sentences of a version than this says
/// nothing about which sentence is which ("Mozilla", "service").
std::size_t common_word_limit(std::size_t sentences);

class Lexicon {
 public:
  /// Learns from the 1–1 beads of a first alignment; `tokens_a`/`tokens_b`
  /// are the sentences' lexical tokens.
  static Lexicon learn(const std::vector<std::vector<std::uint64_t>>& tokens_a,
                       const std::vector<std::vector<std::uint64_t>>& tokens_b,
                       const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs);

  bool empty() const { return translations_.empty(); }

  /// The translations of each token of a sentence that the lexicon knows,
  /// looked up once: the dynamic program compares every sentence with many.
  using KnownTokens = std::vector<const std::vector<std::uint64_t>*>;
  KnownTokens known_tokens(const std::vector<std::uint64_t>& tokens) const;
  std::vector<KnownTokens> known_tokens(const std::vector<std::vector<std::uint64_t>>& sentences) const;

  /// Of a's known tokens, how many have a translation among b's sorted
  /// tokens (`known`, `found`).
  static void compare_known(const KnownTokens& a, const std::vector<std::uint64_t>& b, int& known, int& found);

 private:
  std::unordered_map<std::uint64_t, std::vector<std::uint64_t>> translations_;
};

}  // namespace concord::align
