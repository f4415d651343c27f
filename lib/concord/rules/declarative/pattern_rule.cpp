#include "concord/rules/declarative/pattern_rule.hpp"

#include "concord/rules/context.hpp"
#include "concord/rules/declarative/pattern_set.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

bool in_scope(PatternRuleSpec::Scope scope, model::BlockKind kind) {
  switch (scope) {
    case PatternRuleSpec::Scope::all: return true;
    case PatternRuleSpec::Scope::headings: return kind == model::BlockKind::heading;
    case PatternRuleSpec::Scope::prose: return kind != model::BlockKind::heading;
  }
  return true;
}

}  // namespace

PatternRule::PatternRule(PatternRuleSpec spec, std::unique_ptr<PatternSet> patterns)
    : spec_(std::move(spec)), patterns_(std::move(patterns)) {}
PatternRule::~PatternRule() = default;

std::unique_ptr<PatternRule> PatternRule::create(PatternRuleSpec spec, std::string& error, int* error_line) {
  std::unique_ptr<PatternSet> patterns = PatternSet::compile(spec.patterns, error, error_line);
  if (!patterns) return nullptr;
  return std::unique_ptr<PatternRule>(new PatternRule(std::move(spec), std::move(patterns)));
}

void PatternRule::check(const Context& context, Sink& sink) const {
  for (const model::Version& version : context.versions()) {
    if (!languages_cover(spec_.meta.languages, version.lang)) continue;
    for_each_text_block(version, [&](std::uint32_t, const model::Block& block) {
      if (!in_scope(spec_.scope, block.kind)) return;
      const std::string_view text = block.text.view();
      const auto prose = [&](std::uint32_t b, std::uint32_t) { return !outside_prose(version, block, b); };
      for (const PatternSet::Match& m : patterns_->find(text, version.lang, prose)) {
        const std::string match(text.substr(m.begin, m.end - m.begin));
        std::string message = spec_.message;
        if (auto at = message.find("{match}"); at != std::string::npos) message.replace(at, 7, match);
        Finding& f = sink.report(version, block, m.begin, m.end, message);
        if (spec_.type == PatternRuleSpec::Type::substitution) {
          if (auto edit = edit_at(version, block, m.begin, m.end, m.replacement))
            f.fix = Fix{"Replace with \"" + m.replacement + "\"", {*edit}};
        }
      }
    });
  }
}

}  // namespace concord::rules
