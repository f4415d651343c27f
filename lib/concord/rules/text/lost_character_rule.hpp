#pragma once
// text/lost-character: a character lost in conversion: U+FFFD, or a stray
// "?" standing where a CJK character (or an accented letter) was.
#include "concord/rules/rule.hpp"

namespace concord::rules {

class LostCharacterRule final : public Rule {
 public:
  LostCharacterRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
