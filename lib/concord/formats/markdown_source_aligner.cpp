#include "concord/formats/markdown_source_aligner.hpp"

#include <algorithm>

#include "concord/formats/markdown_entities.hpp"
#include "concord/formats/markdown_lines.hpp"

namespace concord::formats::markdown {
namespace {

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// cmark replaces NUL characters with U+FFFD.
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

void add_verbatim(std::vector<AlignedPiece>& pieces, std::string_view source, std::uint32_t at, std::uint32_t length) {
  if (!pieces.empty() && pieces.back().verbatim && pieces.back().source + pieces.back().text.size() == at) {
    AlignedPiece& last = pieces.back();
    last.text = source.substr(last.source, last.text.size() + length);
    last.source_length = static_cast<std::uint32_t>(last.text.size());
    return;
  }
  pieces.push_back({source.substr(at, length), at, length, true});
}

void add_synthetic(std::vector<AlignedPiece>& pieces, std::string_view text, std::uint32_t at, std::uint32_t length) {
  pieces.push_back({text, at, length, false});
}

}  // namespace

SourceAligner::SourceAligner(std::string_view source, model::SourceRange range) : source_(source) {
  const auto size = static_cast<std::uint32_t>(source.size());
  range_.end = std::min(range.end, size);
  range_.begin = std::min(range.begin, range_.end);
  cursor_ = range_.begin;
  last_match_ = {cursor_, cursor_};
  text_begin_ = cursor_;
}

std::uint32_t SourceAligner::line_end(std::uint32_t from) const {
  while (from < range_.end && !is_line_end(source_[from])) ++from;
  return from;
}

std::uint32_t SourceAligner::skip_spaces(std::uint32_t at) const {
  while (at < range_.end && (is_blank_char(source_[at]) || is_line_end(source_[at]))) ++at;
  return at;
}

// Container prefixes (indentation, `>`) at the start of a continuation line
// are not part of the literal, unless the literal goes on with them.
std::uint32_t SourceAligner::skip_line_prefix(std::uint32_t at, std::uint32_t limit, char next) const {
  while (at < limit && (is_blank_char(source_[at]) || source_[at] == '>') && source_[at] != next) ++at;
  return at;
}

// Matches `literal` against the source from `at`. When `decoded`, escapes and
// entities in the source stand for the characters in the literal; otherwise
// the literal keeps the source spelling (as GFM autolinks do).
bool SourceAligner::match_at(std::uint32_t at, std::string_view literal, LiteralKind kind, std::uint32_t limit,
                             bool decoded, std::vector<AlignedPiece>& pieces, std::uint32_t& end) const {
  pieces.clear();
  std::uint32_t q = at;
  std::size_t i = 0;
  while (i < literal.size()) {
    if (q >= limit) return false;
    const char c = source_[q];
    const char want = literal[i];
    const bool escapes = kind == LiteralKind::text || (kind == LiteralKind::code_span && want == '|');
    if (decoded && escapes && c == '\\' && q + 1 < limit && source_[q + 1] == want && is_ascii_punct(want)) {
      add_synthetic(pieces, literal.substr(i, 1), q, 2);
      i += 1;
      q += 2;
      continue;
    }
    // In a table cell cmark-gfm first turns `\|` into `|`, so `\\|` reads as
    // an escaped pipe too.
    if (decoded && kind == LiteralKind::text && want == '|' && c == '\\' && q + 2 < limit && source_[q + 1] == '\\' &&
        source_[q + 2] == '|') {
      add_synthetic(pieces, literal.substr(i, 1), q, 3);
      i += 1;
      q += 3;
      continue;
    }
    if (decoded && kind == LiteralKind::text && c == '&') {
      const auto entity = decode_entity(source_.substr(q, limit - q));
      if (entity && literal.substr(i).starts_with(entity->text)) {
        add_synthetic(pieces, literal.substr(i, entity->text.size()), q, entity->length);
        i += entity->text.size();
        q += entity->length;
        continue;
      }
    }
    if (is_line_end(c) && (want == '\n' || (kind == LiteralKind::code_span && want == ' '))) {
      const std::uint32_t length = c == '\r' && q + 1 < limit && source_[q + 1] == '\n' ? 2 : 1;
      if (want == c)
        add_verbatim(pieces, source_, q, 1);
      else
        add_synthetic(pieces, literal.substr(i, 1), q, length);
      i += 1;
      q = skip_line_prefix(q + length, limit, i < literal.size() ? literal[i] : '\0');
      continue;
    }
    if (c == want) {
      add_verbatim(pieces, source_, q, 1);
      i += 1;
      q += 1;
      continue;
    }
    if (c == '\0' && literal.substr(i).starts_with(kReplacement)) {
      add_synthetic(pieces, literal.substr(i, kReplacement.size()), q, 1);
      i += kReplacement.size();
      q += 1;
      continue;
    }
    return false;
  }
  end = q;
  return true;
}

bool SourceAligner::search(std::string_view literal, LiteralKind kind, std::uint32_t limit,
                           std::vector<AlignedPiece>& pieces) {
  const char first = literal.front();
  for (std::uint32_t p = cursor_; p < limit; ++p) {
    const char c = source_[p];
    if (c != first && c != '\\' && c != '&' && c != '\0' && !is_line_end(c)) continue;
    std::uint32_t end = p;
    if (match_at(p, literal, kind, limit, true, pieces, end) ||
        (kind == LiteralKind::text && match_at(p, literal, kind, limit, false, pieces, end))) {
      last_match_ = {p, end};
      cursor_ = end;
      return true;
    }
  }
  return false;
}

std::vector<AlignedPiece> SourceAligner::locate(std::string_view literal, LiteralKind kind) {
  std::vector<AlignedPiece> pieces;
  last_match_ = {cursor_, cursor_};
  if (literal.empty()) return pieces;
  bool found = false;
  switch (kind) {
    case LiteralKind::text:
      // Text never crosses a line: look on the cursor's line first.
      found = search(literal, kind, line_end(cursor_), pieces) || search(literal, kind, range_.end, pieces);
      break;
    case LiteralKind::code_line: found = search(literal, kind, line_end(cursor_), pieces); break;
    case LiteralKind::code_span:
    case LiteralKind::html: found = search(literal, kind, range_.end, pieces); break;
  }
  if (!found && skipped_definitions_) {
    // What looked like reference definitions was text: read it again.
    cursor_ = text_begin_ = range_.begin;
    skipped_definitions_ = false;
    return locate(literal, kind);
  }
  skipped_definitions_ = false;
  if (!found) {
    pieces.clear();
    add_synthetic(pieces, literal, cursor_, 0);
  }
  return pieces;
}

std::uint32_t SourceAligner::skip_line_break() {
  const std::uint32_t at = line_end(cursor_);
  if (at >= range_.end) return cursor_;
  cursor_ = at + (source_[at] == '\r' && at + 1 < range_.end && source_[at + 1] == '\n' ? 2 : 1);
  return at;
}

// `(dest "title")` starting at the '('; on success `at` moves past the ')'.
bool SourceAligner::skip_destination(std::uint32_t& at) const {
  const std::uint32_t end = range_.end;
  std::uint32_t q = skip_spaces(at + 1);
  if (q < end && source_[q] == '<') {
    ++q;
    while (q < end && source_[q] != '>' && !is_line_end(source_[q])) q = std::min(q + (source_[q] == '\\' ? 2u : 1u), end);
    if (q >= end || source_[q] != '>') return false;
    ++q;
  } else {
    int depth = 0;
    while (q < end) {
      const char c = source_[q];
      if (c == '\\') {
        q = std::min(q + 2, end);
        continue;
      }
      if (is_blank_char(c) || is_line_end(c)) break;
      if (c == ')') {
        if (depth == 0) break;
        --depth;
      }
      if (c == '(') ++depth;
      ++q;
    }
  }
  q = skip_spaces(q);
  if (q < end && (source_[q] == '"' || source_[q] == '\'' || source_[q] == '(')) {
    const char close = source_[q] == '(' ? ')' : source_[q];
    ++q;
    while (q < end && source_[q] != close) q = std::min(q + (source_[q] == '\\' ? 2u : 1u), end);
    if (q >= end) return false;
    q = skip_spaces(q + 1);
  }
  if (q >= end || source_[q] != ')') return false;
  at = q + 1;
  return true;
}

SourceAligner::LinkForm SourceAligner::link_form() const {
  // Emphasis opened before the link and container prefixes may come first.
  std::uint32_t q = cursor_;
  while (q < range_.end && std::string_view("*_~> \t\r\n").find(source_[q]) != std::string_view::npos) ++q;
  if (q < range_.end && source_[q] == '<') return LinkForm::angle;
  if (q < range_.end && source_[q] == '!') ++q;
  return q < range_.end && source_[q] == '[' ? LinkForm::bracketed : LinkForm::bare;
}

void SourceAligner::skip_link_tail(LinkForm form) {
  const std::uint32_t end = range_.end;
  std::uint32_t q = cursor_;
  if (form == LinkForm::angle) {
    if (q < end && source_[q] == '>') cursor_ = q + 1;
    return;
  }
  if (form == LinkForm::bare) return;
  // Closing emphasis or code markers inside the brackets; the opening
  // bracket itself when the link text is empty.
  while (q < end && std::string_view("*_~`[!").find(source_[q]) != std::string_view::npos) ++q;
  if (q >= end || source_[q] != ']') return;
  ++q;
  if (q < end && source_[q] == '(') {
    if (skip_destination(q)) {
      cursor_ = q;
      return;
    }
  } else if (q < end && source_[q] == '[') {
    std::uint32_t r = q + 1;
    while (r < end && source_[r] != ']') r = std::min(r + (source_[r] == '\\' ? 2u : 1u), end);
    if (r < end) {
      cursor_ = r + 1;
      return;
    }
  }
  cursor_ = q;
}

// `[label]: destination "optional title"` on one line (the destination may
// be on the next), with nothing after it.
bool SourceAligner::is_reference_definition(std::uint32_t line_begin, std::uint32_t& next) const {
  const std::uint32_t end = range_.end;
  std::uint32_t q = skip_line_prefix(line_begin, end, '\0');
  if (q >= end || source_[q] != '[') return false;
  std::uint32_t label_end = q + 1;
  while (label_end < end && source_[label_end] != ']' && !is_line_end(source_[label_end]))
    label_end = std::min(label_end + (source_[label_end] == '\\' ? 2u : 1u), end);
  if (label_end + 1 >= end || source_[label_end] != ']' || source_[label_end + 1] != ':') return false;
  if (is_blank_line(source_.substr(q + 1, label_end - q - 1))) return false;
  q = label_end + 2;
  while (q < end && is_blank_char(source_[q])) ++q;
  if (q < end && is_line_end(source_[q])) {  // destination on the next line
    q += source_[q] == '\r' && q + 1 < end && source_[q + 1] == '\n' ? 2 : 1;
    q = skip_line_prefix(q, end, '\0');
  }
  const std::uint32_t destination = q;
  if (q < end && source_[q] == '<') {
    while (q < end && source_[q] != '>' && !is_line_end(source_[q])) ++q;
    if (q >= end || source_[q] != '>') return false;
    ++q;
  } else {
    // cmark accepts a bare destination only with balanced parentheses.
    int depth = 0;
    for (; q < end && !is_blank_char(source_[q]) && !is_line_end(source_[q]); ++q) {
      if (source_[q] == '\\' && q + 1 < end && !is_blank_char(source_[q + 1]) && !is_line_end(source_[q + 1])) {
        ++q;
      } else if (source_[q] == '(') {
        ++depth;
      } else if (source_[q] == ')' && --depth < 0) {
        return false;
      }
    }
    if (q == destination || depth != 0) return false;
  }
  while (q < end && is_blank_char(source_[q])) ++q;
  if (q < end && (source_[q] == '"' || source_[q] == '\'' || source_[q] == '(')) {
    const char close = source_[q] == '(' ? ')' : source_[q];
    ++q;
    while (q < end && source_[q] != close && !is_line_end(source_[q])) q = std::min(q + (source_[q] == '\\' ? 2u : 1u), end);
    if (q >= end || source_[q] != close) return false;
    ++q;
    while (q < end && is_blank_char(source_[q])) ++q;
  }
  if (q < end && !is_line_end(source_[q])) return false;
  next = q < end ? q + (source_[q] == '\r' && q + 1 < end && source_[q + 1] == '\n' ? 2 : 1) : end;
  return true;
}

void SourceAligner::skip_reference_definitions() {
  std::uint32_t next = cursor_;
  while (cursor_ < range_.end && is_reference_definition(cursor_, next) && next > cursor_) cursor_ = next;
  skipped_definitions_ = cursor_ != range_.begin;
  text_begin_ = cursor_;
}

}  // namespace concord::formats::markdown
