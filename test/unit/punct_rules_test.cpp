// punct/unbalanced, punct/width-mix and punct/missing-terminal on texts shaped
// like the seeds and the corpora. Each rule's RuleMeta examples run in
// rule_examples_test.cpp; these cover the decisions around them.
#include <gtest/gtest.h>

#include <memory>

#include "concord/rules/punct/width_mix_rule.hpp"
#include "test_support.hpp"

namespace concord::rules {
namespace {

using test::check_text;

// The text a finding covers, in the original text.
std::string flagged(const std::string& text, const report::ResolvedFinding& f) {
  return text.substr(f.begin.offset, f.length);
}

std::string apply_fix(std::string text, const report::ResolvedFinding& f) {
  const auto& edits = f.fix->edits;
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) text.replace(it->offset, it->length, it->replacement);
  return text;
}

// --- punct/unbalanced --------------------------------------------------------

const std::vector<std::string> kUnbalanced = {"punct/unbalanced"};

TEST(PunctUnbalanced, ClosingCornerBracketWithoutOpening) {
  const std::string text = "共同責任モデル」とは、セキュリティ義務と責任の分配を定義するフレームワークです。\n";
  const auto f = check_text(text, kUnbalanced, "doc.txt", "ja");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(flagged(text, f[0]), "」");
  EXPECT_EQ(f[0].message, "\"」\" closes a bracket that was never opened");
  EXPECT_EQ(f[0].severity, Severity::warning);
}

TEST(PunctUnbalanced, ParenthesisAfterAnAcronymWithItsOpenerLost) {
  const std::string text = "機密情報を含むフィールドに「レスト暗号化」EAR)プロパティを有効にすること。\n";
  const auto f = check_text(text, kUnbalanced, "doc.txt", "ja");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(flagged(text, f[0]), ")");
}

TEST(PunctUnbalanced, UnclosedOpenerNamesItsBlock) {
  const std::string text = "- The controller (as defined in Article 4 is responsible.\n";
  const auto f = check_text(text, kUnbalanced, "doc.txt", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(flagged(text, f[0]), "(");
  EXPECT_EQ(f[0].message, "\"(\" is never closed in this list item");
}

TEST(PunctUnbalanced, CrossedPairIsOneFindingOnTheCloserWithTheOpenerRelated) {
  const std::string text = "請參閱「服務條款』的規定。\n";
  const auto f = check_text(text, kUnbalanced, "doc.txt", "zh-Hant");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(flagged(text, f[0]), "』");
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(f[0].related[0].position.offset, text.find("「"));
}

TEST(PunctUnbalanced, FullAndHalfWidthFormsCloseEachOther) {
  EXPECT_TRUE(check_text("データ保存時の暗号化（EAR)を有効にします。\n", kUnbalanced, "doc.txt", "ja").empty());
  EXPECT_TRUE(check_text("设备(手机、个人电脑）及网络的安全性。\n", kUnbalanced, "doc.txt", "zh-Hans").empty());
}

TEST(PunctUnbalanced, NestingOrderIsNotBalance) {
  // Every character has a partner; crossing them is not this rule's business.
  EXPECT_TRUE(check_text("根据（《网络安全法）》制定。\n", kUnbalanced, "doc.txt", "zh-Hans").empty());
}

TEST(PunctUnbalanced, EnumeratorsCloseNothing) {
  for (const char* text : {"1) Users must log in.\n", "本规定包括：1）总则；2）附则；三）罚则。\n",
                           "It covers a) users, b) partners; iv) visitors.\n", "一) 总则\n",
                           "対象は、ア）利用者、イ）取引先、ウ）訪問者です。\n", "See items 1.2) and 1.3) below.\n"}) {
    EXPECT_TRUE(check_text(text, kUnbalanced, "doc.txt").empty()) << text;
  }
}

TEST(PunctUnbalanced, AWordBeforeAParenthesisIsNoEnumerator) {
  EXPECT_EQ(check_text("Access management IAM) services are provided.\n", kUnbalanced, "doc.txt", "en").size(), 1u);
  EXPECT_EQ(check_text("管理1) を行う。\n", kUnbalanced, "doc.txt", "ja").size(), 1u);
}

TEST(PunctUnbalanced, ApostrophesAndStraightQuotesAreNotChecked) {
  EXPECT_TRUE(check_text("The company’s data and the users’ rights.\n", kUnbalanced, "doc.txt", "en").empty());
  EXPECT_TRUE(check_text("He said \"yes and 'no.\n", kUnbalanced, "doc.txt", "en").empty());
  EXPECT_TRUE(check_text("Music of the ‘90s.\n", kUnbalanced, "doc.txt", "en").empty());
}

TEST(PunctUnbalanced, LeftSingleQuoteOpens) {
  const auto f = check_text("The term ‘personal data means any information.\n", kUnbalanced, "doc.txt", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("‘"), std::string::npos);
}

TEST(PunctUnbalanced, QuotationMarksHaveTheirOwnWord) {
  const auto f = check_text("本法所称”个人信息是指各种信息。\n", kUnbalanced, "doc.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "\"”\" closes a quotation mark that was never opened");
}

TEST(PunctUnbalanced, InlineCodeAndUrlsAreNotProse) {
  EXPECT_TRUE(check_text("Run `f(x` to see it.\n", kUnbalanced, "doc.md", "en").empty());
  EXPECT_TRUE(check_text("See https://en.wikipedia.org/wiki/Foo_(bar for details.\n", kUnbalanced, "doc.txt", "en").empty());
}

TEST(PunctUnbalanced, EachBlockIsJudgedOnItsOwn) {
  const std::string text = "第一段「引用。\n\n第二段」结束。\n";
  const auto f = check_text(text, kUnbalanced, "doc.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].begin.line, 1u);
  EXPECT_EQ(f[1].begin.line, 3u);
}

TEST(PunctUnbalanced, TableCellsAreJudgedOnTheirOwn) {
  const std::string text = "项目\t说明\n1\t设备(手机、电脑)\n2\t网络(有线\n";
  const auto f = check_text(text, kUnbalanced, "doc.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 3u);
}

// --- punct/width-mix ---------------------------------------------------------

const std::vector<std::string> kWidthMix = {"punct/width-mix"};

TEST(PunctWidthMix, OneFindingPerSentenceCountingEveryMark) {
  const std::string text = "维护并保护云端基础设施,确保其稳定运行,并负责数据存储和传输过程中的加密,以及安全。\n";
  const auto f = check_text(text, kWidthMix, "doc.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::info);
  EXPECT_EQ(flagged(text, f[0]), ",");
  EXPECT_EQ(f[0].begin.offset, text.find(','));
  EXPECT_EQ(f[0].message,
            "half-width \",\" in Chinese text (3 in this sentence); Chinese uses full-width punctuation");
  ASSERT_TRUE(f[0].fix);
  EXPECT_EQ(f[0].fix->edits.size(), 3u);
  const std::string fixed = apply_fix(text, f[0]);
  EXPECT_EQ(fixed, "维护并保护云端基础设施，确保其稳定运行，并负责数据存储和传输过程中的加密，以及安全。\n");
  EXPECT_TRUE(check_text(fixed, kWidthMix, "doc.txt", "zh-Hans").empty());
}

TEST(PunctWidthMix, EachSentenceGetsItsOwnFinding) {
  const auto f = check_text("使用强密码保护账号安全。管理用户账户、角色和权限,确保正确。控制数据,遵循法规。\n", kWidthMix,
                            "doc.txt", "zh-Hans");
  EXPECT_EQ(f.size(), 2u);
}

TEST(PunctWidthMix, TheFixSwallowsTheSpaceAfterAHalfWidthMark) {
  const std::string text = "本站不保证下载资源的准确性、安全性和完整性, 同时也不承担任何责任。\n";
  const auto f = check_text(text, kWidthMix, "doc.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  ASSERT_TRUE(f[0].fix);
  EXPECT_EQ(apply_fix(text, f[0]), "本站不保证下载资源的准确性、安全性和完整性，同时也不承担任何责任。\n");
}

TEST(PunctWidthMix, ParenthesesAroundCjkTextAreFlaggedBoth) {
  const std::string text = "设备(手机、个人电脑)及网络的安全性。\n";
  const auto f = check_text(text, kWidthMix, "doc.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(flagged(text, f[0]), "(");
  EXPECT_NE(f[0].message.find("\"(\" and \")\""), std::string::npos);
  EXPECT_NE(f[0].message.find("2 in this sentence"), std::string::npos);
}

TEST(PunctWidthMix, AMarkBeforeAnotherWrongMarkIsInCjkProse) {
  // ";" is followed by "(", itself wrong: fixing one must not reveal the other.
  const std::string text = "甲方应建立制度;(二)乙方应配合（民间机构契约); 以及其他。\n";
  const auto f = check_text(text, kWidthMix, "doc.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("5 in this sentence"), std::string::npos);
  ASSERT_TRUE(f[0].fix);
  const std::string fixed = apply_fix(text, f[0]);
  EXPECT_EQ(fixed, "甲方应建立制度；（二）乙方应配合（民间机构契约）；以及其他。\n");
  EXPECT_TRUE(check_text(fixed, kWidthMix, "doc.txt", "zh-Hans").empty());
}

TEST(PunctWidthMix, NumbersTimesUrlsAndLatinRunsAreLeftAlone) {
  for (const char* text : {"确保服务遵循相关法规要求，如 ISO 和 GDPR 等规范。\n", "符合 ISO 27001, GDPR 等标准。\n",
                           "接待时间为工作日9:00-18:00。\n", "电压保护等级为1.5kV，共1,000台。\n",
                           "请访问 https://example.com/a?b=1,2 查看。\n", "联系 info@example.com 获取帮助。\n",
                           "本许可中的作品(Licensed Material)是指许可人授权的材料。\n",
                           "使用 Apple, Google 等服务。\n"}) {
    EXPECT_TRUE(check_text(text, kWidthMix, "doc.txt", "zh-Hans").empty()) << text;
  }
}

TEST(PunctWidthMix, JapaneseQuestionAndColon) {
  EXPECT_EQ(check_text("なぜ共同責任モデルが重要なのでしょうか?\n", kWidthMix, "doc.txt", "ja").size(), 1u);
  EXPECT_EQ(check_text("お知らせ:当社は機械翻訳を用いています。\n", kWidthMix, "doc.txt", "ja").size(), 1u);
  // A spaced colon before Latin text is a label, not CJK prose.
  EXPECT_TRUE(check_text("ソフトウェア : Zoho Creatorは便利です。\n", kWidthMix, "doc.txt", "ja").empty());
}

TEST(PunctWidthMix, FullWidthMarksInEnglish) {
  const std::string text = "Personal data，as defined in Article 4（GDPR），is protected。\n";
  const auto f = check_text(text, kWidthMix, "doc.txt", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("in English text (5 in this sentence)"), std::string::npos);
  ASSERT_TRUE(f[0].fix);
  const std::string fixed = apply_fix(text, f[0]);
  EXPECT_EQ(fixed, "Personal data, as defined in Article 4 (GDPR), is protected.\n");
  EXPECT_TRUE(check_text(fixed, kWidthMix, "doc.txt", "en").empty());
}

TEST(PunctWidthMix, CjkInsideEnglishKeepsItsMarks) {
  EXPECT_TRUE(check_text("The Chinese title is “个人信息（定义），草案”.\n", kWidthMix, "doc.txt", "en").empty());
}

// Runs punct/width-mix with rule options, as .concord.toml would set them.
std::vector<report::ResolvedFinding> width_mix_with(const std::string& text, const std::string& lang,
                                                    const std::vector<std::pair<std::string, std::string>>& settings) {
  Registry registry;
  registry.add(std::make_unique<WidthMixRule>());
  engine::RuleSelection selection;
  selection.enable = {"punct/width-mix"};
  for (const auto& [key, value] : settings) selection.options.set("punct/width-mix", key, value);
  std::string error;
  const auto checker = engine::Checker::create(registry, selection, error);
  EXPECT_TRUE(checker) << error;
  const test::Loaded loaded = test::load({{"doc.txt", text}}, lang);
  std::vector<Finding> findings;
  for (const model::Document& d : loaded.documents) {
    auto f = checker->check(d);
    std::move(f.begin(), f.end(), std::back_inserter(findings));
  }
  return report::resolve(findings);
}

TEST(PunctWidthMix, OptionsChooseTheWidthPerLanguage) {
  const std::string ja = "お知らせ:当社は機械翻訳を用いています。\n";
  EXPECT_EQ(width_mix_with(ja, "ja", {}).size(), 1u);
  EXPECT_TRUE(width_mix_with(ja, "ja", {{"ja", "any"}}).empty());
  EXPECT_TRUE(width_mix_with(ja, "ja", {{"ja", "half"}}).empty());
  // The primary subtag covers every Chinese script; the full tag wins over it.
  const std::string zh = "维护云端基础设施,确保安全。\n";
  EXPECT_TRUE(width_mix_with(zh, "zh-Hans", {{"zh", "any"}}).empty());
  EXPECT_EQ(width_mix_with(zh, "zh-Hans", {{"zh", "any"}, {"zh-Hans", "full"}}).size(), 1u);
  // English text asked to be full width: half-width marks in CJK prose only.
  EXPECT_TRUE(width_mix_with("Personal data，as defined.\n", "en", {{"en", "any"}}).empty());
  EXPECT_EQ(width_mix_with("说明,如下。\n", "ko", {{"ko", "full"}}).size(), 1u);
  // An unknown value falls back to the default.
  EXPECT_EQ(width_mix_with(ja, "ja", {{"ja", "wide"}}).size(), 1u);
}

// --- punct/missing-terminal --------------------------------------------------

const std::vector<std::string> kMissingTerminal = {"punct/missing-terminal"};

// The Simplified SSRM of seed 000: continuation rows extend the cells above.
const std::string kSsrmTable =
    "项目\t维运类型\t维运责任方\t备注\n"
    "1\t用户管理\t用户\t使用强密码保护账号安全。\n"
    "\t\t\t管理用户账户、角色和权限，确保正\n"
    "\t\t\t确的身份验证措施。\n"
    "2\t数据内容完整性\t用户\t上传至凯钿服务的数据完整性与安全性。\n"
    "3\t设备安全\t用户\t用户端设备和互联网需具备足够的安全防护。\n"
    "4\t基础设施安全\t凯钿\t维护并保护云端基础设施。\n"
    "5\t备份及灾难恢复\t凯钿\t执行例行备份计划，提供可靠的灾难\n"
    "\t\t\t恢复方案。\n"
    "\t\t\t定期进行灾害风险演练\n";

TEST(PunctMissingTerminal, LastCellOfTheSimplifiedSsrm) {
  const auto f = check_text(kSsrmTable, kMissingTerminal, "doc.txt", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 10u);
  EXPECT_EQ(flagged(kSsrmTable, f[0]), "练");
  EXPECT_EQ(f[0].message, "no \"。\" at the end, unlike the other 4 cells of this column");
  ASSERT_TRUE(f[0].fix);
  const std::string fixed = apply_fix(kSsrmTable, f[0]);
  EXPECT_NE(fixed.find("定期进行灾害风险演练。\n"), std::string::npos);
  EXPECT_TRUE(check_text(fixed, kMissingTerminal, "doc.txt", "zh-Hans").empty());
}

TEST(PunctMissingTerminal, HeaderRowAndSectionRowsAreNotSiblings) {
  const std::string text =
      "\t要检查的事项\t实施情况\t说明\n"
      "1\t信息安全策略组\t\t\n"
      "1\t建立信息安全基本政策文件。\t○\t我们制定了安全基本政策。\n"
      "2\t定期审查信息安全基本方针。\t○\t我们已经建立了管理系统。\n"
      "2\t信息安全组织\t\t\n"
      "1\t明确说明管理层的责任和参与。\t○\t内部控制基本政策明确了指南。\n"
      "2\t明确定义负责信息安全的人员。\t○\t手册规定了职责和权力。\n";
  EXPECT_TRUE(check_text(text, kMissingTerminal, "doc.txt", "zh-Hans").empty());
}

TEST(PunctMissingTerminal, TooFewOrTooMixedSiblingsSayNothing) {
  // Two terminated items are not a convention.
  EXPECT_TRUE(check_text("- Use strong passwords.\n- Keep devices updated.\n- Report incidents promptly to us\n",
                         kMissingTerminal, "doc.md", "en")
                  .empty());
  // Three of five is under three quarters.
  EXPECT_TRUE(check_text("- Use strong passwords.\n- Keep devices updated.\n- Report incidents.\n"
                         "- Review access rights often\n- Rotate keys every year\n",
                         kMissingTerminal, "doc.md", "en")
                  .empty());
}

TEST(PunctMissingTerminal, MessageCountsTheTerminatedOthers) {
  const std::string text =
      "- Use strong passwords.\n- Keep devices updated.\n- Report incidents.\n- Lock the screen.\n"
      "- Back up your data.\n- Review access rights often\n- Rotate the keys every year\n";
  // 5 of 7 are terminated: under three quarters.
  EXPECT_TRUE(check_text(text, kMissingTerminal, "doc.md", "en").empty());
  const std::string more = "- Encrypt the disks.\n" + text;
  const auto f = check_text(more, kMissingTerminal, "doc.md", "en");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].message, "no \".\" at the end, unlike 6 of the other 7 items of this list");
}

TEST(PunctMissingTerminal, ListsAreSplitByLevelAndByParagraphs) {
  // The nested items are their own list; the outer item with children is a
  // lead-in; the paragraph starts another list.
  const std::string text =
      "1. Keep devices updated.\n"
      "2. Use strong passwords.\n"
      "3. Data security\n"
      "   1. Encrypt the data at rest\n"
      "   2. Encrypt the data in transit\n"
      "4. Report incidents promptly.\n"
      "\nOther duties:\n\n"
      "1. Lock the screen when you leave\n";
  EXPECT_TRUE(check_text(text, kMissingTerminal, "doc.md", "en").empty());
  EXPECT_TRUE(check_text(text, kMissingTerminal, "doc.txt", "en").empty());
}

TEST(PunctMissingTerminal, ItemsOfAPlainTextListAcrossNestedItems) {
  const std::string text =
      "  1. 物理的なセキュリティ:不正なアクセスから保護します。\n"
      "    1. 入退室を管理します。\n"
      "  2. ネットワーク制御:安全なネットワークを運用します。\n"
      "  3. ビジネス継続性:継続計画を準備します。\n"
      "  4. 利用可能性:サービスを利用可能な状態に保つ責任を負います\n";
  const auto f = check_text(text, kMissingTerminal, "doc.txt", "ja");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 5u);
}

TEST(PunctMissingTerminal, LeadInsAndContinuationsAreNotMissingAnything) {
  const std::string text =
      "- 收集您的姓名；\n- 收集您的邮箱地址；\n- 收集您的电话号码，\n- 以及以下信息：\n- 收集您的设备信息。\n"
      "- 访问 https://example.com/privacy\n";
  EXPECT_TRUE(check_text(text, kMissingTerminal, "doc.md", "zh-Hans").empty());
}

TEST(PunctMissingTerminal, TheLastItemOfASemicolonListGetsAFullStop) {
  const std::string text = "- 收集您的姓名；\n- 收集您的邮箱地址；\n- 收集您的电话号码；\n- 收集您的设备信息\n";
  const auto f = check_text(text, kMissingTerminal, "doc.md", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "no \"。\" at the end, unlike the other 3 items of this list");
  ASSERT_TRUE(f[0].fix);
  EXPECT_EQ(f[0].fix->edits.at(0).replacement, "息。");
  // In the middle, the item takes the semicolon of its siblings.
  const std::string middle = "- 收集您的姓名；\n- 收集您的邮箱地址\n- 收集您的电话号码；\n- 收集您的设备信息。\n";
  const auto g = check_text(middle, kMissingTerminal, "doc.md", "zh-Hans");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].fix->edits.at(0).replacement, "址；");
}

TEST(PunctMissingTerminal, ShortLabelsAreNotSentences) {
  const std::string text = "项目\t说明\n1\t使用强密码。\n2\t控制数据。\n3\t负责加密。\n4\t无\n";
  EXPECT_TRUE(check_text(text, kMissingTerminal, "doc.txt", "zh-Hans").empty());
}

TEST(PunctMissingTerminal, ClosingQuotesAfterTheTerminalCount) {
  const std::string text =
      "- 他说：「请使用强密码。」\n- 她说：“请定期备份数据。”\n- 请注意安全（详见第三条。）\n"
      "- 他说：“请及时报告安全事件”\n";
  const auto f = check_text(text, kMissingTerminal, "doc.md", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 4u);
  EXPECT_EQ(flagged(text, f[0]), "”");
}

TEST(PunctMissingTerminal, NoFixInsideALink) {
  const std::string text =
      "- Use strong passwords.\n- Keep devices updated.\n- Report incidents.\n- Read the [privacy notice](https://x.example)\n";
  const auto f = check_text(text, kMissingTerminal, "doc.md", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0].fix);
}

}  // namespace
}  // namespace concord::rules
