#pragma once
// The rules concord knows, registered explicitly (no static self-registration).
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "concord/rules/rule.hpp"

namespace concord::rules {

struct PatternRuleSpec;

/// Builds a built-in rule from the pattern list (a rule file of type
/// "patterns") that it reads; fails with `error` set when the list does not
/// suit it.
using PatternListReader = std::function<std::unique_ptr<Rule>(const PatternRuleSpec& list, std::string& error)>;

class Registry {
 public:
  /// Adds a rule; a second rule with an existing id is refused (returns false).
  bool add(std::unique_ptr<Rule> rule);
  /// Puts `rule` in the place of the rule with the same id; false when there is none.
  bool replace(std::unique_ptr<Rule> rule);
  const Rule* find(std::string_view id) const;
  /// Every rule, sorted by id.
  std::vector<const Rule*> all() const;
  /// Rules whose id equals `selector`, or starts with it when it ends in '/'.
  std::vector<const Rule*> select(std::string_view selector) const;

  /// Declares that built-in rule `id` reads its phrases from a pattern list in
  /// rules/ (content/boilerplate); the rule packs hand the list to `reader`.
  void add_list_reader(std::string id, PatternListReader reader);
  /// The reader declared for `id`, or nullptr.
  const PatternListReader* list_reader(std::string_view id) const;

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
  std::map<std::string, PatternListReader, std::less<>> list_readers_;
};

/// Registers every built-in rule. Rules that read a pattern list from rules/
/// are registered without it and stay silent until the rule packs are added
/// (see declarative/rule_pack_registration.hpp, register_all_rules).
void register_builtin_rules(Registry& registry);

}  // namespace concord::rules
