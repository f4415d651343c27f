#include "concord/rules/parity/english_text.hpp"

#include <array>

namespace concord::rules::parity {
namespace {

constexpr std::array<std::string_view, 28> kFunctionWords = {
    "the", "and", "of",   "to",   "a",  "in",   "for", "is",   "are",  "with", "this", "that", "you", "your",
    "we",  "our", "be",   "by",   "on", "or",   "may", "will", "not",  "it",   "can",  "if",   "as",  "from"};

}  // namespace

bool reads_as_english(const align::SentenceFeatures& f, std::string_view key) {
  if (!f.latin_text || f.length < 15) return false;
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
  return words >= 4 && small * 6 >= words;
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
