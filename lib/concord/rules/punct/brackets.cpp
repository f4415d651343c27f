#include "concord/rules/punct/brackets.hpp"

namespace concord::rules::punct {

std::optional<Bracket> bracket_of(char32_t cp) {
  using K = BracketKind;
  switch (cp) {
    case U'(': case U'（': return Bracket{K::paren, true};
    case U')': case U'）': return Bracket{K::paren, false};
    case U'[': case U'［': return Bracket{K::square, true};
    case U']': case U'］': return Bracket{K::square, false};
    case U'{': case U'｛': return Bracket{K::brace, true};
    case U'}': case U'｝': return Bracket{K::brace, false};
    case U'「': case U'｢': return Bracket{K::corner, true};
    case U'」': case U'｣': return Bracket{K::corner, false};
    case U'『': return Bracket{K::white_corner, true};
    case U'』': return Bracket{K::white_corner, false};
    case U'【': return Bracket{K::lenticular, true};
    case U'】': return Bracket{K::lenticular, false};
    case U'〖': return Bracket{K::white_lenticular, true};
    case U'〗': return Bracket{K::white_lenticular, false};
    case U'《': return Bracket{K::double_angle, true};
    case U'》': return Bracket{K::double_angle, false};
    case U'〈': case U'\u2329': return Bracket{K::angle, true};
    case U'〉': case U'\u232A': return Bracket{K::angle, false};
    case U'〔': return Bracket{K::tortoise_shell, true};
    case U'〕': return Bracket{K::tortoise_shell, false};
    case U'“': return Bracket{K::double_quote, true};
    case U'”': return Bracket{K::double_quote, false};
    case U'‘': return Bracket{K::single_quote, true};
    case U'’': return Bracket{K::single_quote, false};
    default: return std::nullopt;
  }
}

std::string_view noun_for(BracketKind kind) {
  return kind == BracketKind::double_quote || kind == BracketKind::single_quote ? "quotation mark" : "bracket";
}

}  // namespace concord::rules::punct
