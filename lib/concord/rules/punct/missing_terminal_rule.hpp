#pragma once
// punct/missing-terminal: a list item or table cell without the terminal
// punctuation (。 . ；) its siblings end with.
#include "concord/rules/rule.hpp"

namespace concord::rules {

class MissingTerminalRule final : public Rule {
 public:
  MissingTerminalRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
