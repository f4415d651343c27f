#include "concord/engine/suppressions.hpp"

#include <algorithm>
#include <sstream>
#include <string>

namespace concord::engine {
namespace {

struct Region {
  std::vector<std::string> selectors;  // empty: every rule
  std::uint32_t begin = 0, end = 0;    // decoded offsets
};

bool selects(const std::vector<std::string>& selectors, const std::string& rule) {
  if (selectors.empty()) return true;
  for (const std::string& s : selectors)
    if (s == rule || (!s.empty() && s.back() == '/' && rule.rfind(s, 0) == 0)) return true;
  return false;
}

std::vector<std::string> words_after(std::string_view text, std::string_view keyword) {
  std::string rest(text.substr(keyword.size()));
  std::replace(rest.begin(), rest.end(), ',', ' ');
  std::istringstream in(rest);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool starts_with_word(std::string_view text, std::string_view keyword) {
  return text.rfind(keyword, 0) == 0 && (text.size() == keyword.size() || text[keyword.size()] == ' ' ||
                                         text[keyword.size()] == '\t' || text[keyword.size()] == ',');
}

// The regions of one file, from its directives in order.
std::vector<Region> regions_of(const model::ParsedFile& file) {
  std::vector<Region> out;
  std::vector<Region> open;
  const auto end_of_file = static_cast<std::uint32_t>(file.file().text().size());
  for (const model::Directive& d : file.directives) {
    const std::string_view text = d.text;
    if (starts_with_word(text, "concord-disable-file")) {
      out.push_back({words_after(text, "concord-disable-file"), 0, end_of_file});
    } else if (starts_with_word(text, "concord-disable-next-line")) {
      // The next line after the comment that holds something.
      const std::string_view src = file.file().text();
      std::uint32_t at = d.source.end;
      while (at < src.size() && (src[at] == ' ' || src[at] == '\t' || src[at] == '\r' || src[at] == '\n')) ++at;
      std::uint32_t stop = at;
      while (stop < src.size() && src[stop] != '\n') ++stop;
      out.push_back({words_after(text, "concord-disable-next-line"), d.source.end, stop});
    } else if (starts_with_word(text, "concord-disable")) {
      open.push_back({words_after(text, "concord-disable"), d.source.begin, end_of_file});
    } else if (starts_with_word(text, "concord-enable")) {
      const std::vector<std::string> which = words_after(text, "concord-enable");
      for (auto it = open.begin(); it != open.end();) {
        if (which.empty() || it->selectors == which) {
          it->end = d.source.begin;
          out.push_back(*it);
          it = open.erase(it);
        } else {
          ++it;
        }
      }
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
        if (finding.range.begin >= r.begin && finding.range.begin <= r.end && selects(r.selectors, finding.rule))
          return true;
    }
    return false;
  });
}

}  // namespace concord::engine
