#include "concord/rules/punct/non_prose.hpp"

namespace concord::rules::punct {

NonProse::NonProse(const Context& context, std::size_t version_index, std::uint32_t block)
    : version_(context.versions()[version_index]), block_(version_.file->blocks[block]) {
  const text::VersionText& vt = context.text(version_index);
  const text::VersionText::Range range = vt.sentences_of(block);
  for (std::uint32_t s = range.first; s < range.end; ++s) {
    for (const text::Entity& e : vt.sentences[s].entities) {
      if (e.kind == text::EntityKind::url || e.kind == text::EntityKind::email) links_.emplace_back(e.begin, e.end);
    }
  }
}

bool NonProse::contains(std::uint32_t offset) const {
  if (outside_prose(version_, block_, offset)) return true;
  if (model::in_span(block_, offset, model::InlineSpan::Kind::placeholder)) return true;
  for (const auto& [begin, end] : links_)
    if (offset >= begin && offset < end) return true;
  return false;
}

}  // namespace concord::rules::punct
