#include <gtest/gtest.h>

#include "test_support.hpp"

namespace concord::rules {
namespace {

using test::check_text;

TEST(HantInHans, FlagsTraditionalCharactersWithTheirLineAndAFix) {
  const auto f = check_text("数据安全\n\n用户管理\t用戶\t使用强密码。\n", {"script/hant-in-hans"}, "a.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 3u);
  EXPECT_EQ(f[0].begin.column, 7u);
  EXPECT_NE(f[0].message.find("戶 (户)"), std::string::npos);
  ASSERT_TRUE(f[0].fix);
  EXPECT_EQ(f[0].fix->edits.at(0).replacement, "户");
}

TEST(HantInHans, NearbyCharactersFormOneFinding) {
  const auto f = check_text("负责数据存储。其運行的穩定和安全。\n", {"script/hant-in-hans"}, "a.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].length, std::string("運行的穩").size());
}

TEST(HantInHans, SharedCharactersAreNotFlagged) {
  EXPECT_TRUE(check_text("以后在这里干活，只有云和面，发现着了。\n", {"script/hant-in-hans"}, "a.txt", "zh-Hans").empty());
}

TEST(HantInHans, OnlyRunsOnSimplifiedVersions) {
  EXPECT_TRUE(check_text("使用者帳戶與權限。\n", {"script/hant-in-hans"}, "a.txt", "zh-Hant").empty());
}

TEST(HansInHant, FlagsSimplifiedCharacters) {
  const auto f = check_text("本文檔由用戶提供并上傳。\n", {"script/hans-in-hant"}, "a.txt", "zh-Hant");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.column, 9u);
}

TEST(HansInHant, TaiwanStandardFormsAreAccepted) {
  EXPECT_TRUE(check_text("社群成員不得建立雇傭關係，以後再說。\n", {"script/hans-in-hant"}, "a.txt", "zh-Hant").empty());
}

TEST(KanaInChinese, FlagsAKanaWordWithItsHanCharacters) {
  const auto f = check_text("10\t遵守\t\t\n11\tその他\t\t\n", {"script/kana-in-chinese"}, "a.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 2u);
  EXPECT_NE(f[0].message.find("その他"), std::string::npos);
}

TEST(KanaInChinese, JapaneseVersionsAndMiddleDotsAreFine) {
  EXPECT_TRUE(check_text("その他の責任。\n", {"script/kana-in-chinese"}, "a.txt", "ja").empty());
  EXPECT_TRUE(check_text("张三・李四签署了合同。\n", {"script/kana-in-chinese"}, "a.txt", "zh-Hans").empty());
}

TEST(InputRules, UndecodableFileGivesOneFindingWithItsOffset) {
  const auto f = check_text(std::string("Title\nbody \xFF\xFE text\n"), {"input/"}, "bad.txt");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "input/undecodable");
  EXPECT_EQ(f[0].begin.offset, 11u);
  EXPECT_EQ(f[0].begin.line, 2u);
}

}  // namespace
}  // namespace concord::rules
