#include "concord/formats/html_chrome.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

// What counts as chrome, and why (checked on the Creative Commons legal code
// pages in corpora/real/cc-legalcode, which wrap the licence in a WordPress
// site theme):
// - ARIA landmarks that are not the document: role navigation, banner,
//   contentinfo, search, complementary, and interface roles (menu, menubar,
//   toolbar, dialog, alertdialog). The CC site header (two <header
//   role="banner"> with the site menus) and footer (<footer
//   role="contentinfo">: address, contact links, the site's own licence
//   notice) go this way.
// - The same landmarks by element: nav; footer and aside outside article,
//   aside, main, nav and section (HTML-AAM maps them to contentinfo and
//   complementary): the CC donation bar <aside id="header-below"> ("Help us
//   build a vibrant, collaborative global commons", "Donate Now") is English
//   on every translation. A body-level header is a banner too, unless it
//   holds an h1: many documents put their title there.
// - Layouts older than landmarks: id header, footer, masthead or colophon,
//   class site-header or site-footer (the CC0 pages' "Creative Commons" link
//   above the deed and "« Back to Commons Deed" below it). A header of that
//   kind that holds an h1 is kept, as above.
// - Language selectors named by id or class (CC's #language-selector-block:
//   "This page is available in the following languages:" and a <select>).
// - Skip links, cookie banners and screen-reader-only text (sr-only,
//   screen-reader-text, visually-hidden): interface, not prose.
// - Hidden content: the hidden attribute (hidden="until-found" is content a
//   search reveals, so it stays), aria-hidden="true", an inline style with
//   display:none or visibility:hidden.
// What stays on the CC pages: the deed head (the licence title), the
// disclaimer and usage considerations, the legal code, and the notice after
// it. The list of translations at the end is read, then dropped as a
// language list by the block builder (html_language_links.hpp).

namespace concord::formats::html {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string> tokens(const std::string* value) {
  std::vector<std::string> out;
  if (value == nullptr) return out;
  std::string current;
  for (char c : lower(*value)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

template <std::size_t N>
bool one_of(std::string_view s, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

template <std::size_t N>
bool contains_one_of(std::string_view s, const std::string_view (&list)[N]) {
  return std::any_of(std::begin(list), std::end(list), [&](std::string_view part) { return s.find(part) != s.npos; });
}

constexpr std::string_view kChromeRoles[] = {"navigation", "banner",  "contentinfo", "search", "complementary",
                                             "menu",       "menubar", "toolbar",     "dialog", "alertdialog"};
constexpr std::string_view kHeaderNames[] = {"header", "masthead", "site-header"};
constexpr std::string_view kFooterNames[] = {"footer", "colophon", "site-footer"};
constexpr std::string_view kScreenReaderOnly[] = {"sr-only",         "screen-reader-text", "visually-hidden",
                                                  "visuallyhidden",  "screen-reader-only", "assistive-text"};
// Parts of an id or class that name interface widgets.
constexpr std::string_view kWidgetNameParts[] = {
    "language-select", "language-switch", "lang-switch",   "langswitch",     "lang-select",  "language-chooser",
    "language-picker", "locale-switch",   "locale-select", "skip-link",      "skiplink",     "skip-to",
    "skip-nav",        "cookie-banner",   "cookie-consent", "cookieconsent", "cookie-notice", "cookie-bar"};

bool hidden(const Node& element) {
  if (const std::string* h = element.attribute("hidden"); h && lower(*h) != "until-found") return true;
  if (const std::string* a = element.attribute("aria-hidden"); a && lower(*a) == "true") return true;
  if (const std::string* style = element.attribute("style")) {
    std::string compact;
    for (char c : lower(*style))
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') compact.push_back(c);
    if (compact.find("display:none") != compact.npos || compact.find("visibility:hidden") != compact.npos) return true;
  }
  return false;
}

bool contains_h1(const SourceTree& tree, const Node& element) {
  std::vector<std::uint32_t> pending(element.children.begin(), element.children.end());
  while (!pending.empty()) {
    const Node& n = tree.nodes[pending.back()];
    pending.pop_back();
    if (n.is_element("h1")) return true;
    pending.insert(pending.end(), n.children.begin(), n.children.end());
  }
  return false;
}

}  // namespace

bool is_chrome(const SourceTree& tree, const Node& element, bool in_sectioning_content) {
  if (hidden(element)) return true;
  for (const std::string& role : tokens(element.attribute("role")))
    if (one_of(role, kChromeRoles)) return true;

  const std::string& name = element.name;
  if (name == "nav") return true;
  if (!in_sectioning_content && (name == "footer" || name == "aside")) return true;

  const std::vector<std::string> classes = tokens(element.attribute("class"));
  const std::string id = element.attribute("id") ? lower(*element.attribute("id")) : std::string();
  auto named = [&](const auto& list) {
    return one_of(id, list) || std::any_of(classes.begin(), classes.end(), [&](const std::string& c) {
             return c.starts_with("site-") && one_of(c, list);
           });
  };
  if (named(kFooterNames)) return true;
  if (((name == "header" && !in_sectioning_content) || named(kHeaderNames)) && !contains_h1(tree, element))
    return true;

  for (const std::string& c : classes)
    if (one_of(c, kScreenReaderOnly) || contains_one_of(c, kWidgetNameParts)) return true;
  if (contains_one_of(id, kWidgetNameParts)) return true;

  // An in-page link called "skip…" ("Skip to content").
  if (name == "a") {
    const std::string* href = element.attribute("href");
    const bool in_page = href && href->starts_with('#');
    const bool says_skip = id.find("skip") != id.npos ||
                           std::any_of(classes.begin(), classes.end(), [](const std::string& c) { return c.find("skip") != c.npos; });
    if (in_page && says_skip) return true;
  }
  return false;
}

}  // namespace concord::formats::html
