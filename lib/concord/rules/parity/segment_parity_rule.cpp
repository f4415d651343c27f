#include <set>

#include "concord/lang/language_tag.hpp"
#include "concord/rules/parity/duplicates.hpp"
#include "concord/rules/parity/english_text.hpp"
#include "concord/rules/parity/parity_rules.hpp"
#include "concord/rules/parity/merge_evidence.hpp"

namespace concord::rules {
namespace {

using parity::PairView;

// Consecutive missing sentences reported as one finding from this many on.
constexpr std::size_t kSentencesAsOneFinding = 3;

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
    if (kind_ == Kind::missing) check_missing(view, sink);
    else check_extra(view, duplicates, sink);
  }
}

void SegmentParityRule::check_missing(const PairView& view, Sink& sink) const {
  const std::string ref_name = parity::language_name(view.ref->lang);
  const std::set<std::uint32_t> skip = parity::in_unmatched_sections(view, true);
  auto reportable = [&](std::uint32_t s) {
    return !skip.count(s) && !parity::is_label_only(view.ref_analysis->features[s], view.ref_analysis->keys[s]);
  };
  auto report_one = [&](std::uint32_t s) {
    Finding& finding = parity::report_missing_at(
        sink, view, s,
        "this version has no counterpart of the sentence " + parity::quote(*view.ref, view.ref_text->sentences[s]) +
            " of " + ref_name);
    finding.related.push_back(parity::related_sentence(*view.ref, *view.ref_text, s, "the sentence in " + ref_name));
  };
  // Sentences missing at one place are one finding from a few on: a lost
  // paragraph is one thing to fix, not one per sentence.
  std::vector<std::uint32_t> run;
  auto report_run = [&] {
    if (run.size() < kSentencesAsOneFinding) {
      for (std::uint32_t s : run) report_one(s);
    } else {
      Finding& finding = parity::report_missing_at(
          sink, view, run.front(),
          "this version has no counterpart of " + std::to_string(run.size()) + " consecutive sentences of " +
              ref_name + ", from " + parity::quote(*view.ref, view.ref_text->sentences[run.front()], 40) + " to " +
              parity::quote(*view.ref, view.ref_text->sentences[run.back()], 40));
      for (std::uint32_t s : run)
        finding.related.push_back(parity::related_sentence(*view.ref, *view.ref_text, s, "a sentence in " + ref_name));
    }
    run.clear();
  };
  for (std::uint32_t s : parity::dropped_from_merges(view))
    if (reportable(s)) report_one(s);
  for (const align::Bead& bead : view.pair->beads) {
    if (!bead.b.empty()) {
      report_run();  // the version has text here: what follows is missing elsewhere
      continue;
    }
    for (std::uint32_t s : bead.a)
      if (reportable(s)) run.push_back(s);
  }
  report_run();
}

void SegmentParityRule::check_extra(const PairView& view,
                                    const std::set<std::pair<std::uint32_t, std::uint32_t>>& duplicates,
                                    Sink& sink) const {
  const std::string ref_name = parity::language_name(view.ref->lang);
  const std::set<std::uint32_t> skip = parity::in_unmatched_sections(view, false);
  auto reportable = [&](std::uint32_t s) {
    return !skip.count(s) && !duplicates.count({view.pair->b, s}) &&
           !parity::is_label_only(view.other_analysis->features[s], view.other_analysis->keys[s]);
  };
  // Consecutive sentences the reference does not say: one finding over all
  // of them from a few on, as for missing ones.
  std::vector<std::uint32_t> run;
  auto report_run = [&] {
    if (run.size() < kSentencesAsOneFinding) {
      for (std::uint32_t s : run)
        parity::report_sentence(sink, *view.other, *view.other_text, s, "this sentence has no counterpart in " + ref_name);
    } else {
      Finding& finding = parity::report_sentence(
          sink, *view.other, *view.other_text, run.front(),
          "these " + std::to_string(run.size()) + " consecutive sentences have no counterpart in " + ref_name);
      const text::Sentence& last = view.other_text->sentences[run.back()];
      const model::SourceRange whole = view.other->file->blocks[last.block].text.to_source(last.begin, last.end);
      if (whole.end > finding.range.end) finding.range.end = whole.end;
    }
    run.clear();
  };
  for (const align::Bead& bead : view.pair->beads) {
    if (!bead.a.empty()) {
      report_run();
      continue;
    }
    for (std::uint32_t s : bead.b) {
      if (!reportable(s)) {
        report_run();
        continue;
      }
      if (!run.empty() && s != run.back() + 1) report_run();
      run.push_back(s);
    }
  }
  report_run();
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
