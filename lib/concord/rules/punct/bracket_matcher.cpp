#include "concord/rules/punct/bracket_matcher.hpp"

#include <algorithm>
#include <optional>

#include "concord/io/utf8.hpp"
#include "concord/rules/punct/brackets.hpp"
#include "concord/rules/punct/enumerator.hpp"

namespace concord::rules::punct {
namespace {

struct Opener {
  BracketKind kind;
  std::uint32_t begin, end;
  bool closed = false;
};

struct StrayCloser {
  std::uint32_t begin, end;
  int innermost_open;  // index of the innermost unclosed opener when it came, or -1
};

bool is_digit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

// "‘90s": a left quote before a digit stands for left-out digits.
bool elides_digits(std::string_view text, std::size_t after) {
  if (after >= text.size()) return false;
  return is_digit(static_cast<char32_t>(text[after]));
}

// The openers met so far: each kind's unclosed ones, and all of them in
// order of nesting (closed ones are dropped from the top when looked at).
class OpenerStacks {
 public:
  void open(BracketKind kind, std::uint32_t begin, std::uint32_t end) {
    by_kind_[static_cast<std::size_t>(kind)].push_back(all_.size());
    nesting_.push_back(all_.size());
    all_.push_back({kind, begin, end});
  }

  /// Closes the latest unclosed opener of `kind`; false when there is none.
  bool close(BracketKind kind) {
    std::vector<std::size_t>& stack = by_kind_[static_cast<std::size_t>(kind)];
    if (stack.empty()) return false;
    all_[stack.back()].closed = true;
    stack.pop_back();
    return true;
  }

  /// The innermost unclosed opener, or -1.
  int innermost() {
    while (!nesting_.empty() && all_[nesting_.back()].closed) nesting_.pop_back();
    return nesting_.empty() ? -1 : static_cast<int>(nesting_.back());
  }

  const std::vector<Opener>& all() const { return all_; }

 private:
  std::vector<Opener> all_;
  std::vector<std::size_t> by_kind_[kBracketKinds];
  std::vector<std::size_t> nesting_;
};

}  // namespace

std::vector<BracketProblem> find_unbalanced(std::string_view text, const std::function<bool(std::uint32_t)>& skip) {
  OpenerStacks stacks;
  std::vector<StrayCloser> strays;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto begin = static_cast<std::uint32_t>(pos);
    const char32_t cp = utf8::next(text, pos);
    const auto end = static_cast<std::uint32_t>(pos);
    const std::optional<Bracket> bracket = bracket_of(cp);
    if (!bracket || skip(begin)) continue;
    if (bracket->opens) {
      if (cp != U'‘' || !elides_digits(text, pos)) stacks.open(bracket->kind, begin, end);
    } else if (!stacks.close(bracket->kind) && cp != U'’' &&
               !(bracket->kind == BracketKind::paren && closes_enumerator(text, begin))) {
      strays.push_back({begin, end, stacks.innermost()});
    }
  }

  const std::vector<Opener>& openers = stacks.all();
  std::vector<BracketProblem> problems;
  // A stray closer whose innermost opener is never closed either is one
  // mistake (「…』), reported once, on the closer.
  std::vector<bool> paired(openers.size(), false);
  for (const StrayCloser& s : strays) {
    const auto o = static_cast<std::size_t>(s.innermost_open);
    if (s.innermost_open >= 0 && !openers[o].closed && !paired[o]) {
      paired[o] = true;
      problems.push_back({BracketProblem::Type::mismatched, s.begin, s.end, openers[o].begin, openers[o].end});
    } else {
      problems.push_back({BracketProblem::Type::unopened, s.begin, s.end});
    }
  }
  for (std::size_t i = 0; i < openers.size(); ++i)
    if (!openers[i].closed && !paired[i])
      problems.push_back({BracketProblem::Type::unclosed, openers[i].begin, openers[i].end});
  std::sort(problems.begin(), problems.end(),
            [](const BracketProblem& a, const BracketProblem& b) { return a.begin < b.begin; });
  return problems;
}

}  // namespace concord::rules::punct
