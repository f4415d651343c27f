#pragma once
// Running the selected rules over every document of a workspace.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "concord/engine/workspace.hpp"
#include "concord/rules/finding.hpp"
#include "concord/rules/options.hpp"
#include "concord/rules/registry.hpp"

namespace concord::engine {

struct RuleSelection {
  std::vector<std::string> enable;   // ids or category prefixes ("script/")
  std::vector<std::string> disable;
  std::map<std::string, rules::Severity> severity;  // per-rule override
  rules::RuleOptions options;                       // per-rule settings
};

class Checker {
 public:
  /// Fails (returns nothing, with `error` set) on a selector that names no rule.
  static std::optional<Checker> create(const rules::Registry& registry, const RuleSelection& selection,
                                       std::string& error);

  const std::vector<const rules::Rule*>& active() const { return active_; }

  /// The language of the version the others are checked against (--reference;
  /// English when empty or absent, else the first version).
  void set_reference(std::string lang) { reference_ = std::move(lang); }

  /// Findings of every active rule on every document, unsorted.
  std::vector<rules::Finding> check(const Workspace& workspace, unsigned jobs) const;
  std::vector<rules::Finding> check(const model::Document& document) const;

 private:
  std::vector<const rules::Rule*> active_;
  std::map<std::string, rules::Severity> severity_;
  rules::RuleOptions options_;
  std::string reference_;
  bool needs_alignment_ = false;  // a parity rule is active
};

}  // namespace concord::engine
