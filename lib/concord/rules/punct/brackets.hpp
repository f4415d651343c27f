#pragma once
// The paired punctuation punct/unbalanced checks: brackets and curly quotes,
// full and half width. Full- and half-width forms of one bracket are the same
// kind, so "（…)" is balanced (mixing widths is punct/width-mix's business).
#include <cstddef>
#include <optional>
#include <string_view>

namespace concord::rules::punct {

enum class BracketKind : unsigned char {
  paren,             // ( ) （ ）
  square,            // [ ] ［ ］
  brace,             // { } ｛ ｝
  corner,            // 「 」 ｢ ｣
  white_corner,      // 『 』
  lenticular,        // 【 】
  white_lenticular,  // 〖 〗
  double_angle,      // 《 》
  angle,             // 〈 〉
  tortoise_shell,    // 〔 〕
  double_quote,      // “ ”
  single_quote,      // ‘ ’
};
inline constexpr std::size_t kBracketKinds = static_cast<std::size_t>(BracketKind::single_quote) + 1;

struct Bracket {
  BracketKind kind;
  bool opens;
};

/// The bracket `cp` is, if any. ASCII " and ' are not: they open and close
/// alike, so nothing can be said about their balance.
std::optional<Bracket> bracket_of(char32_t cp);

/// A noun for the kind, for messages: "bracket" or "quotation mark".
std::string_view noun_for(BracketKind kind);

}  // namespace concord::rules::punct
