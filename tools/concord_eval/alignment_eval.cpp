#include "alignment_eval.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "concord/engine/workspace.hpp"
#include "gold.hpp"

namespace concord::eval {
namespace {

namespace fs = std::filesystem;

std::set<PairBead> system_sentences(const model::Document& document, const align::DocumentAlignment& alignment,
                                    const std::vector<align::Unit>& units, std::size_t va, std::size_t vb) {
  std::set<PairBead> out;
  for (const align::PairAlignment& p : alignment.pairs) {
    const bool forward = p.a == va && p.b == vb, backward = p.a == vb && p.b == va;
    if (!forward && !backward) continue;
    for (const align::Bead& bead : p.beads) {
      PairBead b;
      b.a.insert(bead.a.begin(), bead.a.end());
      b.b.insert(bead.b.begin(), bead.b.end());
      if (backward) std::swap(b.a, b.b);
      out.insert(std::move(b));
    }
    return out;
  }
  (void)document;
  for (const align::Unit& u : units) {
    if (u.kind != align::Unit::Kind::sentence) continue;
    PairBead b;
    if (u.members[va]) b.a.insert(u.members[va]->sentences.begin(), u.members[va]->sentences.end());
    if (u.members[vb]) b.b.insert(u.members[vb]->sentences.begin(), u.members[vb]->sentences.end());
    if (!b.a.empty() || !b.b.empty()) out.insert(std::move(b));
  }
  return out;
}

std::set<PairBead> system_sections(const align::DocumentAlignment& alignment, const std::vector<align::Unit>& units,
                                   std::size_t va, std::size_t vb) {
  std::set<PairBead> out;
  for (const align::PairAlignment& p : alignment.pairs) {
    const bool forward = p.a == va && p.b == vb, backward = p.a == vb && p.b == va;
    if (!forward && !backward) continue;
    for (const align::SectionPair& sp : p.sections) {
      PairBead b;
      if (sp.a >= 0) b.a.insert(static_cast<std::uint32_t>(sp.a));
      if (sp.b >= 0) b.b.insert(static_cast<std::uint32_t>(sp.b));
      if (backward) std::swap(b.a, b.b);
      out.insert(std::move(b));
    }
    return out;
  }
  for (const align::Unit& u : units) {
    if (u.kind != align::Unit::Kind::section) continue;
    PairBead b;
    if (u.members[va]) b.a.insert(static_cast<std::uint32_t>(u.members[va]->section));
    if (u.members[vb]) b.b.insert(static_cast<std::uint32_t>(u.members[vb]->section));
    if (!b.a.empty() || !b.b.empty()) out.insert(std::move(b));
  }
  return out;
}

Score compare(const std::set<PairBead>& system, const std::set<PairBead>& gold) {
  Score s;
  s.system = system.size();
  s.gold = gold.size();
  for (const PairBead& b : system) s.correct += gold.count(b);
  return s;
}

std::vector<std::map<std::string, std::vector<std::uint32_t>>> as_groups(
    const std::vector<std::map<std::string, std::optional<std::uint32_t>>>& sections) {
  std::vector<std::map<std::string, std::vector<std::uint32_t>>> out;
  for (const auto& g : sections) {
    std::map<std::string, std::vector<std::uint32_t>> m;
    for (const auto& [lang, k] : g) m[lang] = k ? std::vector<std::uint32_t>{*k} : std::vector<std::uint32_t>{};
    out.push_back(std::move(m));
  }
  return out;
}

std::string describe(const model::Document& d, const text::DocumentText& t, std::size_t v,
                     const std::set<std::uint32_t>& sentences) {
  std::string out;
  for (std::uint32_t s : sentences) {
    std::string_view text = text::sentence_text(d.versions[v], t.versions[v].sentences[s]);
    out += "[" + std::to_string(s) + "] " + std::string(text.substr(0, 60)) + " ";
  }
  return out.empty() ? "—" : out;
}

void show_differences(const model::Document& d, const text::DocumentText& t, std::size_t va, std::size_t vb,
                      const std::set<PairBead>& system, const std::set<PairBead>& gold, const std::string& title) {
  for (const PairBead& b : gold)
    if (!system.count(b))
      std::cerr << title << " missed: " << describe(d, t, va, b.a) << " <> " << describe(d, t, vb, b.b) << '\n';
  for (const PairBead& b : system)
    if (!gold.count(b))
      std::cerr << title << " wrong:  " << describe(d, t, va, b.a) << " <> " << describe(d, t, vb, b.b) << '\n';
}

}  // namespace

std::vector<PairResult> evaluate_gold(const std::string& root, const std::string& gold_dir,
                                      std::vector<std::string>& errors, bool show) {
  std::vector<PairResult> out;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(gold_dir))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    std::string error;
    const auto gold = read_gold(path.string(), error);
    if (!gold) {
      errors.push_back(error);
      continue;
    }
    std::vector<std::string> inputs;
    for (const auto& [lang, file] : gold->files) inputs.push_back((fs::path(root) / file).string());
    const engine::Workspace ws = engine::Workspace::load(inputs, {});
    if (ws.documents().size() != 1) {
      errors.push_back(path.string() + ": its versions make " + std::to_string(ws.documents().size()) +
                       " documents, not one");
      continue;
    }
    const model::Document& document = ws.documents().front();
    const text::DocumentText text = text::analyze(document);
    const structure::DocumentOutline outline = structure::build_outlines(document, text);
    const align::DocumentAlignment alignment = align::align_document(document, text, outline, "en");
    const std::vector<align::Unit> units = align::build_units(document, alignment, outline);
    const auto indexed = index_gold(*gold, document, text, outline, error);
    if (!indexed) {
      errors.push_back(error);
      continue;
    }
    std::vector<std::string> langs;
    for (const auto& [lang, file] : gold->files) langs.push_back(lang);
    auto version = [&](const std::string& lang) {
      for (std::size_t v = 0; v < document.versions.size(); ++v)
        if (document.versions[v].lang == lang) return v;
      return document.versions.size();
    };
    for (std::size_t i = 0; i < langs.size(); ++i) {
      for (std::size_t j = i + 1; j < langs.size(); ++j) {
        // The reference first when it is one of the two.
        std::string a = langs[i], b = langs[j];
        if (b == "en") std::swap(a, b);
        PairResult r;
        r.document = gold->document;
        r.a = a;
        r.b = b;
        const std::size_t va = version(a), vb = version(b);
        const auto system = system_sentences(document, alignment, units, va, vb);
        const auto expected = project(indexed->sentence_groups, a, b);
        r.sentences = compare(system, expected);
        if (show) show_differences(document, text, va, vb, system, expected, gold->document + " " + a + "–" + b);
        r.sections = compare(system_sections(alignment, units, va, vb), project(as_groups(indexed->section_groups), a, b));
        out.push_back(std::move(r));
      }
    }
  }
  return out;
}

}  // namespace concord::eval
