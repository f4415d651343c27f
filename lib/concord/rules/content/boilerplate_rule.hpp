#pragma once
// content/boilerplate: web-page or download-site chrome (page counters,
// download buttons, comment boxes, adverts) mixed into the policy. The
// phrases are data, rules/content/boilerplate.xml; the rule finds the blocks
// that hold one and reports each run of consecutive chrome blocks once.
#include <memory>
#include <string>

#include "concord/rules/rule.hpp"

namespace concord::rules {

class PatternSet;
struct PatternRuleSpec;

class BoilerplateRule final : public Rule {
 public:
  /// Without phrases: what register_builtin_rules registers. It reports
  /// nothing until the rule packs hand it rules/content/boilerplate.xml.
  BoilerplateRule();
  ~BoilerplateRule() override;

  /// The rule with the phrase list of a rule file of type "patterns" (its
  /// PatternListReader): summary, why and severity come from the file, its
  /// examples join the built-in ones.
  static std::unique_ptr<Rule> with_phrases(const PatternRuleSpec& list, std::string& error);

  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
  std::string message_;  // {what}: the labels of the phrases found; {match}: the phrases
  std::shared_ptr<const PatternSet> phrases_;
};

}  // namespace concord::rules
