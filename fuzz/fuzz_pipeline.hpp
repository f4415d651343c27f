#pragma once
// What every fuzz target does with its input: read it as one format, then
// run the rest of the pipeline on what the reader made (versions, text
// layer, every rule, position resolution), so a reader's odd output cannot
// crash a later stage either.
#include <cstddef>
#include <cstdint>
#include <string>

#include "concord/engine/checker.hpp"
#include "concord/engine/workspace.hpp"
#include "concord/formats/loader.hpp"
#include "concord/report/resolved.hpp"
#include "concord/rules/declarative/rule_pack_registration.hpp"
#include "concord/rules/registry.hpp"

namespace concord::fuzz {

inline void run_pipeline(const std::uint8_t* data, std::size_t size, const char* path, model::Format format) {
  static const rules::Registry registry = [] {
    rules::Registry r;
    std::string error;
    rules::register_all_rules(r, error);
    return r;
  }();
  static const engine::Checker checker = [] {
    std::string error;
    engine::RuleSelection all;
    for (const rules::Rule* r : registry.all()) all.enable.push_back(r->meta().id);
    return *engine::Checker::create(registry, all, error);
  }();
  const auto file = formats::parse_bytes(path, std::string(reinterpret_cast<const char*>(data), size), format);
  for (const model::Document& document : engine::build_documents({file.get()}, "")) {
    const auto findings = checker.check(document);
    report::resolve(findings);
  }
}

}  // namespace concord::fuzz
