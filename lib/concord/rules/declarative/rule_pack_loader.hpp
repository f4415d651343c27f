#pragma once
// Loading the declarative rules under rules/ (one XML file a rule). Each file
// is validated against rules/schema/rule.xsd with libxml2 (no network, no
// entity expansion), read, and its patterns compiled once. Problems come
// back as values naming the file, the line and what is wrong, so that the
// command can exit 2 with a clear message.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "concord/rules/declarative/pattern_rule.hpp"

namespace concord::rules {

struct RulePackError {
  std::string file;
  int line = 0;
  std::string message;

  std::string describe() const { return file + ":" + std::to_string(line) + ": " + message; }
};

struct RulePacks {
  /// Rules of type existence/substitution, ready to register.
  std::vector<std::unique_ptr<PatternRule>> rules;
  /// Pattern lists (type="patterns") that a built-in rule of that id reads.
  std::map<std::string, PatternRuleSpec> pattern_lists;
  std::vector<RulePackError> errors;
};

/// Reads every `*.xml` under `dir` (recursively, sorted), except schema/.
RulePacks load_rule_packs(const std::string& dir);

/// Reads one rule file's content (exposed for tests and the fuzzer).
RulePacks load_rule_pack_text(const std::string& name, const std::string& xml, const std::string& schema_path);

}  // namespace concord::rules
