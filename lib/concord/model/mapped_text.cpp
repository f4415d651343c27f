#include "concord/model/mapped_text.hpp"

#include <algorithm>

namespace concord::model {

void MappedText::append_source(std::string_view bytes, std::uint32_t source_begin) {
  if (bytes.empty()) return;
  const auto at = static_cast<std::uint32_t>(text_.size());
  // Extend the previous piece when the source continues contiguously.
  if (!pieces_.empty()) {
    const Piece& last = pieces_.back();
    if (!last.synthetic && last.source_begin + (at - last.text_begin) == source_begin) {
      text_.append(bytes);
      return;
    }
  }
  pieces_.push_back({at, source_begin, 0, false});
  text_.append(bytes);
}

void MappedText::append_synthetic(std::string_view text, std::uint32_t source_begin,
                                  std::uint32_t source_length) {
  if (text.empty()) return;
  pieces_.push_back({static_cast<std::uint32_t>(text_.size()), source_begin, source_length, true});
  text_.append(text);
}

std::size_t MappedText::piece_at(std::uint32_t offset) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                             [](std::uint32_t o, const Piece& p) { return o < p.text_begin; });
  return it == pieces_.begin() ? 0 : static_cast<std::size_t>(it - pieces_.begin() - 1);
}

std::uint32_t MappedText::to_source(std::uint32_t offset) const {
  if (pieces_.empty()) return 0;
  if (offset >= text_.size()) return source_end_of(static_cast<std::uint32_t>(text_.size()));
  const Piece& p = pieces_[piece_at(offset)];
  return p.synthetic ? p.source_begin : p.source_begin + (offset - p.text_begin);
}

std::uint32_t MappedText::source_end_of(std::uint32_t end) const {
  if (pieces_.empty()) return 0;
  if (end == 0) return pieces_.front().source_begin;
  const Piece& p = pieces_[piece_at(end - 1)];
  return p.synthetic ? p.source_begin + p.source_length : p.source_begin + (end - p.text_begin);
}

SourceRange MappedText::to_source(std::uint32_t begin, std::uint32_t end) const {
  const std::uint32_t b = to_source(begin);
  const std::uint32_t e = end > begin ? source_end_of(end) : b;
  return {b, std::max(b, e)};
}

bool MappedText::is_verbatim(std::uint32_t begin, std::uint32_t end) const {
  if (pieces_.empty() || begin >= end) return false;
  const std::size_t first = piece_at(begin);
  const std::size_t last = piece_at(end - 1);
  return first == last && !pieces_[first].synthetic;
}

}  // namespace concord::model
