#include "concord/text/words.hpp"

namespace concord::text {

std::vector<Token> split_words(std::string_view text, std::string_view lang) {
  std::vector<Token> out;
  std::uint32_t start = 0;
  for (const Boundary& b : break_text(text, lang, BreakKind::word)) {
    if (b.offset > start) out.push_back({start, b.offset, b.status});
    start = b.offset;
  }
  return out;
}

bool is_word_boundary(std::string_view text, std::string_view lang, std::uint32_t offset) {
  if (offset == 0 || offset >= text.size()) return true;
  for (const Boundary& b : break_text(text, lang, BreakKind::word)) {
    if (b.offset == offset) return true;
    if (b.offset > offset) return false;
  }
  return true;
}

}  // namespace concord::text
