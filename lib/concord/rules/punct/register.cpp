#include "concord/rules/punct/punct_rules.hpp"

namespace concord::rules {

void register_punct_rules(Registry& registry) { (void)registry; }

}  // namespace concord::rules
