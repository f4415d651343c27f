#include "concord/rules/declarative/pattern_rule.hpp"

#include <map>

#include <unicode/regex.h>
#include <unicode/utext.h>

#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {

// ICU patterns are compiled once and shared (RegexPattern is thread-safe);
// matchers are per thread (RegexMatcher is not) and reused for every block.
class CompiledPatterns {
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

bool in_scope(PatternRuleSpec::Scope scope, model::BlockKind kind) {
  switch (scope) {
    case PatternRuleSpec::Scope::all: return true;
    case PatternRuleSpec::Scope::headings: return kind == model::BlockKind::heading;
    case PatternRuleSpec::Scope::prose: return kind != model::BlockKind::heading;
  }
  return true;
}

bool applies_to(const std::vector<std::string>& langs, const std::string& lang) {
  if (langs.empty()) return true;
  for (const auto& l : langs)
    if (l == lang || (l.size() < lang.size() && lang.starts_with(l) && lang[l.size()] == '-')) return true;
  return false;
}

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

PatternRule::PatternRule(PatternRuleSpec spec) : spec_(std::move(spec)), compiled_(std::make_unique<CompiledPatterns>()) {}
PatternRule::~PatternRule() = default;

std::unique_ptr<PatternRule> PatternRule::create(PatternRuleSpec spec, std::string& error) {
  std::unique_ptr<PatternRule> rule(new PatternRule(std::move(spec)));
  for (const PatternSpec& p : rule->spec_.patterns) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error{};
    const uint32_t flags = p.ignore_case ? UREGEX_CASE_INSENSITIVE : 0;
    std::unique_ptr<icu::RegexPattern> compiled(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(p.regex), flags, parse_error, status));
    if (U_FAILURE(status)) {
      error = "pattern '" + p.regex + "' does not compile (" + u_errorName(status) + " at offset " +
              std::to_string(parse_error.offset) + ")";
      return nullptr;
    }
    rule->compiled_->patterns.push_back(std::move(compiled));
  }
  return rule;
}

void PatternRule::check(const Context& context, Sink& sink) const {
  for (const model::Version& version : context.versions()) {
    if (!applies_to(spec_.meta.languages, version.lang)) continue;
    for_each_text_block(version, [&](std::uint32_t, const model::Block& block) {
      if (!in_scope(spec_.scope, block.kind)) return;
      const std::string_view text = block.text.view();
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<UText, UTextCloser> ut(
          utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
      if (U_FAILURE(status)) return;
      std::vector<std::pair<std::uint32_t, std::uint32_t>> taken;
      for (std::size_t i = 0; i < spec_.patterns.size(); ++i) {
        const PatternSpec& p = spec_.patterns[i];
        if (!applies_to(p.languages, version.lang)) continue;
        icu::RegexMatcher* m = compiled_->matcher(i);
        if (m == nullptr) continue;
        status = U_ZERO_ERROR;
        m->reset(ut.get());
        while (m->find(status) && U_SUCCESS(status)) {
          const auto b = static_cast<std::uint32_t>(m->start64(status));
          const auto e = static_cast<std::uint32_t>(m->end64(status));
          if (e <= b) continue;
          bool overlaps = false;
          for (const auto& [tb, te] : taken) overlaps |= b < te && tb < e;
          if (overlaps || model::in_span(block, b, model::InlineSpan::Kind::code)) continue;
          taken.emplace_back(b, e);
          const std::string match(text.substr(b, e - b));
          std::string message = spec_.message;
          if (auto at = message.find("{match}"); at != std::string::npos) message.replace(at, 7, match);
          Finding& f = sink.report(version, block, b, e, message);
          if (spec_.type == PatternRuleSpec::Type::substitution) {
            const std::string replacement = expand(p.replacement, *m, text);
            if (auto edit = edit_at(version, block, b, e, replacement))
              f.fix = Fix{"Replace with \"" + replacement + "\"", {*edit}};
          }
        }
        // Leave no reference to the UText about to be closed.
        m->reset(icu::UnicodeString());
      }
    });
  }
}

}  // namespace concord::rules
