#pragma once
// text/duplicate-line: a line or block printed twice in a row (a title
// repeated at the top of a scraped page).
#include "concord/rules/rule.hpp"

namespace concord::rules {

class DuplicateLineRule final : public Rule {
 public:
  DuplicateLineRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
