#include <gtest/gtest.h>

#include <algorithm>

#include "concord/io/data_paths.hpp"
#include "concord/io/read_file.hpp"
#include "concord/lang/chinese_variants.hpp"
#include "concord/lang/document_grouper.hpp"
#include "concord/lang/english_cjk_words.hpp"
#include "concord/lang/identify.hpp"
#include "concord/lang/language_tag.hpp"
#include "concord/lang/linking_openers.hpp"
#include "test_support.hpp"

namespace concord::lang {
namespace {

TEST(LanguageTag, NormalizesAsTheContractSays) {
  EXPECT_EQ(normalize_tag("zh-CN"), "zh-Hans");
  EXPECT_EQ(normalize_tag("zh_sg"), "zh-Hans");
  EXPECT_EQ(normalize_tag("zh-TW"), "zh-Hant");
  EXPECT_EQ(normalize_tag("zh-hk"), "zh-Hant");
  EXPECT_EQ(normalize_tag("zh-MO"), "zh-Hant");
  EXPECT_EQ(normalize_tag("zh-Hant-TW"), "zh-Hant");
  EXPECT_EQ(normalize_tag("ja-JP"), "ja");
  EXPECT_EQ(normalize_tag("en-US"), "en");
  EXPECT_EQ(normalize_tag("en-GB"), "en");
  EXPECT_EQ(normalize_tag("fr-ca"), "fr-CA");
  EXPECT_EQ(normalize_tag("ko"), "ko");
}

TEST(LanguageTag, ParsesOnlyRealTags) {
  EXPECT_EQ(parse_tag("zh-tw"), "zh-Hant");
  EXPECT_EQ(parse_tag("en"), "en");
  EXPECT_FALSE(parse_tag("policy"));
  EXPECT_FALSE(parse_tag("index"));
  EXPECT_FALSE(parse_tag("xx"));
  EXPECT_FALSE(parse_tag("zh-toolong"));
}

TEST(DocumentGrouper, SiblingFilesWithTagsAreOneDocument) {
  const auto groups = group_files({"docs/privacy.en.md", "docs/privacy.zh-Hans.md", "docs/privacy_zh-TW.md",
                                   "docs/privacy-ja.md", "docs/terms.md"});
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].files.size(), 4u);
  EXPECT_EQ(*groups[0].langs[1], "zh-Hans");
  EXPECT_EQ(*groups[0].langs[2], "zh-Hant");
  EXPECT_EQ(*groups[0].langs[3], "ja");
  EXPECT_FALSE(groups[1].langs[0]);
}

TEST(DocumentGrouper, LocaleFoldersAndTagNamedFiles) {
  const auto groups = group_files({"content/en/docs/rate-limits.md", "content/ja/docs/rate-limits.md",
                                   "content/zh-cn/docs/rate-limits.md", "legal/pocket_tos/en.md",
                                   "legal/pocket_tos/zh-TW.md", "legal/other/en.md"});
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].files.size(), 3u);
  EXPECT_EQ(*groups[0].langs[2], "zh-Hans");
  EXPECT_EQ(groups[1].files.size(), 2u);
  EXPECT_EQ(*groups[1].langs[1], "zh-Hant");
  EXPECT_EQ(groups[2].files.size(), 1u);
}

TEST(DocumentGrouper, UntaggedNamesStayAlone) {
  const auto groups = group_files({"a/rate-limits.md", "a/privacy-policy.md", "a/about-index.md"});
  EXPECT_EQ(groups.size(), 3u);
  for (const auto& g : groups) EXPECT_FALSE(g.langs[0]);
}

TEST(ChineseVariants, SharedCharactersBelongToNeitherStandard) {
  const ChineseVariants& v = ChineseVariants::instance();
  for (char32_t cp : std::u32string(U"后里干只着云面")) {
    EXPECT_FALSE(v.traditional_only(cp)) << static_cast<std::uint32_t>(cp);
    EXPECT_FALSE(v.simplified_only(cp)) << static_cast<std::uint32_t>(cp);
  }
}

TEST(ChineseVariants, OneStandardCharacters) {
  const ChineseVariants& v = ChineseVariants::instance();
  for (char32_t cp : std::u32string(U"戶運穩後裏雲發髮")) EXPECT_TRUE(v.traditional_only(cp)) << static_cast<std::uint32_t>(cp);
  for (char32_t cp : std::u32string(U"并运稳资讯")) EXPECT_TRUE(v.simplified_only(cp)) << static_cast<std::uint32_t>(cp);
  // Standard in Taiwan although OpenCC converts them: not Simplified-only.
  EXPECT_FALSE(v.simplified_only(U'群'));
  EXPECT_FALSE(v.simplified_only(U'雇'));
  EXPECT_FALSE(v.simplified_only(U'着'));
  EXPECT_FALSE(v.simplified_only(U'户'));  // the Hong Kong standard form
}

TEST(ChineseVariants, FoldsTraditionalToSimplified) {
  const ChineseVariants& v = ChineseVariants::instance();
  EXPECT_EQ(v.fold_to_simplified("其運行的穩定和安全。"), "其运行的稳定和安全。");
  EXPECT_EQ(v.fold_to_simplified("社群裡的後台"), "社群里的后台");
  EXPECT_EQ(v.fold_to_simplified("ISO 27001"), "ISO 27001");
}

TEST(Identify, TellsTheFourLanguagesApart) {
  EXPECT_EQ(identify("Use strong passwords to secure accounts."), "en");
  EXPECT_EQ(identify("使用强密码保护账号安全。"), "zh-Hans");
  EXPECT_EQ(identify("使用強密碼保護帳號安全。"), "zh-Hant");
  EXPECT_EQ(identify("強力なパスワードを使用してアカウントを保護します。"), "ja");
  EXPECT_EQ(identify("12345"), "und");
  EXPECT_EQ(identify("如 ISO 和 GDPR 等规范"), "zh-Hans");
}

TEST(Identify, AKanaWordDoesNotMakeChineseJapanese) {
  EXPECT_EQ(identify("关于cybozu.com提供的每项服务的责任分界点，请参考以下内容 ▼ご利用中の方へ"), "zh-Hans");
}

TEST(VersionSplitter, SeedSsrmHoldsThreeVersions) {
  auto read = io::read_file(test::source_dir() + "/corpora/seeds/000_fbff593f6d672fef.txt");
  auto loaded = test::load({{"000_fbff593f6d672fef.txt", read.bytes}});
  ASSERT_EQ(loaded.documents.size(), 1u);
  const auto& vs = loaded.documents[0].versions;
  ASSERT_EQ(vs.size(), 3u);
  EXPECT_EQ(vs[0].lang, "en");
  EXPECT_EQ(vs[0].line, 3u);
  EXPECT_EQ(vs[0].end_line, 18u);
  EXPECT_EQ(vs[1].lang, "zh-Hant");
  EXPECT_EQ(vs[1].line, 22u);
  EXPECT_EQ(vs[1].end_line, 31u);
  EXPECT_EQ(vs[2].lang, "zh-Hans");
  EXPECT_EQ(vs[2].line, 35u);
  EXPECT_EQ(vs[2].end_line, 60u);
}

TEST(VersionSplitter, ASmallForeignPassageIsNotAVersion) {
  std::string ja;
  for (int i = 0; i < 20; ++i) ja += "お客様は、データのセキュリティを確保するために、特定の責任を理解し、適切に処理する必要があります。\n\n";
  const std::string ad = "Zoho CRM Training\n\nSign up for our webinars and learn the basics.\n";
  auto loaded = test::load({{"page.txt", ja + ad}});
  ASSERT_EQ(loaded.documents[0].versions.size(), 1u);
  EXPECT_EQ(loaded.documents[0].versions[0].lang, "ja");
}

TEST(VersionSplitter, FileNameLanguageWins) {
  auto loaded = test::load({{"policy.ja.txt", "This page is not translated yet.\n"}});
  ASSERT_EQ(loaded.documents[0].versions.size(), 1u);
  EXPECT_EQ(loaded.documents[0].versions[0].lang, "ja");
  EXPECT_EQ(loaded.documents[0].versions[0].lang_source, model::LangSource::name);
}

TEST(VersionSplitter, ForcedLanguageAppliesToUntaggedFiles) {
  auto loaded = test::load({{"notes.txt", "短い文。\n"}}, "zh-Hant");
  EXPECT_EQ(loaded.documents[0].versions[0].lang, "zh-Hant");
}

// ---- English–CJK word table (EDICT) ----------------------------------------------

TEST(EnglishCjkWords, GivesJapaneseWordsAndTheirSimplifiedChineseForms) {
  const auto forms = EnglishCjkWords::forms(EnglishCjkWords::instance().translations("right"));
  ASSERT_FALSE(forms.empty());
  auto has = [&](std::string_view form) { return std::find(forms.begin(), forms.end(), form) != forms.end(); };
  EXPECT_TRUE(has("権利")) << "Japanese";
  EXPECT_TRUE(has("权利")) << "its Simplified Chinese form";
}

TEST(EnglishCjkWords, AWordWithoutAnEntryIsLookedUpWithoutItsEnding) {
  const auto& words = EnglishCjkWords::instance();
  ASSERT_FALSE(words.translations("refund").empty());
  EXPECT_EQ(words.translations("refunds"), words.translations("refund"));
  EXPECT_EQ(words.translations("forums"), words.translations("forum"));
  // "rights" has an entry of its own (利権), kept.
  EXPECT_NE(words.translations("rights"), words.translations("right"));
}

TEST(EnglishCjkWords, AnInflectedWordWithAnEntryAlsoHasItsBaseWordsTranslations) {
  const auto& words = EnglishCjkWords::instance();
  // EDICT lists "experiences" only under 場数; a text saying "experiences"
  // means 経験 (Simplified 经验) as well. The word's own senses stay.
  const auto has = [&](std::string_view word, std::string_view form) {
    const auto all = EnglishCjkWords::forms(words.translations(word));
    return std::find(all.begin(), all.end(), form) != all.end();
  };
  EXPECT_TRUE(has("experiences", "場数"));
  EXPECT_TRUE(has("experiences", "経験"));
  EXPECT_TRUE(has("experiences", "经验"));
  EXPECT_TRUE(has("rights", "利権"));
  EXPECT_TRUE(has("rights", "権利"));
}

TEST(EnglishCjkWords, FunctionWordsAndUnknownWordsHaveNone) {
  const auto& words = EnglishCjkWords::instance();
  EXPECT_TRUE(words.translations("will").empty());
  EXPECT_TRUE(words.translations("the").empty());
  EXPECT_TRUE(words.translations("xqzzyv").empty());
}

TEST(EnglishCjkWords, CountsTheWordsATranslationRenders) {
  const auto& words = EnglishCjkWords::instance();
  int known = 0, found = 0;
  words.count_found("we may revoke the refund by telephone.", "当社は電話で払い戻しを取り消すことがあります。", known,
                    found);
  EXPECT_EQ(known, 3);  // revoke, refund, telephone
  EXPECT_EQ(found, 3);
  // A conjugated verb is still found: 取り消し.
  words.count_found("we may revoke the refund.", "払い戻しの取り消し", known, found);
  EXPECT_EQ(found, 2);
  // Chinese: 电话, the Simplified form of 電話; 撤销 and 退款 are not Japanese words.
  words.count_found("we may revoke the refund by telephone.", "我们可能通过电话撤销退款。", known, found);
  EXPECT_EQ(found, 1);
  words.count_found("we may revoke the refund by telephone.", "詳細はこちらをご覧ください。", known, found);
  EXPECT_EQ(found, 0);
}

TEST(EnglishCjkWords, LeavesOutTheWordsAnotherSentenceShares) {
  const auto& words = EnglishCjkWords::instance();
  int known = 0, found = 0;
  // "refund" is in both English sentences: only revoke and telephone can
  // tell whether the translation renders the first.
  words.count_found("we may revoke the refund by telephone.", "払い戻しは可能です。", known, found,
                    "a refund takes ten days.");
  EXPECT_EQ(known, 2);
  EXPECT_EQ(found, 0);
  // Counted whole, the shared word is found.
  words.count_found("we may revoke the refund by telephone.", "払い戻しは可能です。", known, found);
  EXPECT_EQ(known, 3);
  EXPECT_EQ(found, 1);
}

TEST(EnglishCjkWords, AFormThatAlsoTranslatesARivalWordIsNotFound) {
  const auto& words = EnglishCjkWords::instance();
  int known = 0, found = 0;
  // 许可 translates "permission", but "license" of the other sentence too:
  // finding it cannot show that the translation renders this sentence.
  const std::string_view translation = "您不得违反任何许可或服务条款。";
  words.count_found("without written permission.", translation, known, found);
  EXPECT_EQ(found, 1);
  words.count_found("without written permission.", translation, known, found, {}, "including any license.");
  EXPECT_EQ(found, 0);
  EXPECT_EQ(known, 1);  // written; permission counts neither way
  // A rival word both sentences have claims nothing: "period" is in both,
  // so 时间 is still evidence of "period" and "time" here.
  words.count_found("for a period of time.", "在一段时间内", known, found, {}, "during this period.");
  EXPECT_EQ(found, 2);
  // Nor does one it has in another inflection.
  words.count_found("for a period of time.", "在一段时间内", known, found, {}, "during these periods.");
  EXPECT_EQ(found, 2);
}

TEST(LinkingOpeners, TheTranslationOpensWithTheSameLink) {
  EXPECT_TRUE(opens_with_same_link("for example, you can invite your contacts.", "例如，您可以邀请您的联系人。", "zh-CN"));
  // Traditional Chinese is compared in its Simplified folding: 儘管 is 尽管.
  EXPECT_TRUE(opens_with_same_link("notwithstanding, creative commons may elect …", "尽管如此，creative commons 得选择…", "zh-TW"));
  EXPECT_TRUE(opens_with_same_link("however, we may share it.", "しかし、共有する場合があります。", "ja"));
  // Markup ahead of the first letter is skipped.
  EXPECT_TRUE(opens_with_same_link("for instance, when you log in.", "__例えば、ログインするとき。", "ja"));
}

TEST(LinkingOpeners, OnlyAWholeLinkingPhraseInBothCounts) {
  // The English does not open with a link: a translation that does says nothing.
  EXPECT_FALSE(opens_with_same_link("we may share it.", "但是我们可能会共享。", "zh-CN"));
  // "Howeverish" is not "however"; a link further in is not an opening.
  EXPECT_FALSE(opens_with_same_link("howeverish, we may share it.", "但是我们可能会共享。", "zh-CN"));
  EXPECT_FALSE(opens_with_same_link("we may, however, share it.", "但是我们可能会共享。", "zh-CN"));
  // The translation renders the link further in: the sentence before may be ahead of it.
  EXPECT_FALSE(opens_with_same_link("for example, you can invite them.", "您可以使用工具，例如邀请他们。", "zh-CN"));
  // Another link, or another language.
  EXPECT_FALSE(opens_with_same_link("therefore, you can invite them.", "例如，您可以邀请他们。", "zh-CN"));
  EXPECT_FALSE(opens_with_same_link("for example, you can invite them.", "例如，您可以邀请他们。", "ko"));
  // "Despite" opens a Chinese sentence that joins two as readily as one.
  EXPECT_FALSE(opens_with_same_link("despite our efforts, a breach may happen.", "尽管我们采取了措施，仍可能发生泄漏。", "zh-CN"));
}

}  // namespace
}  // namespace concord::lang
