#pragma once
// Matches the brackets and curly quotes of one text and returns those left
// without a partner.
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace concord::rules::punct {

struct BracketProblem {
  enum class Type {
    unopened,    // a closer with no opener before it
    unclosed,    // an opener never closed
    mismatched,  // a closer meeting an opener of another kind (「…』)
  };
  Type type;
  std::uint32_t begin = 0, end = 0;  // the character at fault
  std::uint32_t opener_begin = 0, opener_end = 0;  // mismatched: the opener it meets
};

/// Problems of `text` in text order. A closer matches the latest unclosed
/// opener of its kind, wherever it is nested, so only characters without any
/// partner are reported. Characters at offsets where `skip` holds are not read.
/// An unmatched "’" is an apostrophe (company’s), and an unmatched ")" that
/// ends an enumerator ("1)", "a)") closes nothing: neither is a problem.
std::vector<BracketProblem> find_unbalanced(std::string_view text, const std::function<bool(std::uint32_t)>& skip);

}  // namespace concord::rules::punct
