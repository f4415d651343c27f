#include "concord/text/latin_terms.hpp"

#include "concord/text/identifiers.hpp"
#include "concord/text/scan.hpp"
#include "concord/text/start_filter.hpp"
#include "concord/text/versions.hpp"
#include "concord/text/web_anchors.hpp"

namespace concord::text::detail {
namespace {

// The end of one term word at `pos` (a letter): letters and digits, with - / . & ' ’ between them.
std::size_t term_word_end(std::string_view s, std::size_t pos) {
  const auto* d = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t p = pos;
  while (p < s.size()) {
    if (is_word_byte(d[p])) {
      p = letter_run_end(d, p + 1, s.size());
      continue;
    }
    std::size_t joiner = 0;
    const char c = s[p];
    if (c == '-' || c == '/' || c == '.' || c == '&' || c == '\'') joiner = 1;
    else if (at(s, p, "\xE2\x80\x99")) joiner = 3;  // ’
    if (joiner != 0 && is_alnum(byte_at(s, p + joiner))) {
      p += joiner;
      continue;
    }
    break;
  }
  return p;
}

// Another matcher claims the word at `pos` (ISO 27001, v1.3, example.com): it does not join the
// term before it.
bool starts_other_entity(std::string_view s, std::size_t pos) {
  const std::size_t word_end = letters_end(s, pos);
  const char next = byte_at(s, word_end);
  if (next == '.' && match_bare_domain(s, pos)) return true;
  if (is_upper(byte_at(s, pos + 1)) && match_standard_id(s, pos)) return true;
  return (is_digit(next) || word_end - pos >= 3) && match_prefixed_version(s, pos);
}

// One letter, or a lowercase Roman numeral up to xxxix.
bool is_list_label(std::string_view word) {
  if (word.size() == 1) return true;
  for (char c : word)
    if (c != 'i' && c != 'v' && c != 'x') return false;
  return word.size() <= 6;
}

}  // namespace

std::optional<Match> match_latin_term(std::string_view s, std::size_t pos) {
  if (!is_alpha(byte_at(s, pos))) return std::nullopt;
  std::size_t end = term_word_end(s, pos);
  // (a), (iv): list labels, not terms (but (GDPR) is one).
  if ((before(s, pos, "(") || before(s, pos, "（")) && (byte_at(s, end) == ')' || at(s, end, "）")) &&
      is_list_label(s.substr(pos, end - pos)))
    return silent_match(end);
  std::size_t word_start = pos;
  while (is_upper(s[word_start]) && byte_at(s, end) == ' ' && is_upper(byte_at(s, end + 1)) &&
         !starts_other_entity(s, end + 1)) {
    word_start = end + 1;
    end = term_word_end(s, word_start);
  }
  return written_match(EntityKind::latin_term, end, s.substr(pos, end - pos));
}

}  // namespace concord::text::detail
