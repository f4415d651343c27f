#include "concord/lang/language_tag.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

#include <unicode/uloc.h>

namespace concord::lang {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> split_subtags(std::string_view tag) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : tag) {
    if (c == '-' || c == '_') {
      parts.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  parts.push_back(cur);
  return parts;
}

bool all_alpha(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}
bool all_digit(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

const std::set<std::string>& iso639_1() {
  static const std::set<std::string> codes = [] {
    std::set<std::string> out;
    for (const char* const* p = uloc_getISOLanguages(); *p; ++p) {
      if (std::string_view(*p).size() == 2) out.insert(*p);
    }
    return out;
  }();
  return codes;
}

}  // namespace

std::string normalize_tag(std::string_view tag) {
  std::vector<std::string> parts = split_subtags(tag);
  if (parts.empty() || parts[0].empty()) return std::string(tag);
  std::string language = lower(parts[0]);
  std::string script, region;
  std::vector<std::string> rest;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string& p = parts[i];
    if (script.empty() && region.empty() && p.size() == 4 && all_alpha(p)) {
      script = lower(p);
      script[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(script[0])));
    } else if (region.empty() && ((p.size() == 2 && all_alpha(p)) || (p.size() == 3 && all_digit(p)))) {
      region = p;
      for (char& c : region) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else {
      rest.push_back(lower(p));
    }
  }
  if (language == "zh") {
    if (script.empty()) {
      if (region == "CN" || region == "SG") script = "Hans";
      else if (region == "TW" || region == "HK" || region == "MO") script = "Hant";
    }
    if (script == "Hans" || script == "Hant") return "zh-" + script;
    return region.empty() ? "zh" : "zh-" + region;
  }
  if ((language == "ja" && (region.empty() || region == "JP") && script.empty()) ||
      (language == "en" && script.empty())) {
    return language;
  }
  std::string out = language;
  if (!script.empty()) out += "-" + script;
  if (!region.empty()) out += "-" + region;
  for (const auto& r : rest) out += "-" + r;
  return out;
}

std::optional<std::string> parse_tag(std::string_view text) {
  std::vector<std::string> parts = split_subtags(text);
  if (parts.empty() || parts.size() > 3) return std::nullopt;
  const std::string language = lower(parts[0]);
  if (language.size() != 2 || !iso639_1().count(language)) return std::nullopt;
  bool seen_script = false, seen_region = false;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string& p = parts[i];
    if (!seen_script && !seen_region && p.size() == 4 && all_alpha(p)) {
      seen_script = true;
    } else if (!seen_region && ((p.size() == 2 && all_alpha(p)) || (p.size() == 3 && all_digit(p)))) {
      seen_region = true;
    } else {
      return std::nullopt;
    }
  }
  return normalize_tag(text);
}

std::string_view primary_language(std::string_view tag) {
  const std::size_t dash = tag.find('-');
  return dash == std::string_view::npos ? tag : tag.substr(0, dash);
}

bool is_chinese(std::string_view tag) { return primary_language(tag) == "zh"; }

bool is_japanese_or_chinese(std::string_view tag) { return is_chinese(tag) || primary_language(tag) == "ja"; }

}  // namespace concord::lang
