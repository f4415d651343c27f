#pragma once
// Helpers shared by the unit tests: parse text in memory, build documents,
// run one rule.
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "concord/engine/checker.hpp"
#include "concord/engine/workspace.hpp"
#include "concord/formats/loader.hpp"
#include "concord/report/resolved.hpp"
#include "concord/rules/declarative/rule_pack_registration.hpp"
#include "concord/rules/registry.hpp"

namespace concord::test {

inline std::string source_dir() { return CONCORD_SOURCE_DIR; }

inline std::unique_ptr<model::ParsedFile> parse(std::string text, const std::string& path = "doc.txt") {
  const auto format = formats::format_for_path(path).value_or(model::Format::plain_text);
  return formats::parse_bytes(path, std::move(text), format);
}

/// Parsed files with their documents; keeps the files alive.
struct Loaded {
  std::vector<std::unique_ptr<model::ParsedFile>> files;
  std::vector<model::Document> documents;
};

/// Parses several in-memory files (path → content) and groups them.
inline Loaded load(std::vector<std::pair<std::string, std::string>> files, const std::string& forced_lang = "") {
  Loaded l;
  std::vector<const model::ParsedFile*> views;
  for (auto& [path, text] : files) {
    l.files.push_back(parse(text, path));
    views.push_back(l.files.back().get());
  }
  l.documents = engine::build_documents(views, forced_lang);
  return l;
}

/// Every rule, as `concord check` has them: the built-ins and the rule packs
/// under rules/, loaded once. A broken pack fails every test that uses it.
inline const rules::Registry& all_rules() {
  static const rules::Registry registry = [] {
    rules::Registry r;
    std::string error;
    if (!rules::register_all_rules(r, error)) throw std::runtime_error(error);
    return r;
  }();
  return registry;
}

/// Runs the rules `selectors` select (ids or "category/") on every document
/// of `loaded` and returns resolved, sorted findings.
inline std::vector<report::ResolvedFinding> run_rules(const Loaded& loaded, const std::vector<std::string>& selectors) {
  const rules::Registry& registry = all_rules();
  // Only the selected rules: everything else is disabled.
  engine::RuleSelection only;
  only.enable = selectors;
  for (const rules::Rule* r : registry.all()) {
    bool wanted = false;
    for (const auto& s : selectors)
      for (const rules::Rule* x : registry.select(s)) wanted |= x == r;
    if (!wanted) only.disable.push_back(r->meta().id);
  }
  std::string error;
  auto checker = engine::Checker::create(registry, only, error);
  std::vector<rules::Finding> all;
  for (const auto& d : loaded.documents) {
    auto f = checker->check(d);
    std::move(f.begin(), f.end(), std::back_inserter(all));
  }
  return report::resolve(all);
}

inline std::vector<report::ResolvedFinding> check_text(const std::string& text, const std::vector<std::string>& rules,
                                                       const std::string& path = "doc.txt",
                                                       const std::string& lang = "") {
  return run_rules(load({{path, text}}, lang), rules);
}

}  // namespace concord::test
