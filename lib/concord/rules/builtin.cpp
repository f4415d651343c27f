// The one place every built-in rule is registered.
#include <memory>

#include "concord/rules/input/input_problem_rule.hpp"
#include "concord/rules/registry.hpp"
#include "concord/rules/script/kana_in_chinese_rule.hpp"
#include "concord/rules/script/variant_leak_rule.hpp"

namespace concord::rules {

void register_builtin_rules(Registry& registry) {
  registry.add(InputProblemRule::undecodable());
  registry.add(InputProblemRule::malformed());
  registry.add(std::make_unique<VariantLeakRule>(VariantLeakRule::Direction::traditional_in_simplified));
  registry.add(std::make_unique<VariantLeakRule>(VariantLeakRule::Direction::simplified_in_traditional));
  registry.add(std::make_unique<KanaInChineseRule>());
}

}  // namespace concord::rules
