#pragma once
// The base words an inflected English word may come from: "licenses" →
// "license", "provided" → "provide", "collecting" → "collect", "policies" →
// "policy". Header-only, so that the word-table generator
// (tools/gen_word_table), which runs before the library exists, strips the
// same endings as the lookup (lang/english_cjk_words.cpp).
#include <string>
#include <string_view>

namespace concord::lang {

/// Calls `visit(base)` for each candidate base word of a lower-case word,
/// most likely first, until it returns true; returns whether one did.
template <class Visit>
bool visit_base_words(std::string_view word, Visit&& visit) {
  for (std::string_view ending : {"s", "es", "ed", "d", "ing"})
    if (word.size() > ending.size() + 3 && word.ends_with(ending) && visit(word.substr(0, word.size() - ending.size())))
      return true;
  if (word.size() > 4 && word.ends_with("ies")) return visit(std::string(word.substr(0, word.size() - 3)) + "y");
  return false;
}

}  // namespace concord::lang
