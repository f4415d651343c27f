#include "concord/rules/declarative/rule_pack_registration.hpp"

#include <filesystem>

#include "concord/io/data_paths.hpp"

namespace concord::rules {

std::optional<std::string> find_rules_dir(std::string& error) {
  // io::rules_dir() already prefers $CONCORD_RULES_DIR over the build's path.
  const std::string dir = io::rules_dir();
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return dir;
  error = "cannot find the rule packs: '" + dir + "' is not a directory (set CONCORD_RULES_DIR to the rules/ folder)";
  return std::nullopt;
}

std::optional<RulePackError> add_rule_packs(Registry& registry, RulePacks packs) {
  if (!packs.errors.empty()) return packs.errors.front();
  // Pattern lists first: they complete built-in rules, whose ids the pattern
  // rules below must then not reuse.
  for (auto& [id, list] : packs.pattern_lists) {
    const PatternListReader* reader = registry.list_reader(id);
    if (reader == nullptr)
      return RulePackError{list.source, list.line, "no built-in rule '" + id + "' reads a pattern list"};
    std::string error;
    std::unique_ptr<Rule> rule = (*reader)(list, error);
    if (!rule) return RulePackError{list.source, list.line, error};
    registry.replace(std::move(rule));
  }
  for (auto& rule : packs.rules) {
    const PatternRuleSpec& spec = rule->spec();
    if (const Rule* taken = registry.find(spec.meta.id)) {
      const auto* other = dynamic_cast<const PatternRule*>(taken);
      const std::string owner = other ? other->spec().source + ":" + std::to_string(other->spec().line) : "a built-in rule";
      return RulePackError{spec.source, spec.line, "rule id '" + spec.meta.id + "' is already used by " + owner};
    }
    registry.add(std::move(rule));
  }
  return std::nullopt;
}

bool register_all_rules(Registry& registry, const std::string& rules_dir, std::string& error) {
  register_builtin_rules(registry);
  if (auto problem = add_rule_packs(registry, load_rule_packs(rules_dir))) {
    error = problem->describe();
    return false;
  }
  return true;
}

bool register_all_rules(Registry& registry, std::string& error) {
  const std::optional<std::string> dir = find_rules_dir(error);
  return dir && register_all_rules(registry, *dir, error);
}

}  // namespace concord::rules
