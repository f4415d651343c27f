#pragma once
// How a list item or table cell ends: with terminal punctuation, with a mark
// that leads on to what follows, or with nothing.
#include <cstdint>
#include <string_view>

namespace concord::rules::punct {

struct SentenceEnd {
  enum class Type {
    empty,
    terminal,      // 。．.！!？?…；; possibly followed by closing quotes or brackets
    leads_on,      // : ： (introduces what follows), , ， 、 or "; and" (the sentence goes on)
    open,          // no punctuation
  };
  Type type = Type::empty;
  char32_t terminal = 0;             // the terminal mark, for Type::terminal
  std::uint32_t last_begin = 0, last_end = 0;  // the last character, trailing spaces left out
};

SentenceEnd sentence_end(std::string_view text);

/// Whether `text` reads like a sentence rather than a label: at least four
/// CJK characters or three words.
bool reads_like_sentence(std::string_view text);

}  // namespace concord::rules::punct
