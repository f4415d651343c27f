#pragma once
// The markup rules: markup/html-leak, markup/markdown-leak.
#include "concord/rules/registry.hpp"

namespace concord::rules {

/// Registers the markup rules; called from register_builtin_rules.
void register_markup_rules(Registry& registry);

}  // namespace concord::rules
