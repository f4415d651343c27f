#pragma once
// What the parity rules share: walking the pairs of the alignment (the
// reference against each version), locating sentences and sections in their
// files, and quoting them in messages.
#include <set>
#include <string>
#include <vector>

#include "concord/align/alignment.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules::parity {

/// One pair of versions as a rule sees it.
struct PairView {
  const Context* context = nullptr;
  const align::PairAlignment* pair = nullptr;
  const model::Version* ref = nullptr;    // the reference version (pair->a)
  const model::Version* other = nullptr;  // the version checked (pair->b)
  const text::VersionText* ref_text = nullptr;
  const text::VersionText* other_text = nullptr;
  const structure::Outline* ref_outline = nullptr;
  const structure::Outline* other_outline = nullptr;
  const align::VersionAnalysis* ref_analysis = nullptr;
  const align::VersionAnalysis* other_analysis = nullptr;
};

/// The reference against each version that has text (not the zh-Hant–zh-Hans pair).
std::vector<PairView> reference_pairs(const Context& context);

/// The view of an arbitrary pair (a, b) of the alignment.
PairView view_of(const Context& context, const align::PairAlignment& pair);

/// The language as a message names it: "the English", "the Japanese".
std::string language_name(std::string_view lang);

/// A sentence's text, cut to about 60 characters for a message.
std::string quote(const model::Version& v, const text::Sentence& s, std::size_t max_code_points = 60);

/// Reports on sentence `s` of version `v`.
Finding& report_sentence(Sink& sink, const model::Version& v, const text::VersionText& t, std::uint32_t s,
                         std::string message);

/// A related location on sentence `s` of version `v`.
Related related_sentence(const model::Version& v, const text::VersionText& t, std::uint32_t s, std::string message);

/// Reports on the marker (or heading) of section `k`.
Finding& report_section(Sink& sink, const model::Version& v, const structure::Outline& o, std::uint32_t k,
                        std::string message);
Related related_section(const model::Version& v, const structure::Outline& o, std::uint32_t k, std::string message);

/// Where a unit of the reference that the other version lacks would stand in
/// it: just after the other version's counterpart of the reference sentence
/// before `ref_sentence` (or at its first sentence when there is none).
Finding& report_missing_at(Sink& sink, const PairView& view, std::uint32_t ref_sentence, std::string message);

/// "2.1 Scope" for a section: its marker as written and its title.
std::string section_label(const model::Version& v, const structure::Outline& o, std::uint32_t k);

/// Sentences of the sections of one side that have no counterpart and whose
/// content is mostly unmatched: the section rules report them as a whole.
std::set<std::uint32_t> in_unmatched_sections(const PairView& view, bool reference_side);

/// Whether sentence `s` of version `v` is a bare marker or number ("1", "a.").
bool is_label_only(const align::SentenceFeatures& f, std::string_view key);

}  // namespace concord::rules::parity
