#include <algorithm>
#include <string>

#include "concord/lang/language_tag.hpp"
#include "concord/rules/parity/english_text.hpp"
#include "concord/rules/parity/parity_rules.hpp"
#include "concord/rules/parity/parity_support.hpp"

namespace concord::rules {
namespace {

using parity::PairView;

RuleMeta missing_meta() {
  RuleMeta m;
  m.id = "parity/missing-section";
  m.summary = "a section of the reference with no counterpart in a version";
  m.why = "A whole section of the reference is not in this version: readers of the translation do not get "
          "those terms at all. It stands where the section would go, with the reference section as related.";
  return m;
}

RuleMeta extra_meta() {
  RuleMeta m;
  m.id = "parity/extra-section";
  m.summary = "a section in a version with no counterpart in the reference";
  m.why = "A section the reference does not have: either an addition nobody reviewed against the source, or a "
          "section the reference lost. Mark intentional ones with <!-- concord-disable parity/extra-section -->.";
  return m;
}

RuleMeta moved_meta() {
  RuleMeta m;
  m.id = "parity/order-mismatch";
  m.summary = "aligned sections appear in a different order";
  m.why = "The section exists in both versions but stands elsewhere: references by position and the reading "
          "order differ between the versions.";
  return m;
}

// How much of a section's sentences (its own and its children's) have no
// counterpart on the other side.
double unmatched_share(const align::PairAlignment& pair, const structure::Section& s, bool reference_side,
                       std::uint32_t& total) {
  const auto& bead_of = reference_side ? pair.bead_of_a : pair.bead_of_b;
  std::uint32_t unmatched = 0;
  total = 0;
  for (std::uint32_t i = s.first_sentence; i < s.end_sentence && i < bead_of.size(); ++i) {
    ++total;
    const std::int32_t b = bead_of[i];
    if (b < 0) continue;
    const align::Bead& bead = pair.beads[static_cast<std::size_t>(b)];
    if ((reference_side ? bead.b : bead.a).empty()) ++unmatched;
  }
  return total ? static_cast<double>(unmatched) / total : 0.0;
}

bool inside_any(const structure::Outline& o, std::uint32_t k, const std::vector<std::uint32_t>& reported) {
  for (std::uint32_t r : reported)
    if (k > r && k < o.sections[r].end_section) return true;
  return false;
}

constexpr double kMissingShare = 0.6;

}  // namespace

SectionParityRule::SectionParityRule(Kind kind) : kind_(kind) {
  switch (kind) {
    case Kind::missing: meta_ = missing_meta(); break;
    case Kind::extra: meta_ = extra_meta(); break;
    case Kind::moved: meta_ = moved_meta(); break;
  }
  meta_.severity = Severity::warning;
}

namespace {

// "section "A"", or "sections "A", "B" and "C"" for a run of neighbours.
std::string sections_phrase(const std::vector<std::string>& labels) {
  if (labels.size() == 1) return "section " + labels[0];
  std::string out = "sections ";
  for (std::size_t i = 0; i < labels.size(); ++i)
    out += (i == 0 ? "" : i + 1 == labels.size() ? " and " : ", ") + labels[i];
  return out;
}

// Runs of neighbouring sections: each next one starts where the one before
// (with its children) ends.
std::vector<std::vector<std::uint32_t>> runs_of(const structure::Outline& o, std::vector<std::uint32_t> sections) {
  std::sort(sections.begin(), sections.end());
  std::vector<std::vector<std::uint32_t>> out;
  for (std::uint32_t k : sections) {
    if (!out.empty() && o.sections[out.back().back()].end_section == k) out.back().push_back(k);
    else out.push_back({k});
  }
  return out;
}

}  // namespace

void SectionParityRule::check(const Context& context, Sink& sink) const {
  for (const PairView& view : parity::reference_pairs(context)) {
    if (parity::mostly_english(*view.other_analysis) && !lang::primary_language(view.other->lang).starts_with("en"))
      continue;  // an untranslated version is one parity/untranslated finding
    const std::string ref_name = parity::language_name(view.ref->lang);
    std::vector<std::uint32_t> missing, extra;
    for (const align::SectionPair& sp : view.pair->sections) {
      if (kind_ == Kind::missing && sp.b < 0 && sp.a >= 0) {
        const auto k = static_cast<std::uint32_t>(sp.a);
        std::uint32_t total = 0;
        if (inside_any(*view.ref_outline, k, missing)) continue;
        if (unmatched_share(*view.pair, view.ref_outline->sections[k], true, total) < kMissingShare || total == 0)
          continue;
        missing.push_back(k);
      } else if (kind_ == Kind::extra && sp.a < 0 && sp.b >= 0) {
        const auto k = static_cast<std::uint32_t>(sp.b);
        std::uint32_t total = 0;
        if (inside_any(*view.other_outline, k, extra)) continue;
        if (unmatched_share(*view.pair, view.other_outline->sections[k], false, total) < kMissingShare || total == 0)
          continue;
        extra.push_back(k);
      } else if (kind_ == Kind::moved && sp.moved && sp.a >= 0 && sp.b >= 0) {
        const auto ka = static_cast<std::uint32_t>(sp.a), kb = static_cast<std::uint32_t>(sp.b);
        Finding& f = parity::report_section(sink, *view.other, *view.other_outline, kb,
                                            "section " + parity::section_label(*view.other, *view.other_outline, kb) +
                                                " stands elsewhere than in " + ref_name);
        f.related.push_back(
            parity::related_section(*view.ref, *view.ref_outline, ka, "where " + ref_name + " has it"));
      }
    }
    for (const auto& run : runs_of(*view.ref_outline, missing)) {
      std::vector<std::string> labels;
      for (std::uint32_t k : run) labels.push_back(parity::section_label(*view.ref, *view.ref_outline, k));
      Finding& f = parity::report_missing_at(sink, view, view.ref_outline->sections[run.front()].first_sentence,
                                             sections_phrase(labels) + " of " + ref_name +
                                                 (run.size() > 1 ? " are" : " is") + " missing here");
      for (std::uint32_t k : run)
        f.related.push_back(parity::related_section(*view.ref, *view.ref_outline, k, "the section in " + ref_name));
    }
    for (const auto& run : runs_of(*view.other_outline, extra)) {
      std::vector<std::string> labels;
      for (std::uint32_t k : run) labels.push_back(parity::section_label(*view.other, *view.other_outline, k));
      parity::report_section(sink, *view.other, *view.other_outline, run.front(),
                             sections_phrase(labels) + (run.size() > 1 ? " have" : " has") + " no counterpart in " +
                                 ref_name);
    }
  }
}

}  // namespace concord::rules
