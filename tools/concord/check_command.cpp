// `concord check PATH...`: lint files and directories.
#include <memory>

#include <spdlog/spdlog.h>

#include "commands.hpp"
#include "common_options.hpp"
#include "concord/engine/checker.hpp"
#include "concord/engine/file_collector.hpp"
#include "concord/engine/workspace.hpp"
#include "concord/lang/language_tag.hpp"
#include "concord/report/check_report.hpp"
#include "concord/version.hpp"

namespace concord::cli {
namespace {

struct CheckOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::vector<std::string> enable;
  std::vector<std::string> disable;
  std::string fail_on;
};

bool fails(const report::Summary& s, const std::string& fail_on) {
  if (fail_on == "never") return false;
  if (fail_on == "info") return s.findings > 0;
  if (fail_on == "warning") return s.error + s.warning > 0;
  return s.error > 0;
}

int run_check(const CheckOptions& o) {
  configure_logging(o.common);
  const std::optional<engine::Config> config = load_settings(o.common);
  if (!config) return kUsage;

  engine::RuleSelection selection = config->rules;
  selection.enable.insert(selection.enable.end(), o.enable.begin(), o.enable.end());
  selection.disable.insert(selection.disable.end(), o.disable.begin(), o.disable.end());
  rules::Registry registry;
  if (!load_rules(registry)) return kUsage;
  std::string error;
  std::optional<engine::Checker> checker = engine::Checker::create(registry, selection, error);
  if (!checker) {
    print_error(error);
    return kUsage;
  }
  checker->set_reference(!o.common.reference.empty() ? o.common.reference : config->reference.value_or("en"));
  const std::string fail_on = !o.fail_on.empty() ? o.fail_on : config->fail_on.value_or("error");

  const engine::Collected collected = engine::collect_files(o.paths);
  if (collected.error) {
    print_error(collected.error->path + ": " + collected.error->message);
    return kPath;
  }
  engine::WorkspaceOptions wo;
  wo.forced_lang = o.common.lang.empty() ? "" : lang::normalize_tag(o.common.lang);
  wo.load.forced_encoding = o.common.encoding;
  wo.jobs = o.common.effective_jobs();
  const engine::Workspace workspace = engine::Workspace::load(collected.files, wo);
  if (!workspace.failures().empty()) {
    print_error(workspace.failures().front().message);
    return kPath;
  }

  report::CheckReport rep;
  rep.documents = &workspace.documents();
  rep.findings = report::resolve(checker->check(workspace, wo.jobs));
  rep.summary = report::summarize(rep.findings, workspace.files().size());

  Output output(o.common.output);
  if (o.common.format == "json") {
    report::write_json(output.stream(), rep, version());
  } else {
    report::write_text(output.stream(), rep, {true, !o.common.quiet});
  }
  if (!output.commit()) return kPath;
  return fails(rep.summary, fail_on) ? kFindings : kClean;
}

}  // namespace

Runner add_check_command(CLI::App& app) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Lint files and directories (recursively)");
  add_common_options(*cmd, o->common, {"text", "json"});
  cmd->add_option("paths", o->paths, "Files and directories")->required();
  // One value per flag: without allow_extra_args(false) CLI11 lets a vector
  // option swallow the paths that follow it (`--enable markup/ a b`).
  cmd->add_option("--enable", o->enable, "Enable a rule or category (script/)")->take_last()->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)->allow_extra_args(false);
  cmd->add_option("--disable", o->disable, "Disable a rule or category")->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)->allow_extra_args(false);
  cmd->add_option("--fail-on", o->fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  return [o] { return run_check(*o); };
}

}  // namespace concord::cli
