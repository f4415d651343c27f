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
};

class CompiledPatterns;

class PatternRule final : public Rule {
 public:
  /// Compiles the patterns; fails with a message naming the bad pattern.
  static std::unique_ptr<PatternRule> create(PatternRuleSpec spec, std::string& error);
  ~PatternRule() override;

  const RuleMeta& meta() const override { return spec_.meta; }
  void check(const Context& context, Sink& sink) const override;

 private:
  explicit PatternRule(PatternRuleSpec spec);
  PatternRuleSpec spec_;
  std::unique_ptr<CompiledPatterns> compiled_;
};

}  // namespace concord::rules
