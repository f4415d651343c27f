#include "concord/formats/html_text_run.hpp"

#include <algorithm>

#include "concord/formats/line_joiner.hpp"
#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::formats::html {
namespace {

constexpr std::uint32_t kUnset = 0xFFFFFFFF;

bool is_html_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f'; }

// White space a browser keeps (no-break space, ideographic space) but that
// still does not belong at the edges of a block.
bool is_kept_space(char32_t cp) { return cp == 0xFEFF || lang::classify(cp) == lang::CharClass::space; }

bool is_letter(char32_t cp) {
  const lang::CharClass c = lang::classify(cp);
  return c != lang::CharClass::space && c != lang::CharClass::punct;
}

}  // namespace

void TextRun::add(const TextPiece& piece) {
  const std::string_view s = piece.text;
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t start = pos;
    const char32_t cp = utf8::next(s, pos);
    const std::string_view bytes = s.substr(start, pos - start);
    const std::uint32_t begin = piece.verbatim ? piece.source_begin + static_cast<std::uint32_t>(start) : piece.source_begin;
    const std::uint32_t length = piece.verbatim ? static_cast<std::uint32_t>(pos - start) : piece.source_length;
    if (is_html_space(cp) || is_kept_space(cp)) add_space(cp, bytes, begin, length, piece.verbatim);
    else add_char(bytes, begin, length, piece.verbatim, cp);
  }
}

void TextRun::add_space(char32_t cp, std::string_view bytes, std::uint32_t source_begin, std::uint32_t source_length,
                        bool verbatim) {
  const std::uint32_t source_end = source_begin + source_length;
  if (preformatted_ || !is_html_space(cp)) {
    Space kept;
    kept.collapsible = false;
    kept.text = std::string(bytes);
    kept.source_begin = source_begin;
    kept.source_end = source_end;
    kept.verbatim = verbatim;
    spaces_.push_back(std::move(kept));
    return;
  }
  const bool line_break = cp == '\n' || cp == '\r';
  if (!spaces_.empty() && spaces_.back().collapsible) {
    Space& run = spaces_.back();
    run.source_end = std::max(run.source_end, source_end);
    run.line_break = run.line_break || line_break;
    run.single_space = false;
    return;
  }
  Space run;
  run.source_begin = source_begin;
  run.source_end = source_end;
  run.line_break = line_break;
  run.single_space = cp == ' ' && verbatim;
  spaces_.push_back(run);
}

void TextRun::add_break(model::SourceRange at) {
  if (preformatted_) {
    Space kept;
    kept.collapsible = false;
    kept.text = "\n";
    kept.source_begin = at.begin;
    kept.source_end = at.end;
    kept.verbatim = false;
    spaces_.push_back(std::move(kept));
    return;
  }
  if (!spaces_.empty() && spaces_.back().collapsible) {
    Space& run = spaces_.back();
    run.line_break = true;
    run.single_space = false;
    return;
  }
  Space run;
  run.source_begin = at.begin;
  run.source_end = at.end;
  run.line_break = true;
  spaces_.push_back(run);
}

void TextRun::flush_spaces(char32_t next) {
  // Leading white space is dropped; trailing white space never gets here.
  if (text_.empty()) {
    spaces_.clear();
    return;
  }
  for (const Space& s : spaces_) {
    if (s.collapsible) {
      if (s.line_break && joins_without_space(last_, next)) continue;
      if (s.single_space) text_.append_source(" ", s.source_begin);
      else text_.append_synthetic(" ", s.source_begin, s.source_end - s.source_begin);
      last_ = ' ';
    } else {
      if (s.verbatim) text_.append_source(s.text, s.source_begin);
      else text_.append_synthetic(s.text, s.source_begin, s.source_end - s.source_begin);
      std::size_t p = 0;
      last_ = utf8::next(s.text, p);
    }
  }
  spaces_.clear();
}

void TextRun::add_char(std::string_view bytes, std::uint32_t source_begin, std::uint32_t source_length, bool verbatim,
                       char32_t cp) {
  flush_spaces(cp);
  for (OpenSpan& s : spans_) {
    if (s.begun || s.closed) continue;
    s.span.begin = static_cast<std::uint32_t>(text_.size());
    s.begun = true;
  }
  if (verbatim) text_.append_source(bytes, source_begin);
  else text_.append_synthetic(bytes, source_begin, source_length);
  last_ = cp;
  cover_piece(source_begin, source_begin + source_length);
}

void TextRun::open_span(std::uint32_t serial, model::InlineSpan::Kind kind, std::string target, bool emit,
                        Mark mark) {
  OpenSpan s;
  s.serial = serial;
  s.span.kind = kind;
  s.span.target = std::move(target);
  s.emit = emit;
  s.mark = mark;
  spans_.push_back(std::move(s));
}

void TextRun::close_span(std::uint32_t serial) {
  for (OpenSpan& s : spans_) {
    if (s.serial != serial || s.closed) continue;
    s.closed = true;
    if (s.begun) s.span.end = static_cast<std::uint32_t>(text_.size());
  }
}

void TextRun::cover_piece(std::uint32_t begin, std::uint32_t end) {
  source_begin_ = source_begin_ == kUnset ? begin : std::min(source_begin_, begin);
  source_end_ = std::max(source_end_, end);
}

model::SourceRange TextRun::source() const {
  if (source_begin_ == kUnset) return {};
  return {source_begin_, std::max(source_begin_, source_end_)};
}

std::vector<model::InlineSpan> TextRun::spans() const {
  std::vector<model::InlineSpan> out;
  for (const OpenSpan& s : spans_) {
    if (!s.emit || !s.begun) continue;
    model::InlineSpan span = s.span;
    if (!s.closed) span.end = static_cast<std::uint32_t>(text_.size());
    if (span.end > span.begin) out.push_back(std::move(span));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const model::InlineSpan& a, const model::InlineSpan& b) { return a.begin < b.begin; });
  return out;
}

LetterShare TextRun::share(Mark mark) const {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
  for (const OpenSpan& s : spans_) {
    if (s.mark != mark || !s.begun) continue;
    const std::uint32_t end = s.closed ? s.span.end : static_cast<std::uint32_t>(text_.size());
    if (end > s.span.begin) ranges.emplace_back(s.span.begin, end);
  }
  LetterShare share;
  share.spans = ranges.size();
  const std::string_view text = text_.view();
  for (std::size_t pos = 0; pos < text.size();) {
    const auto at = static_cast<std::uint32_t>(pos);
    if (!is_letter(utf8::next(text, pos))) continue;
    ++share.letters;
    if (std::any_of(ranges.begin(), ranges.end(), [&](const auto& r) { return at >= r.first && at < r.second; }))
      ++share.letters_in_spans;
  }
  return share;
}

}  // namespace concord::formats::html
