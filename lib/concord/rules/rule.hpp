#pragma once
// A rule is metadata plus one const `check` over a read-only context. Rules
// share nothing mutable, so documents can be checked on all cores.
#include <string>
#include <vector>

#include "concord/rules/severity.hpp"

namespace concord::rules {

class Context;
class Sink;

enum class FixAvailability { never, sometimes, always };

/// A text the rule must flag (with the flagged span between « and ») or must
/// leave alone; the generic rule test runs every example.
struct Example {
  std::string lang;
  std::string text;
  bool flagged = true;
};

struct RuleMeta {
  std::string id;       // category/name
  std::string summary;  // one line: what it flags
  std::string why;      // why it matters, for the docs
  Severity severity = Severity::warning;
  std::vector<std::string> languages;  // empty: every language
  FixAvailability fix = FixAvailability::never;
  bool enabled_by_default = true;
  std::vector<Example> examples;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;
  virtual void check(const Context& context, Sink& sink) const = 0;
};

std::string_view to_string(FixAvailability f);

}  // namespace concord::rules
