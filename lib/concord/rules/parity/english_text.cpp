#include "concord/rules/parity/english_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace concord::rules::parity {
namespace {

constexpr std::array<std::string_view, 28> kFunctionWords = {
    "the", "and", "of",   "to",   "a",  "in",   "for", "is",   "are",  "with", "this", "that", "you", "your",
    "we",  "our", "be",   "by",   "on", "or",   "may", "will", "not",  "it",   "can",  "if",   "as",  "from"};

// Whether lower-case Latin text reads as English prose: four words or more,
// and one in six of them the small words sentences are made of (not a
// product name, a list of terms or a code sample).
bool english_prose(std::string_view key, int min_words = 4, int min_small = 1) {
  int words = 0, small = 0;
  for (std::size_t p = 0; p < key.size();) {
    while (p < key.size() && !std::isalpha(static_cast<unsigned char>(key[p]))) ++p;
    std::size_t e = p;
    while (e < key.size() && std::isalpha(static_cast<unsigned char>(key[e]))) ++e;
    if (e == p) break;
    const std::string_view w = key.substr(p, e - p);
    ++words;
    for (std::string_view fw : kFunctionWords)
      if (w == fw) {
        ++small;
        break;
      }
    p = e;
  }
  return words >= min_words && small >= min_small && small * 6 >= words;
}

}  // namespace

bool reads_as_english(const align::SentenceFeatures& f, std::string_view key) {
  return f.latin_text && f.length >= 15 && english_prose(key);
}

std::pair<std::uint32_t, std::uint32_t> english_run(std::string_view text) {
  // The longest stretch of ASCII starting with a letter.
  std::size_t best_begin = 0, best_end = 0;
  for (std::size_t p = 0; p < text.size();) {
    if (static_cast<unsigned char>(text[p]) >= 0x80 || !std::isalpha(static_cast<unsigned char>(text[p]))) {
      ++p;
      continue;
    }
    std::size_t e = p;
    while (e < text.size() && static_cast<unsigned char>(text[e]) < 0x80 && text[e] != '\n') ++e;
    if (e - p > best_end - best_begin) best_begin = p, best_end = e;
    p = e;
  }
  while (best_end > best_begin && text[best_end - 1] == ' ') --best_end;
  // A whole English sentence: six words or more, ending like one. Glosses in
  // brackets ("(original works of authorship)") and titles of linked pages do not.
  // The English may run straight into the next sentence ("…need it.Mozilla は"):
  // it ends at its last full stop.
  const std::size_t stop = text.substr(best_begin, best_end - best_begin).find_last_of(".!?");
  if (stop == std::string_view::npos) return {0, 0};
  best_end = best_begin + stop + 1;
  if (best_end - best_begin < 30) return {0, 0};
  std::string lower(text.substr(best_begin, best_end - best_begin));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!english_prose(lower, 6, 2)) return {0, 0};
  return {static_cast<std::uint32_t>(best_begin), static_cast<std::uint32_t>(best_end)};
}

bool english_phrase(std::string_view text) {
  int words = 0;
  bool lower_word = false;
  for (std::size_t p = 0; p < text.size();) {
    if (static_cast<unsigned char>(text[p]) >= 0x80) return false;  // not Latin text only
    if (text[p] == ' ') {
      ++p;
      continue;
    }
    std::size_t e = text.find(' ', p);
    if (e == std::string_view::npos) e = text.size();
    std::string_view token = text.substr(p, e - p);
    p = e;
    // Addresses, paths, domains and code are not words of a phrase.
    if (token.find_first_of("@/`_#=<>{}|\\") != std::string_view::npos) return false;
    while (!token.empty() && std::ispunct(static_cast<unsigned char>(token.front()))) token.remove_prefix(1);
    while (!token.empty() && std::ispunct(static_cast<unsigned char>(token.back()))) token.remove_suffix(1);
    if (token.find('.') != std::string_view::npos) return false;  // nodejs.org, Amazon.com
    if (token.empty() || !std::all_of(token.begin(), token.end(), [](char c) {
          return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '\'';
        }))
      continue;
    ++words;
    lower_word |= token.size() >= 3 && std::all_of(token.begin(), token.end(), [](char c) {
                    return std::islower(static_cast<unsigned char>(c)) != 0;
                  });
  }
  return words >= 2 && lower_word;
}

bool mostly_english(const align::VersionAnalysis& version) {
  double english = 0, total = 0;
  for (std::size_t i = 0; i < version.features.size(); ++i) {
    total += version.features[i].length;
    if (reads_as_english(version.features[i], version.keys[i])) english += version.features[i].length;
  }
  return total > 0 && english >= 0.6 * total;
}

}  // namespace concord::rules::parity
