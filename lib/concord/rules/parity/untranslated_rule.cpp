#include "concord/lang/language_tag.hpp"
#include "concord/rules/parity/english_text.hpp"
#include "concord/rules/parity/parity_rules.hpp"
#include "concord/rules/parity/parity_support.hpp"
#include "concord/rules/registry.hpp"

namespace concord::rules {
namespace {

// A short sentence that is its reference counterpart word for word, and
// English words rather than a name: left untranslated ("Downstream
// recipients." in the Japanese), though too short to read as prose.
bool copied_from_counterpart(const align::PairAlignment* pair, const align::VersionAnalysis& ref,
                             const align::VersionAnalysis& version, std::uint32_t s, std::string_view text) {
  if (pair == nullptr || pair->bead_of_b[s] < 0) return false;
  const align::Bead& bead = pair->beads[static_cast<std::size_t>(pair->bead_of_b[s])];
  if (bead.a.size() != 1 || bead.b.size() != 1 || ref.keys[bead.a[0]] != version.keys[s]) return false;
  return version.features[s].latin_text && parity::english_phrase(text);
}

}  // namespace

UntranslatedRule::UntranslatedRule() {
  meta_.id = "parity/untranslated";
  meta_.summary = "a unit left in the reference language";
  meta_.why = "Text still in the reference language was never translated: a placeholder page, a version that "
              "is mostly English, or a sentence pasted from the source. A whole untranslated version is one "
              "finding, not one per section.";
  meta_.severity = Severity::warning;
}

void UntranslatedRule::check(const Context& context, Sink& sink) const {
  const auto& alignment = context.alignment();
  if (alignment.reference < 0) return;
  const auto ref = static_cast<std::uint32_t>(alignment.reference);
  const model::Version& ref_version = context.versions()[ref];
  const std::string ref_name = parity::language_name(ref_version.lang);
  const bool ref_english = lang::primary_language(ref_version.lang) == "en";
  for (std::uint32_t v = 0; v < context.versions().size(); ++v) {
    if (v == ref) continue;
    const model::Version& version = context.versions()[v];
    const text::VersionText& t = context.text(v);
    if (lang::primary_language(version.lang) == lang::primary_language(ref_version.lang)) continue;
    // A placeholder: a file with no text of its own.
    if (t.sentences.empty()) {
      const model::SourceFile& file = version.file->file();
      model::SourceRange range{0, 0};
      if (version.file->front_matter.source.end > 0) range = version.file->front_matter.source;
      sink.report(file, range, version.lang,
                  "this version has no text of its own: " + ref_name.substr(4) +
                      " is not translated (the file is a placeholder)");
      continue;
    }
    if (!ref_english) continue;
    const align::VersionAnalysis& analysis = alignment.versions[v];
    if (parity::mostly_english(analysis)) {
      std::size_t english = 0;
      for (std::size_t s = 0; s < analysis.features.size(); ++s)
        english += parity::reads_as_english(analysis.features[s], analysis.keys[s]) ? 1 : 0;
      parity::report_sentence(sink, version, t, 0,
                              "this version is still in English: " + std::to_string(english) + " of its " +
                                  std::to_string(analysis.features.size()) + " sentences read as English");
      continue;
    }
    const align::PairAlignment* pair = alignment.find(ref, v);
    for (std::uint32_t s = 0; s < analysis.features.size(); ++s) {
      const text::Sentence& sentence = t.sentences[s];
      Finding* finding = nullptr;
      if (parity::reads_as_english(analysis.features[s], analysis.keys[s]) ||
          copied_from_counterpart(pair, alignment.versions[ref], analysis, s, text::sentence_text(version, sentence))) {
        finding = &parity::report_sentence(sink, version, t, s, "this sentence is still in English");
      } else if (const auto [b, e] = parity::english_run(text::sentence_text(version, sentence)); e > b) {
        // English pasted into a sentence of this language.
        finding = &sink.report(version, version.file->blocks[sentence.block], sentence.begin + b, sentence.begin + e,
                               "this part is still in English");
      }
      if (finding == nullptr) continue;
      Finding& f = *finding;
      if (pair && pair->bead_of_b[s] >= 0) {
        const align::Bead& bead = pair->beads[static_cast<std::size_t>(pair->bead_of_b[s])];
        if (!bead.a.empty())
          f.related.push_back(
              parity::related_sentence(ref_version, context.text(ref), bead.a.front(), "the sentence in " + ref_name));
      }
    }
  }
}

LengthRatioRule::LengthRatioRule() {
  meta_.id = "parity/length-ratio";
  meta_.summary = "a unit far shorter or longer than its counterpart for that language pair (possible omission)";
  meta_.why = "A translation a third the length its counterpart suggests has usually lost a clause; three times "
              "the length, gained one. The expected ratio is measured on the whole pair of versions.";
  meta_.severity = Severity::info;
}

void LengthRatioRule::check(const Context& context, Sink& sink) const {
  constexpr double kMinLength = 40, kShort = 0.33, kLong = 3.0;
  for (const parity::PairView& view : parity::reference_pairs(context)) {
    if (parity::mostly_english(*view.other_analysis)) continue;
    const std::string ref_name = parity::language_name(view.ref->lang);
    const std::string_view other_primary = lang::primary_language(view.other->lang);
    const bool other_latin = other_primary != "zh" && other_primary != "ja" && other_primary != "ko";
    for (const align::Bead& bead : view.pair->beads) {
      if (bead.a.size() != 1 || bead.b.size() != 1) continue;
      const double la = view.ref_analysis->features[bead.a[0]].length;
      const double lb = view.other_analysis->features[bead.b[0]].length;
      if (la < kMinLength) continue;
      // Text in the reference's script inside a version of another one is
      // untranslated (parity/untranslated says so), not longer.
      if (view.ref_analysis->features[bead.a[0]].latin_text && view.other_analysis->features[bead.b[0]].latin_text &&
          !other_latin)
        continue;
      const double r = lb / (view.pair->length_ratio * la);
      if (r >= kShort && r <= kLong) continue;
      const int percent = static_cast<int>(r * 100 + 0.5);
      Finding& f = parity::report_sentence(
          sink, *view.other, *view.other_text, bead.b[0],
          "this sentence is " + std::to_string(percent) + "% of the length " + ref_name + " suggests" +
              (r < 1 ? " (possible omission)" : " (possible addition)"));
      f.related.push_back(parity::related_sentence(*view.ref, *view.ref_text, bead.a[0], "the sentence in " + ref_name));
    }
  }
}

void register_parity_rules(Registry& registry) {
  using S = SectionParityRule::Kind;
  using G = SegmentParityRule::Kind;
  using A = AnchorParityRule::Kind;
  for (S k : {S::missing, S::extra, S::moved}) registry.add(std::make_unique<SectionParityRule>(k));
  for (G k : {G::missing, G::extra}) registry.add(std::make_unique<SegmentParityRule>(k));
  registry.add(std::make_unique<DuplicatedSegmentRule>());
  for (A k : {A::number, A::link, A::term}) registry.add(std::make_unique<AnchorParityRule>(k));
  registry.add(std::make_unique<UntranslatedRule>());
  registry.add(std::make_unique<LengthRatioRule>());
}

}  // namespace concord::rules
