#include "concord/rules/markup/markup_rules.hpp"

namespace concord::rules {

void register_markup_rules(Registry& registry) { (void)registry; }

}  // namespace concord::rules
