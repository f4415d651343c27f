#pragma once
// content/truncated: a document or clause that stops mid-structure — a
// numbered item that ends the text with nothing after its marker (seed 002
// stops at "(二)"), or a version whose last sentence breaks off after a comma
// or a colon.
#include "concord/rules/rule.hpp"

namespace concord::rules {

class TruncatedRule final : public Rule {
 public:
  TruncatedRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
