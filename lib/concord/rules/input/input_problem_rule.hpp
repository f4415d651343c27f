#pragma once
// input/undecodable and input/malformed: problems the decoder or a format
// reader met, reported as findings so that one bad file never stops a run.
#include <memory>

#include "concord/rules/rule.hpp"

namespace concord::rules {

class InputProblemRule final : public Rule {
 public:
  explicit InputProblemRule(RuleMeta meta) : meta_(std::move(meta)) {}
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

  static std::unique_ptr<Rule> undecodable();
  static std::unique_ptr<Rule> malformed();

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
