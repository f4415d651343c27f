#include "concord/formats/markdown_text_builder.hpp"

#include <algorithm>
#include <utility>

#include "concord/formats/line_joiner.hpp"
#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::formats::markdown {
namespace {

bool is_space(char32_t cp) { return lang::classify(cp) == lang::CharClass::space || cp == 0xFEFF; }

// Byte length of the white space that starts `s`.
std::size_t leading_space(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t next = pos;
    if (!is_space(utf8::next(s, next))) break;
    pos = next;
  }
  return pos;
}

// Offset where the white space that ends `s` begins.
std::size_t trailing_space_start(std::string_view s) {
  std::size_t pos = s.size();
  while (pos > 0) {
    std::size_t prev = pos;
    if (!is_space(utf8::prev(s, prev))) break;
    pos = prev;
  }
  return pos;
}

AlignedPiece sub_piece(const AlignedPiece& p, std::size_t begin, std::size_t end) {
  const auto b = static_cast<std::uint32_t>(begin), e = static_cast<std::uint32_t>(end);
  return {p.text.substr(begin, end - begin), p.source + b, e - b, true};
}

}  // namespace

BlockTextBuilder::BlockTextBuilder(std::vector<model::SourceRange> excluded) : excluded_(std::move(excluded)) {}

bool BlockTextBuilder::excluded(std::uint32_t offset) const {
  return std::any_of(excluded_.begin(), excluded_.end(),
                     [offset](const model::SourceRange& r) { return offset >= r.begin && offset < r.end; });
}

void BlockTextBuilder::append(const AlignedPiece& piece) {
  if (piece.text.empty()) return;
  if (!piece.verbatim) {
    if (!excluded(piece.source)) append_kept(piece);
    return;
  }
  // Copy the parts of a verbatim piece that lie outside the excluded ranges.
  std::size_t begin = 0;
  while (begin < piece.text.size()) {
    const auto at = piece.source + static_cast<std::uint32_t>(begin);
    const auto hit = std::find_if(excluded_.begin(), excluded_.end(),
                                  [at](const model::SourceRange& r) { return at >= r.begin && at < r.end; });
    if (hit != excluded_.end()) {
      begin = std::min<std::size_t>(piece.text.size(), hit->end - piece.source);
      continue;
    }
    std::size_t end = piece.text.size();
    for (const model::SourceRange& r : excluded_)
      if (r.begin > at && r.begin - piece.source < end) end = r.begin - piece.source;
    append_kept(sub_piece(piece, begin, end));
    begin = end;
  }
}

void BlockTextBuilder::append_kept(const AlignedPiece& piece) {
  if (!piece.verbatim) {
    if (leading_space(piece.text) == piece.text.size())
      hold_space(piece);
    else
      append_content(piece);
    return;
  }
  const std::size_t lead = leading_space(piece.text);
  if (lead == piece.text.size()) {
    hold_space(piece);
    return;
  }
  const std::size_t trail = trailing_space_start(piece.text);
  if (lead > 0) hold_space(sub_piece(piece, 0, lead));
  append_content(sub_piece(piece, lead, trail));
  if (trail < piece.text.size()) hold_space(sub_piece(piece, trail, piece.text.size()));
}

void BlockTextBuilder::hold_space(const AlignedPiece& piece) {
  // White space at the start of the text or of a line is not kept.
  if (text_.empty() || pending_break_) return;
  // Spaces on both sides of something left out (an image, inline HTML) read as one.
  if (!held_.empty() && held_.back().source + held_.back().source_length != piece.source) return;
  held_.push_back({std::string(piece.text), piece.source, piece.source_length, piece.verbatim});
}

void BlockTextBuilder::append_content(const AlignedPiece& piece) {
  if (pending_break_ && !text_.empty()) {
    std::size_t end = text_.size();
    const std::string_view separator = line_separator(utf8::prev(text_.view(), end), piece.text);
    if (!separator.empty()) text_.append_synthetic(separator, *pending_break_, 1);
  }
  pending_break_.reset();
  for (const HeldSpace& s : held_) {
    if (s.verbatim)
      text_.append_source(s.text, s.source);
    else
      text_.append_synthetic(s.text, s.source, s.source_length);
  }
  held_.clear();
  for (OpenSpan& open : open_) {
    if (open.started) continue;
    open.span.begin = static_cast<std::uint32_t>(text_.size());
    open.started = true;
  }
  if (piece.verbatim)
    text_.append_source(piece.text, piece.source);
  else
    text_.append_synthetic(piece.text, piece.source, piece.source_length);
}

void BlockTextBuilder::line_break(std::uint32_t at) {
  held_.clear();
  if (!text_.empty() && !pending_break_) pending_break_ = at;
}

void BlockTextBuilder::open_span(model::InlineSpan::Kind kind, std::string target) {
  OpenSpan open;
  open.span.kind = kind;
  open.span.target = std::move(target);
  open_.push_back(std::move(open));
}

void BlockTextBuilder::close_span() {
  if (open_.empty()) return;
  OpenSpan open = std::move(open_.back());
  open_.pop_back();
  open.span.end = static_cast<std::uint32_t>(text_.size());
  if (open.started && open.span.end > open.span.begin) spans_.push_back(std::move(open.span));
}

void BlockTextBuilder::finish(model::Block& block) {
  std::stable_sort(spans_.begin(), spans_.end(),
                   [](const model::InlineSpan& a, const model::InlineSpan& b) { return a.begin < b.begin; });
  block.text = std::move(text_);
  block.spans = std::move(spans_);
  text_ = {};
  spans_.clear();
  held_.clear();
  open_.clear();
  pending_break_.reset();
}

}  // namespace concord::formats::markdown
