#include "concord/structure/numbering.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace concord::structure {
namespace {

// Styles whose numbers run on through the whole document.
bool counts_across_parents(const Marker& m) {
  return m.style == MarkerStyle::cjk_ordinal || m.style == MarkerStyle::word || m.style == MarkerStyle::table_item;
}

// Compares `m` with `prev`, the marker before it in its sequence.
std::optional<NumberingEvent> compare(const Marker& prev, const Marker& m) {
  NumberingEvent e{};
  if (m.style == MarkerStyle::decimal_multi && prev.values.size() == m.values.size()) {
    // 1.2 → 1.3, and 1.3 → 2.1 when the earlier part moves on.
    const std::size_t n = m.values.size();
    if (m.values == prev.values) return e.issue = NumberingIssue::duplicate, e;
    if (std::equal(m.values.begin(), m.values.end() - 1, prev.values.begin())) {
      if (m.values[n - 1] == prev.values[n - 1] + 1) return std::nullopt;
      if (m.values[n - 1] > prev.values[n - 1] + 1) {
        e.issue = NumberingIssue::gap;
        e.first_missing = prev.values[n - 1] + 1;
        e.last_missing = m.values[n - 1] - 1;
        return e;
      }
      return e.issue = NumberingIssue::out_of_order, e;
    }
    if (m.values < prev.values) return e.issue = NumberingIssue::out_of_order, e;
    return std::nullopt;  // a new major part: 1.3 → 2.1
  }
  const int v = m.value(), p = prev.value();
  if (v == p) {
    if (m.sub == prev.sub) return e.issue = NumberingIssue::duplicate, e;
    if (m.sub < prev.sub) return e.issue = NumberingIssue::out_of_order, e;
    return std::nullopt;  // 第五条之一 after 第五条
  }
  if (v == p + 1) return std::nullopt;
  if (v > p + 1) {
    e.issue = NumberingIssue::gap;
    e.first_missing = p + 1;
    e.last_missing = v - 1;
    return e;
  }
  if (v == 1 && m.sub == 0) return std::nullopt;  // a new list
  return e.issue = NumberingIssue::out_of_order, e;
}

}  // namespace

std::vector<NumberingEvent> check_numbering(const Outline& outline) {
  std::vector<NumberingEvent> out;
  // The last section of each (parent, style) sequence, and of each style.
  std::map<std::pair<std::int32_t, std::string>, std::uint32_t> last_in_parent;
  std::map<std::string, std::uint32_t> last_of_style;
  for (std::uint32_t i = 0; i < outline.sections.size(); ++i) {
    const Section& s = outline.sections[i];
    const Marker& m = s.marker;
    if (m.rendered || m.style == MarkerStyle::heading) continue;
    const std::string key = style_key(m);
    if (!m.numbered()) {
      NumberingEvent e{};
      e.issue = NumberingIssue::missing_number;
      e.section = i;
      const auto it = last_of_style.find(key);
      e.previous = it == last_of_style.end() ? -1 : static_cast<std::int32_t>(it->second);
      out.push_back(e);
      continue;
    }
    std::optional<std::uint32_t> prev;
    if (auto it = last_in_parent.find({s.parent, key}); it != last_in_parent.end()) {
      prev = it->second;
    } else if (auto g = last_of_style.find(key); g != last_of_style.end() && counts_across_parents(m)) {
      // The first of its style under this parent: counting on from the last
      // one elsewhere, unless it starts again at one.
      if (m.value() != 1) prev = g->second;
    }
    if (prev) {
      if (auto e = compare(outline.sections[*prev].marker, m)) {
        e->section = i;
        e->previous = static_cast<std::int32_t>(*prev);
        out.push_back(*e);
      }
    }
    last_in_parent[{s.parent, key}] = i;
    last_of_style[key] = i;
  }
  return out;
}

}  // namespace concord::structure
