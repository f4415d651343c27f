#pragma once
// Finds punctuation of the wrong width in one sentence: half-width , ; : ? !
// ( ) in CJK prose, or full-width ，。；：？！（） in Latin prose.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/rules/punct/width_preference.hpp"

namespace concord::rules::punct {

struct WrongWidth {
  std::uint32_t begin = 0, end = 0;          // the punctuation mark
  char32_t mark = 0;
  std::uint32_t edit_begin = 0, edit_end = 0;  // the mark with the spaces the other width does without
  std::string replacement;                   // for [edit_begin, edit_end)
  std::string bare_replacement;              // for [begin, end) alone
};

/// Marks of the sentence [begin, end) of `text` whose width is not `want`
/// (full or half), in text order. Offsets where `skip` holds are not read.
///
/// Wanting full width, a half-width mark counts when it follows a CJK
/// character and is followed by CJK text or nothing; half-width parentheses
/// count when they hold CJK text (作品(Licensed Material) is fine). Numbers,
/// times, URLs and Latin runs inside CJK text (如 ISO 27001, GDPR) never
/// qualify: a Latin letter or digit stands before their marks. Wanting half
/// width, a full-width mark counts between Latin letters or digits, and
/// full-width parentheses when they hold no CJK text.
std::vector<WrongWidth> find_wrong_width(std::string_view text, std::uint32_t begin, std::uint32_t end, Width want,
                                         const std::function<bool(std::uint32_t)>& skip);

}  // namespace concord::rules::punct
