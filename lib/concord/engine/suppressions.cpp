#include "concord/engine/suppressions.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>

namespace concord::engine {
namespace {

struct Region {
  std::vector<std::string> selectors;  // empty: every rule
  std::vector<std::string> except;     // rules enabled again inside a region of every rule
  std::uint32_t begin = 0, end = 0;    // decoded offsets
};

bool matches(const std::string& selector, const std::string& rule) {
  return selector == rule || (!selector.empty() && selector.back() == '/' && rule.rfind(selector, 0) == 0);
}

bool matches_any(const std::vector<std::string>& selectors, const std::string& rule) {
  return std::any_of(selectors.begin(), selectors.end(), [&](const std::string& s) { return matches(s, rule); });
}

bool selects(const Region& r, const std::string& rule) {
  return (r.selectors.empty() || matches_any(r.selectors, rule)) && !matches_any(r.except, rule);
}

// `concord-enable` with ids ends the part of each open region those ids
// name, as eslint does: `disable a b` then `enable b` leaves a disabled, and
// the order the ids are listed in does not matter. Without ids it ends every
// open region.
void enable(std::vector<Region>& open, const std::vector<std::string>& which, std::uint32_t at,
            std::vector<Region>& out) {
  for (auto it = open.begin(); it != open.end();) {
    Region& r = *it;
    if (which.empty()) {
      r.end = at;
      out.push_back(std::move(r));
      it = open.erase(it);
      continue;
    }
    if (r.selectors.empty()) {  // a region of every rule goes on without `which`
      Region closed = r;
      closed.end = at;
      out.push_back(std::move(closed));
      r.begin = at;
      r.except.insert(r.except.end(), which.begin(), which.end());
      ++it;
      continue;
    }
    std::vector<std::string> ended, kept;
    for (const std::string& s : r.selectors) (matches_any(which, s) ? ended : kept).push_back(s);
    if (!ended.empty()) out.push_back({ended, r.except, r.begin, at});
    if (kept.empty()) {
      it = open.erase(it);
    } else {
      r.selectors = std::move(kept);
      ++it;
    }
  }
}

std::vector<std::string> words_after(std::string_view text, std::string_view keyword) {
  std::string rest(text.substr(keyword.size()));
  std::replace(rest.begin(), rest.end(), ',', ' ');
  std::istringstream in(rest);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The keyword ends at white space (a line break too, in a comment written
// over several lines), a comma or the end.
bool starts_with_word(std::string_view text, std::string_view keyword) {
  if (text.rfind(keyword, 0) != 0) return false;
  if (text.size() == keyword.size()) return true;
  const char next = text[keyword.size()];
  return std::isspace(static_cast<unsigned char>(next)) != 0 || next == ',';
}

// The regions of one file, from its directives in order.
std::vector<Region> regions_of(const model::ParsedFile& file) {
  std::vector<Region> out;
  std::vector<Region> open;
  const auto end_of_file = static_cast<std::uint32_t>(file.file().text().size());
  for (const model::Directive& d : file.directives) {
    const std::string_view text = d.text;
    if (starts_with_word(text, "concord-disable-file")) {
      out.push_back({words_after(text, "concord-disable-file"), {}, 0, end_of_file});
    } else if (starts_with_word(text, "concord-disable-next-line")) {
      // The next line after the comment that holds something.
      const std::string_view src = file.file().text();
      std::uint32_t at = d.source.end;
      while (at < src.size() && (src[at] == ' ' || src[at] == '\t' || src[at] == '\r' || src[at] == '\n')) ++at;
      std::uint32_t stop = at;
      while (stop < src.size() && src[stop] != '\n') ++stop;
      out.push_back({words_after(text, "concord-disable-next-line"), {}, d.source.end, stop});
    } else if (starts_with_word(text, "concord-disable")) {
      open.push_back({words_after(text, "concord-disable"), {}, d.source.begin, end_of_file});
    } else if (starts_with_word(text, "concord-enable")) {
      enable(open, words_after(text, "concord-enable"), d.source.begin, out);
    }
  }
  out.insert(out.end(), open.begin(), open.end());
  return out;
}

}  // namespace

void apply_suppressions(const model::Document& document, std::vector<rules::Finding>& findings) {
  std::vector<std::pair<const model::SourceFile*, std::vector<Region>>> by_file;
  for (const model::ParsedFile* f : document.files)
    if (!f->directives.empty()) by_file.emplace_back(&f->file(), regions_of(*f));
  if (by_file.empty()) return;
  std::erase_if(findings, [&](const rules::Finding& finding) {
    for (const auto& [file, regions] : by_file) {
      if (file != finding.file) continue;
      for (const Region& r : regions)
        if (finding.range.begin >= r.begin && finding.range.begin <= r.end && selects(r, finding.rule))
          return true;
    }
    return false;
  });
}

}  // namespace concord::engine
