#include "concord/engine/checker.hpp"

#include <algorithm>
#include <set>

#include <spdlog/spdlog.h>

#include "concord/align/alignment.hpp"
#include "concord/engine/parallel.hpp"
#include "concord/engine/suppressions.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::engine {

std::optional<Checker> Checker::create(const rules::Registry& registry, const RuleSelection& selection,
                                       std::string& error) {
  std::set<const rules::Rule*> chosen;
  for (const rules::Rule* r : registry.all())
    if (r->meta().enabled_by_default) chosen.insert(r);
  auto resolve = [&](const std::string& selector) -> std::vector<const rules::Rule*> {
    std::vector<const rules::Rule*> rs = registry.select(selector);
    if (rs.empty()) error = "unknown rule or category '" + selector + "' (see `concord rules`)";
    return rs;
  };
  for (const std::string& s : selection.enable)
    for (const rules::Rule* r : resolve(s)) chosen.insert(r);
  for (const std::string& s : selection.disable)
    for (const rules::Rule* r : resolve(s)) chosen.erase(r);
  for (const auto& [id, sev] : selection.severity)
    if (registry.find(id) == nullptr && registry.select(id).empty())
      error = "unknown rule or category '" + id + "' in severity settings";
  for (const auto& [id, values] : selection.options.all())
    if (registry.find(id) == nullptr) error = "unknown rule '" + id + "' in rule options";
  if (!error.empty()) return std::nullopt;

  Checker c;
  c.options_ = selection.options;
  c.active_.assign(chosen.begin(), chosen.end());
  for (const rules::Rule* r : c.active_) c.needs_alignment_ |= r->meta().id.rfind("parity/", 0) == 0;
  std::sort(c.active_.begin(), c.active_.end(),
            [](const rules::Rule* a, const rules::Rule* b) { return a->meta().id < b->meta().id; });
  // Category overrides ("script/") apply first, rule overrides win.
  for (const auto& [id, sev] : selection.severity)
    if (!id.empty() && id.back() == '/')
      for (const rules::Rule* r : registry.select(id)) c.severity_[r->meta().id] = sev;
  for (const auto& [id, sev] : selection.severity)
    if (id.empty() || id.back() != '/') c.severity_[id] = sev;
  return c;
}

std::vector<rules::Finding> Checker::check(const model::Document& document) const {
  std::vector<rules::Finding> out;
  const text::DocumentText text = text::analyze(document);
  const structure::DocumentOutline outline = structure::build_outlines(document, text);
  // Aligning costs more than the rest together; only parity rules need it.
  const align::DocumentAlignment alignment =
      needs_alignment_ ? align::align_document(document, text, outline, reference_) : align::DocumentAlignment{};
  const rules::Context context(document, text, outline, alignment, options_);
  for (const rules::Rule* rule : active_) {
    auto it = severity_.find(rule->meta().id);
    const rules::Severity severity = it == severity_.end() ? rule->meta().severity : it->second;
    rules::Sink sink(rule->meta(), severity, out);
    rule->check(context, sink);
  }
  apply_suppressions(document, out);
  return out;
}

std::vector<rules::Finding> Checker::check(const Workspace& workspace, unsigned jobs) const {
  const auto& docs = workspace.documents();
  std::vector<std::vector<rules::Finding>> per_doc(docs.size());
  parallel_for(docs.size(), jobs, [&](std::size_t i) { per_doc[i] = check(docs[i]); });
  std::vector<rules::Finding> all;
  for (auto& v : per_doc) std::move(v.begin(), v.end(), std::back_inserter(all));
  spdlog::debug("{} rules on {} documents: {} findings", active_.size(), docs.size(), all.size());
  return all;
}

}  // namespace concord::engine
