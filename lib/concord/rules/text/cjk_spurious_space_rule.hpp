#pragma once
// text/cjk-spurious-space: a space inside a Chinese or Japanese word, left by
// line wrapping (正 確 for 正確). Spaces around Latin words and numbers
// (如 ISO 和 GDPR), after section numbers (第一条 定义) and between katakana
// words (アナリティクス オプトアウト) are how those texts are written and
// are left alone: the rule fires only where ICU's dictionary says the two
// sides form one word.
#include "concord/rules/rule.hpp"

namespace concord::rules {

class CjkSpuriousSpaceRule final : public Rule {
 public:
  CjkSpuriousSpaceRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
