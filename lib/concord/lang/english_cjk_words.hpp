#pragma once
// English words and the Japanese and Chinese words that translate them,
// from EDICT (Debian's `edict` package), compiled in at build time
// (tools/gen_word_table). Each Japanese word is also listed in Simplified
// Chinese characters (権利 → 权利), the form comparison keys fold Chinese
// text to, since legal Chinese shares most of its kanji words.
//
// The aligner counts the words it finds as evidence that two sentences
// translate each other (align/dictionary_tokens.hpp), and the parity rules
// use it to tell which of two merged reference sentences a translation
// renders (rules/parity/merge_evidence.hpp). A dictionary finds few of a
// free translation's words, so only what it finds weighs much.
#include <string_view>
#include <vector>

namespace concord::lang {

class EnglishCjkWords {
 public:
  static const EnglishCjkWords& instance();

  /// The CJK words that translate a lower-case English word, as one
  /// '|'-separated list (forms() splits it), trying the word as written,
  /// then without a plural or verb ending; empty when unknown or a function
  /// word. The view lives as long as the program.
  std::string_view translations(std::string_view word) const;

  /// The forms of a list translations() returned.
  static std::vector<std::string_view> forms(std::string_view list);

  /// The words of an English comparison key (runs of a–z), each once.
  static std::vector<std::string_view> words_of(std::string_view english_key);

  /// Of the content words of an English comparison key, how many the table
  /// knows (`known`) and how many have a translation in `cjk_key` (`found`).
  /// Words whose translations `leave_out_key` (another English key) also
  /// has are not counted: they cannot tell the two apart. Nor is a word
  /// each of whose forms found is, or is part of, a form found of a word of
  /// `rival_key` (the other sentences of a merge) that this key lacks: 许可
  /// renders "license" as well as "permission", and says nothing about which
  /// of two sentences it came from. Where in the text a form stands is not
  /// looked at.
  void count_found(std::string_view english_key, std::string_view cjk_key, int& known, int& found,
                   std::string_view leave_out_key = {}, std::string_view rival_key = {}) const;

 private:
  EnglishCjkWords();
  std::string_view find(std::string_view word) const;

  // Views into the compiled-in table, in its (sorted) order: indexing it
  // is one pass over the text, so a run that needs it waits a few
  // milliseconds, not the time to split every list.
  struct Entry {
    std::string_view word;
    std::string_view forms;
  };
  std::vector<Entry> entries_;
};

}  // namespace concord::lang
