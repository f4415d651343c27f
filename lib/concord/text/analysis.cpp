#include "concord/text/analysis.hpp"

#include "concord/text/normalizer.hpp"
#include "concord/text/sentences.hpp"

namespace concord::text {

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
      for (const TextRange& r : split_sentences(block.text.view(), v.lang)) {
        Sentence s;
        s.block = b;
        s.begin = r.begin;
        s.end = r.end;
        s.key = comparison_key(block.text.view().substr(r.begin, r.end - r.begin));
        vt.sentences.push_back(std::move(s));
      }
      vt.by_block[b].end = static_cast<std::uint32_t>(vt.sentences.size());
    }
    out.versions.push_back(std::move(vt));
  }
  return out;
}

}  // namespace concord::text
