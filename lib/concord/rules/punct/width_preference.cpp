#include "concord/rules/punct/width_preference.hpp"

#include <optional>

#include "concord/lang/language_tag.hpp"

namespace concord::rules::punct {
namespace {

std::optional<Width> parse_width(const std::string* value) {
  if (value == nullptr) return std::nullopt;
  if (*value == "full") return Width::full;
  if (*value == "half") return Width::half;
  if (*value == "any") return Width::any;
  return std::nullopt;
}

Width default_width(std::string_view primary) {
  return primary == "zh" || primary == "ja" ? Width::full : Width::half;
}

}  // namespace

Width preferred_width(const RuleOptions& options, std::string_view lang) {
  if (auto w = parse_width(options.get(kWidthMixId, lang))) return *w;
  const std::string_view primary = lang::primary_language(lang);
  if (auto w = parse_width(options.get(kWidthMixId, primary))) return *w;
  return default_width(primary);
}

std::string language_name(std::string_view lang) {
  const std::string_view primary = lang::primary_language(lang);
  if (primary == "zh") return "Chinese";
  if (primary == "ja") return "Japanese";
  if (primary == "en") return "English";
  if (primary == "ko") return "Korean";
  return "\"" + std::string(lang) + "\"";
}

}  // namespace concord::rules::punct
