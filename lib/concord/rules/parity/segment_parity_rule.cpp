#include <set>

#include "concord/lang/language_tag.hpp"
#include "concord/rules/parity/duplicates.hpp"
#include "concord/rules/parity/english_text.hpp"
#include "concord/rules/parity/parity_rules.hpp"
#include "concord/rules/parity/sibling_evidence.hpp"

namespace concord::rules {
namespace {

using parity::PairView;

}  // namespace

SegmentParityRule::SegmentParityRule(Kind kind) : kind_(kind) {
  if (kind == Kind::missing) {
    meta_.id = "parity/missing-segment";
    meta_.summary = "a sentence of the reference with no counterpart inside aligned sections";
    meta_.why = "A sentence of the reference is not translated in this version: a clause, a condition or an "
                "exception the readers of this version never see. It stands where the sentence would go.";
  } else {
    meta_.id = "parity/extra-segment";
    meta_.summary = "a sentence in a version with no counterpart in the reference";
    meta_.why = "A sentence the reference does not say: an unreviewed addition, or a sentence the reference "
                "lost. Either way the versions no longer say the same thing.";
  }
  meta_.severity = Severity::warning;
}

void SegmentParityRule::check(const Context& context, Sink& sink) const {
  std::set<std::pair<std::uint32_t, std::uint32_t>> duplicates;
  // Both copies of a repeated sentence: the aligner may pair either with
  // the reference, and the duplicate finding already explains the other.
  if (kind_ == Kind::extra)
    for (const parity::Duplicate& d : parity::find_duplicates(context)) {
      duplicates.insert({d.version, d.sentence});
      if (d.twin >= 0) duplicates.insert({d.version, static_cast<std::uint32_t>(d.twin)});
    }
  for (const PairView& view : parity::reference_pairs(context)) {
    if (parity::mostly_english(*view.other_analysis) && !lang::primary_language(view.other->lang).starts_with("en"))
      continue;
    const std::string ref_name = parity::language_name(view.ref->lang);
    const bool missing = kind_ == Kind::missing;
    const std::set<std::uint32_t> skip = parity::in_unmatched_sections(view, missing);
    auto report_missing = [&](std::uint32_t s) {
      const auto& f = view.ref_analysis->features[s];
      if (skip.count(s) || parity::is_label_only(f, view.ref_analysis->keys[s])) return;
      Finding& finding = parity::report_missing_at(
          sink, view, s,
          "this version has no counterpart of the sentence " + parity::quote(*view.ref, view.ref_text->sentences[s]) +
              " of " + ref_name);
      finding.related.push_back(parity::related_sentence(*view.ref, *view.ref_text, s, "the sentence in " + ref_name));
    };
    if (missing)
      for (std::uint32_t s : parity::dropped_from_merges(view)) report_missing(s);
    for (const align::Bead& bead : view.pair->beads) {
      if (missing && bead.b.empty()) {
        for (std::uint32_t s : bead.a) report_missing(s);
      } else if (!missing && bead.a.empty()) {
        for (std::uint32_t s : bead.b) {
          const auto& f = view.other_analysis->features[s];
          if (skip.count(s) || duplicates.count({view.pair->b, s}) ||
              parity::is_label_only(f, view.other_analysis->keys[s]))
            continue;
          parity::report_sentence(sink, *view.other, *view.other_text, s,
                                  "this sentence has no counterpart in " + ref_name);
        }
      }
    }
  }
}

DuplicatedSegmentRule::DuplicatedSegmentRule() {
  meta_.id = "parity/duplicated-segment";
  meta_.summary = "a version says the same thing twice where the reference says it once";
  meta_.why = "A sentence repeated in one version (a row pasted twice, a copy left from another version) makes "
              "the versions disagree and the repeat usually carries an older or unconverted text.";
  meta_.severity = Severity::error;
}

void DuplicatedSegmentRule::check(const Context& context, Sink& sink) const {
  const auto& alignment = context.alignment();
  if (alignment.reference < 0) return;
  const std::string ref_name =
      parity::language_name(context.versions()[static_cast<std::size_t>(alignment.reference)].lang);
  for (const parity::Duplicate& d : parity::find_duplicates(context)) {
    const model::Version& v = context.versions()[d.version];
    const text::VersionText& t = context.text(d.version);
    std::string message = "this sentence repeats " + parity::quote(v, t.sentences[static_cast<std::size_t>(d.twin)]) +
                          "; " + ref_name + " says it once";
    if (d.source_version >= 0)
      message += " (it is a copy of the " +
                 parity::language_name(context.versions()[static_cast<std::size_t>(d.source_version)].lang).substr(4) +
                 " text)";
    Finding& f = parity::report_sentence(sink, v, t, d.sentence, std::move(message));
    f.related.push_back(parity::related_sentence(v, t, static_cast<std::uint32_t>(d.twin), "what it repeats"));
    if (d.source_version >= 0) {
      const auto sv = static_cast<std::uint32_t>(d.source_version);
      f.related.push_back(parity::related_sentence(context.versions()[sv], context.text(sv),
                                                   static_cast<std::uint32_t>(d.source_sentence),
                                                   "where it was copied from"));
    }
  }
}

}  // namespace concord::rules
