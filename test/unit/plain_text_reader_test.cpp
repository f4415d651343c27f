#include <gtest/gtest.h>

#include "concord/io/read_file.hpp"
#include "test_support.hpp"

namespace concord::formats {
namespace {

using model::BlockKind;
using test::parse;

std::vector<const model::Block*> of_kind(const model::ParsedFile& f, BlockKind k) {
  std::vector<const model::Block*> out;
  for (const auto& b : f.blocks)
    if (b.kind == k) out.push_back(&b);
  return out;
}

const model::Block* cell(const model::ParsedFile& f, int row, int column, std::int32_t table = -1) {
  for (const auto& b : f.blocks) {
    if (b.kind != BlockKind::table_cell || b.row != row || b.column != column) continue;
    if (table >= 0 && f.blocks[static_cast<std::size_t>(b.parent)].parent != table) continue;
    return &b;
  }
  return nullptr;
}

TEST(PlainText, ParagraphsAreSeparatedByBlankLines) {
  auto f = parse("First paragraph.\n\nSecond paragraph.\n");
  auto paras = of_kind(*f, BlockKind::paragraph);
  ASSERT_EQ(paras.size(), 2u);
  EXPECT_EQ(paras[1]->text.str(), "Second paragraph.");
}

TEST(PlainText, WrappedLatinLinesJoinWithOneSpace) {
  const std::string text =
      "The company shall review this policy every year and whenever the law, the\n"
      "organisation or the services it provides change in a way that matters for security.\n";
  auto f = parse(text);
  auto paras = of_kind(*f, BlockKind::paragraph);
  ASSERT_EQ(paras.size(), 1u);
  EXPECT_EQ(paras[0]->text.str(),
            "The company shall review this policy every year and whenever the law, the organisation or the "
            "services it provides change in a way that matters for security.");
}

TEST(PlainText, WrappedCjkLinesJoinWithoutSpace) {
  const std::string text =
      "本公司应当每年审查本政策，并在法律、组织或所提供的服务发生与安全有关的重大变化时进行审\n"
      "查，以确保其持续适用、充分和有效，审查结果应当记录在案并报管理层批准后发布实施。\n";
  auto f = parse(text);
  auto paras = of_kind(*f, BlockKind::paragraph);
  ASSERT_EQ(paras.size(), 1u);
  EXPECT_NE(paras[0]->text.str().find("进行审查，"), std::string::npos);
}

TEST(PlainText, ShortLinesAndTerminatedLinesAreNotJoined) {
  const std::string text =
      "Information Security Policy\n"
      "Article 1 (Purpose) The company establishes this policy to protect its information assets.\n"
      "Article 2 (Scope) This policy applies to every employee and to vendors working with the company.\n";
  auto f = parse(text);
  EXPECT_EQ(of_kind(*f, BlockKind::paragraph).size(), 3u);
}

TEST(PlainText, BulletsAndNumberedItemsAreListItemsWithLevels) {
  const std::string text = "Duties:\n  1. Physical layer\n    1. Access control\n  2. Network\n  • bullet item\n";
  auto f = parse(text);
  auto items = of_kind(*f, BlockKind::list_item);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0]->marker, "1.");
  EXPECT_EQ(items[0]->level, 1);
  EXPECT_EQ(items[1]->level, 2);
  EXPECT_EQ(items[1]->text.str(), "Access control");
  EXPECT_EQ(items[2]->level, 1);
  EXPECT_EQ(items[3]->marker, "•");
}

TEST(PlainText, BareBulletTakesNextLineUnlessASectionStarts) {
  auto f = parse("Title\n-\nArticle 1 (Purpose) Text of the article.\n-\nEnsure confidentiality.\n");
  auto items = of_kind(*f, BlockKind::list_item);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(items[0]->text.empty());
  EXPECT_EQ(items[1]->text.str(), "Ensure confidentiality.");
}

TEST(PlainText, TableContinuationRowsExtendTheirCells) {
  const std::string text =
      "项目\t维运类型\t维运责任方\t备注\n"
      "1\t用户管理\t用户\t使用强密码保护账号安全。\n"
      "\t\t\t管理用户账户、角色和权限,确保正\n"
      "\t\t\t确的身份验证措施。\n"
      "2\t数据内容完整性、正确性\t用户\t上传至凯钿服务的数据完整性与安全\n"
      "\t和合规性\t\t性。\n";
  auto f = parse(text);
  ASSERT_EQ(of_kind(*f, BlockKind::table).size(), 1u);
  ASSERT_EQ(of_kind(*f, BlockKind::table_row).size(), 3u);
  const model::Block* remarks = cell(*f, 1, 3);
  ASSERT_NE(remarks, nullptr);
  EXPECT_EQ(remarks->text.str(), "使用强密码保护账号安全。管理用户账户、角色和权限,确保正确的身份验证措施。");
  EXPECT_EQ(cell(*f, 2, 1)->text.str(), "数据内容完整性、正确性和合规性");
  EXPECT_EQ(cell(*f, 2, 3)->text.str(), "上传至凯钿服务的数据完整性与安全性。");
  // The continuation text still maps to its own line.
  const auto& file = f->file();
  const auto pos = remarks->text.str().find("确的");
  EXPECT_EQ(file.position(remarks->text.to_source(static_cast<std::uint32_t>(pos))).line, 4u);
}

TEST(PlainText, RowsWithNumberedFirstFilledCellStartNewRows) {
  const std::string text =
      "\t要检查的事项\t实施情况\t言论\n"
      "2\t信息安全组织\t\t\n"
      "\t1 内部组织\t\t\n"
      "\t1\t确定可能导致业务流程中断的事件。\t○\t我们进行风险分析。\n"
      "\t2\t定期测试业务连续性计划。\t○\t我们定期测试。\n";
  auto f = parse(text);
  EXPECT_EQ(of_kind(*f, BlockKind::table_row).size(), 5u);
}

TEST(PlainText, LatinAndCjkKeepTheirSpaceAcrossAWrap) {
  const std::string text = "6\t政策及合规性\t凯钿\t确保服务遵循相关法规要求,如 ISO\n\t\t\t和 GDPR 等规范。\n";
  auto f = parse(text);
  EXPECT_EQ(cell(*f, 0, 3)->text.str(), "确保服务遵循相关法规要求,如 ISO 和 GDPR 等规范。");
}

TEST(PlainText, SeedSsrmTablesHaveSevenRowsEach) {
  auto read = io::read_file(test::source_dir() + "/corpora/seeds/000_fbff593f6d672fef.txt");
  ASSERT_FALSE(read.error);
  auto f = parse(read.bytes, "000.txt");
  auto tables = of_kind(*f, BlockKind::table);
  ASSERT_EQ(tables.size(), 3u);
  int rows_per_table[3] = {0, 0, 0};
  for (const auto& b : f->blocks) {
    if (b.kind != BlockKind::table_row) continue;
    for (int t = 0; t < 3; ++t)
      if (&f->blocks[static_cast<std::size_t>(b.parent)] == tables[static_cast<std::size_t>(t)]) ++rows_per_table[t];
  }
  for (int t = 0; t < 3; ++t) EXPECT_EQ(rows_per_table[t], 8) << "table " << t << ": header and seven rows";
}

}  // namespace
}  // namespace concord::formats
