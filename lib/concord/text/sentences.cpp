#include "concord/text/sentences.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/text/icu_breakers.hpp"

namespace concord::text {
namespace {

bool is_space(char32_t cp) { return lang::classify(cp) == lang::CharClass::space; }

// Abbreviations after which ". " does not end a sentence even before a
// capital, beyond ICU's own list (compared case-insensitively, without the dot).
constexpr std::array<std::string_view, 14> kAbbreviations = {
    "e.g", "i.e", "etc", "cf", "vs", "approx", "incl", "no", "art", "sec", "para", "fig", "ref", "u.s"};

// The word (letters and inner dots) ending just before the dot at `dot`.
std::string_view word_before(std::string_view text, std::uint32_t dot) {
  std::uint32_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '.')) --b;
  return text.substr(b, dot - b);
}

bool equals_lower(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  return true;
}

// Whether the text before `at` on its line is only a list marker ("4. ",
// "b. ", "IV. "): a heading or item's number, not a sentence of its own.
bool only_a_marker(std::string_view text, std::uint32_t at) {
  const std::size_t line_break = text.rfind('\n', at == 0 ? 0 : at - 1);
  std::size_t b = line_break == std::string_view::npos ? 0 : line_break + 1, e = at;
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  if (e - b < 2 || e - b > 5 || text[e - 1] != '.') return false;
  const std::string_view label = text.substr(b, e - 1 - b);
  const bool digits = std::all_of(label.begin(), label.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  const bool roman = std::all_of(label.begin(), label.end(), [](char c) { return std::strchr("ivxIVX", c) != nullptr; });
  const bool letter = label.size() == 1 && std::isalpha(static_cast<unsigned char>(label[0]));
  return digits || roman || letter;
}

// Whether a boundary at `at` should be dropped: the text before it ends in a
// dot that belongs to an abbreviation, or the boundary splits a token that
// has no space in it (a URL, an address, a number).
bool keep_together(std::string_view text, std::uint32_t at) {
  if (at == 0 || at >= text.size()) return false;
  if (only_a_marker(text, at)) return true;
  // A break with no white space before it splits a token (ICU does this
  // rarely, e.g. after "?" inside a URL query).
  std::size_t p = at;
  const char32_t before = utf8::prev(text, p);
  if (!is_space(before) && before != 0x3002 && before != 0xFF01 && before != 0xFF1F && before != '!' &&
      before != '?' && before != '.' && !lang::is_cjk_wide(before) && before != '"' && before != ')' &&
      before != 0x201D && before != 0x2019)
    return true;
  // A dot followed directly by a Latin letter, digit or symbol is inside a
  // token too ("nonexistent.${YOUR_DOMAIN}"), not a sentence end; CJK text
  // may follow a sentence with no space ("… laws.根据 …").
  if (before == '.' && text[at] > ' ' && text[at] <= '~') return true;
  // Find the last non-space character before the boundary.
  std::uint32_t q = at;
  while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\t')) --q;
  if (q == 0 || text[q - 1] != '.') return false;
  const std::string_view word = word_before(text, q - 1);
  if (word.empty()) return false;
  for (std::string_view a : kAbbreviations)
    if (equals_lower(word, a)) return true;
  // A single capital letter before a dot is an initial ("J. Smith").
  return word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
}

bool is_cjk_terminal(char32_t cp) { return cp == U'。' || cp == U'！' || cp == U'？'; }

// Closing punctuation that stays with the sentence it closes: 」』）】"” etc.
bool is_closer(char32_t cp) {
  return std::u32string_view(U"」』）】〕〉》”’\")").find(cp) != std::u32string_view::npos;
}

// cjk_terminals: split at 。！？ and at line breaks kept in the text.
enum class Shape { one_sentence, cjk_terminals, needs_icu };

// What kind of splitting a text needs. Only a Latin ".", "!" or "?" before
// white space is ambiguous (abbreviations, initials); texts without one are
// split here, the same way ICU would, without the cost of an ICU call.
// Bytes shape_of() stops at: Latin terminals, line breaks, and the lead
// bytes of 。(E3) and ！？(EF). Every other byte, CJK ones included, is skipped in one step.
struct ShapeBytes {
  bool stop[256];
  constexpr ShapeBytes() : stop() {
    stop[static_cast<unsigned char>('.')] = stop[static_cast<unsigned char>('!')] =
        stop[static_cast<unsigned char>('?')] = true;
    stop[0xE3] = stop[0xEF] = true;
    stop[static_cast<unsigned char>('\n')] = true;
  }
};
constexpr ShapeBytes kShapeBytes;

Shape shape_of(std::string_view text) {
  const auto* d = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  bool cjk = false;
  for (std::size_t pos = 0; pos < size; ++pos) {
    const unsigned char b = d[pos];
    if (!kShapeBytes.stop[b]) continue;
    if (b == '\n') {
      cjk = true;  // a kept line break ends a sentence, as it does for ICU
    } else if (b < 0x80) {
      if (pos + 1 < size) {
        const unsigned char next = d[pos + 1];
        if (next == ' ' || next == '\t' || next == '"' || next == '\'' || next == ')' || next >= 0x80)
          return Shape::needs_icu;
      }
    } else if (pos + 2 < size) {
      cjk |= (b == 0xE3 && d[pos + 1] == 0x80 && d[pos + 2] == 0x82) ||               // 。
             (b == 0xEF && d[pos + 1] == 0xBC && (d[pos + 2] == 0x81 || d[pos + 2] == 0x9F));  // ！？
    }
  }
  return cjk ? Shape::cjk_terminals : Shape::one_sentence;
}

// A bracket pair of the text: [open, close_end).
struct Enclosure {
  std::uint32_t open = 0, close_end = 0;
  bool quote = false;  // 「」『』 (parentheses otherwise)
};

// Matched parentheses and corner quotes. A sentence end inside them — the
// 。 of （定義は後述する。） or of 「本規約」といいます。」と — does not end
// the sentence around them.
std::vector<Enclosure> enclosures(std::string_view text) {
  std::vector<Enclosure> out;
  struct Open {
    char32_t closer;
    std::uint32_t at;
  };
  std::vector<Open> open;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto at = static_cast<std::uint32_t>(pos);
    const char32_t cp = utf8::next_valid(text, pos);
    switch (cp) {
      case U'（': open.push_back({U'）', at}); continue;
      case U'(': open.push_back({U')', at}); continue;
      case U'「': open.push_back({U'」', at}); continue;
      case U'『': open.push_back({U'』', at}); continue;
      default: break;
    }
    for (std::size_t k = open.size(); k-- > 0;) {
      // Full- and half-width parentheses close each other.
      const bool paren = (cp == U'）' || cp == U')') && (open[k].closer == U'）' || open[k].closer == U')');
      if (cp != open[k].closer && !paren) continue;
      out.push_back({open[k].at, static_cast<std::uint32_t>(pos), open[k].closer == U'」' || open[k].closer == U'』'});
      open.resize(k);
      break;
    }
  }
  return out;
}

// Sentence starts in [from, to) that ICU's abbreviation suppression
// (ss=standard) hides: its list holds the initials "A." to "Z.", and it
// matches them at the end of any word, so "… on AMO. Mozilla's policy …"
// stays one sentence. A dot after a capitalized run of two letters or more,
// then white space and a capital letter, starts a sentence (the text after
// the white space); keep_together() still knows the abbreviations.
std::vector<std::uint32_t> after_acronyms(std::string_view text, std::uint32_t from, std::uint32_t to) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t dot = from + 2; dot + 2 < to; ++dot) {
    if (text[dot] != '.' || text[dot + 1] != ' ') continue;
    std::uint32_t b = dot;
    while (b > from && std::isupper(static_cast<unsigned char>(text[b - 1]))) --b;
    if (dot - b < 2 || (b > from && std::isalnum(static_cast<unsigned char>(text[b - 1])))) continue;
    std::uint32_t next = dot + 1;
    while (next < to && text[next] == ' ') ++next;
    if (next < to && std::isupper(static_cast<unsigned char>(text[next]))) out.push_back(next);
  }
  return out;
}

// Whether a sentence boundary at `at` comes from a terminal inside an
// enclosure, with the sentence going on after it.
bool inside_enclosure(std::string_view text, const std::vector<Enclosure>& all, std::uint32_t at) {
  for (const Enclosure& e : all) {
    if (at <= e.open || at > e.close_end) continue;
    if (!e.quote) return true;
    // A quote closing with its own 。 ends the sentence unless text follows
    // it directly (」と, 」を).
    if (at < e.close_end) return true;
    if (e.close_end >= text.size()) return false;
    std::size_t q = e.close_end;
    const char32_t next = utf8::next_valid(text, q);
    return !is_space(next) && next != U'「' && next != U'『' && !is_cjk_terminal(next);
  }
  return false;
}

}  // namespace

std::vector<TextRange> split_sentences(std::string_view text, std::string_view lang) {
  const Shape shape = shape_of(text);
  const std::vector<Enclosure> enclosed = shape == Shape::one_sentence ? std::vector<Enclosure>{} : enclosures(text);
  std::vector<TextRange> out;
  std::uint32_t start = 0;
  auto emit = [&](std::uint32_t end) {
    std::uint32_t b = start, e = end;
    while (b < e) {
      std::size_t p = b;
      if (!is_space(utf8::next(text, p))) break;
      b = static_cast<std::uint32_t>(p);
    }
    while (e > b) {
      std::size_t p = e;
      if (!is_space(utf8::prev(text, p))) break;
      e = static_cast<std::uint32_t>(p);
    }
    if (b < e) out.push_back({b, e});
    start = end;
  };
  if (shape == Shape::cjk_terminals) {
    // After 。！？ and any closing punctuation that follows them.
    for (std::size_t pos = 0; pos < text.size();) {
      const char32_t cp = utf8::next_valid(text, pos);
      if (cp == '\n') {
        emit(static_cast<std::uint32_t>(pos));
        continue;
      }
      if (!is_cjk_terminal(cp)) continue;
      while (pos < text.size()) {
        std::size_t q = pos;
        const char32_t next = utf8::next_valid(text, q);
        if (!is_closer(next) && !is_cjk_terminal(next)) break;
        pos = q;
      }
      if (!inside_enclosure(text, enclosed, static_cast<std::uint32_t>(pos))) emit(static_cast<std::uint32_t>(pos));
    }
  } else if (shape == Shape::needs_icu) {
    for (const Boundary& b : break_text(text, lang, BreakKind::sentence)) {
      if (b.offset < text.size() && (keep_together(text, b.offset) || inside_enclosure(text, enclosed, b.offset)))
        continue;
      for (std::uint32_t missed : after_acronyms(text, start, b.offset))
        if (!keep_together(text, missed) && !inside_enclosure(text, enclosed, missed)) emit(missed);
      emit(b.offset);
    }
  }
  if (start < text.size()) emit(static_cast<std::uint32_t>(text.size()));
  return out;
}

}  // namespace concord::text
