#pragma once
// `.concord.toml`: project settings, discovered upward from the working
// directory (or named by --config). Command-line flags win over the file.
//
//   fail-on = "warning"
//   reference = "en"
//   [rules]
//   enable = ["punct/width-mix"]
//   disable = ["parity/length-ratio"]
//   [rules.severity]
//   "script/kana-in-chinese" = "error"
//   [rules.options."punct/width-mix"]
//   ja = "full"
#include <optional>
#include <string>
#include <vector>

#include "concord/engine/checker.hpp"

namespace concord::engine {

struct Config {
  std::string path;  // where it was read from; empty when none
  std::optional<std::string> fail_on;
  std::optional<std::string> reference;
  RuleSelection rules;
};

struct ConfigError {
  std::string message;  // "FILE:LINE:COL: problem"
};

/// Finds `.concord.toml` in `start` or the nearest parent directory.
std::optional<std::string> discover_config(const std::string& start);

/// Reads a config file; problems come back as an error naming file, line and problem.
std::optional<Config> load_config(const std::string& path, ConfigError& error);

}  // namespace concord::engine
