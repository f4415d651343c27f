#include "concord/report/segment_report.hpp"

#include <nlohmann/json.hpp>

#include "concord/io/utf8.hpp"
#include "concord/text/words.hpp"

namespace concord::report {
namespace {

std::string_view lang_source_name(model::LangSource s) {
  switch (s) {
    case model::LangSource::content: return "content";
    case model::LangSource::name: return "file name";
    case model::LangSource::option: return "--lang";
    case model::LangSource::format: return "declared in the file";
  }
  return "content";
}

struct BlockLines {
  std::uint32_t line, end_line;
};

BlockLines lines_of(const model::ParsedFile& file, const model::Block& b) {
  const auto& lines = file.file().lines();
  const std::uint32_t line = lines.line_of(b.source.begin);
  const std::uint32_t end = b.source.end > b.source.begin ? lines.line_of(b.source.end - 1) : line;
  return {line, end};
}

int depth_of(const model::ParsedFile& file, const model::Block& b) {
  int depth = 0;
  for (std::int32_t p = b.parent; p >= 0; p = file.blocks[static_cast<std::size_t>(p)].parent) ++depth;
  return depth;
}

std::string label_of(const model::Block& b) {
  std::string label(model::to_string(b.kind));
  switch (b.kind) {
    case model::BlockKind::heading: label += " " + std::to_string(b.level); break;
    case model::BlockKind::list_item:
      label += " " + std::to_string(b.level);
      if (!b.marker.empty()) label += " " + b.marker;
      break;
    case model::BlockKind::table_row: label += " " + std::to_string(b.row + 1); break;
    case model::BlockKind::table_cell:
      label += " " + std::to_string(b.row + 1) + ":" + std::to_string(b.column + 1);
      break;
    default: break;
  }
  return label;
}

const model::Version* version_of(const SegmentView& view, std::uint32_t block) {
  for (const model::Version* v : view.versions)
    if (v->contains(block)) return v;
  return nullptr;
}

// A block's text on one line of the listing: kept line breaks shown as " ⏎ ".
std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n')
      out += " \u23CE ";
    else
      out += c;
  }
  return out;
}

const text::VersionText* text_of(const SegmentView& view, const model::Version* v) {
  for (std::size_t i = 0; i < view.versions.size() && i < view.texts.size(); ++i)
    if (view.versions[i] == v) return view.texts[i];
  return nullptr;
}

std::string_view word_kind(text::WordStatus s) {
  switch (s) {
    case text::WordStatus::number: return "number";
    case text::WordStatus::letter: return "letter";
    case text::WordStatus::kana: return "kana";
    case text::WordStatus::ideo: return "ideo";
    case text::WordStatus::none: return "other";
  }
  return "other";
}

// Tokens of a sentence, without the white space between them.
std::vector<text::Token> visible_tokens(std::string_view sentence, std::string_view lang) {
  std::vector<text::Token> out;
  for (const text::Token& t : text::split_words(sentence, lang)) {
    const std::string_view w = sentence.substr(t.begin, t.end - t.begin);
    if (w.find_first_not_of(" \t") != std::string_view::npos) out.push_back(t);
  }
  return out;
}

// The line a section's marker stands on.
std::uint32_t section_line(const model::ParsedFile& file, const structure::Section& s) {
  const model::Block& b = file.blocks[s.block];
  const std::uint32_t at = s.marker.end > s.marker.begin ? b.text.to_source(s.marker.begin) : b.source.begin;
  return file.file().lines().line_of(at);
}

// How the section's marker reads in the outline: as written in the text, or
// as the reader rendered it (list items), or "#" for a plain heading.
std::string section_label(const model::ParsedFile& file, const structure::Section& s) {
  const model::Block& b = file.blocks[s.block];
  if (s.marker.style == structure::MarkerStyle::heading) return "h" + std::to_string(s.heading_level);
  if (s.marker.style == structure::MarkerStyle::table_item) return "row " + structure::describe(s.marker);
  if (s.marker.end > s.marker.begin) return std::string(b.text.view().substr(s.marker.begin, s.marker.end - s.marker.begin));
  return b.marker.empty() ? structure::describe(s.marker) : b.marker;
}

const structure::Outline* outline_of(const SegmentView& view, const model::Version* v) {
  for (std::size_t i = 0; i < view.versions.size() && i < view.outlines.size(); ++i)
    if (view.versions[i] == v) return view.outlines[i];
  return nullptr;
}

}  // namespace

void write_segment_text(std::ostream& out, const SegmentView& view) {
  const model::ParsedFile& file = *view.file;
  const model::SourceFile& src = file.file();
  out << src.path() << ": " << model::to_string(src.format()) << ", "
      << (src.encoding().empty() ? "undecodable" : src.encoding()) << ", " << src.lines().line_count()
      << " lines\n";
  for (const auto& p : file.problems)
    out << "  " << p.rule << " at " << p.position.line << ':' << p.position.column << ": " << p.message << '\n';
  out << "versions:\n";
  for (const model::Version* v : view.versions) {
    out << "  " << v->lang << "  lines " << v->line << "-" << v->end_line << "  (language from "
        << lang_source_name(v->lang_source) << ")\n";
  }
  for (const model::Version* v : view.versions) {
    const structure::Outline* outline = outline_of(view, v);
    if (outline == nullptr || outline->sections.empty()) continue;
    out << "outline (" << v->lang << "):\n";
    for (const structure::Section& s : outline->sections) {
      out << std::string(2 * s.depth, ' ') << section_label(file, s);
      if (!s.title.empty()) out << "  " << s.title;
      out << "  [" << s.path << ", line " << section_line(file, s) << "]\n";
    }
  }
  if (!file.front_matter.fields.empty()) {
    out << "front matter:\n";
    for (const auto& [k, v] : file.front_matter.fields) out << "  " << k << ": " << v << '\n';
  }
  out << "blocks:\n";
  for (std::uint32_t i = 0; i < file.blocks.size(); ++i) {
    const model::Block& b = file.blocks[i];
    const model::Version* v = version_of(view, i);
    const BlockLines bl = lines_of(file, b);
    std::string where = std::to_string(bl.line);
    if (bl.end_line != bl.line) where += "-" + std::to_string(bl.end_line);
    std::string lang = v ? v->lang : "-";
    out << "  " << lang << std::string(lang.size() < 8 ? 8 - lang.size() : 1, ' ') << where
        << std::string(where.size() < 9 ? 9 - where.size() : 1, ' ')
        << std::string(static_cast<std::size_t>(2 * depth_of(file, b)), ' ') << label_of(b);
    if (!b.text.empty()) out << "  " << one_line(b.text.view());
    out << '\n';
    const text::VersionText* vt = v ? text_of(view, v) : nullptr;
    if (vt == nullptr) continue;
    const text::VersionText::Range r = vt->sentences_of(i);
    for (std::uint32_t si = r.first; si < r.end; ++si) {
      const text::Sentence& sentence = vt->sentences[si];
      const std::string_view st = b.text.view().substr(sentence.begin, sentence.end - sentence.begin);
      out << std::string(19 + static_cast<std::size_t>(2 * depth_of(file, b)), ' ') << "sentence: " << st << '\n';
      std::string tokens;
      for (const text::Token& t : visible_tokens(st, v->lang))
        tokens += (tokens.empty() ? "" : " | ") + std::string(st.substr(t.begin, t.end - t.begin));
      out << std::string(21 + static_cast<std::size_t>(2 * depth_of(file, b)), ' ') << "tokens: " << tokens << '\n';
      if (sentence.entities.empty()) continue;
      std::string entities;
      for (const text::Entity& e : sentence.entities)
        entities += (entities.empty() ? "" : " | ") + std::string(text::to_string(e.kind)) + " " + e.value + " \"" +
                    std::string(b.text.view().substr(e.begin, e.end - e.begin)) + "\"";
      out << std::string(21 + static_cast<std::size_t>(2 * depth_of(file, b)), ' ') << "entities: " << entities << '\n';
    }
  }
}

void write_segment_json(std::ostream& out, const SegmentView& view) {
  using json = nlohmann::ordered_json;
  const model::ParsedFile& file = *view.file;
  json root;
  root["file"] = file.file().path();
  root["format"] = model::to_string(file.file().format());
  root["encoding"] = file.file().encoding();
  json problems = json::array();
  for (const auto& p : file.problems)
    problems.push_back({{"rule", p.rule}, {"message", p.message}, {"line", p.position.line},
                        {"column", p.position.column}, {"offset", p.position.offset}});
  root["problems"] = problems;
  json fm = json::object();
  for (const auto& [k, v] : file.front_matter.fields) fm[k] = v;
  root["front_matter"] = fm;
  json versions = json::array();
  for (const model::Version* v : view.versions) {
    json blocks = json::array();
    for (std::uint32_t i = v->first_block; i < v->end_block; ++i) {
      if (!v->contains(i)) continue;
      const model::Block& b = file.blocks[i];
      const BlockLines bl = lines_of(file, b);
      json jb;
      jb["kind"] = model::to_string(b.kind);
      jb["line"] = bl.line;
      jb["end_line"] = bl.end_line;
      jb["depth"] = depth_of(file, b);
      if (b.kind == model::BlockKind::heading || b.kind == model::BlockKind::list_item) jb["level"] = b.level;
      if (b.kind == model::BlockKind::table_cell || b.kind == model::BlockKind::table_row) jb["row"] = b.row + 1;
      if (b.kind == model::BlockKind::table_cell) jb["column"] = b.column + 1;
      if (!b.marker.empty()) jb["marker"] = b.marker;
      if (!b.text.empty()) jb["text"] = b.text.str();
      if (const text::VersionText* vt = text_of(view, v)) {
        json sentences = json::array();
        const text::VersionText::Range r = vt->sentences_of(i);
        for (std::uint32_t si = r.first; si < r.end; ++si) {
          const text::Sentence& sentence = vt->sentences[si];
          const std::string_view st = b.text.view().substr(sentence.begin, sentence.end - sentence.begin);
          json tokens = json::array();
          for (const text::Token& t : visible_tokens(st, v->lang))
            tokens.push_back({{"text", std::string(st.substr(t.begin, t.end - t.begin))}, {"kind", word_kind(t.status)}});
          json entities = json::array();
          for (const text::Entity& e : sentence.entities)
            entities.push_back({{"kind", text::to_string(e.kind)},
                                {"text", std::string(b.text.view().substr(e.begin, e.end - e.begin))},
                                {"value", e.value}});
          const std::uint32_t line = file.file().lines().line_of(b.text.to_source(sentence.begin));
          sentences.push_back({{"index", si},
                               {"line", line},
                               {"text", std::string(st)},
                               {"key", sentence.key},
                               {"tokens", tokens},
                               {"entities", entities}});
        }
        jb["sentences"] = sentences;
      }
      blocks.push_back(std::move(jb));
    }
    json sections = json::array();
    if (const structure::Outline* outline = outline_of(view, v)) {
      for (const structure::Section& s : outline->sections) {
        json js;
        js["depth"] = s.depth;
        js["style"] = structure::style_key(s.marker);
        js["marker"] = section_label(file, s);
        js["values"] = s.marker.values;
        if (s.marker.sub > 0) js["sub"] = s.marker.sub;
        if (s.marker.rendered) js["rendered"] = true;
        js["path"] = s.path;
        js["line"] = section_line(file, s);
        js["title"] = s.title;
        sections.push_back(std::move(js));
      }
    }
    versions.push_back({{"lang", v->lang}, {"lang_source", lang_source_name(v->lang_source)}, {"line", v->line},
                        {"end_line", v->end_line}, {"outline", sections}, {"blocks", blocks}});
  }
  root["versions"] = versions;
  out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace concord::report
