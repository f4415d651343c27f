// Golden tests: the findings of `concord check` (default rules) on every
// bundled document, compared exactly with the expected-findings file beside
// it. UPDATE_EXPECTED=1 rewrites the files; review the diff like code.
//
//   corpora/seeds/NAME.txt            → corpora/seeds/NAME.expected
//   corpora/real/SOURCE/DOC/<lang>.*  → corpora/real/SOURCE/DOC.expected
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "concord/engine/checker.hpp"
#include "concord/engine/file_collector.hpp"
#include "concord/engine/workspace.hpp"
#include "concord/report/resolved.hpp"
#include "test_support.hpp"

namespace concord {
namespace {
namespace fs = std::filesystem;

struct GoldenCase {
  std::string name;      // test name
  std::string input;     // file or directory
  std::string expected;  // expected-findings file
};

std::string corpora_dir() { return test::source_dir() + "/corpora"; }

std::string relative(const std::string& path) {
  const std::string prefix = corpora_dir() + "/";
  return path.starts_with(prefix) ? path.substr(prefix.size()) : path;
}

std::string render(const std::vector<report::ResolvedFinding>& findings) {
  std::ostringstream out;
  for (const auto& f : findings) {
    out << relative(f.file) << ':' << f.begin.line << ':' << f.begin.column << '-' << f.end.line << ':'
        << f.end.column << ": " << rules::to_string(f.severity) << ": " << f.message << " [" << f.rule << "]\n";
    for (const auto& r : f.related)
      out << "    related " << relative(r.file) << ':' << r.position.line << ':' << r.position.column << ": "
          << r.message << '\n';
  }
  return out.str();
}

std::string run_check(const std::string& input) {
  std::string error;
  auto checker = engine::Checker::create(test::all_rules(), {}, error);
  checker->set_reference("en");
  const auto collected = engine::collect_files({input});
  engine::WorkspaceOptions options;
  const auto ws = engine::Workspace::load(collected.files, options);
  return render(report::resolve(checker->check(ws, 1)));
}

std::vector<GoldenCase> cases() {
  std::vector<GoldenCase> out;
  std::vector<fs::path> seeds;
  for (const auto& e : fs::directory_iterator(corpora_dir() + "/seeds"))
    if (e.path().extension() == ".txt") seeds.push_back(e.path());
  std::sort(seeds.begin(), seeds.end());
  for (const auto& p : seeds) {
    fs::path expected = p;
    expected.replace_extension(".expected");
    out.push_back({"seeds_" + p.stem().string(), p.string(), expected.string()});
  }
  std::vector<fs::path> docs;
  for (const auto& source : fs::directory_iterator(corpora_dir() + "/real"))
    if (source.is_directory())
      for (const auto& doc : fs::directory_iterator(source.path()))
        if (doc.is_directory()) docs.push_back(doc.path());
  std::sort(docs.begin(), docs.end());
  for (const auto& d : docs) {
    out.push_back({"real_" + d.parent_path().filename().string() + "_" + d.filename().string(), d.string(),
                   d.string() + ".expected"});
  }
  return out;
}

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, FindingsMatchTheExpectedFile) {
  const GoldenCase& c = GetParam();
  const std::string actual = run_check(c.input);
  const char* update = std::getenv("UPDATE_EXPECTED");
  if (update && std::string(update) == "1") {
    std::ofstream(c.expected, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << c.expected;
  }
  std::ifstream in(c.expected, std::ios::binary);
  ASSERT_TRUE(in) << "missing " << c.expected << " (run with UPDATE_EXPECTED=1 to create it)";
  const std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(actual, expected) << "findings of " << c.input << " changed; UPDATE_EXPECTED=1 rewrites " << c.expected;
}

std::string case_name(const ::testing::TestParamInfo<GoldenCase>& info) {
  std::string n;
  for (char ch : info.param.name) n += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
  return n;
}

INSTANTIATE_TEST_SUITE_P(Corpora, Golden, ::testing::ValuesIn(cases()), case_name);

}  // namespace
}  // namespace concord
