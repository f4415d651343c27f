#pragma once
// text/repeated-phrase: a phrase coordinated with itself (支持和支持,
// 信息安全事件和信息安全事件), a word or phrase repeated back to back
// (the the, 必要な必要な), or a sentence fragment pasted twice (…安全性。 性。).
#include "concord/rules/rule.hpp"

namespace concord::rules {

class RepeatedPhraseRule final : public Rule {
 public:
  RepeatedPhraseRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
