#pragma once
// script/hant-in-hans and script/hans-in-hant: characters of the other
// Chinese standard inside a version. Which characters belong to one standard
// only comes from OpenCC's tables (see lang/chinese_variants.hpp).
#include "concord/rules/rule.hpp"

namespace concord::rules {

class VariantLeakRule final : public Rule {
 public:
  enum class Direction { traditional_in_simplified, simplified_in_traditional };

  explicit VariantLeakRule(Direction direction);
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  Direction direction_;
  RuleMeta meta_;
};

}  // namespace concord::rules
