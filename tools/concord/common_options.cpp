#include "common_options.hpp"

#include <cstdio>
#include <filesystem>
#include <thread>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "concord/rules/declarative/rule_pack_registration.hpp"

namespace concord::cli {

unsigned CommonOptions::effective_jobs() const {
  if (jobs > 0) return jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

void add_common_options(CLI::App& app, CommonOptions& o, const std::vector<std::string>& formats) {
  app.add_option("--format", o.format, "Output format")->check(CLI::IsMember(formats));
  app.add_option("--output", o.output, "Write the report to FILE instead of stdout");
  app.add_option("--config", o.config, "Settings file (default: .concord.toml found upward)");
  app.add_option("--lang", o.lang, "Language of single-language inputs (BCP 47 tag)");
  app.add_option("--reference", o.reference, "The version the others are checked against (default en)");
  app.add_option("--encoding", o.encoding, "Read inputs in this encoding instead of detecting it");
  app.add_option("--jobs,-j", o.jobs, "Threads to use (default: one per core)");
  app.add_flag("--quiet,-q", o.quiet, "Print findings only");
  app.add_flag("--verbose,-v", o.verbose, "Log progress to stderr");
}

void configure_logging(const CommonOptions& o) {
  auto logger = spdlog::stderr_logger_mt("concord");
  logger->set_pattern("concord: %l: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(o.verbose ? spdlog::level::debug : o.quiet ? spdlog::level::err : spdlog::level::warn);
}

std::optional<engine::Config> load_settings(const CommonOptions& o) {
  std::string path = o.config;
  if (path.empty()) {
    if (auto found = engine::discover_config(".")) path = *found;
    else return engine::Config{};
  }
  engine::ConfigError error;
  auto config = engine::load_config(path, error);
  if (!config) print_error(error.message);
  else spdlog::debug("settings from {}", path);
  return config;
}

bool load_rules(rules::Registry& registry) {
  std::string error;
  if (rules::register_all_rules(registry, error)) return true;
  print_error(error);
  return false;
}

Output::Output(const std::string& path) : path_(path) {
  if (path.empty()) return;
  temp_ = path + ".concord-tmp";
  file_ = std::make_unique<std::ofstream>(temp_, std::ios::binary | std::ios::trunc);
}

Output::~Output() {
  if (file_) {
    file_.reset();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
  }
}

bool Output::commit() {
  if (!file_) {
    std::cout.flush();
    return true;
  }
  file_->flush();
  const bool ok = file_->good();
  file_.reset();
  std::error_code ec;
  if (ok) std::filesystem::rename(temp_, path_, ec);
  if (!ok || ec) {
    print_error(path_ + ": cannot write the report");
    std::filesystem::remove(temp_, ec);
    return false;
  }
  return true;
}

void print_error(const std::string& message) { std::fprintf(stderr, "concord: error: %s\n", message.c_str()); }

}  // namespace concord::cli
