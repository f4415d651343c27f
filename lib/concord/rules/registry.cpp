#include "concord/rules/registry.hpp"

#include <algorithm>

namespace concord::rules {

std::string_view to_string(FixAvailability f) {
  switch (f) {
    case FixAvailability::never: return "never";
    case FixAvailability::sometimes: return "sometimes";
    case FixAvailability::always: return "always";
  }
  return "never";
}

bool Registry::add(std::unique_ptr<Rule> rule) {
  if (find(rule->meta().id) != nullptr) return false;
  rules_.push_back(std::move(rule));
  return true;
}

bool Registry::replace(std::unique_ptr<Rule> rule) {
  for (auto& r : rules_) {
    if (r->meta().id != rule->meta().id) continue;
    r = std::move(rule);
    return true;
  }
  return false;
}

void Registry::add_list_reader(std::string id, PatternListReader reader) {
  list_readers_.insert_or_assign(std::move(id), std::move(reader));
}

const PatternListReader* Registry::list_reader(std::string_view id) const {
  const auto it = list_readers_.find(id);
  return it == list_readers_.end() ? nullptr : &it->second;
}

const Rule* Registry::find(std::string_view id) const {
  for (const auto& r : rules_)
    if (r->meta().id == id) return r.get();
  return nullptr;
}

std::vector<const Rule*> Registry::all() const {
  std::vector<const Rule*> out;
  for (const auto& r : rules_) out.push_back(r.get());
  std::sort(out.begin(), out.end(), [](const Rule* a, const Rule* b) { return a->meta().id < b->meta().id; });
  return out;
}

std::vector<const Rule*> Registry::select(std::string_view selector) const {
  std::vector<const Rule*> out;
  const bool prefix = !selector.empty() && selector.back() == '/';
  for (const Rule* r : all()) {
    const std::string& id = r->meta().id;
    if (prefix ? std::string_view(id).starts_with(selector) : id == selector) out.push_back(r);
  }
  return out;
}

}  // namespace concord::rules
