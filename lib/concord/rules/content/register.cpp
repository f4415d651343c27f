#include <memory>

#include "concord/rules/content/boilerplate_rule.hpp"
#include "concord/rules/content/content_rules.hpp"
#include "concord/rules/content/empty_item_rule.hpp"

namespace concord::rules {

// content/placeholder is data only (rules/content/placeholder.xml); the rule
// packs register it.
void register_content_rules(Registry& registry) {
  registry.add(std::make_unique<EmptyItemRule>());
  // Its phrases are rules/content/boilerplate.xml, handed over by the rule packs.
  registry.add(std::make_unique<BoilerplateRule>());
  registry.add_list_reader("content/boilerplate", &BoilerplateRule::with_phrases);
}

}  // namespace concord::rules
