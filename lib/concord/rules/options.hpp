#pragma once
// Settings a rule reads, from `.concord.toml`:
//
//   [rules.options."punct/width-mix"]
//   zh-Hans = "full"
//   en = "half"
//
// Values are kept as strings; each rule parses what it understands and
// documents its keys in its RuleMeta::why.
#include <map>
#include <string>
#include <string_view>

namespace concord::rules {

class RuleOptions {
 public:
  void set(const std::string& rule, const std::string& key, std::string value) { values_[rule][key] = std::move(value); }

  /// The value of `key` for `rule`, or nullptr when not set.
  const std::string* get(std::string_view rule, std::string_view key) const {
    const auto r = values_.find(std::string(rule));
    if (r == values_.end()) return nullptr;
    const auto k = r->second.find(std::string(key));
    return k == r->second.end() ? nullptr : &k->second;
  }

  bool empty() const { return values_.empty(); }
  const std::map<std::string, std::map<std::string, std::string>>& all() const { return values_; }

 private:
  std::map<std::string, std::map<std::string, std::string>> values_;
};

}  // namespace concord::rules
