#pragma once
// text/inline-pinyin: pinyin with tone marks pasted after characters, as
// document-download sites print them (網(wǎng)絡(luò)). One finding per block,
// with a fix that removes every parenthesised syllable.
#include "concord/rules/rule.hpp"

namespace concord::rules {

class InlinePinyinRule final : public Rule {
 public:
  InlinePinyinRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
