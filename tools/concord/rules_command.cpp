// `concord rules`: list every rule with its metadata.
#include <algorithm>
#include <array>
#include <iomanip>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "common_options.hpp"
#include "concord/rules/registry.hpp"

namespace concord::cli {
namespace {

int run_rules(const CommonOptions& o) {
  configure_logging(o);
  rules::Registry registry;
  if (!load_rules(registry)) return kUsage;
  Output output(o.output);
  std::ostream& out = output.stream();
  if (o.format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const rules::Rule* r : registry.all()) {
      const rules::RuleMeta& m = r->meta();
      list.push_back({{"id", m.id},
                      {"severity", rules::to_string(m.severity)},
                      {"languages", m.languages},
                      {"fixable", rules::to_string(m.fix)},
                      {"enabled", m.enabled_by_default},
                      {"summary", m.summary}});
    }
    out << list.dump(2) << '\n';
  } else {
    // Columns as wide as their widest cell, so that every summary lines up.
    std::vector<std::array<std::string, 5>> rows;
    for (const rules::Rule* r : registry.all()) {
      const rules::RuleMeta& m = r->meta();
      std::string langs;
      for (const auto& l : m.languages) langs += (langs.empty() ? "" : ",") + l;
      if (langs.empty()) langs = "all";
      const std::string fix = m.fix == rules::FixAvailability::never ? "-" : "fix:" + std::string(rules::to_string(m.fix));
      rows.push_back({m.id, std::string(rules::to_string(m.severity)), langs, fix,
                      (m.enabled_by_default ? "" : "(off) ") + m.summary});
    }
    std::array<std::size_t, 4> width{};
    for (const auto& row : rows)
      for (std::size_t c = 0; c < width.size(); ++c) width[c] = std::max(width[c], row[c].size());
    for (const auto& row : rows) {
      for (std::size_t c = 0; c < width.size(); ++c) out << std::left << std::setw(static_cast<int>(width[c] + 2)) << row[c];
      out << row[4] << '\n';
    }
  }
  return output.commit() ? kClean : kPath;
}

}  // namespace

Runner add_rules_command(CLI::App& app) {
  auto o = std::make_shared<CommonOptions>();
  CLI::App* cmd = app.add_subcommand("rules", "List every rule: id, severity, languages, fixable, summary");
  add_common_options(*cmd, *o, {"text", "json"});
  return [o] { return run_rules(*o); };
}

}  // namespace concord::cli
