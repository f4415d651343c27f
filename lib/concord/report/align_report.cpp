#include "concord/report/align_report.hpp"

#include <cmath>
#include <cstdio>
#include <iomanip>

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>

#include "concord/io/utf8.hpp"

namespace concord::report {
namespace {

struct MemberText {
  std::uint32_t line = 0, end_line = 0;
  std::string text;
};

std::uint32_t line_at(const model::Version& v, std::uint32_t block, std::uint32_t offset) {
  const model::Block& b = v.file->blocks[block];
  return v.file->file().lines().line_of(b.text.empty() ? b.source.begin : b.text.to_source(offset));
}

MemberText sentence_member(const model::Version& v, const text::VersionText& t, const align::UnitMember& m) {
  MemberText out;
  for (std::uint32_t s : m.sentences) {
    const text::Sentence& sentence = t.sentences[s];
    if (!out.text.empty()) out.text += ' ';
    out.text += std::string(text::sentence_text(v, sentence));
  }
  const text::Sentence& first = t.sentences[m.sentences.front()];
  const text::Sentence& last = t.sentences[m.sentences.back()];
  out.line = line_at(v, first.block, first.begin);
  out.end_line = line_at(v, last.block, last.end > last.begin ? last.end - 1 : last.end);
  return out;
}

MemberText section_member(const model::Version& v, const text::VersionText& t, const structure::Outline& o,
                          const align::UnitMember& m) {
  const structure::Section& s = o.sections[static_cast<std::size_t>(m.section)];
  MemberText out;
  const model::Block& b = v.file->blocks[s.block];
  const std::uint32_t at = s.marker.end > s.marker.begin ? b.text.to_source(s.marker.begin) : b.source.begin;
  out.line = v.file->file().lines().line_of(at);
  out.end_line = out.line;
  if (s.end_sentence > s.first_sentence) {
    const text::Sentence& last = t.sentences[s.end_sentence - 1];
    out.end_line = std::max(out.line, line_at(v, last.block, last.end > last.begin ? last.end - 1 : last.end));
  }
  std::string label;
  if (s.marker.end > s.marker.begin) label = std::string(b.text.view().substr(s.marker.begin, s.marker.end - s.marker.begin));
  else if (s.marker.numbered()) label = structure::describe(s.marker);
  out.text = label.empty() ? s.title : s.title.empty() ? label : label + " " + s.title;
  return out;
}

std::optional<MemberText> member_text(const AlignView& view, std::size_t v, const align::Unit& unit) {
  if (!unit.members[v]) return std::nullopt;
  const model::Version& version = view.document->versions[v];
  if (unit.kind == align::Unit::Kind::section)
    return section_member(version, view.text->versions[v], view.outline->versions[v], *unit.members[v]);
  return sentence_member(version, view.text->versions[v], *unit.members[v]);
}

std::size_t cells(char32_t cp) {
  const auto w = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
  return w == U_EA_WIDE || w == U_EA_FULLWIDTH ? 2 : 1;
}

// `text` cut or padded to exactly `width` display cells.
std::string fit(std::string_view text, std::size_t width) {
  std::string out;
  std::size_t used = 0;
  for (std::size_t p = 0; p < text.size();) {
    const std::size_t start = p;
    char32_t cp = utf8::next(text, p);
    if (cp == '\n' || cp == '\t') cp = ' ';
    const std::size_t w = cells(cp);
    if (used + w > width - (p < text.size() ? 1 : 0)) {
      if (used < width) out += "…", ++used;
      break;
    }
    if (cp == ' ' && text[start] != ' ') out += ' ';
    else out.append(text.substr(start, p - start));
    used += w;
  }
  out.append(width > used ? width - used : 0, ' ');
  return out;
}

}  // namespace

void write_align_text(std::ostream& out, const AlignView& view, std::size_t width) {
  const auto& versions = view.document->versions;
  const std::size_t n = versions.size();
  out << view.document->id << ": " << n << " versions";
  if (view.alignment->reference >= 0)
    out << ", checked against " << versions[static_cast<std::size_t>(view.alignment->reference)].lang;
  out << '\n';
  if (n == 0) return;
  // Each column: "LINE " then the text; a leading gutter for the score.
  const std::size_t gutter = 6;
  const std::size_t column = std::max<std::size_t>(20, (width - gutter) / n - 3);
  out << std::string(gutter, ' ');
  for (std::size_t v = 0; v < n; ++v)
    out << fit(versions[v].lang + " (" + versions[v].file->file().path() + ")", column) << (v + 1 < n ? " │ " : "\n");
  for (const align::Unit& unit : view.units) {
    char score[16];
    std::snprintf(score, sizeof score, "%4.2f  ", unit.score);
    out << score;
    for (std::size_t v = 0; v < n; ++v) {
      const auto m = member_text(view, v, unit);
      std::string cell = m ? std::to_string(m->line) + " " + m->text : std::string("—");
      if (unit.kind == align::Unit::Kind::section && m) cell = std::to_string(m->line) + " § " + m->text;
      out << fit(cell, column) << (v + 1 < n ? " │ " : "\n");
    }
  }
}

void write_align_json(std::ostream& out, const std::vector<AlignView>& views) {
  using json = nlohmann::ordered_json;
  json all = json::array();
  for (const AlignView& view : views) {
    json doc;
    json versions = json::array();
    for (const model::Version& v : view.document->versions)
      versions.push_back({{"lang", v.lang}, {"file", v.file->file().path()}});
    doc["versions"] = versions;
    json units = json::array();
    for (const align::Unit& unit : view.units) {
      json members = json::array();
      for (std::size_t v = 0; v < view.document->versions.size(); ++v) {
        const auto m = member_text(view, v, unit);
        if (m) members.push_back({{"line", m->line}, {"end_line", m->end_line}, {"text", m->text}});
        else members.push_back(nullptr);
      }
      units.push_back({{"kind", unit.kind == align::Unit::Kind::section ? "section" : "sentence"},
                       {"path", unit.path},
                       {"score", std::round(unit.score * 100.0) / 100.0},
                       {"members", members}});
    }
    doc["units"] = units;
    all.push_back(std::move(doc));
  }
  const json& result = all.size() == 1 ? all[0] : all;
  out << result.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace concord::report
