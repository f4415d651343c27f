#pragma once
// punct/unbalanced: an opening or closing bracket or quotation mark with no
// partner in its paragraph, list item, table cell or heading.
#include "concord/rules/rule.hpp"

namespace concord::rules {

class UnbalancedRule final : public Rule {
 public:
  UnbalancedRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
