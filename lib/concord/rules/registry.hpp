#pragma once
// The rules concord knows, registered explicitly (no static self-registration).
#include <memory>
#include <string_view>
#include <vector>

#include "concord/rules/rule.hpp"

namespace concord::rules {

class Registry {
 public:
  /// Adds a rule; a second rule with an existing id is refused (returns false).
  bool add(std::unique_ptr<Rule> rule);
  const Rule* find(std::string_view id) const;
  /// Every rule, sorted by id.
  std::vector<const Rule*> all() const;
  /// Rules whose id equals `selector`, or starts with it when it ends in '/'.
  std::vector<const Rule*> select(std::string_view selector) const;

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
};

/// Registers every built-in rule.
void register_builtin_rules(Registry& registry);

}  // namespace concord::rules
