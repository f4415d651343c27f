#pragma once
// content/empty-item: a list item or bullet with no text (a bare "-" line, an
// empty Markdown item, an empty <li>, a numbered DOCX paragraph with nothing
// after its number).
#include "concord/rules/rule.hpp"

namespace concord::rules {

class EmptyItemRule final : public Rule {
 public:
  EmptyItemRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
