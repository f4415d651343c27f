#include "gold.hpp"

#include <fstream>

#include <nlohmann/json.hpp>

namespace concord::eval {

std::optional<GoldFile> read_gold(const std::string& path, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ": cannot be read";
    return std::nullopt;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    error = path + ": " + e.what();
    return std::nullopt;
  }
  GoldFile g;
  g.path = path;
  g.document = j.value("document", "");
  for (const auto& [lang, file] : j.at("versions").items()) g.files[lang] = file.get<std::string>();
  for (const auto& group : j.at("sentences")) {
    std::map<std::string, std::vector<std::string>> m;
    for (const auto& [lang, texts] : group.items()) m[lang] = texts.get<std::vector<std::string>>();
    g.sentences.push_back(std::move(m));
  }
  for (const auto& group : j.value("sections", nlohmann::json::array())) {
    std::map<std::string, std::optional<std::uint32_t>> m;
    for (const auto& [lang, line] : group.items())
      m[lang] = line.is_null() ? std::nullopt : std::optional<std::uint32_t>(line.get<std::uint32_t>());
    g.sections.push_back(std::move(m));
  }
  return g;
}

namespace {

std::string collapsed(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::uint32_t section_line(const model::Version& v, const structure::Section& s) {
  const model::Block& b = v.file->blocks[s.block];
  const std::uint32_t at = s.marker.end > s.marker.begin ? b.text.to_source(s.marker.begin) : b.source.begin;
  return v.file->file().lines().line_of(at);
}

}  // namespace

std::optional<IndexedGold> index_gold(const GoldFile& gold, const model::Document& document,
                                      const text::DocumentText& text, const structure::DocumentOutline& outline,
                                      std::string& error) {
  IndexedGold out;
  std::map<std::string, std::size_t> version_of;
  for (std::size_t v = 0; v < document.versions.size(); ++v) version_of[document.versions[v].lang] = v;
  std::map<std::string, std::uint32_t> next;  // next sentence index per language
  for (const auto& group : gold.sentences) {
    std::map<std::string, std::vector<std::uint32_t>> indexed;
    for (const auto& [lang, texts] : group) {
      const auto vi = version_of.find(lang);
      if (vi == version_of.end()) {
        error = gold.path + ": no " + lang + " version in the document";
        return std::nullopt;
      }
      const model::Version& v = document.versions[vi->second];
      const auto& sentences = text.versions[vi->second].sentences;
      for (const std::string& t : texts) {
        std::uint32_t& i = next[lang];
        // A sentence repeated from the previous group answers for both.
        if (i > 0 && collapsed(text::sentence_text(v, sentences[i - 1])) == collapsed(t) &&
            !out.sentence_groups.empty() && !out.sentence_groups.back()[lang].empty() &&
            out.sentence_groups.back()[lang].back() == i - 1 && indexed[lang].empty()) {
          indexed[lang].push_back(i - 1);
          continue;
        }
        if (i >= sentences.size() || collapsed(text::sentence_text(v, sentences[i])) != collapsed(t)) {
          error = gold.path + ": " + lang + " sentence " + std::to_string(i) + " is \"" +
                  (i < sentences.size() ? std::string(text::sentence_text(v, sentences[i])) : "<end>") +
                  "\" where the gold has \"" + t + "\"";
          return std::nullopt;
        }
        indexed[lang].push_back(i++);
      }
    }
    out.sentence_groups.push_back(std::move(indexed));
  }
  for (const auto& [lang, i] : next)
    if (i != text.versions[version_of[lang]].sentences.size()) {
      error = gold.path + ": the gold leaves out " + lang + " sentences from " + std::to_string(i);
      return std::nullopt;
    }
  for (const auto& group : gold.sections) {
    std::map<std::string, std::optional<std::uint32_t>> indexed;
    for (const auto& [lang, line] : group) {
      if (!line) {
        indexed[lang] = std::nullopt;
        continue;
      }
      const std::size_t vi = version_of.at(lang);
      const auto& sections = outline.versions[vi].sections;
      std::optional<std::uint32_t> found;
      for (std::uint32_t k = 0; k < sections.size(); ++k)
        if (!sections[k].marker.rendered && section_line(document.versions[vi], sections[k]) == *line) found = k;
      if (!found) {
        error = gold.path + ": no " + lang + " section at line " + std::to_string(*line);
        return std::nullopt;
      }
      indexed[lang] = found;
    }
    out.section_groups.push_back(std::move(indexed));
  }
  return out;
}

std::set<PairBead> project(const std::vector<std::map<std::string, std::vector<std::uint32_t>>>& groups,
                           const std::string& a, const std::string& b) {
  std::vector<PairBead> beads;
  for (const auto& g : groups) {
    PairBead bead;
    if (auto it = g.find(a); it != g.end()) bead.a.insert(it->second.begin(), it->second.end());
    if (auto it = g.find(b); it != g.end()) bead.b.insert(it->second.begin(), it->second.end());
    if (bead.a.empty() && bead.b.empty()) continue;
    // Merge with the previous bead when they share a unit of either side.
    if (!beads.empty()) {
      PairBead& last = beads.back();
      bool shared = false;
      for (std::uint32_t x : bead.a) shared |= last.a.count(x) > 0;
      for (std::uint32_t x : bead.b) shared |= last.b.count(x) > 0;
      if (shared) {
        last.a.insert(bead.a.begin(), bead.a.end());
        last.b.insert(bead.b.begin(), bead.b.end());
        continue;
      }
    }
    beads.push_back(std::move(bead));
  }
  return {beads.begin(), beads.end()};
}

}  // namespace concord::eval
