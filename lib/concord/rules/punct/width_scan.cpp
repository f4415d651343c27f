#include "concord/rules/punct/width_scan.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::rules::punct {
namespace {

struct Mark {
  std::uint32_t begin, end;
  char32_t cp;
};

constexpr std::u32string_view kHalf = U",;:?!()";
constexpr std::u32string_view kFull = U"，；：？！（）";

char32_t other_width(char32_t cp) {
  if (const auto i = kHalf.find(cp); i != std::u32string_view::npos) return kFull[i];
  if (const auto i = kFull.find(cp); i != std::u32string_view::npos) return kHalf[i];
  return cp == U'。' ? U'.' : cp;
}

bool is_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u00A0'; }

char32_t char_before(std::string_view text, std::size_t pos) { return pos == 0 ? 0 : utf8::prev(text, pos); }
char32_t char_at(std::string_view text, std::size_t pos) { return pos >= text.size() ? 0 : utf8::next(text, pos); }

std::size_t skip_spaces_forward(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    std::size_t next = pos;
    if (!is_space(utf8::next(text, next))) break;
    pos = next;
  }
  return pos;
}

std::size_t skip_spaces_backward(std::string_view text, std::size_t pos) {
  while (pos > 0) {
    std::size_t prev = pos;
    if (!is_space(utf8::prev(text, prev))) break;
    pos = prev;
  }
  return pos;
}

// CJK context: ideographs, kana, Hangul and the full-width punctuation of
// CJK text; an opening curly quote also starts CJK text (“本法”).
bool is_cjk_side(char32_t cp) { return cp != 0 && (lang::is_cjk_wide(cp) || cp == U'“' || cp == U'‘'); }

bool is_latin_or_digit(char32_t cp) {
  const lang::CharClass c = lang::classify(cp);
  return c == lang::CharClass::latin || c == lang::CharClass::digit;
}

bool holds_cjk(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  for (std::size_t pos = begin; pos < end;)
    if (lang::is_cjk_letter(utf8::next(text, pos))) return true;
  return false;
}

std::vector<Mark> marks_in(std::string_view text, std::uint32_t begin, std::uint32_t end, std::u32string_view set,
                           const std::function<bool(std::uint32_t)>& skip) {
  std::vector<Mark> marks;
  for (std::size_t pos = begin; pos < end;) {
    const auto b = static_cast<std::uint32_t>(pos);
    const char32_t cp = utf8::next(text, pos);
    if (set.find(cp) != std::u32string_view::npos && !skip(b)) marks.push_back({b, static_cast<std::uint32_t>(pos), cp});
  }
  return marks;
}

// Indices of the opening and closing parenthesis of each matched pair among
// `marks`; unmatched ones are left out.
std::vector<std::pair<std::size_t, std::size_t>> paren_pairs(const std::vector<Mark>& marks, char32_t open,
                                                             char32_t close) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::vector<std::size_t> stack;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (marks[i].cp == open) stack.push_back(i);
    if (marks[i].cp == close && !stack.empty()) {
      pairs.emplace_back(stack.back(), i);
      stack.pop_back();
    }
  }
  return pairs;
}

bool is_closing(char32_t cp) { return std::u32string_view(U")）”’\"'」』】》").find(cp) != std::u32string_view::npos; }

// The character before `pos`, looking through closing brackets and quotes:
// in "(电脑)," and "(GDPR)，" the comma follows the text they close.
char32_t word_before(std::string_view text, std::size_t pos) {
  char32_t cp = 0;
  while (pos > 0) {
    cp = utf8::prev(text, pos);
    if (!is_closing(cp)) return cp;
  }
  return cp;
}

// Which of `marks` have the wrong width. Matched parentheses are judged as a
// pair by `pair_is_wrong`; every other mark when it stands between two
// neighbours of the other prose (`side`). A mark found wrong counts as that
// prose for the mark before it: in "保障;(三)" and "(契約); および" CJK text
// follows ";" and ")".
std::vector<Mark> select_wrong(std::string_view text, const std::vector<Mark>& marks, char32_t open, char32_t close,
                               const std::function<bool(const Mark&, const Mark&)>& pair_is_wrong,
                               bool (*side)(char32_t)) {
  std::vector<bool> wrong(marks.size(), false), paired(marks.size(), false);
  for (const auto& [o, c] : paren_pairs(marks, open, close)) {
    paired[o] = paired[c] = true;
    wrong[o] = wrong[c] = pair_is_wrong(marks[o], marks[c]);
  }
  // Right to left, so that the mark after each one is judged first.
  for (std::size_t i = marks.size(); i-- > 0;) {
    if (paired[i] || !side(word_before(text, marks[i].begin))) continue;
    const std::size_t next = skip_spaces_forward(text, marks[i].end);
    const bool wrong_mark_next = i + 1 < marks.size() && marks[i + 1].begin == next && wrong[i + 1];
    wrong[i] = next >= text.size() || side(char_at(text, next)) || wrong_mark_next;
  }
  std::vector<Mark> out;
  for (std::size_t i = 0; i < marks.size(); ++i)
    if (wrong[i]) out.push_back(marks[i]);
  return out;
}

// Half-width marks in CJK prose.
std::vector<Mark> half_in_cjk(std::string_view text, std::uint32_t begin, std::uint32_t end,
                              const std::function<bool(std::uint32_t)>& skip) {
  // 作品(Licensed Material): a Latin aside keeps its Latin parentheses.
  auto holds_cjk_text = [&](const Mark& o, const Mark& c) { return holds_cjk(text, o.end, c.begin); };
  return select_wrong(text, marks_in(text, begin, end, kHalf, skip), U'(', U')', holds_cjk_text, is_cjk_side);
}

// Full-width marks in Latin prose.
std::vector<Mark> full_in_latin(std::string_view text, std::uint32_t begin, std::uint32_t end,
                                const std::function<bool(std::uint32_t)>& skip) {
  // An aside in CJK characters, or next to them, may keep its full-width parentheses.
  auto latin_aside = [&](const Mark& o, const Mark& c) {
    return !holds_cjk(text, o.end, c.begin) && !lang::is_cjk_letter(char_before(text, o.begin)) &&
           !lang::is_cjk_letter(char_at(text, c.end));
  };
  const std::u32string set = std::u32string(kFull) + U'。';
  return select_wrong(text, marks_in(text, begin, end, set, skip), U'（', U'）', latin_aside, is_latin_or_digit);
}

// Full-width marks carry their own spacing: the spaces around a half-width
// mark go where CJK text follows (after , ; : ? ! and ")") or precedes ("(").
WrongWidth to_full(std::string_view text, const Mark& m) {
  WrongWidth w{m.begin, m.end, m.cp, m.begin, m.end, utf8::encode(other_width(m.cp)), utf8::encode(other_width(m.cp))};
  if (m.cp == U'(') {
    const std::size_t before = skip_spaces_backward(text, m.begin);
    if (before < m.begin && is_cjk_side(char_before(text, before))) w.edit_begin = static_cast<std::uint32_t>(before);
  } else {
    const std::size_t after = skip_spaces_forward(text, m.end);
    if (after > m.end && after < text.size() && is_cjk_side(char_at(text, after)))
      w.edit_end = static_cast<std::uint32_t>(after);
  }
  return w;
}

// Half-width marks want a space on their open side before a Latin word:
// "word, word", "word (aside)".
WrongWidth to_half(std::string_view text, const Mark& m) {
  const std::string half = utf8::encode(other_width(m.cp));
  WrongWidth w{m.begin, m.end, m.cp, m.begin, m.end, half, half};
  if (m.cp == U'（') {
    if (is_latin_or_digit(char_before(text, m.begin))) w.replacement = " " + half;
  } else if (is_latin_or_digit(char_at(text, m.end))) {
    w.replacement = half + " ";
  }
  return w;
}

}  // namespace

std::vector<WrongWidth> find_wrong_width(std::string_view text, std::uint32_t begin, std::uint32_t end, Width want,
                                         const std::function<bool(std::uint32_t)>& skip) {
  std::vector<WrongWidth> out;
  if (want == Width::full) {
    for (const Mark& m : half_in_cjk(text, begin, end, skip)) out.push_back(to_full(text, m));
  } else if (want == Width::half) {
    for (const Mark& m : full_in_latin(text, begin, end, skip)) out.push_back(to_half(text, m));
  }
  return out;
}

}  // namespace concord::rules::punct
