#include "concord/rules/content/content_rules.hpp"

namespace concord::rules {

void register_content_rules(Registry& registry) { (void)registry; }

}  // namespace concord::rules
