#include <memory>

#include "concord/rules/markup/html_leak_rule.hpp"
#include "concord/rules/markup/markdown_leak_rule.hpp"
#include "concord/rules/markup/markup_rules.hpp"

namespace concord::rules {

void register_markup_rules(Registry& registry) {
  registry.add(std::make_unique<HtmlLeakRule>());
  registry.add(std::make_unique<MarkdownLeakRule>());
}

}  // namespace concord::rules
