#pragma once
// A rule defined as data (rules/**/*.xml): regular expressions (ICU syntax)
// to look for in the text of a document's versions, with a message, a scope
// and embedded examples. Two types, after Vale's: `existence` flags every
// match; `substitution` also proposes a replacement.
#include <memory>
#include <string>
#include <vector>

#include "concord/rules/rule.hpp"

namespace concord::rules {

struct PatternSpec {
  std::string regex;
  bool ignore_case = false;
  std::vector<std::string> languages;  // empty: every language of the rule
  std::string replacement;             // substitution rules; "$1" refers to groups
  std::string label;                   // what a match is, for rules that name it ("download-site chrome")
  bool weak = false;                   // evidence only next to a strong match (rules that group matches)
  int line = 0;                        // where the rule file defines it
};

struct PatternRuleSpec {
  RuleMeta meta;
  enum class Type { existence, substitution } type = Type::existence;
  std::string message;  // "{match}" is replaced by the matched text
  /// Which blocks the rule reads: prose (paragraphs, list items, cells,
  /// quotes), headings, or all text blocks.
  enum class Scope { prose, headings, all } scope = Scope::all;
  std::vector<PatternSpec> patterns;
  std::string source;  // the file it came from, for messages
  int line = 0;        // the line of its <rule> element
};

class PatternSet;

class PatternRule final : public Rule {
 public:
  /// Compiles the patterns; fails with a message naming the bad pattern
  /// (and its line in `error_line`, when given).
  static std::unique_ptr<PatternRule> create(PatternRuleSpec spec, std::string& error, int* error_line = nullptr);
  ~PatternRule() override;

  const RuleMeta& meta() const override { return spec_.meta; }
  const PatternRuleSpec& spec() const { return spec_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  PatternRule(PatternRuleSpec spec, std::unique_ptr<PatternSet> patterns);
  PatternRuleSpec spec_;
  std::unique_ptr<PatternSet> patterns_;
};

}  // namespace concord::rules
