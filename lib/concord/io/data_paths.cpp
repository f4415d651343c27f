#include "concord/io/data_paths.hpp"

#include <cstdlib>

#ifndef CONCORD_RULES_DIR
#define CONCORD_RULES_DIR "rules"
#endif
#ifndef CONCORD_OPENCC_DATA_DIR
#define CONCORD_OPENCC_DATA_DIR "/usr/share/opencc"
#endif

namespace concord::io {

std::string rules_dir() {
  if (const char* env = std::getenv("CONCORD_RULES_DIR"); env && *env) return env;
  return CONCORD_RULES_DIR;
}

std::string opencc_dir() {
  if (const char* env = std::getenv("CONCORD_OPENCC_DIR"); env && *env) return env;
  return CONCORD_OPENCC_DATA_DIR;
}

}  // namespace concord::io
