#pragma once
// numbering/gap, numbering/duplicate, numbering/out-of-order and
// numbering/missing-number: one class, four rules, each reporting one kind of
// structure::NumberingEvent found in every version's outline.
#include "concord/rules/rule.hpp"
#include "concord/structure/numbering.hpp"

namespace concord::rules {

class NumberingRule final : public Rule {
 public:
  explicit NumberingRule(structure::NumberingIssue issue);
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  structure::NumberingIssue issue_;
  RuleMeta meta_;
};

}  // namespace concord::rules
