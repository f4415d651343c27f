#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "concord/engine/config.hpp"

namespace concord::engine {
namespace {

std::string write_temp(const std::string& name, const std::string& content) {
  const auto dir = std::filesystem::temp_directory_path() / "concord-config-test";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path) << content;
  return path.string();
}

TEST(Config, ReadsSettings) {
  const auto path = write_temp("good.toml",
                               "fail-on = \"warning\"\nreference = \"ja\"\n[rules]\nenable = [\"script/\"]\n"
                               "disable = [\"script/kana-in-chinese\"]\n[rules.severity]\n\"script/hant-in-hans\" = \"info\"\n");
  ConfigError error;
  auto c = load_config(path, error);
  ASSERT_TRUE(c) << error.message;
  EXPECT_EQ(*c->fail_on, "warning");
  EXPECT_EQ(*c->reference, "ja");
  EXPECT_EQ(c->rules.enable.at(0), "script/");
  EXPECT_EQ(c->rules.severity.at("script/hant-in-hans"), rules::Severity::info);
}

TEST(Config, ProblemsNameFileLineAndColumn) {
  const auto path = write_temp("bad.toml", "fail-on = \"warning\"\nunknown = 1\n");
  ConfigError error;
  EXPECT_FALSE(load_config(path, error));
  EXPECT_NE(error.message.find("bad.toml:2:"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("unknown"), std::string::npos);

  const auto broken = write_temp("broken.toml", "fail-on = \n");
  EXPECT_FALSE(load_config(broken, error));
  EXPECT_NE(error.message.find("broken.toml:1:"), std::string::npos) << error.message;
}

TEST(Config, ReadsRuleOptionsAsText) {
  const auto path = write_temp("options.toml",
                               "[rules.options.\"punct/width-mix\"]\nja = \"full\"\nmin = 3\nstrict = true\n");
  ConfigError error;
  auto c = load_config(path, error);
  ASSERT_TRUE(c) << error.message;
  ASSERT_NE(c->rules.options.get("punct/width-mix", "ja"), nullptr);
  EXPECT_EQ(*c->rules.options.get("punct/width-mix", "ja"), "full");
  EXPECT_EQ(*c->rules.options.get("punct/width-mix", "min"), "3");
  EXPECT_EQ(*c->rules.options.get("punct/width-mix", "strict"), "true");
  EXPECT_EQ(c->rules.options.get("punct/width-mix", "zh-Hans"), nullptr);
  EXPECT_EQ(c->rules.options.get("punct/other", "ja"), nullptr);

  const auto bad = write_temp("bad-options.toml", "[rules.options]\n\"punct/width-mix\" = 1\n");
  EXPECT_FALSE(load_config(bad, error));
  EXPECT_NE(error.message.find("bad-options.toml:2:"), std::string::npos) << error.message;
}

TEST(Config, DiscoveredUpward) {
  const auto dir = std::filesystem::temp_directory_path() / "concord-discover" / "a" / "b";
  std::filesystem::create_directories(dir);
  std::ofstream(dir.parent_path().parent_path() / ".concord.toml") << "fail-on = \"never\"\n";
  auto found = discover_config(dir.string());
  ASSERT_TRUE(found);
  EXPECT_NE(found->find("concord-discover/.concord.toml"), std::string::npos);
}

}  // namespace
}  // namespace concord::engine
