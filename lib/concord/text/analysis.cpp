#include "concord/text/analysis.hpp"

#include "concord/text/normalizer.hpp"
#include "concord/text/sentences.hpp"

namespace concord::text {

void analyze_block(std::string_view text, std::string_view lang, std::uint32_t block, std::vector<Sentence>& out) {
  const std::vector<TextRange> ranges = split_sentences(text, lang);
  if (ranges.empty()) return;
  std::vector<Entity> entities = extract_entities(text, lang);
  std::size_t next_entity = 0;
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    const TextRange& r = ranges[i];
    Sentence& s = out.emplace_back();
    s.block = block;
    s.begin = r.begin;
    s.end = r.end;
    s.key = comparison_key(text.substr(r.begin, r.end - r.begin));
    // Entities starting before the next sentence belong to this one.
    const std::uint32_t limit = i + 1 < ranges.size() ? ranges[i + 1].begin : UINT32_MAX;
    while (next_entity < entities.size() && entities[next_entity].begin < limit) {
      if (entities[next_entity].begin >= r.begin) s.entities.push_back(std::move(entities[next_entity]));
      ++next_entity;
    }
  }
}

DocumentText analyze(const model::Document& document) {
  DocumentText out;
  out.versions.reserve(document.versions.size());
  for (const model::Version& v : document.versions) {
    VersionText vt;
    vt.by_block.resize(v.file->blocks.size());
    for (std::uint32_t b = v.first_block; b < v.end_block; ++b) {
      const model::Block& block = v.file->blocks[b];
      if (!v.contains(b) || !model::carries_text(block.kind) || block.kind == model::BlockKind::code) continue;
      vt.by_block[b].first = static_cast<std::uint32_t>(vt.sentences.size());
      analyze_block(block.text.view(), v.lang, b, vt.sentences);
      vt.by_block[b].end = static_cast<std::uint32_t>(vt.sentences.size());
    }
    out.versions.push_back(std::move(vt));
  }
  return out;
}

}  // namespace concord::text
