// Comments that turn rules off (engine/suppressions): the four forms in
// Markdown, rule ids and categories, several ids in one comment, and the
// regions disable … enable make. Findings of single-file rules
// (content/placeholder, punct/unbalanced) and of the parity rules, whose
// findings stand in the file of the version at fault.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace concord::engine {
namespace {

using report::ResolvedFinding;

const std::vector<std::string> kRules = {"content/placeholder", "punct/unbalanced"};

// A short terms page with two placeholders and an unclosed parenthesis.
std::string page(const std::string& before_fee, const std::string& before_controller = "",
                 const std::string& before_contact = "", const std::string& at_end = "") {
  return "# Service Terms\n"
         "\n" +
         before_fee +
         "The monthly fee is [TBD] for every seat. It is billed on the first day of each month.\n"
         "\n" +
         before_controller +
         "The controller (as defined in Article 4 is responsible for the personal data you upload.\n"
         "\n" +
         before_contact +
         "Contact the team at {{support_email}} for help with your account.\n" + at_end;
}

std::vector<ResolvedFinding> check(const std::string& text, const std::vector<std::string>& rules = kRules) {
  return test::check_text(text, rules, "doc.md", "en");
}

// "rule@line" for each finding, in report order.
std::vector<std::string> found(const std::vector<ResolvedFinding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.rule + "@" + std::to_string(f.begin.line));
  return out;
}

// The line of the first occurrence of `needle`.
std::string at(const std::string& rule, const std::string& text, const std::string& needle) {
  const std::size_t pos = text.find(needle);
  EXPECT_NE(pos, std::string::npos) << needle;
  return rule + "@" + std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
}

const char* const kPlaceholder = "content/placeholder";
const char* const kUnbalanced = "punct/unbalanced";

TEST(SuppressBaseline, WithoutDirectivesEveryFindingIsReported) {
  const std::string text = page("");
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kPlaceholder, text, "[TBD]"),
                                                          at(kUnbalanced, text, "The controller"),
                                                          at(kPlaceholder, text, "{{support_email}}")}));
}

// ---- concord-disable-next-line ----------------------------------------------------

TEST(SuppressNextLine, HidesTheNamedRuleOnTheNextLineOnly) {
  const std::string text = page("<!-- concord-disable-next-line content/placeholder -->\n");
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kUnbalanced, text, "The controller"),
                                                          at(kPlaceholder, text, "{{support_email}}")}));
}

TEST(SuppressNextLine, SkipsBlankLinesToTheNextLineWithText) {
  const std::string text = page("<!-- concord-disable-next-line content/placeholder -->\n\n");
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kUnbalanced, text, "The controller"),
                                                          at(kPlaceholder, text, "{{support_email}}")}));
}

TEST(SuppressNextLine, DoesNotReachTheLineAfterIt) {
  // The paragraph is wrapped: the placeholder stands on its second line.
  const std::string text =
      "# Service Terms\n\n<!-- concord-disable-next-line content/placeholder -->\nThe monthly fee is set per seat\n"
      "and is [TBD] until the pricing review.\n";
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kPlaceholder, text, "[TBD]")}));
}

TEST(SuppressNextLine, WithoutIdsHidesEveryRuleOnThatLine) {
  const std::string text =
      "# Service Terms\n\n<!-- concord-disable-next-line -->\nThe fee is [TBD] (per seat for every user.\n\n"
      "Contact the team at {{support_email}} for help.\n";
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kPlaceholder, text, "{{support_email}}")}));
}

TEST(SuppressNextLine, CommentAtTheEndOfALineCoversTheFollowingLine) {
  const std::string text =
      "# Service Terms\n\nThe monthly fee is [TBD] for every seat, <!-- concord-disable-next-line -->\n"
      "payable to {{payee}} each month.\n";
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kPlaceholder, text, "[TBD]")}));
}

// ---- concord-disable … concord-enable ----------------------------------------------

TEST(SuppressRegion, DisableRunsToTheEndOfTheFileWithoutEnable) {
  const std::string text = page("", "<!-- concord-disable content/placeholder -->\n\n");
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kPlaceholder, text, "[TBD]"),
                                                          at(kUnbalanced, text, "The controller")}));
}

TEST(SuppressRegion, EnableClosesTheDisable) {
  const std::string text = page("<!-- concord-disable content/placeholder -->\n\n",
                                "<!-- concord-enable content/placeholder -->\n\n");
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kUnbalanced, text, "The controller"),
                                                          at(kPlaceholder, text, "{{support_email}}")}));
}

TEST(SuppressRegion, EnableWithoutIdsClosesEveryOpenRegion) {
  const std::string text = page("<!-- concord-disable content/placeholder -->\n<!-- concord-disable punct/ -->\n\n", "",
                                "<!-- concord-enable -->\n\n");
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kPlaceholder, text, "{{support_email}}")}));
}

TEST(SuppressRegion, EnableOfOneRuleLeavesTheOtherRegionOpen) {
  const std::string text = page("<!-- concord-disable content/placeholder -->\n<!-- concord-disable punct/unbalanced -->\n\n",
                                "", "<!-- concord-enable content/placeholder -->\n\n");
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kPlaceholder, text, "{{support_email}}")}));
}

TEST(SuppressRegion, DisableWithoutIdsHidesEveryRule) {
  const std::string text = page("<!-- concord-disable -->\n\n", "", "<!-- concord-enable -->\n\n");
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kPlaceholder, text, "{{support_email}}")}));
}

TEST(SuppressRegion, EnableListingTheIdsInAnotherOrderClosesTheDisable) {
  const std::string text = page("<!-- concord-disable content/placeholder punct/unbalanced -->\n\n", "",
                                "<!-- concord-enable punct/unbalanced content/placeholder -->\n\n");
  const auto f = found(check(text));
  EXPECT_EQ(f, (std::vector<std::string>{at(kPlaceholder, text, "{{support_email}}")}));
}

TEST(SuppressRegion, EnableOfOneOfTwoIdsReenablesThatRule) {
  // As eslint-enable does: the rule named is back on, the other stays off.
  const std::string text = page("<!-- concord-disable content/placeholder punct/unbalanced -->\n\n", "",
                                "<!-- concord-enable content/placeholder -->\n\n");
  const auto f = found(check(text));
  EXPECT_EQ(f, (std::vector<std::string>{at(kPlaceholder, text, "{{support_email}}")}));
}

// ---- concord-disable-file ----------------------------------------------------------

TEST(SuppressFile, HidesTheRuleInTheWholeFileWhereverItStands) {
  for (const std::string& text :
       {page("<!-- concord-disable-file content/placeholder -->\n\n"),
        page("", "", "", "\n<!-- concord-disable-file content/placeholder -->\n")}) {
    EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kUnbalanced, text, "The controller")})) << text;
  }
}

TEST(SuppressFile, WithoutIdsHidesEverything) {
  EXPECT_TRUE(check(page("", "", "", "\n<!-- concord-disable-file -->\n")).empty());
}

// ---- selectors -------------------------------------------------------------------

TEST(SuppressSelectors, CategoryHidesEveryRuleOfTheCategoryOnly) {
  const std::string text = page("<!-- concord-disable-file content/ -->\n\n");
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kUnbalanced, text, "The controller")}));
  const std::string punct = page("<!-- concord-disable-file punct/ -->\n\n");
  EXPECT_EQ(found(check(punct)), (std::vector<std::string>{at(kPlaceholder, punct, "[TBD]"),
                                                           at(kPlaceholder, punct, "{{support_email}}")}));
}

TEST(SuppressSelectors, CategoryWithoutItsSlashIsNotAPrefix) {
  // "content" names no rule: it is not a prefix of content/placeholder.
  const std::string text = page("<!-- concord-disable-file content -->\n\n");
  EXPECT_EQ(check(text).size(), 3u);
}

TEST(SuppressSelectors, SeveralIdsInOneComment) {
  for (const char* directive : {"<!-- concord-disable-file content/placeholder punct/unbalanced -->\n\n",
                                "<!-- concord-disable-file content/placeholder, punct/unbalanced -->\n\n",
                                "<!-- concord-disable-file content/placeholder,punct/unbalanced -->\n\n",
                                "<!--\n  concord-disable-file content/placeholder\n  punct/unbalanced\n-->\n\n"}) {
    EXPECT_TRUE(check(page(directive)).empty()) << directive;
  }
}

TEST(SuppressSelectors, KeywordOnALineOfItsOwnInAMultiLineComment) {
  const std::string text = page("<!--\n  concord-disable-file\n  content/placeholder\n-->\n\n");
  const auto f = found(check(text));
  EXPECT_EQ(f, (std::vector<std::string>{at(kUnbalanced, text, "The controller")}));
}

TEST(SuppressSelectors, DirectiveForOneRuleDoesNotHideAnother) {
  const std::string text = page("<!-- concord-disable-next-line punct/unbalanced -->\n",
                                "<!-- concord-disable-next-line content/placeholder -->\n",
                                "<!-- concord-disable-next-line text/ -->\n");
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kPlaceholder, text, "[TBD]"),
                                                          at(kUnbalanced, text, "The controller"),
                                                          at(kPlaceholder, text, "{{support_email}}")}));
}

TEST(SuppressSelectors, WordsThatOnlyStartLikeADirectiveAreNone) {
  const std::string text = page("<!-- concord-disabled content/placeholder -->\n\n",
                                "<!-- concord-disable-next content/placeholder -->\n");
  EXPECT_EQ(check(text).size(), 3u);
}

TEST(SuppressSelectors, DirectivesShownAsCodeAreNotDirectives) {
  const std::string text =
      "# Using concord\n\nWrite `<!-- concord-disable-file -->` to silence every rule in a file.\n\n"
      "```markdown\n<!-- concord-disable-file content/placeholder -->\n```\n\n"
      "The monthly fee is [TBD] for every seat.\n";
  EXPECT_EQ(found(check(text)), (std::vector<std::string>{at(kPlaceholder, text, "[TBD]")}));
}

// ---- parity findings ----------------------------------------------------------------

const std::string kEnglish =
    "# Privacy Notice\n\n"
    "## 1. Data we collect\n\n"
    "We collect the name and e-mail address you give us when you sign up. We also record the IP address of each "
    "request for security purposes.\n\n"
    "## 2. How long we keep data\n\n"
    "We keep account data for 30 days after you close your account. Backups are deleted within 90 days.\n\n"
    "## 3. Contact\n\n"
    "If you have questions, write to privacy@example.com.\n";

const std::string kJapanese =
    "# プライバシー通知\n\n"
    "## 1. 収集するデータ\n\n"
    "当社は、お客様が登録時に提供する氏名とメールアドレスを収集します。また、セキュリティ上の目的で各リクエストの "
    "IP アドレスを記録します。\n\n"
    "収集したデータは、すべて日本国内のサーバーに保存されます。\n\n"
    "## 2. データの保存期間\n\n"
    "当社は、アカウントの解約後 60 日間アカウントデータを保管します。\n\n"
    "## 3. お問い合わせ\n\n"
    "ご質問がある場合は、support@example.com までご連絡ください。\n";

std::vector<ResolvedFinding> check_pair(const std::string& en, const std::string& ja,
                                        const std::vector<std::string>& rules = {"parity/"}) {
  return test::run_rules(test::load({{"en.md", en}, {"ja.md", ja}}), rules);
}

std::string with(std::string text, const std::string& before, const std::string& inserted) {
  const std::size_t pos = text.find(before);
  EXPECT_NE(pos, std::string::npos) << before;
  if (pos != std::string::npos) text.insert(pos, inserted);
  return text;
}

TEST(SuppressParity, BaselineDrifts) {
  // A sentence added, 60 days for 30, "Backups…" lost, another address.
  const auto f = check_pair(kEnglish, kJapanese);
  std::vector<std::string> rules;
  for (const auto& x : f) rules.push_back(x.rule);
  std::sort(rules.begin(), rules.end());
  EXPECT_EQ(rules, (std::vector<std::string>{"parity/extra-segment", "parity/link-mismatch", "parity/missing-segment",
                                             "parity/number-mismatch"}));
}

TEST(SuppressParity, CategoryInTheTranslationHidesItsParityFindings) {
  const std::string ja = "<!-- concord-disable-file parity/ -->\n" + kJapanese;
  EXPECT_TRUE(check_pair(kEnglish, ja).empty());
}

TEST(SuppressParity, DirectiveInTheReferenceDoesNotHideFindingsInTheTranslation) {
  // Findings stand in ja.md; en.md's directives cover en.md.
  const std::string en = "<!-- concord-disable-file parity/ -->\n" + kEnglish;
  EXPECT_EQ(check_pair(en, kJapanese).size(), 4u);
}

TEST(SuppressParity, TranslatorsAdditionMarkedAsIntended) {
  const std::string ja = with(kJapanese, "収集したデータは", "<!-- concord-disable-next-line parity/extra-segment -->\n");
  const auto f = check_pair(kEnglish, ja);
  ASSERT_EQ(f.size(), 3u);
  for (const auto& x : f) EXPECT_NE(x.rule, "parity/extra-segment");
}

TEST(SuppressParity, SeveralParityIdsInOneComment) {
  const std::string ja =
      with(kJapanese, "当社は、アカウントの解約後",
           "<!-- concord-disable-next-line parity/number-mismatch, parity/missing-segment -->\n");
  const auto f = check_pair(kEnglish, ja);
  std::vector<std::string> rules;
  for (const auto& x : f) rules.push_back(x.rule);
  std::sort(rules.begin(), rules.end());
  EXPECT_EQ(rules, (std::vector<std::string>{"parity/extra-segment", "parity/link-mismatch"}));
}

TEST(SuppressParity, RegionAroundOneSectionLeavesTheOthersChecked) {
  const std::string ja = with(with(kJapanese, "## 2. データの保存期間", "<!-- concord-disable parity/ -->\n\n"),
                              "## 3. お問い合わせ", "<!-- concord-enable parity/ -->\n\n");
  const auto f = check_pair(kEnglish, ja);
  std::vector<std::string> rules;
  for (const auto& x : f) rules.push_back(x.rule);
  EXPECT_EQ(rules, (std::vector<std::string>{"parity/extra-segment", "parity/link-mismatch"}));
}

// The zh-CN Firefox privacy notice carries a section for China only (lines
// 451–465, "Additional section for zh-CN" in a comment): reported as one
// extra section, and silent once the translator marks it.
std::string read_corpus(const std::string& path) {
  std::ifstream in(test::source_dir() + "/corpora/real/mozilla-legal-docs/firefox_privacy_notice/" + path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(SuppressParity, IntendedExtraSectionOfTheRealNotice) {
  const std::string en = read_corpus("en.md");
  const std::string zh = read_corpus("zh-CN.md");
  ASSERT_FALSE(en.empty());
  auto extra_sections = [&](const std::string& text) {
    std::vector<std::uint32_t> lines;
    for (const auto& f : test::run_rules(test::load({{"en.md", en}, {"zh-CN.md", text}}), {"parity/extra-section"}))
      lines.push_back(f.begin.line);
    return lines;
  };
  const std::vector<std::uint32_t> before = extra_sections(zh);
  ASSERT_EQ(before.size(), 1u);
  EXPECT_GE(before[0], 451u);
  EXPECT_LE(before[0], 465u);
  const std::string marked =
      with(with(zh, "<!-- Additional section for zh-CN.", "<!-- concord-disable parity/extra-section -->\n"),
           "<!-- End of additional section. -->", "<!-- concord-enable parity/extra-section -->\n");
  EXPECT_TRUE(extra_sections(marked).empty());
}

}  // namespace
}  // namespace concord::engine
