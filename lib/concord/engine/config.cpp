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

// [rules.options."<rule id>"]: a table of settings per rule, each a string,
// a number or a boolean (kept as text; the rule parses it).
bool read_rule_options(const std::string& path, const toml::node& node, rules::RuleOptions& out, ConfigError& error) {
  const toml::table* per_rule = node.as_table();
  if (!per_rule) {
    error.message = where(path, node.source()) + ": [rules.options] must be a table of rule ids";
    return false;
  }
  for (const auto& [id, settings] : *per_rule) {
    const toml::table* table = settings.as_table();
    if (!table) {
      error.message = where(path, settings.source()) + ": [rules.options.\"" + std::string(id.str()) +
                      "\"] must be a table of settings";
      return false;
    }
    for (const auto& [key, value] : *table) {
      std::string text;
      if (auto s = value.value<std::string_view>()) text = std::string(*s);
      else if (auto i = value.value<std::int64_t>(); i && value.is_integer()) text = std::to_string(*i);
      else if (auto d = value.value<double>(); d && value.is_floating_point()) text = std::to_string(*d);
      else if (auto b = value.value<bool>()) text = *b ? "true" : "false";
      else {
        error.message = where(path, value.source()) + ": a rule option must be a string, a number or a boolean";
        return false;
      }
      out.set(std::string(id.str()), std::string(key.str()), std::move(text));
    }
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
        } else if (rk == "options") {
          if (!read_rule_options(path, rnode, config.rules.options, error)) return std::nullopt;
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
