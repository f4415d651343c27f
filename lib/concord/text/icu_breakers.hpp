#pragma once
// ICU break iterators, created once per thread and language and reused for
// every text (ICU objects are never created per sentence). They run over
// UTF-8 directly through UText, so boundaries are UTF-8 byte offsets.
#include <cstdint>
#include <string_view>
#include <vector>

namespace concord::text {

enum class BreakKind { sentence, word };

/// Word boundaries carry ICU's rule status, which says what the word before
/// the boundary is.
enum class WordStatus : std::uint8_t { none, number, letter, kana, ideo };

struct Boundary {
  std::uint32_t offset = 0;
  WordStatus status = WordStatus::none;  // word breaks only
};

/// Boundaries of `text` (excluding 0, including text.size()). `lang` picks the
/// ICU locale: English sentence breaking suppresses abbreviations (e.g., i.e.,
/// Mr.); Chinese and Japanese word breaking uses ICU's dictionary.
std::vector<Boundary> break_text(std::string_view text, std::string_view lang, BreakKind kind);

}  // namespace concord::text
