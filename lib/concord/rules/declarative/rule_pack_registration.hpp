#pragma once
// Putting the rule packs under rules/ into a registry next to the built-in
// rules: existence and substitution rules are registered as PatternRules,
// pattern lists (type="patterns") are handed to the built-in rule of that id.
// Commands and tests call register_all_rules once per process.
#include <optional>
#include <string>

#include "concord/rules/declarative/rule_pack_loader.hpp"
#include "concord/rules/registry.hpp"

namespace concord::rules {

/// The rules directory: $CONCORD_RULES_DIR when set, else the `rules/` of
/// the source tree the library was built from. Fails (nothing, with `error`
/// set) when that directory does not exist.
std::optional<std::string> find_rules_dir(std::string& error);

/// Adds loaded packs to `registry`, which already holds the built-in rules.
/// Returns the first problem: a pack that failed to load, an id that is
/// taken (by a built-in rule or another file), or a pattern list no built-in
/// rule reads.
std::optional<RulePackError> add_rule_packs(Registry& registry, RulePacks packs);

/// The built-in rules and every rule pack of the rules directory; the
/// problem, as one line naming file, line and what is wrong, in `error`.
bool register_all_rules(Registry& registry, std::string& error);

/// The same with an explicit rules directory (tests).
bool register_all_rules(Registry& registry, const std::string& rules_dir, std::string& error);

}  // namespace concord::rules
