#pragma once
// Options every subcommand takes (CONTRACT.md, "Common options"), and the
// shared steps that act on them: logging, config, output stream.
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "concord/engine/config.hpp"
#include "concord/rules/registry.hpp"

namespace concord::cli {

/// Exit codes (CONTRACT.md).
enum ExitCode : int { kClean = 0, kFindings = 1, kUsage = 2, kPath = 3 };

struct CommonOptions {
  std::string format = "text";
  std::string output;
  std::string config;
  std::string lang;
  std::string reference;
  std::string encoding;
  unsigned jobs = 0;  // 0: one per core
  bool quiet = false;
  bool verbose = false;

  unsigned effective_jobs() const;
};

/// Adds the common options to a subcommand; `formats` lists what --format takes.
void add_common_options(CLI::App& app, CommonOptions& options, const std::vector<std::string>& formats);

/// Sends spdlog to stderr at the level --quiet/--verbose ask for.
void configure_logging(const CommonOptions& options);

/// Loads --config, or the discovered `.concord.toml`; prints the problem and
/// returns nothing on error.
std::optional<engine::Config> load_settings(const CommonOptions& options);

/// Registers every rule: the built-ins and the rule packs under the rules
/// directory (rules/**/*.xml). Prints the problem (file:line: what) and
/// returns false when the packs cannot be found or one is broken.
bool load_rules(rules::Registry& registry);

/// The report stream: --output FILE (written through a temporary file and
/// renamed when the command finishes) or stdout.
class Output {
 public:
  explicit Output(const std::string& path);
  ~Output();
  std::ostream& stream() { return file_ ? *file_ : std::cout; }
  /// Moves the temporary file into place; false (with a message) on failure.
  bool commit();

 private:
  std::string path_, temp_;
  std::unique_ptr<std::ofstream> file_;
};

void print_error(const std::string& message);

}  // namespace concord::cli
