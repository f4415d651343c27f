#include "concord/rules/parity/parity_support.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::rules::parity {

PairView view_of(const Context& context, const align::PairAlignment& pair) {
  PairView v;
  v.context = &context;
  v.pair = &pair;
  v.ref = &context.versions()[pair.a];
  v.other = &context.versions()[pair.b];
  v.ref_text = &context.text(pair.a);
  v.other_text = &context.text(pair.b);
  v.ref_outline = &context.outline(pair.a);
  v.other_outline = &context.outline(pair.b);
  v.ref_analysis = &context.alignment().versions[pair.a];
  v.other_analysis = &context.alignment().versions[pair.b];
  return v;
}

std::vector<PairView> reference_pairs(const Context& context) {
  std::vector<PairView> out;
  const auto& alignment = context.alignment();
  if (alignment.reference < 0) return out;
  for (const align::PairAlignment& p : alignment.pairs)
    if (static_cast<std::int32_t>(p.a) == alignment.reference) out.push_back(view_of(context, p));
  return out;
}

std::string language_name(std::string_view lang) {
  const std::string_view primary = lang::primary_language(lang);
  if (primary == "en") return "the English";
  if (primary == "ja") return "the Japanese";
  if (lang == "zh-Hans") return "the Simplified Chinese";
  if (lang == "zh-Hant") return "the Traditional Chinese";
  if (primary == "zh") return "the Chinese";
  return "the " + std::string(lang) + " version";
}

std::string quote(const model::Version& v, const text::Sentence& s, std::size_t max_code_points) {
  const std::string_view text = text::sentence_text(v, s);
  std::size_t pos = 0, count = 0;
  while (pos < text.size() && count < max_code_points) {
    utf8::next(text, pos);
    ++count;
  }
  return "\"" + std::string(text.substr(0, pos)) + (pos < text.size() ? "…" : "") + "\"";
}

Finding& report_sentence(Sink& sink, const model::Version& v, const text::VersionText& t, std::uint32_t s,
                         std::string message) {
  const text::Sentence& sentence = t.sentences[s];
  return sink.report(v, v.file->blocks[sentence.block], sentence.begin, sentence.end, std::move(message));
}

Related related_sentence(const model::Version& v, const text::VersionText& t, std::uint32_t s, std::string message) {
  const text::Sentence& sentence = t.sentences[s];
  return related_at(v, v.file->blocks[sentence.block], sentence.begin, sentence.end, std::move(message));
}

namespace {

model::SourceRange section_range(const model::Version& v, const structure::Outline& o, std::uint32_t k) {
  const structure::Section& s = o.sections[k];
  const model::Block& b = v.file->blocks[s.block];
  if (s.marker.end > s.marker.begin) return b.text.to_source(s.marker.begin, s.marker.end);
  if (s.heading_level > 0 && !b.text.empty()) return b.text.to_source(0, static_cast<std::uint32_t>(b.text.size()));
  const std::uint32_t text_start = b.text.empty() ? b.source.end : b.text.to_source(0);
  return {b.source.begin, std::max(b.source.begin, text_start)};
}

}  // namespace

Finding& report_section(Sink& sink, const model::Version& v, const structure::Outline& o, std::uint32_t k,
                        std::string message) {
  return sink.report(v.file->file(), section_range(v, o, k), v.lang, std::move(message));
}

Related related_section(const model::Version& v, const structure::Outline& o, std::uint32_t k, std::string message) {
  return {&v.file->file(), section_range(v, o, k), std::move(message)};
}

std::string section_label(const model::Version& v, const structure::Outline& o, std::uint32_t k) {
  const structure::Section& s = o.sections[k];
  const model::Block& b = v.file->blocks[s.block];
  std::string label;
  if (s.marker.end > s.marker.begin) label = std::string(b.text.view().substr(s.marker.begin, s.marker.end - s.marker.begin));
  else if (s.marker.numbered() && s.heading_level == 0) label = structure::describe(s.marker);
  std::string title = s.title;
  if (utf8::length(title) > 40) {
    std::size_t pos = 0;
    for (int i = 0; i < 40; ++i) utf8::next(title, pos);
    title = title.substr(0, pos) + "…";
  }
  if (label.empty()) return "\"" + title + "\"";
  return "\"" + label + (title.empty() ? "" : " " + title) + "\"";
}

Finding& report_missing_at(Sink& sink, const PairView& view, std::uint32_t ref_sentence, std::string message) {
  const auto& pair = *view.pair;
  // The other version's sentence that answers for the closest reference
  // sentence before this one.
  std::int32_t anchor = -1;
  for (std::uint32_t r = ref_sentence; r-- > 0;) {
    const std::int32_t bead = pair.bead_of_a[r];
    if (bead >= 0 && !pair.beads[static_cast<std::size_t>(bead)].b.empty()) {
      anchor = static_cast<std::int32_t>(pair.beads[static_cast<std::size_t>(bead)].b.back());
      break;
    }
  }
  const auto& sentences = view.other_text->sentences;
  const model::Version& v = *view.other;
  if (anchor < 0) {
    const text::Sentence& first = sentences.front();
    return sink.report(v, v.file->blocks[first.block], first.begin, first.begin, std::move(message));
  }
  const text::Sentence& s = sentences[static_cast<std::size_t>(anchor)];
  // Right after its last character, not where the text after it starts
  // (after a <br>, on the line after).
  const model::Block& block = v.file->blocks[s.block];
  const std::string_view text = block.text.view();
  std::uint32_t end = s.end;
  while (end > s.begin && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' ' || text[end - 1] == '\t'))
    --end;
  const std::uint32_t after = block.text.to_source(s.begin, end).end;
  return sink.report(v.file->file(), {after, after}, v.lang, std::move(message));
}

std::set<std::uint32_t> in_unmatched_sections(const PairView& view, bool reference_side) {
  std::set<std::uint32_t> out;
  const structure::Outline& o = reference_side ? *view.ref_outline : *view.other_outline;
  const auto& bead_of = reference_side ? view.pair->bead_of_a : view.pair->bead_of_b;
  for (const align::SectionPair& sp : view.pair->sections) {
    const std::int32_t k = reference_side ? (sp.b < 0 ? sp.a : -1) : (sp.a < 0 ? sp.b : -1);
    if (k < 0) continue;
    const structure::Section& s = o.sections[static_cast<std::size_t>(k)];
    std::uint32_t total = 0, unmatched = 0;
    for (std::uint32_t i = s.first_sentence; i < s.end_sentence && i < bead_of.size(); ++i) {
      ++total;
      if (bead_of[i] < 0) continue;
      const align::Bead& bead = view.pair->beads[static_cast<std::size_t>(bead_of[i])];
      if ((reference_side ? bead.b : bead.a).empty()) ++unmatched;
    }
    if (total > 0 && unmatched * 10 >= total * 6)
      for (std::uint32_t i = s.first_sentence; i < s.end_sentence; ++i) out.insert(i);
  }
  return out;
}

bool is_label_only(const align::SentenceFeatures& f, std::string_view key) {
  if (f.length > 6) return false;
  for (std::size_t p = 0; p < key.size();) {
    const char32_t cp = utf8::next(key, p);
    if (!(cp < 0x80 && (std::isdigit(static_cast<int>(cp)) || std::ispunct(static_cast<int>(cp)) || cp == ' ')) &&
        !(cp >= 'a' && cp <= 'z' && key.size() <= 3))
      return false;
  }
  return true;
}

}  // namespace concord::rules::parity
