#include "concord/formats/html_source_locator.hpp"

#include <algorithm>
#include <cctype>

#include "concord/io/utf8.hpp"

namespace concord::formats::html {
namespace {

// The longest named character reference is 33 bytes (&CounterClockwiseContourIntegral;).
constexpr std::uint32_t kMaxReferenceLength = 40;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_tag_delimiter(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

// Whether `text` holds `name` (lower case) at `at`, in any case, followed by
// the end of the tag name.
bool name_at(std::string_view text, std::size_t at, std::string_view name) {
  if (at + name.size() > text.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (lower(text[at + i]) != name[i]) return false;
  const std::size_t after = at + name.size();
  return after == text.size() || is_tag_delimiter(text[after]);
}

}  // namespace

std::uint32_t SourceLocator::clamp(std::uint32_t offset) const {
  return std::min(offset, static_cast<std::uint32_t>(text_.size()));
}

bool SourceLocator::locate_start_tag(std::string_view name, std::uint32_t parsed, std::uint32_t& begin) {
  const std::uint32_t end = clamp(parsed);
  // The first `<name` after the cursor: a `<name` inside an attribute value
  // comes later than the tag itself.
  for (std::uint32_t at = cursor_; at < end; ++at) {
    if (text_[at] == '<' && name_at(text_, at + 1, name)) {
      begin = at;
      cursor_ = std::max(cursor_, end);
      return true;
    }
  }
  begin = cursor_;
  return false;
}

bool SourceLocator::locate_end_tag(std::string_view name, std::uint32_t parsed, std::uint32_t& end) {
  const std::uint32_t limit = clamp(parsed);
  for (std::uint32_t at = cursor_; at + 1 < limit; ++at) {
    if (text_[at] == '<' && text_[at + 1] == '/' && name_at(text_, at + 2, name)) {
      end = limit;
      cursor_ = std::max(cursor_, limit);
      return true;
    }
  }
  end = cursor_;
  return false;
}

model::SourceRange SourceLocator::locate_comment(std::uint32_t parsed) {
  const std::uint32_t end = std::max(cursor_, clamp(parsed));
  const std::string_view window = text_.substr(cursor_, end - cursor_);
  std::size_t open = window.rfind("<!--");
  if (open == std::string_view::npos) open = window.rfind('<');
  const std::uint32_t begin = open == std::string_view::npos ? cursor_ : cursor_ + static_cast<std::uint32_t>(open);
  cursor_ = end;
  return {begin, end};
}

void SourceLocator::skip_to(std::uint32_t parsed) { cursor_ = std::max(cursor_, clamp(parsed)); }

void SourceLocator::append_aligned(std::string_view chunk, std::uint32_t begin, std::vector<TextPiece>& out) const {
  // Same length as the source it came from (a NUL read as a space): compare
  // code point by code point and keep what matches verbatim.
  std::size_t pos = 0;
  while (pos < chunk.size()) {
    const std::size_t start = pos;
    utf8::next(chunk, pos);
    const auto at = static_cast<std::uint32_t>(begin + start);
    const auto length = static_cast<std::uint32_t>(pos - start);
    const std::string_view piece = chunk.substr(start, length);
    const bool same = text_.substr(at, length) == piece;
    if (same && !out.empty() && out.back().verbatim &&
        out.back().source_begin + out.back().source_length == at) {
      out.back().text.append(piece);
      out.back().source_length += length;
    } else {
      out.push_back({std::string(piece), at, length, same});
    }
  }
}

std::uint32_t SourceLocator::reference_before(std::uint32_t end) const {
  // A reference the parser may have decoded: &name, &#digits or &#xhex,
  // with or without its ';', ending where the parser stands.
  if (end <= cursor_) return kNoReference;
  const std::size_t amp = text_.substr(cursor_, end - cursor_).rfind('&');
  if (amp == std::string_view::npos) return kNoReference;
  const auto at = static_cast<std::uint32_t>(cursor_ + amp);
  if (end - at > kMaxReferenceLength) return kNoReference;
  std::uint32_t p = at + 1;
  if (p < end && text_[p] == '#') {
    ++p;
    if (p < end && (text_[p] == 'x' || text_[p] == 'X')) ++p;
  }
  const std::uint32_t name_begin = p;
  while (p < end && std::isalnum(static_cast<unsigned char>(text_[p]))) ++p;
  if (p == name_begin) return kNoReference;
  if (p < end && text_[p] == ';') ++p;
  return p == end ? at : kNoReference;
}

void SourceLocator::locate_text(std::string_view chunk, std::uint32_t parsed, std::vector<TextPiece>& out) {
  if (chunk.empty()) return;
  const std::uint32_t end = clamp(parsed);
  const auto n = static_cast<std::uint32_t>(chunk.size());
  const bool fits_before = end >= n && end - n >= cursor_;
  const std::uint32_t reference = reference_before(end);

  // Character data: the parser stops right after it. A chunk that happens
  // to equal the tail of a reference (";" from &#59;) is that reference.
  if (fits_before && text_.substr(end - n, n) == chunk && (reference == kNoReference || reference >= end - n)) {
    out.push_back({std::string(chunk), end - n, n, true});
    cursor_ = end;
    return;
  }

  if (reference != kNoReference) {
    // An unknown name (&foo) comes back as "&" then the name: the "&" is
    // the source's own ampersand.
    if (chunk == "&" && text_[end - 1] != ';') {
      out.push_back({"&", reference, 1, true});
      cursor_ = reference + 1;
      return;
    }
    out.push_back({std::string(chunk), reference, end - reference, false});
    cursor_ = end;
    return;
  }

  // Text the parser delivers before reading it ("<" that opens no tag).
  const std::size_t search_end = std::min<std::size_t>(text_.size(), std::size_t{end} + n);
  if (search_end > cursor_) {
    const std::size_t found = text_.substr(cursor_, search_end - cursor_).find(chunk);
    if (found != std::string_view::npos) {
      const auto at = static_cast<std::uint32_t>(cursor_ + found);
      out.push_back({std::string(chunk), at, n, true});
      cursor_ = at + n;
      return;
    }
  }

  if (fits_before) {
    append_aligned(chunk, end - n, out);
    cursor_ = end;
    return;
  }
  out.push_back({std::string(chunk), cursor_, end > cursor_ ? end - cursor_ : 0, false});
  cursor_ = std::max(cursor_, end);
}

}  // namespace concord::formats::html
