#pragma once
// A list of patterns from a rule file (ICU regular expressions), compiled
// once and searched in block texts. Shared by PatternRule and by built-in
// rules that read a pattern list (content/boilerplate).
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "concord/rules/declarative/pattern_rule.hpp"

namespace concord::rules {

/// Whether a language list (rule or pattern `lang`) covers `lang`: empty
/// lists cover everything, "zh" covers "zh-Hans" and "zh-Hant".
bool languages_cover(const std::vector<std::string>& languages, const std::string& lang);

class PatternSet {
 public:
  struct Match {
    std::uint32_t begin = 0;  // byte offsets in the searched text
    std::uint32_t end = 0;
    std::size_t pattern = 0;  // index into specs()
    std::string replacement;  // the pattern's replacement with $1…$9 filled in
  };

  /// Compiles every pattern; fails with a message naming the bad pattern
  /// (and its line in `error_line`, when given).
  static std::unique_ptr<PatternSet> compile(std::vector<PatternSpec> specs, std::string& error,
                                             int* error_line = nullptr);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  const std::vector<PatternSpec>& specs() const { return specs_; }

  /// Which matches count (a rule leaves out inline code); nullptr: all.
  using Filter = std::function<bool(std::uint32_t begin, std::uint32_t end)>;

  /// Non-empty matches in `text` of the patterns that apply to `lang` and
  /// that `keep` accepts, pattern by pattern; a match overlapping an earlier
  /// one is dropped.
  std::vector<Match> find(std::string_view text, const std::string& lang, const Filter& keep = nullptr) const;

 private:
  class Compiled;
  PatternSet(std::vector<PatternSpec> specs, std::unique_ptr<Compiled> compiled);
  std::vector<PatternSpec> specs_;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace concord::rules
