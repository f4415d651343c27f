#include "concord/engine/config.hpp"

#include <filesystem>

#include <toml++/toml.h>

namespace concord::engine {
namespace fs = std::filesystem;

std::optional<std::string> discover_config(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  while (true) {
    const fs::path candidate = dir / ".concord.toml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

namespace {

std::string where(const std::string& path, const toml::source_region& r) {
  return path + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

bool read_string_list(const std::string& path, const toml::node& node, std::vector<std::string>& out,
                      ConfigError& error) {
  const toml::array* arr = node.as_array();
  if (!arr) {
    error.message = where(path, node.source()) + ": expected a list of rule ids";
    return false;
  }
  for (const toml::node& item : *arr) {
    if (!item.is_string()) {
      error.message = where(path, item.source()) + ": expected a rule id string";
      return false;
    }
    out.push_back(std::string(*item.value<std::string_view>()));
  }
  return true;
}

}  // namespace

std::optional<Config> load_config(const std::string& path, ConfigError& error) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    error.message = where(path, e.source()) + ": " + std::string(e.description());
    return std::nullopt;
  }
  Config config;
  config.path = path;
  for (const auto& [key, node] : table) {
    const std::string k(key.str());
    if (k == "fail-on" || k == "reference") {
      if (!node.is_string()) {
        error.message = where(path, node.source()) + ": '" + k + "' must be a string";
        return std::nullopt;
      }
      const std::string value(*node.value<std::string_view>());
      if (k == "fail-on") {
        if (value != "error" && value != "warning" && value != "info" && value != "never") {
          error.message = where(path, node.source()) + ": fail-on must be error, warning, info or never";
          return std::nullopt;
        }
        config.fail_on = value;
      } else {
        config.reference = value;
      }
    } else if (k == "rules") {
      const toml::table* rules = node.as_table();
      if (!rules) {
        error.message = where(path, node.source()) + ": [rules] must be a table";
        return std::nullopt;
      }
      for (const auto& [rkey, rnode] : *rules) {
        const std::string rk(rkey.str());
        if (rk == "enable" || rk == "disable") {
          if (!read_string_list(path, rnode, rk == "enable" ? config.rules.enable : config.rules.disable, error))
            return std::nullopt;
        } else if (rk == "severity") {
          const toml::table* sev = rnode.as_table();
          if (!sev) {
            error.message = where(path, rnode.source()) + ": [rules.severity] must be a table";
            return std::nullopt;
          }
          for (const auto& [id, snode] : *sev) {
            const auto value = snode.value<std::string_view>();
            const auto parsed = value ? rules::parse_severity(*value) : std::nullopt;
            if (!parsed) {
              error.message = where(path, snode.source()) + ": severity must be error, warning or info";
              return std::nullopt;
            }
            config.rules.severity[std::string(id.str())] = *parsed;
          }
        } else {
          error.message = where(path, rnode.source()) + ": unknown setting 'rules." + rk + "'";
          return std::nullopt;
        }
      }
    } else {
      error.message = where(path, node.source()) + ": unknown setting '" + k + "'";
      return std::nullopt;
    }
  }
  return config;
}

}  // namespace concord::engine
