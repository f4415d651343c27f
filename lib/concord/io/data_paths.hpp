#pragma once
// Where concord finds its data: the rule packs and word lists in `rules/`, and
// OpenCC's conversion tables. Environment variables override the built-in
// locations so that tests and packagers can point elsewhere.
#include <string>

namespace concord::io {

/// `rules/` directory: $CONCORD_RULES_DIR, else the one the build recorded.
std::string rules_dir();

/// OpenCC dictionary directory: $CONCORD_OPENCC_DIR, else /usr/share/opencc.
std::string opencc_dir();

}  // namespace concord::io
