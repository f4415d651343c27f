// Every rule carries examples: a text it must flag, with the flagged span
// between « and », and texts it must leave alone. This one test runs them all,
// so adding a rule with examples adds its tests.
#include <gtest/gtest.h>

#include "concord/rules/input/input_problem_rule.hpp"
#include "concord/rules/registry.hpp"
#include "test_support.hpp"

namespace concord::rules {
namespace {

struct Marked {
  std::string text;
  std::size_t begin = 0, end = 0;  // byte offsets of the marked span in `text`
  bool marked = false;
};

Marked strip_marks(const std::string& s) {
  Marked m;
  const std::string open = "«", close = "»";
  const std::size_t b = s.find(open);
  const std::size_t e = s.find(close);
  if (b == std::string::npos || e == std::string::npos) {
    m.text = s;
    return m;
  }
  m.text = s.substr(0, b) + s.substr(b + open.size(), e - b - open.size()) + s.substr(e + close.size());
  m.begin = b;
  m.end = e - open.size();
  m.marked = true;
  return m;
}

class RuleExamples : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleExamples, FlagExactlyTheMarkedSpans) {
  const Registry& registry = test::all_rules();
  const Rule* rule = registry.find(GetParam());
  ASSERT_NE(rule, nullptr);
  for (const Example& ex : rule->meta().examples) {
    const Marked m = strip_marks(ex.text);
    const auto findings = test::check_text(m.text, {rule->meta().id}, "example.txt", ex.lang);
    if (!ex.flagged) {
      EXPECT_TRUE(findings.empty()) << "flagged a good example: " << ex.text << "\n  " << findings.front().message;
      continue;
    }
    ASSERT_TRUE(m.marked) << "a bad example needs «marks»: " << ex.text;
    ASSERT_EQ(findings.size(), 1u) << ex.text;
    EXPECT_EQ(findings[0].begin.offset, m.begin) << ex.text;
    EXPECT_EQ(findings[0].begin.offset + findings[0].length, m.end) << ex.text;
    if (findings[0].fix) {
      // Applying the fix gives a text the rule accepts.
      std::string fixed = m.text;
      const auto& edits = findings[0].fix->edits;
      for (auto it = edits.rbegin(); it != edits.rend(); ++it) fixed.replace(it->offset, it->length, it->replacement);
      EXPECT_TRUE(test::check_text(fixed, {rule->meta().id}, "example.txt", ex.lang).empty()) << fixed;
    }
  }
}

// Built-in rules and the rule packs under rules/.
std::vector<std::string> rules_with_examples() {
  std::vector<std::string> ids;
  for (const Rule* r : test::all_rules().all())
    if (!r->meta().examples.empty()) ids.push_back(r->meta().id);
  return ids;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string n;
  for (char c : info.param) n += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return n;
}

INSTANTIATE_TEST_SUITE_P(AllRules, RuleExamples, ::testing::ValuesIn(rules_with_examples()), test_name);

TEST(Registry, IdsAreUniqueKebabCaseWithMetadata) {
  Registry registry;
  register_builtin_rules(registry);
  for (const Rule* r : test::all_rules().all()) {
    const RuleMeta& m = r->meta();
    const auto slash = m.id.find('/');
    ASSERT_NE(slash, std::string::npos) << m.id;
    for (char c : m.id) EXPECT_TRUE(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '/') << m.id;
    EXPECT_FALSE(m.summary.empty()) << m.id;
  }
  // A second rule with an existing id is refused.
  EXPECT_FALSE(registry.add(InputProblemRule::undecodable()));
}

}  // namespace
}  // namespace concord::rules
