#pragma once
// punct/width-mix: half-width punctuation in CJK prose, or full-width
// punctuation in Latin prose. One finding per sentence.
#include "concord/rules/rule.hpp"

namespace concord::rules {

class WidthMixRule final : public Rule {
 public:
  WidthMixRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
