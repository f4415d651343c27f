#pragma once
// markup/html-leak: HTML tags shown as text (<p>…</p> pasted into a table
// cell of a plain-text or Word document, double-escaped markup on a web page).
#include "concord/rules/rule.hpp"

namespace concord::rules {

class HtmlLeakRule final : public Rule {
 public:
  HtmlLeakRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
