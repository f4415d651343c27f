#include <memory>

#include "concord/rules/punct/missing_terminal_rule.hpp"
#include "concord/rules/punct/punct_rules.hpp"
#include "concord/rules/punct/unbalanced_rule.hpp"
#include "concord/rules/punct/width_mix_rule.hpp"

namespace concord::rules {

void register_punct_rules(Registry& registry) {
  registry.add(std::make_unique<UnbalancedRule>());
  registry.add(std::make_unique<WidthMixRule>());
  registry.add(std::make_unique<MissingTerminalRule>());
}

}  // namespace concord::rules
