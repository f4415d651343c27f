// The outline: marker recognition (block starts and inside long CJK texts),
// levels, paths, sentence extents, and the numbering checks built on it.
#include <gtest/gtest.h>

#include "concord/structure/marker_parser.hpp"
#include "concord/structure/numbering.hpp"
#include "concord/structure/outline.hpp"
#include "test_support.hpp"

namespace concord::structure {
namespace {

// ---- markers at the start of a block --------------------------------------

struct LeadingCase {
  const char* lang;
  const char* text;
  MarkerStyle style;
  MarkerForm form;
  std::vector<int> values;
  const char* written;  // the marker's span
};

class LeadingMarker : public ::testing::TestWithParam<LeadingCase> {};

TEST_P(LeadingMarker, IsReadWithItsValue) {
  const LeadingCase& c = GetParam();
  const auto r = parse_leading_marker(c.text, c.lang);
  ASSERT_TRUE(r) << c.text;
  EXPECT_EQ(r->marker.style, c.style) << c.text;
  EXPECT_EQ(r->marker.form, c.form) << c.text;
  EXPECT_EQ(r->marker.values, c.values) << c.text;
  const std::string_view text(c.text);
  EXPECT_EQ(text.substr(r->marker.begin, r->marker.end - r->marker.begin), c.written) << c.text;
}

const LeadingCase kLeading[] = {
    {"en", "1. Collect data", MarkerStyle::decimal, MarkerForm::dot, {1}, "1."},
    {"en", "12) Share it", MarkerStyle::decimal, MarkerForm::paren, {12}, "12)"},
    {"en", "(3) Keep it", MarkerStyle::decimal, MarkerForm::enclosed, {3}, "(3)"},
    {"zh-Hans", "（2）甲方的义务", MarkerStyle::decimal, MarkerForm::enclosed, {2}, "（2）"},
    {"zh-Hans", "3、保密", MarkerStyle::decimal, MarkerForm::comma, {3}, "3、"},
    {"zh-Hans", "1.被告知我们处理您的哪些数据", MarkerStyle::decimal, MarkerForm::dot, {1}, "1."},
    {"ja", "1.Mozilla があなたに関するデータ", MarkerStyle::decimal, MarkerForm::dot, {1}, "1."},
    {"en", "2.1 Scope of the policy", MarkerStyle::decimal_multi, MarkerForm::bare, {2, 1}, "2.1"},
    {"en", "3.2.1. Logs", MarkerStyle::decimal_multi, MarkerForm::bare, {3, 2, 1}, "3.2.1."},
    {"zh-Hans", "1.2 适用范围", MarkerStyle::decimal_multi, MarkerForm::bare, {1, 2}, "1.2"},
    // Titles whose first word starts with a unit character.
    {"ja", "3.2 年齢制限", MarkerStyle::decimal_multi, MarkerForm::bare, {3, 2}, "3.2"},
    {"zh-Hans", "5.1 版权声明", MarkerStyle::decimal_multi, MarkerForm::bare, {5, 1}, "5.1"},
    {"zh-Hans", "2.3 元数据", MarkerStyle::decimal_multi, MarkerForm::bare, {2, 3}, "2.3"},
    {"ja", "1.1 日本国外への移転", MarkerStyle::decimal_multi, MarkerForm::bare, {1, 1}, "1.1"},
    {"zh-Hans", "一、总则", MarkerStyle::cjk, MarkerForm::comma, {1}, "一、"},
    {"zh-Hant", "（十二）附則", MarkerStyle::cjk, MarkerForm::enclosed, {12}, "（十二）"},
    {"zh-Hans", "(三)用户", MarkerStyle::cjk, MarkerForm::enclosed, {3}, "(三)"},
    {"zh-Hans", "①数据备份", MarkerStyle::circled, MarkerForm::bare, {1}, "①"},
    {"zh-Hans", "⑶ 数据加密", MarkerStyle::circled, MarkerForm::enclosed, {3}, "⑶"},
    {"en", "a) the user", MarkerStyle::alpha, MarkerForm::paren, {1}, "a)"},
    {"en", "(b) the vendor", MarkerStyle::alpha, MarkerForm::enclosed, {2}, "(b)"},
    {"en", "C. Backups", MarkerStyle::alpha, MarkerForm::dot, {3}, "C."},
    {"en", "iv. a notice", MarkerStyle::roman, MarkerForm::dot, {4}, "iv."},
    {"en", "(ii) the licensor", MarkerStyle::roman, MarkerForm::enclosed, {2}, "(ii)"},
    {"en", "XII. Final provisions", MarkerStyle::roman, MarkerForm::dot, {12}, "XII."},
    {"en", "Article 4 (Information Security Control Measures) The company", MarkerStyle::word, MarkerForm::bare,
     {4}, "Article 4"},
    {"en", "Section 2. Scope", MarkerStyle::word, MarkerForm::bare, {2}, "Section 2."},
    {"en", "CHAPTER III General", MarkerStyle::word, MarkerForm::bare, {3}, "CHAPTER III"},
    {"en", "Appendix B – Forms", MarkerStyle::word, MarkerForm::bare, {2}, "Appendix B"},
    {"zh-Hant", "第五條 信息安全責任", MarkerStyle::cjk_ordinal, MarkerForm::bare, {5}, "第五條"},
    {"zh-Hans", "第三章 用户权利", MarkerStyle::cjk_ordinal, MarkerForm::bare, {3}, "第三章"},
    {"ja", "第12条（目的）", MarkerStyle::cjk_ordinal, MarkerForm::bare, {12}, "第12条"},
    {"zh-Hans", "第五条之一 甲方责任", MarkerStyle::cjk_ordinal, MarkerForm::bare, {5}, "第五条之一"},
    {"zh-Hant", "第條 合同執行監督", MarkerStyle::cjk_ordinal, MarkerForm::bare, {}, "第條"},
};
INSTANTIATE_TEST_SUITE_P(Styles, LeadingMarker, ::testing::ValuesIn(kLeading));

struct NotAMarker {
  const char* lang;
  const char* text;
};
class NoLeadingMarker : public ::testing::TestWithParam<NotAMarker> {};

TEST_P(NoLeadingMarker, IsText) {
  EXPECT_FALSE(parse_leading_marker(GetParam().text, GetParam().lang)) << GetParam().text;
}

const NotAMarker kNotMarkers[] = {
    {"en", "3.5 million users"},
    {"en", "2.5 times faster"},
    {"en", "2024. A year of change"},
    {"en", "1.Mozilla"},  // English wants a space after the dot
    {"en", "Section 2 of this policy applies to vendors."},
    {"en", "section 2 applies"},
    {"zh-Hans", "第二条a款第(4)项规定的条件"},
    {"zh-Hans", "第五条规定的义务"},
    {"ja", "第3条(a)の条件に加えて"},
    {"zh-Hans", "第三方服务提供商"},
    {"zh-Hans", "一.总则"},
    {"en", "- a bullet"},
    {"en", "Version 3.0.1 was released"},
    {"zh-Hans", "1.2 版，2023 年 11 月 1 日生效"},  // version 1.2: a unit follows the number
    {"ja", "2.5 倍の速さ"},
    {"zh-Hant", "1.5 小時內回覆"},
};
INSTANTIATE_TEST_SUITE_P(Text, NoLeadingMarker, ::testing::ValuesIn(kNotMarkers));

TEST(LeadingMarker, AmbiguousLettersCarryBothReadings) {
  const auto r = parse_leading_marker("i. Share means", "en");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->marker.style, MarkerStyle::roman);
  ASSERT_TRUE(r->alternative);
  EXPECT_EQ(r->alternative->style, MarkerStyle::alpha);
  EXPECT_EQ(r->alternative->value(), 9);
}

TEST(ListMarker, BulletsAreNotNumbers) {
  EXPECT_FALSE(parse_list_marker("-", "en"));
  EXPECT_FALSE(parse_list_marker("•", "ja"));
  ASSERT_TRUE(parse_list_marker("a.", "en"));
  EXPECT_EQ(parse_list_marker("(一)", "zh-Hans")->marker.style, MarkerStyle::cjk);
}

// ---- markers inside a long CJK text ------------------------------------------

std::vector<std::string> inline_markers(std::string_view text, std::string_view lang = "zh-Hant") {
  std::vector<std::string> out;
  for (const Marker& m : find_inline_markers(text, lang)) out.emplace_back(text.substr(m.begin, m.end - m.begin));
  return out;
}

TEST(InlineMarkers, AContractOnOneLineIsReadPartByPart) {
  const std::string text =
      "合同書第一章總則第一條合同編號:____第二條目的本合同旨在明確權利。第三條適用範圍"
      "本合同適用於信息安全管理。第四條定義下列術語的定義(一)網絡平臺:指服務系統;(二)用戶:指個人。";
  EXPECT_EQ(inline_markers(text), (std::vector<std::string>{"第一章", "第一條", "第二條", "第三條", "第四條",
                                                             "(一)", "(二)"}));
}

TEST(InlineMarkers, CrossReferencesAreNotMarkers) {
  EXPECT_TRUE(inline_markers("依照第五條規定辦理，並適用第三章之規定。").empty());
  EXPECT_TRUE(inline_markers("为避免疑义，第二条a款第(4)项授权您摘录数据库。", "zh-Hans").empty());
  EXPECT_TRUE(inline_markers("本合同第二条约定的义务，以及第三条至第五条所列事项。", "zh-Hans").empty());
  EXPECT_TRUE(inline_markers("详见附件(一)和表(二)。", "zh-Hans").empty());
  EXPECT_TRUE(inline_markers("See Section 2(a)(4) of this License.", "en").empty());
}

TEST(InlineMarkers, AnEnumerationInsideASentenceIsNotStructure) {
  // The English writes the same "to: (1) download …; and (2) view …" in one sentence.
  EXPECT_TRUE(inline_markers("我們授予您權利，您可以：(1) 下載並使用副本；以及 (2) 查看並使用技術。").empty());
  // After a sentence, with no article above it, an enumeration still starts.
  EXPECT_EQ(inline_markers("下列術語定義如下。(一)網絡平臺:指服務系統;(二)用戶:指個人。"),
            (std::vector<std::string>{"(一)", "(二)"}));
}

TEST(InlineMarkers, ALostNumberIsStillAMarker) {
  EXPECT_EQ(inline_markers("第十三章合同管理第條合同執行監督(一)雙方應設立小組;(二)小組應定期檢查。"),
            (std::vector<std::string>{"第十三章", "第條", "(一)", "(二)"}));
}

// ---- the outline --------------------------------------------------------------

struct Built {
  test::Loaded loaded;
  text::DocumentText text;
  Outline outline;
};

Built outline_of(const std::string& content, const std::string& path = "doc.txt", const std::string& lang = "") {
  Built b;
  b.loaded = test::load({{path, content}}, lang);
  const model::Document& d = b.loaded.documents.at(0);
  b.text = text::analyze(d);
  b.outline = build_outline(d.versions.at(0), b.text.versions.at(0));
  return b;
}

std::vector<std::string> shape(const Outline& o) {
  std::vector<std::string> out;
  for (const Section& s : o.sections) out.push_back(std::to_string(s.depth) + " " + describe(s.marker));
  return out;
}

TEST(Outline, StylesNestAsAReaderMeetsThem) {
  const auto b = outline_of(
      "第一章 總則\n\n第一條 目的\n\n（一）保障安全。\n\n（二）保護隱私。\n\n第二條 定義\n\n第二章 責任\n\n第三條 甲方\n",
      "doc.txt", "zh-Hant");
  EXPECT_EQ(shape(b.outline), (std::vector<std::string>{"1 第一章", "2 第一条", "3 （一）", "3 （二）", "2 第二条",
                                                         "1 第二章", "2 第三条"}));
  EXPECT_EQ(b.outline.sections[3].path, "1.1.2");
  EXPECT_EQ(b.outline.sections[6].parent, 5);
}

TEST(Outline, NestedListsKeepTheirLevels) {
  const auto b = outline_of("Controls:\n\n1. Hardware\n   1. Physical security\n   2. Network\n2. Software\n", "doc.txt",
                            "en");
  EXPECT_EQ(shape(b.outline), (std::vector<std::string>{"1 1.", "2 1.", "2 2.", "1 2."}));
}

TEST(Outline, HeadingsCloseNumberedLevels) {
  const auto b = outline_of("# Policy\n\n## 1. Scope\n\nText.\n\n1. one\n2. two\n\n## 2. Review\n\nMore.\n", "doc.md",
                            "en");
  EXPECT_EQ(shape(b.outline), (std::vector<std::string>{"1 ", "2 1.", "3 1.", "3 2.", "2 2."}));
  EXPECT_TRUE(b.outline.sections[2].marker.rendered);   // Markdown numbers its lists itself
  EXPECT_FALSE(b.outline.sections[1].marker.rendered);  // the heading's number was typed
}

TEST(Outline, ItemNumbersTypedAsLinesOfAParagraphAreListItems) {
  // "1.…" without the space Markdown needs is not a list to cmark-gfm, but
  // each line is an item to a reader: one list item per line, numbered as
  // typed (the numbering rules check it), not sections to align.
  const auto b = outline_of("権利：\n\n1.知る権利\n2.コピーを要求する権利\n4.訂正を要求する権利\n", "doc.md", "ja");
  ASSERT_EQ(b.outline.sections.size(), 3u);
  EXPECT_EQ(b.outline.sections[1].title, "コピーを要求する権利");
  for (const Section& s : b.outline.sections) {
    EXPECT_TRUE(s.list_item);
    EXPECT_FALSE(s.marker.rendered);
  }
  EXPECT_EQ(b.text.versions[0].sentences.size(), 4u);  // the lead-in and one per item
  EXPECT_EQ(check_numbering(b.outline).size(), 1u);    // 2 → 4
}

TEST(Outline, LettersContinueBeforeRomanNumeralsStart) {
  std::string letters;
  for (char c = 'a'; c <= 'j'; ++c) letters += std::string("(") + c + ") item\n\n";
  const auto b = outline_of(letters, "doc.txt", "en");
  ASSERT_EQ(b.outline.sections.size(), 10u);
  for (const Section& s : b.outline.sections) EXPECT_EQ(s.marker.style, MarkerStyle::alpha);
  EXPECT_EQ(b.outline.sections[8].marker.value(), 9);
  // A letter sequence starts at a: "(g)" out of nowhere is text.
  EXPECT_TRUE(outline_of("(g) seven\n", "doc.txt", "en").outline.sections.empty());
  const auto r = outline_of("A. Rights\n\n(i) access\n\n(ii) erasure\n", "doc.txt", "en");
  EXPECT_EQ(r.outline.sections[1].marker.style, MarkerStyle::roman);
  EXPECT_EQ(r.outline.sections[2].marker.value(), 2);
}

TEST(Outline, ATableNumberedInItsFirstColumnIsASectionARow) {
  const auto b = outline_of("Item\tType\tParty\n1\tUsers\tUser\n2\tData\tUser\n3\tDevices\tUser\n", "doc.txt", "en");
  ASSERT_EQ(b.outline.sections.size(), 3u);
  EXPECT_EQ(b.outline.sections[1].marker.style, MarkerStyle::table_item);
  EXPECT_EQ(b.outline.sections[1].title, "Data");
  // A column of quantities numbers nothing.
  EXPECT_TRUE(outline_of("Limit\tWhat\n5\tcerts\n50\tnames\n300\torders\n", "doc.txt", "en").outline.sections.empty());
  // Nor does a column of codes, however many digits they have.
  EXPECT_TRUE(outline_of("Code\tWhat\n1\tone\n22222222222222222222\ttwo\n3\tthree\n", "doc.txt", "en")
                  .outline.sections.empty());
}

TEST(Outline, SentencesBelongToTheInnermostSectionBeforeThem) {
  const auto b = outline_of("Intro text.\n\nArticle 1 (Purpose) One. Two.\n\nArticle 2 (Scope) Three.\n", "doc.txt", "en");
  ASSERT_EQ(b.outline.sections.size(), 2u);
  EXPECT_EQ(b.outline.section_of_sentence.front(), -1);
  EXPECT_EQ(b.outline.sections[0].end_sentence - b.outline.sections[0].first_sentence, 2u);
  EXPECT_EQ(b.outline.sections[1].end_sentence, b.text.versions[0].sentences.size());
}

// ---- numbering -----------------------------------------------------------------

std::vector<std::string> events(const std::string& content, const std::string& lang, const std::string& path = "doc.txt") {
  const auto b = outline_of(content, path, lang);
  std::vector<std::string> out;
  for (const NumberingEvent& e : check_numbering(b.outline)) {
    static constexpr const char* kNames[] = {"gap", "duplicate", "out-of-order", "missing-number"};
    out.push_back(std::string(kNames[static_cast<int>(e.issue)]) + " " + describe(b.outline.sections[e.section].marker));
  }
  return out;
}

TEST(Numbering, FindsGapsDuplicatesDisorderAndLostNumbers) {
  EXPECT_EQ(events("Article 1 (A) x\n\nArticle 2 (B) x\n\nArticle 3 (C) x\n\nArticle 5 (D) x\n\nArticle 4 (E) x\n", "en"),
            (std::vector<std::string>{"gap Article 5", "out-of-order Article 4"}));
  EXPECT_EQ(events("第八條 保密\n\n第九條 違約\n\n第九條 解除\n\n第條 監督\n", "zh-Hant"),
            (std::vector<std::string>{"duplicate 第九条", "missing-number 第条"}));
}

TEST(Numbering, ArticlesCountOnAcrossChapters) {
  EXPECT_TRUE(events("第一章 总则\n\n第一条 目的\n\n第二条 范围\n\n第二章 责任\n\n第三条 甲方\n", "zh-Hans").empty());
  EXPECT_EQ(events("第一章 总则\n\n第一条 目的\n\n第二条 范围\n\n第二章 责任\n\n第四条 甲方\n", "zh-Hans"),
            (std::vector<std::string>{"gap 第四条"}));
}

TEST(Numbering, NumberingRestartedPerChapterIsFine) {
  EXPECT_TRUE(events("第一章 总则\n\n第一条 目的\n\n第二条 范围\n\n第二章 责任\n\n第一条 甲方\n\n第二条 乙方\n", "zh-Hans")
                  .empty());
  EXPECT_TRUE(events("1. one\n2. two\n\nAnother list:\n\n1. again\n2. more\n", "en").empty());
}

TEST(Numbering, InsertedArticlesAndRenderedListsAreNotGaps) {
  EXPECT_TRUE(events("第五条 责任\n\n第五条之一 甲方\n\n第五条之二 乙方\n\n第六条 保障\n", "zh-Hans").empty());
  // Markdown renders 1. 1. 1. as 1, 2, 3: the author typed no numbers.
  EXPECT_TRUE(events("1. one\n1. two\n1. three\n", "en", "doc.md").empty());
}

TEST(Numbering, NestedListsAreCheckedPerParent) {
  EXPECT_TRUE(events("1. Hardware\n   1. Physical\n   2. Network\n2. Software\n   1. Patches\n", "en").empty());
  EXPECT_EQ(events("1. Hardware\n   1. Physical\n   3. Network\n2. Software\n", "en"),
            (std::vector<std::string>{"gap 3."}));
}

}  // namespace
}  // namespace concord::structure
