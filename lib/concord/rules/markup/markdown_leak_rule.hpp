#pragma once
// markup/markdown-leak: Markdown syntax shown as text: **bold**, __bold__,
// [text](url) and "# " heading marks where Markdown is not rendered, and in
// Markdown files the emphasis markers that CommonMark left literal.
#include "concord/rules/rule.hpp"

namespace concord::rules {

class MarkdownLeakRule final : public Rule {
 public:
  MarkdownLeakRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

}  // namespace concord::rules
