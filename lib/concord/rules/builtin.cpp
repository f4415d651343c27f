// The one place every built-in rule is registered.
#include <memory>

#include "concord/rules/content/content_rules.hpp"
#include "concord/rules/content/truncated_rule.hpp"
#include "concord/rules/input/input_problem_rule.hpp"
#include "concord/rules/markup/markup_rules.hpp"
#include "concord/rules/numbering/numbering_rule.hpp"
#include "concord/rules/parity/parity_rules.hpp"
#include "concord/rules/punct/punct_rules.hpp"
#include "concord/rules/registry.hpp"
#include "concord/rules/script/kana_in_chinese_rule.hpp"
#include "concord/rules/script/variant_leak_rule.hpp"
#include "concord/rules/text/cjk_spurious_space_rule.hpp"
#include "concord/rules/text/duplicate_line_rule.hpp"
#include "concord/rules/text/inline_pinyin_rule.hpp"
#include "concord/rules/text/lost_character_rule.hpp"
#include "concord/rules/text/repeated_phrase_rule.hpp"

namespace concord::rules {

void register_builtin_rules(Registry& registry) {
  registry.add(InputProblemRule::undecodable());
  registry.add(InputProblemRule::malformed());
  registry.add(std::make_unique<VariantLeakRule>(VariantLeakRule::Direction::traditional_in_simplified));
  registry.add(std::make_unique<VariantLeakRule>(VariantLeakRule::Direction::simplified_in_traditional));
  registry.add(std::make_unique<KanaInChineseRule>());
  registry.add(std::make_unique<RepeatedPhraseRule>());
  registry.add(std::make_unique<CjkSpuriousSpaceRule>());
  registry.add(std::make_unique<InlinePinyinRule>());
  registry.add(std::make_unique<LostCharacterRule>());
  registry.add(std::make_unique<DuplicateLineRule>());
  for (auto issue : {structure::NumberingIssue::gap, structure::NumberingIssue::duplicate,
                     structure::NumberingIssue::out_of_order, structure::NumberingIssue::missing_number})
    registry.add(std::make_unique<NumberingRule>(issue));
  register_punct_rules(registry);
  register_markup_rules(registry);
  register_content_rules(registry);
  registry.add(std::make_unique<TruncatedRule>());
  register_parity_rules(registry);
}

}  // namespace concord::rules
