#pragma once
// The punctuation rules: punct/unbalanced, punct/width-mix, punct/missing-terminal.
#include "concord/rules/registry.hpp"

namespace concord::rules {

/// Registers the punctuation rules; called from register_builtin_rules.
void register_punct_rules(Registry& registry);

}  // namespace concord::rules
