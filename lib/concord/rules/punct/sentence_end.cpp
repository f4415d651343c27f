#include "concord/rules/punct/sentence_end.hpp"

#include <array>

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"

namespace concord::rules::punct {
namespace {

bool is_terminal(char32_t cp) { return std::u32string_view(U"。．.！!？?…；;").find(cp) != std::u32string_view::npos; }
bool is_closer(char32_t cp) {
  return std::u32string_view(U"”’」』）)】》〉〕］]\"'").find(cp) != std::u32string_view::npos;
}
bool leads_on(char32_t cp) { return std::u32string_view(U":：,，、").find(cp) != std::u32string_view::npos; }
bool is_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\u3000' || cp == U'\u00A0'; }

// "…; and", "…；以及": the item goes on in the next one.
bool ends_with_conjunction(std::string_view text) {
  static constexpr std::array<std::string_view, 20> kConjunctions = {
      " and", " or", " and/or", "以及", "及", "或", "或者", "和", "与", "與", "并且", "並且", "且",
      "および", "または", "ならびに", "並びに", "かつ", "もしくは", "又は"};
  for (std::string_view c : kConjunctions) {
    if (!text.ends_with(c)) continue;
    std::size_t pos = text.size() - c.size();
    while (pos > 0 && text[pos - 1] == ' ') --pos;
    if (pos == 0) return false;
    const char32_t before = utf8::prev(text, pos);
    if (std::u32string_view(U";；,，、").find(before) != std::u32string_view::npos) return true;
  }
  return false;
}

}  // namespace

SentenceEnd sentence_end(std::string_view text) {
  SentenceEnd end;
  std::size_t pos = text.size();
  while (pos > 0) {
    std::size_t before = pos;
    if (!is_space(utf8::prev(text, before))) break;
    pos = before;
  }
  if (pos == 0) return end;
  const std::string_view trimmed = text.substr(0, pos);
  end.last_end = static_cast<std::uint32_t>(pos);
  std::size_t last = pos;
  utf8::prev(text, last);
  end.last_begin = static_cast<std::uint32_t>(last);

  // The mark before any closing quotes or brackets decides: 。」 .) ”
  std::size_t at = pos;
  char32_t cp = 0;
  while (at > 0) {
    cp = utf8::prev(text, at);
    if (!is_closer(cp)) break;
  }
  if (is_terminal(cp)) {
    end.type = SentenceEnd::Type::terminal;
    end.terminal = cp;
  } else if (leads_on(cp) || ends_with_conjunction(trimmed)) {
    end.type = SentenceEnd::Type::leads_on;
  } else {
    end.type = SentenceEnd::Type::open;
  }
  return end;
}

bool reads_like_sentence(std::string_view text) {
  std::size_t cjk = 0, words = 0;
  bool in_word = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::next(text, pos);
    cjk += lang::is_cjk_letter(cp);
    const bool letter = lang::classify(cp) == lang::CharClass::latin;
    words += letter && !in_word;
    in_word = letter || (in_word && (cp == U'\'' || cp == U'’' || cp == U'-'));
  }
  return cjk >= 4 || words >= 3;
}

}  // namespace concord::rules::punct
