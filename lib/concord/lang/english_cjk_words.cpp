#include "concord/lang/english_cjk_words.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "concord/lang/english_base_words.hpp"
#include "concord/lang/english_stop_words.hpp"

namespace concord::lang {
namespace {

#include "concord/english_cjk_word_table.inc"

// Beyond the stop words, short words EDICT glosses anyway ("would" → 積もり)
// that no more tell sentences apart.
constexpr std::array<std::string_view, 8> kAlsoFunctionWords = {"there", "here", "would", "should",
                                                                 "could", "must", "does",  "only"};

bool is_function_word(std::string_view w) {
  return is_english_stop_word(w) ||
         std::find(kAlsoFunctionWords.begin(), kAlsoFunctionWords.end(), w) != kAlsoFunctionWords.end();
}

}  // namespace

const EnglishCjkWords& EnglishCjkWords::instance() {
  static const EnglishCjkWords words;
  return words;
}

EnglishCjkWords::EnglishCjkWords() {
  for (const char* chunk : kWordTableChunks) {
    std::string_view text(chunk);
    while (!text.empty()) {
      const std::size_t eol = std::min(text.find('\n'), text.size());
      const std::string_view line = text.substr(0, eol);
      text.remove_prefix(std::min(eol + 1, text.size()));
      const std::size_t tab = line.find('\t');
      if (tab != std::string_view::npos) entries_.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
  }
  // The generator writes the words in order; sorting again costs little and
  // keeps the lookup right whatever the table.
  if (!std::is_sorted(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.word < b.word; }))
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.word < b.word; });
}

std::string_view EnglishCjkWords::find(std::string_view word) const {
  const auto it = std::lower_bound(entries_.begin(), entries_.end(), word,
                                   [](const Entry& e, std::string_view w) { return e.word < w; });
  return it != entries_.end() && it->word == word ? it->forms : std::string_view();
}

std::string_view EnglishCjkWords::translations(std::string_view word) const {
  if (word.size() < 3 || is_function_word(word)) return {};
  if (const std::string_view forms = find(word); !forms.empty()) return forms;
  std::string_view forms;
  visit_base_words(word, [&](std::string_view base) {
    forms = find(base);
    return !forms.empty();
  });
  return forms;
}

std::vector<std::string_view> EnglishCjkWords::forms(std::string_view list) {
  std::vector<std::string_view> out;
  while (!list.empty()) {
    const std::size_t bar = std::min(list.find('|'), list.size());
    out.push_back(list.substr(0, bar));
    list.remove_prefix(std::min(bar + 1, list.size()));
  }
  return out;
}

std::vector<std::string_view> EnglishCjkWords::words_of(std::string_view english_key) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < english_key.size();) {
    while (i < english_key.size() && !(english_key[i] >= 'a' && english_key[i] <= 'z')) ++i;
    const std::size_t begin = i;
    while (i < english_key.size() && english_key[i] >= 'a' && english_key[i] <= 'z') ++i;
    const std::string_view word = english_key.substr(begin, i - begin);
    if (!word.empty() && std::find(out.begin(), out.end(), word) == out.end()) out.push_back(word);
  }
  return out;
}

void EnglishCjkWords::count_found(std::string_view english_key, std::string_view cjk_key, int& known, int& found,
                                  std::string_view leave_out_key, std::string_view rival_key) const {
  known = found = 0;
  std::vector<const char*> left_out;  // lists, by where they stand in the table
  for (std::string_view word : words_of(leave_out_key))
    if (const std::string_view list = translations(word); !list.empty()) left_out.push_back(list.data());
  // The forms present in the translation of the rival's own words (not
  // those both keys have, in any inflection: "license" and "licenses" share
  // their list): what they cover, or a form inside them, is theirs.
  const std::vector<std::string_view> own_words = words_of(english_key);
  std::vector<const char*> own_lists;
  for (std::string_view word : own_words)
    if (const std::string_view list = translations(word); !list.empty()) own_lists.push_back(list.data());
  std::vector<std::string_view> rival_forms;
  for (std::string_view word : words_of(rival_key)) {
    const std::string_view list = translations(word);
    if (list.empty() || std::find(own_lists.begin(), own_lists.end(), list.data()) != own_lists.end()) continue;
    for (std::string_view f : forms(list))
      if (!f.empty() && cjk_key.find(f) != std::string_view::npos) rival_forms.push_back(f);
  }
  auto rivals_cover = [&](std::string_view f) {
    return std::any_of(rival_forms.begin(), rival_forms.end(),
                       [&](std::string_view r) { return r.find(f) != std::string_view::npos; });
  };
  for (std::string_view word : own_words) {
    const std::string_view list = translations(word);
    if (list.empty() || std::find(left_out.begin(), left_out.end(), list.data()) != left_out.end()) continue;
    bool present = false, own = false;
    for (std::string_view f : forms(list)) {
      if (cjk_key.find(f) == std::string_view::npos) continue;
      present = true;
      own = own || !rivals_cover(f);
    }
    if (present && !own) continue;  // each form found is, or is inside, a rival's form found
    ++known;
    if (own) ++found;
  }
}

}  // namespace concord::lang
