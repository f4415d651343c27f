#include "concord/rules/declarative/pattern_set.hpp"

#include <map>

#include <unicode/regex.h>
#include <unicode/utext.h>

namespace concord::rules {

// ICU patterns are compiled once and shared (RegexPattern is thread-safe);
// matchers are per thread (RegexMatcher is not) and reused for every text.
class PatternSet::Compiled {
 public:
  std::vector<std::unique_ptr<icu::RegexPattern>> patterns;

  icu::RegexMatcher* matcher(std::size_t i) const {
    thread_local std::map<const icu::RegexPattern*, std::unique_ptr<icu::RegexMatcher>> cache;
    auto& m = cache[patterns[i].get()];
    if (!m) {
      UErrorCode status = U_ZERO_ERROR;
      m.reset(patterns[i]->matcher(status));
      if (U_FAILURE(status)) m.reset();
    }
    return m.get();
  }
};

namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

// The replacement with $1…$9 replaced by the current match's groups.
std::string expand(const std::string& replacement, icu::RegexMatcher& m, std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < replacement.size(); ++i) {
    const char c = replacement[i];
    if (c == '$' && i + 1 < replacement.size() && replacement[i + 1] >= '0' && replacement[i + 1] <= '9') {
      const int group = replacement[++i] - '0';
      UErrorCode status = U_ZERO_ERROR;
      if (group > m.groupCount()) continue;
      const int64_t b = m.start64(group, status), e = m.end64(group, status);
      if (U_SUCCESS(status) && b >= 0 && e >= b)
        out.append(text.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b)));
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

bool languages_cover(const std::vector<std::string>& languages, const std::string& lang) {
  if (languages.empty()) return true;
  for (const auto& l : languages)
    if (l == lang || (l.size() < lang.size() && lang.starts_with(l) && lang[l.size()] == '-')) return true;
  return false;
}

PatternSet::PatternSet(std::vector<PatternSpec> specs, std::unique_ptr<Compiled> compiled)
    : specs_(std::move(specs)), compiled_(std::move(compiled)) {}
PatternSet::~PatternSet() = default;

std::unique_ptr<PatternSet> PatternSet::compile(std::vector<PatternSpec> specs, std::string& error, int* error_line) {
  auto compiled = std::make_unique<Compiled>();
  for (const PatternSpec& p : specs) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error{};
    const uint32_t flags = p.ignore_case ? UREGEX_CASE_INSENSITIVE : 0;
    std::unique_ptr<icu::RegexPattern> pattern(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(p.regex), flags, parse_error, status));
    if (U_FAILURE(status)) {
      error = "pattern '" + p.regex + "' does not compile (" + u_errorName(status) + " at offset " +
              std::to_string(parse_error.offset) + ")";
      if (error_line) *error_line = p.line;
      return nullptr;
    }
    compiled->patterns.push_back(std::move(pattern));
  }
  return std::unique_ptr<PatternSet>(new PatternSet(std::move(specs), std::move(compiled)));
}

std::vector<PatternSet::Match> PatternSet::find(std::string_view text, const std::string& lang,
                                                const Filter& keep) const {
  std::vector<Match> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_FAILURE(status)) return out;
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    const PatternSpec& p = specs_[i];
    if (!languages_cover(p.languages, lang)) continue;
    icu::RegexMatcher* m = compiled_->matcher(i);
    if (m == nullptr) continue;
    status = U_ZERO_ERROR;
    m->reset(ut.get());
    while (m->find(status) && U_SUCCESS(status)) {
      const auto b = static_cast<std::uint32_t>(m->start64(status));
      const auto e = static_cast<std::uint32_t>(m->end64(status));
      if (e <= b) continue;
      bool overlaps = false;
      for (const Match& t : out) overlaps |= b < t.end && t.begin < e;
      if (overlaps || (keep && !keep(b, e))) continue;
      out.push_back({b, e, i, p.replacement.empty() ? std::string() : expand(p.replacement, *m, text)});
    }
    // Leave no reference to the UText about to be closed.
    m->reset(icu::UnicodeString());
  }
  return out;
}

}  // namespace concord::rules
