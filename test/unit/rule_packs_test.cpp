// The rule packs under rules/: every file validates against the schema, ids
// are unique and do not shadow built-in rules, every pack reaches the
// registry the commands use (so rule_examples_test runs its examples), and a
// broken pack is refused with one line naming the file, the line and the
// problem.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "concord/rules/declarative/pattern_set.hpp"
#include "concord/rules/declarative/rule_pack_loader.hpp"
#include "concord/rules/declarative/rule_pack_registration.hpp"
#include "test_support.hpp"

namespace concord::rules {
namespace {
namespace fs = std::filesystem;

std::string rules_dir() { return test::source_dir() + "/rules"; }
std::string schema_path() { return rules_dir() + "/schema/rule.xsd"; }

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> rule_files() {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(rules_dir()))
    if (e.is_regular_file() && e.path().extension() == ".xml" && e.path().parent_path().filename() != "schema")
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// The id a rule file defines, whichever kind it is.
std::string id_of(const RulePacks& p) {
  if (!p.rules.empty()) return p.rules.front()->meta().id;
  if (!p.pattern_lists.empty()) return p.pattern_lists.begin()->first;
  return {};
}

TEST(RulePacks, EveryFileValidatesAgainstTheSchemaAndDefinesOneRule) {
  const auto files = rule_files();
  ASSERT_FALSE(files.empty());
  for (const fs::path& f : files) {
    const RulePacks p = load_rule_pack_text(f.string(), read(f), schema_path());
    EXPECT_TRUE(p.errors.empty()) << (p.errors.empty() ? "" : p.errors.front().describe());
    EXPECT_EQ(p.rules.size() + p.pattern_lists.size(), 1u) << f;
  }
}

TEST(RulePacks, IdsAreUniqueAndOnlyPatternListsNameBuiltinRules) {
  Registry builtins;
  register_builtin_rules(builtins);
  std::set<std::string> ids;
  for (const fs::path& f : rule_files()) {
    const RulePacks p = load_rule_pack_text(f.string(), read(f), schema_path());
    const std::string id = id_of(p);
    EXPECT_TRUE(ids.insert(id).second) << id << " defined twice";
    if (!p.pattern_lists.empty()) {
      EXPECT_NE(builtins.list_reader(id), nullptr) << f << ": no built-in rule reads " << id;
    } else {
      EXPECT_EQ(builtins.find(id), nullptr) << f << ": " << id << " is a built-in rule";
    }
  }
}

TEST(RulePacks, EveryPackIsInTheRegistryWithItsExamples) {
  const Registry& all = test::all_rules();
  for (const fs::path& f : rule_files()) {
    const RulePacks p = load_rule_pack_text(f.string(), read(f), schema_path());
    const Rule* rule = all.find(id_of(p));
    ASSERT_NE(rule, nullptr) << f;
    // The file's examples are the rule's (a pattern list's join the built-in ones).
    std::size_t from_file = 0;
    for (const auto& r : p.rules) from_file += r->meta().examples.size();
    for (const auto& [id, list] : p.pattern_lists) from_file += list.meta.examples.size();
    EXPECT_GE(rule->meta().examples.size(), from_file) << f;
  }
}

TEST(RulePacks, TheBoilerplateRuleGetsItsPhrasesFromThePack) {
  const std::string text = "第一條 本合同旨在明確雙方的權利。\n\n下載本文檔\n";
  EXPECT_EQ(test::check_text(text, {"content/boilerplate"}, "doc.txt", "zh-Hant").size(), 1u);

  // Built-ins alone: the rule is there, without phrases, and says nothing;
  // the declarative rules are not.
  Registry builtins;
  register_builtin_rules(builtins);
  ASSERT_NE(builtins.find("content/boilerplate"), nullptr);
  EXPECT_EQ(builtins.find("content/placeholder"), nullptr);
  engine::RuleSelection only;
  for (const Rule* r : builtins.all())
    if (r->meta().id != "content/boilerplate") only.disable.push_back(r->meta().id);
  std::string error;
  const auto checker = engine::Checker::create(builtins, only, error);
  ASSERT_TRUE(checker) << error;
  const auto loaded = test::load({{"doc.txt", text}}, "zh-Hant");
  EXPECT_TRUE(checker->check(loaded.documents.at(0)).empty());
}

// A rules directory of its own, with the real schema, for broken packs.
class BrokenPack : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("concord-rule-packs-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "schema");
    fs::create_directories(dir_ / "style");
    fs::copy_file(schema_path(), dir_ / "schema" / "rule.xsd");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& name, const std::string& xml) { std::ofstream(dir_ / "style" / name) << xml; }

  // The one-line problem register_all_rules reports, or "" when it succeeds.
  std::string problem() {
    Registry registry;
    std::string error;
    const bool ok = register_all_rules(registry, dir_.string(), error);
    EXPECT_EQ(ok, error.empty());
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
    return error;
  }

  static std::string rule(const std::string& id, const std::string& pattern, const std::string& type = "existence",
                          const std::string& head = "<summary>s</summary>") {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<rule id=\"" + id + "\" type=\"" + type + "\" severity=\"warning\">\n"
           "  " + head + "\n"
           "  <message>found {match}</message>\n"
           "  <patterns>\n"
           "    <pattern>" + pattern + "</pattern>\n"
           "  </patterns>\n"
           "  <examples>\n"
           "    <bad lang=\"en\">«TODO»</bad>\n"
           "    <good lang=\"en\">done</good>\n"
           "  </examples>\n"
           "</rule>\n";
  }

  fs::path dir_;
};

TEST_F(BrokenPack, AValidPackRegistersAndFires) {
  write("todo.xml", rule("style/todo", "TODO"));
  Registry registry;
  std::string error;
  ASSERT_TRUE(register_all_rules(registry, dir_.string(), error)) << error;
  const Rule* r = registry.find("style/todo");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->meta().summary, "s");
  EXPECT_NE(registry.find("markup/html-leak"), nullptr);  // the built-ins are there too
}

TEST_F(BrokenPack, MalformedXmlNamesFileAndLine) {
  write("bad.xml", "<?xml version=\"1.0\"?>\n<rule id=\"style/x\"\n  <summary>");
  const std::string e = problem();
  EXPECT_NE(e.find("bad.xml:3:"), std::string::npos) << e;
}

TEST_F(BrokenPack, SchemaViolationNamesTheElementAndItsLine) {
  // <summary> is required before <message>, on line 3.
  write("nosummary.xml", rule("style/x", "x", "existence", "<why>w</why>"));
  const std::string e = problem();
  EXPECT_NE(e.find("nosummary.xml:3:"), std::string::npos) << e;
  EXPECT_NE(e.find("why"), std::string::npos) << e;
}

TEST_F(BrokenPack, BadIdIsASchemaError) {
  write("id.xml", rule("Style/Bad_Id", "x"));
  const std::string e = problem();
  EXPECT_NE(e.find("id.xml:2:"), std::string::npos) << e;
}

TEST_F(BrokenPack, BadRegexNamesThePatternLine) {
  write("regex.xml", rule("style/x", "(unclosed"));
  const std::string e = problem();
  EXPECT_NE(e.find("regex.xml:6:"), std::string::npos) << e;
  EXPECT_NE(e.find("(unclosed"), std::string::npos) << e;
}

TEST_F(BrokenPack, AnIdOfABuiltinRuleIsRefused) {
  write("clash.xml", rule("markup/html-leak", "x"));
  const std::string e = problem();
  EXPECT_NE(e.find("clash.xml:2:"), std::string::npos) << e;
  EXPECT_NE(e.find("built-in"), std::string::npos) << e;
}

TEST_F(BrokenPack, TheSameIdInTwoFilesIsRefused) {
  write("a.xml", rule("style/x", "x"));
  write("b.xml", rule("style/x", "y"));
  const std::string e = problem();
  EXPECT_NE(e.find("b.xml:2:"), std::string::npos) << e;
  EXPECT_NE(e.find("a.xml:2"), std::string::npos) << e;
}

TEST_F(BrokenPack, APatternListNoBuiltinReadsIsRefused) {
  write("list.xml", rule("style/nobody", "x", "patterns"));
  const std::string e = problem();
  EXPECT_NE(e.find("list.xml:2:"), std::string::npos) << e;
  EXPECT_NE(e.find("no built-in rule"), std::string::npos) << e;
}

TEST_F(BrokenPack, ABadPhraseInTheBoilerplateListIsRefused) {
  write("boilerplate.xml", rule("content/boilerplate", "[unclosed", "patterns"));
  const std::string e = problem();
  EXPECT_NE(e.find("boilerplate.xml:6:"), std::string::npos) << e;
}

TEST_F(BrokenPack, AMissingSchemaIsReported) {
  fs::remove(dir_ / "schema" / "rule.xsd");
  write("todo.xml", rule("style/todo", "TODO"));
  EXPECT_NE(problem().find("rule.xsd"), std::string::npos);
}

TEST(RulesDirectory, EnvironmentVariableWinsAndAMissingDirectoryIsAnError) {
  const char* before = std::getenv("CONCORD_RULES_DIR");
  const std::string saved = before ? before : "";
  std::string error;
  setenv("CONCORD_RULES_DIR", rules_dir().c_str(), 1);
  EXPECT_EQ(find_rules_dir(error).value_or(""), rules_dir());
  setenv("CONCORD_RULES_DIR", "/nonexistent/concord-rules", 1);
  EXPECT_FALSE(find_rules_dir(error).has_value());
  EXPECT_NE(error.find("/nonexistent/concord-rules"), std::string::npos) << error;
  Registry registry;
  EXPECT_FALSE(register_all_rules(registry, error));
  // Without the variable: the rules/ of the source tree the library was built from.
  unsetenv("CONCORD_RULES_DIR");
  EXPECT_TRUE(find_rules_dir(error).has_value()) << error;
  if (before) setenv("CONCORD_RULES_DIR", saved.c_str(), 1);
}

TEST(PatternSet, LanguagesCoverTheirSubtags) {
  EXPECT_TRUE(languages_cover({}, "ja"));
  EXPECT_TRUE(languages_cover({"zh"}, "zh-Hant"));
  EXPECT_TRUE(languages_cover({"zh-Hans"}, "zh-Hans"));
  EXPECT_FALSE(languages_cover({"zh"}, "zhx"));
  EXPECT_FALSE(languages_cover({"zh-Hans"}, "zh-Hant"));
}

TEST(PatternSet, MatchesDoNotOverlapAndFollowTheFilter) {
  std::string error;
  auto set = PatternSet::compile({{"ab+", false, {}, "", "", false, 1}, {"b", false, {}, "", "", false, 2}}, error);
  ASSERT_NE(set, nullptr) << error;
  auto found = set->find("abb b", "en");
  ASSERT_EQ(found.size(), 2u);  // "abb", then the lone "b"
  EXPECT_EQ(found[0].begin, 0u);
  EXPECT_EQ(found[1].begin, 4u);
  found = set->find("abb b", "en", [](std::uint32_t b, std::uint32_t) { return b != 0; });
  EXPECT_EQ(found.size(), 3u);  // without "abb", each "b" counts
  int line = 0;
  EXPECT_EQ(PatternSet::compile({{"(", false, {}, "", "", false, 7}}, error, &line), nullptr);
  EXPECT_EQ(line, 7);
}

}  // namespace
}  // namespace concord::rules
