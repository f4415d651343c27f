#pragma once
// script/kana-in-chinese: Japanese kana inside a Chinese version, usually a
// Japanese word left untranslated (その他) or a Japanese page title pasted in.
#include "concord/rules/rule.hpp"

namespace concord::rules {

class KanaInChineseRule final : public Rule {
 public:
  KanaInChineseRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
