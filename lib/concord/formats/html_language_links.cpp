#include "concord/formats/html_language_links.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

#include "concord/lang/language_tag.hpp"

namespace concord::formats::html {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n\f");
  if (b == s.npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n\f") - b + 1);
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == separator) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

// Query parameters that sites use to choose the language.
constexpr std::string_view kLanguageParameters[] = {"lang", "hl", "locale", "language", "lng", "setlang", "uilang"};
// File extensions that may follow a language suffix (index.ja.html).
constexpr std::string_view kPageExtensions[] = {"html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp", "md", "pdf"};

template <std::size_t N>
bool one_of(std::string_view s, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

std::optional<std::string> language_of_component(std::string_view component) {
  if (component.empty()) return std::nullopt;
  if (auto tag = lang::parse_tag(component)) return tag;
  std::vector<std::string_view> parts = split(component, '.');
  while (parts.size() > 1 && one_of(lower(parts.back()), kPageExtensions)) parts.pop_back();
  if (parts.size() < 2) return std::nullopt;
  return lang::parse_tag(parts.back());
}

}  // namespace

std::optional<std::string> link_language(std::string_view href, std::string_view hreflang) {
  if (std::string_view declared = trim(hreflang); !declared.empty()) return lang::parse_tag(declared);

  std::string_view url = trim(href);
  url = url.substr(0, url.find('#'));
  // Only web links: mailto:someone@example.de names no language.
  const std::size_t colon = url.find(':');
  const std::size_t first_separator = url.find_first_of("/?");
  if (colon != url.npos && (first_separator == url.npos || colon < first_separator)) {
    const std::string scheme = lower(url.substr(0, colon));
    if (scheme != "http" && scheme != "https") return std::nullopt;
    url.remove_prefix(colon + 1);
  }

  std::string_view path = url, query;
  if (const std::size_t q = url.find('?'); q != url.npos) {
    path = url.substr(0, q);
    query = url.substr(q + 1);
  }
  for (std::string_view parameter : split(query, '&')) {
    const std::size_t eq = parameter.find('=');
    if (eq == parameter.npos) continue;
    if (one_of(lower(parameter.substr(0, eq)), kLanguageParameters))
      if (auto tag = lang::parse_tag(parameter.substr(eq + 1))) return tag;
  }

  if (path.starts_with("//")) {  // the host is not a path component
    const std::size_t slash = path.find('/', 2);
    path = slash == path.npos ? std::string_view() : path.substr(slash);
  }
  std::vector<std::string_view> components = split(path, '/');
  while (!components.empty() && components.back().empty()) components.pop_back();
  if (components.empty()) return std::nullopt;
  return language_of_component(components.back());
}

bool is_language_menu(std::size_t links, std::size_t letters_in_links, std::size_t letters) {
  if (links == 0) return false;
  if (letters_in_links >= letters) return true;
  return links >= 3 && letters_in_links * 2 > letters;
}

}  // namespace concord::formats::html
