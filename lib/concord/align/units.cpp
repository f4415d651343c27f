#include "concord/align/units.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace concord::align {
namespace {

// Union-find over (version, sentence) nodes.
class Components {
 public:
  explicit Components(const std::vector<std::size_t>& sizes) : first_(sizes.size() + 1, 0) {
    for (std::size_t v = 0; v < sizes.size(); ++v) first_[v + 1] = first_[v] + sizes[v];
    parent_.resize(first_.back());
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  std::size_t node(std::size_t version, std::uint32_t sentence) const { return first_[version] + sentence; }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(std::size_t x, std::size_t y) { parent_[find(x)] = find(y); }

 private:
  std::vector<std::size_t> first_;
  std::vector<std::size_t> parent_;
};

std::string path_of(const structure::Outline& o, std::int32_t section) {
  return section < 0 ? std::string() : o.sections[static_cast<std::size_t>(section)].path;
}

}  // namespace

std::vector<Unit> build_units(const model::Document& document, const DocumentAlignment& alignment,
                              const structure::DocumentOutline& outline) {
  std::vector<Unit> out;
  const std::size_t nv = document.versions.size();
  if (alignment.reference < 0) return out;
  const auto ref = static_cast<std::uint32_t>(alignment.reference);
  std::vector<std::size_t> sizes(nv);
  for (std::size_t v = 0; v < nv; ++v) sizes[v] = alignment.versions[v].keys.size();
  Components comp(sizes);
  std::map<std::pair<std::size_t, std::size_t>, double> bead_score;  // by the node of a bead's first sentence
  for (const PairAlignment& p : alignment.pairs) {
    if (p.a != ref) continue;
    for (const Bead& bead : p.beads) {
      std::vector<std::size_t> nodes;
      for (std::uint32_t s : bead.a) nodes.push_back(comp.node(p.a, s));
      for (std::uint32_t s : bead.b) nodes.push_back(comp.node(p.b, s));
      for (std::size_t k = 1; k < nodes.size(); ++k) comp.join(nodes[0], nodes[k]);
      if (!bead.a.empty() && !bead.b.empty()) bead_score[{p.b, bead.b.front()}] = bead.score;
    }
  }
  // Gather components with a sort key: the reference position, or for rows
  // without the reference, just after the row of the sentence before them.
  struct Row {
    double key = 0;
    Unit unit;
  };
  std::map<std::size_t, std::size_t> row_of_root;
  std::vector<Row> rows;
  std::vector<std::vector<double>> key_of(nv);
  for (std::size_t v = 0; v < nv; ++v) key_of[v].assign(sizes[v], -1.0);
  auto row_for = [&](std::size_t v, std::uint32_t s) -> Row& {
    const std::size_t root = comp.find(comp.node(v, s));
    auto [it, added] = row_of_root.emplace(root, rows.size());
    if (added) {
      rows.emplace_back();
      rows.back().unit.kind = Unit::Kind::sentence;
      rows.back().unit.members.resize(nv);
      rows.back().key = -1;
    }
    return rows[it->second];
  };
  for (std::size_t v : {static_cast<std::size_t>(ref)}) {
    for (std::uint32_t s = 0; s < sizes[v]; ++s) {
      Row& row = row_for(v, s);
      if (row.key < 0) row.key = 2.0 * s;
    }
  }
  for (std::size_t v = 0; v < nv; ++v) {
    if (v == ref) continue;
    double last = -2.0;
    for (std::uint32_t s = 0; s < sizes[v]; ++s) {
      Row& row = row_for(v, s);
      if (row.key < 0) row.key = last + 0.5;
      else last = std::max(last, row.key);
    }
  }
  for (std::size_t v = 0; v < nv; ++v)
    for (std::uint32_t s = 0; s < sizes[v]; ++s) {
      Row& row = row_for(v, s);
      auto& member = row.unit.members[v];
      if (!member) member = UnitMember{};
      member->sentences.push_back(s);
    }
  for (Row& row : rows) {
    double total = 0;
    int count = 0;
    for (std::size_t v = 0; v < nv; ++v) {
      if (v == ref || !row.unit.members[v] || !row.unit.members[ref]) continue;
      const auto it = bead_score.find({v, row.unit.members[v]->sentences.front()});
      if (it != bead_score.end()) total += it->second, ++count;
    }
    row.unit.score = count ? total / count : 0.0;
    // The path of the section the row's first sentence stands in.
    for (std::size_t v : {static_cast<std::size_t>(ref)}) {
      if (row.unit.members[v])
        row.unit.path = path_of(outline.versions[v],
                                outline.versions[v].section_of_sentence[row.unit.members[v]->sentences.front()]);
    }
    if (row.unit.path.empty())
      for (std::size_t v = 0; v < nv && row.unit.path.empty(); ++v)
        if (row.unit.members[v])
          row.unit.path = path_of(outline.versions[v],
                                  outline.versions[v].section_of_sentence[row.unit.members[v]->sentences.front()]);
  }
  // Section rows, keyed just before their first sentence.
  auto section_key = [&](std::size_t v, std::int32_t k) {
    const auto& s = outline.versions[v].sections[static_cast<std::size_t>(k)];
    if (s.first_sentence < sizes[v]) return row_for(v, s.first_sentence).key - 0.25;
    return 1e18;
  };
  std::map<std::int32_t, std::size_t> section_row;  // reference section → row index
  std::vector<Row> section_rows;
  for (const PairAlignment& p : alignment.pairs) {
    if (p.a != ref) continue;
    for (const SectionPair& sp : p.sections) {
      if (sp.a >= 0) {
        auto [it, added] = section_row.emplace(sp.a, section_rows.size());
        if (added) {
          Row r;
          r.unit.kind = Unit::Kind::section;
          r.unit.members.resize(nv);
          r.unit.members[ref] = UnitMember{{}, sp.a};
          r.unit.path = path_of(outline.versions[ref], sp.a);
          r.key = section_key(ref, sp.a);
          section_rows.push_back(std::move(r));
        }
        Row& r = section_rows[it->second];
        if (sp.b >= 0) {
          r.unit.members[p.b] = UnitMember{{}, sp.b};
          r.unit.score = std::max(r.unit.score, sp.score);
        }
      } else if (sp.b >= 0) {
        Row r;
        r.unit.kind = Unit::Kind::section;
        r.unit.members.resize(nv);
        r.unit.members[p.b] = UnitMember{{}, sp.b};
        r.unit.path = path_of(outline.versions[p.b], sp.b);
        r.key = section_key(p.b, sp.b);
        section_rows.push_back(std::move(r));
      }
    }
  }
  for (Row& r : section_rows) rows.push_back(std::move(r));
  std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) { return x.key < y.key; });
  for (Row& r : rows) out.push_back(std::move(r.unit));
  return out;
}

}  // namespace concord::align
