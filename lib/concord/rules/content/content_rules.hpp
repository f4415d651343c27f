#pragma once
// The content rules: content/placeholder, content/boilerplate, content/empty-item.
#include "concord/rules/registry.hpp"

namespace concord::rules {

/// Registers the content rules; called from register_builtin_rules.
void register_content_rules(Registry& registry);

}  // namespace concord::rules
