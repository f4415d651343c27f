// The aligner: link normalization and word search (the anchors it compares),
// the sentence dynamic program on hand-made sides, whole documents aligned
// section by section, the choice of the reference, and the N-way units.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "concord/align/alignment.hpp"
#include "concord/align/bead_cost.hpp"
#include "concord/align/dictionary_tokens.hpp"
#include "concord/align/features.hpp"
#include "concord/align/lexicon.hpp"
#include "concord/align/sentence_aligner.hpp"
#include "concord/align/units.hpp"
#include "concord/structure/outline.hpp"
#include "concord/text/analysis.hpp"
#include "test_support.hpp"

namespace concord::align {
namespace {

// ---- normalize_link ----------------------------------------------------------

TEST(AlignNormalizeLink, DropsSchemeWwwTrailingSlashAndLowersTheHost) {
  EXPECT_EQ(normalize_link("https://www.Example.com/privacy/"), "example.com/privacy");
  EXPECT_EQ(normalize_link("http://example.com/privacy"), "example.com/privacy");
  EXPECT_EQ(normalize_link("//cdn.example.com/terms"), "cdn.example.com/terms");
  EXPECT_EQ(normalize_link("HTTPS://WWW.EXAMPLE.COM"), "example.com");
}

TEST(AlignNormalizeLink, DropsLocalePathSegments) {
  const std::string plain = normalize_link("https://example.com/legal/privacy");
  EXPECT_EQ(plain, "example.com/legal/privacy");
  for (const char* localized :
       {"https://example.com/en-US/legal/privacy", "https://example.com/ja/legal/privacy",
        "https://www.example.com/zh-CN/legal/privacy/", "https://example.com/legal/zh-Hant/privacy",
        "https://example.com/legal/privacy/ja-JP"}) {
    EXPECT_EQ(normalize_link(localized), plain) << localized;
  }
}

TEST(AlignNormalizeLink, KeepsPathSegmentsThatAreNotLanguages) {
  // Two different pages stay two different pages.
  EXPECT_NE(normalize_link("https://example.com/legal/privacy"), normalize_link("https://example.com/legal/terms"));
  EXPECT_EQ(normalize_link("https://example.com/docs/v2/api"), "example.com/docs/v2/api");
  EXPECT_EQ(normalize_link("https://creativecommons.org/licenses/by/4.0/"), "creativecommons.org/licenses/by/4.0");
}

TEST(AlignNormalizeLink, DropsLanguageQueryParametersAndKeepsTheOthers) {
  EXPECT_EQ(normalize_link("https://example.com/privacy?lang=zh-CN"), "example.com/privacy");
  EXPECT_EQ(normalize_link("https://example.com/privacy?hl=ja"), "example.com/privacy");
  EXPECT_EQ(normalize_link("https://example.com/privacy?locale=en-US&page=2"), "example.com/privacy?page=2");
  EXPECT_EQ(normalize_link("https://example.com/privacy?page=2&language=ja"), "example.com/privacy?page=2");
  EXPECT_NE(normalize_link("https://example.com/privacy?page=2"), normalize_link("https://example.com/privacy?page=3"));
}

TEST(AlignNormalizeLink, DropsALanguageSuffixOfTheLastSegment) {
  // Creative Commons publishes its legal code as legalcode.ja, legalcode.zh-hans.
  const std::string en = normalize_link("https://creativecommons.org/licenses/by/4.0/legalcode");
  EXPECT_EQ(en, "creativecommons.org/licenses/by/4.0/legalcode");
  EXPECT_EQ(normalize_link("https://creativecommons.org/licenses/by/4.0/legalcode.ja"), en);
  EXPECT_EQ(normalize_link("https://creativecommons.org/licenses/by/4.0/legalcode.zh-hans"), en);
  EXPECT_EQ(normalize_link("https://creativecommons.org/licenses/by/4.0/legalcode.zh-Hant"), en);
}

TEST(AlignNormalizeLink, HyphenatedNamesAreNotLanguageSuffixes) {
  // "by-sa" is not "by" in Sanskrit (sa), "by-nd" not "by" in North Ndebele (nd):
  // the licences differ and a translation that links to another one is a drift.
  EXPECT_NE(normalize_link("https://creativecommons.org/licenses/by-sa/4.0/"),
            normalize_link("https://creativecommons.org/licenses/by/4.0/"));
  EXPECT_NE(normalize_link("https://creativecommons.org/licenses/by-nc-nd/4.0/"),
            normalize_link("https://creativecommons.org/licenses/by-nc-sa/4.0/"));
}

TEST(AlignNormalizeLink, TrailingFullWidthPunctuationIsNotPartOfTheLink) {
  EXPECT_EQ(normalize_link("https://nodejs.org）"), "nodejs.org");
  EXPECT_EQ(normalize_link("https://example.com/ja/privacy。"), "example.com/privacy");
  EXPECT_EQ(normalize_link("https://example.com/privacy」、"), "example.com/privacy");
}

TEST(AlignNormalizeLink, NonAsciiPathWordsAreKept) {
  // A Markdown link target may be an IRI: the words at its end are the page.
  EXPECT_NE(normalize_link("https://ja.wikipedia.org/wiki/東京"), normalize_link("https://ja.wikipedia.org/wiki/大阪"));
}

TEST(AlignNormalizeLink, EmailAddressesAreLowerCasedWithoutMailto) {
  EXPECT_EQ(normalize_link("Privacy@Example.COM"), "privacy@example.com");
  EXPECT_EQ(normalize_link("mailto:Privacy@example.com"), "privacy@example.com");
  EXPECT_EQ(normalize_link("privacy@example.com。"), "privacy@example.com");
  EXPECT_NE(normalize_link("privacy@example.com"), normalize_link("support@example.com"));
}

// ---- contains_word -------------------------------------------------------------

TEST(AlignContainsWord, FindsWholeWordsOnly) {
  EXPECT_TRUE(contains_word("the gdpr applies to you", "gdpr"));
  EXPECT_TRUE(contains_word("gdpr", "gdpr"));
  EXPECT_TRUE(contains_word("see the gdpr", "gdpr"));
  EXPECT_TRUE(contains_word("(gdpr-compliant) storage", "gdpr"));
  EXPECT_FALSE(contains_word("an isolated system", "iso"));
  EXPECT_FALSE(contains_word("kiso rules", "iso"));
  EXPECT_FALSE(contains_word("api2 endpoints", "api"));
  EXPECT_FALSE(contains_word("", "iso"));
  EXPECT_FALSE(contains_word("iso 27001", ""));
}

TEST(AlignContainsWord, LooksPastAnOccurrenceInsideAWord) {
  EXPECT_TRUE(contains_word("isolated servers meet iso 27001", "iso"));
}

TEST(AlignContainsWord, AnEnglishPluralIsTheTerm) {
  EXPECT_TRUE(contains_word("we use cookies on this site", "cookie"));
  EXPECT_TRUE(contains_word("public apis.", "api"));
  EXPECT_FALSE(contains_word("cookiesjar", "cookie"));
  EXPECT_FALSE(contains_word("the cookiejar", "cookie"));
}

// ---- compare_anchors -----------------------------------------------------------

TEST(AlignCompareAnchors, LatinTermsOfCjkTextAreWordsOfTheEnglish) {
  SentenceFeatures en;
  en.latin_text = true;
  en.numbers = {"30"};
  SentenceFeatures ja;
  ja.numbers = {"30"};
  ja.terms = {"gdpr", "iso"};
  const AnchorMatch m = compare_anchors({&en}, "we comply with the gdpr for 30 days", {&ja}, "gdpr 30 日 iso");
  EXPECT_EQ(m.shared, 2);  // 30, gdpr
  EXPECT_EQ(m.only_b, 1);  // iso
  EXPECT_EQ(m.only_a, 0);
}

// ---- align_runs ----------------------------------------------------------------

// A side built by hand: one sentence per entry.
struct HandSide {
  std::vector<SentenceFeatures> features;
  std::vector<std::string> keys;
  std::vector<std::uint32_t> blocks;
  std::vector<std::vector<std::uint64_t>> tokens;

  // A sentence of `length` code points in block `block`, with number anchors.
  void add(std::uint32_t length, std::uint32_t block, std::vector<std::string> numbers, bool latin) {
    SentenceFeatures f;
    f.length = length;
    f.numbers = std::move(numbers);
    std::sort(f.numbers.begin(), f.numbers.end());
    f.latin_text = latin;
    features.push_back(std::move(f));
    keys.push_back((latin ? "sentence " : "文") + std::to_string(keys.size()) + (latin ? " text" : "。"));
    blocks.push_back(block);
    tokens.emplace_back();
  }

  // Block starts and ends follow the block numbers.
  Side side() {
    for (std::size_t i = 0; i < features.size(); ++i) {
      features[i].starts_block = i == 0 || blocks[i - 1] != blocks[i];
      features[i].ends_block = i + 1 == features.size() || blocks[i + 1] != blocks[i];
    }
    return Side{&features, &keys, &blocks, &tokens};
  }
};

std::vector<std::uint32_t> all_of(const HandSide& s) {
  std::vector<std::uint32_t> out(s.features.size());
  for (std::uint32_t i = 0; i < out.size(); ++i) out[i] = i;
  return out;
}

// The beads as "na-nb@a_begin,b_begin" for readable failures.
std::vector<std::string> shapes(const std::vector<BeadSpan>& spans) {
  std::vector<std::string> out;
  for (const BeadSpan& s : spans)
    out.push_back(std::to_string(s.a_count) + "-" + std::to_string(s.b_count) + "@" + std::to_string(s.a_begin) + "," +
                  std::to_string(s.b_begin));
  return out;
}

// ---- the learned lexicon ---------------------------------------------------------

TEST(AlignLexicon, LearnsWordsThatKeepMeetingAndFindsThemAgain) {
  const std::vector<std::string> en = {"account settings page", "delete your account now", "account recovery codes",
                                       "privacy notice text", "cookies banner"};
  const std::vector<std::string> ja = {"アカウント設定ページ", "アカウントを今すぐ削除", "アカウント復旧コード",
                                       "プライバシー通知文", "クッキーバナー"};
  std::vector<std::vector<std::uint64_t>> ta, tb;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (std::uint32_t i = 0; i < en.size(); ++i) {
    ta.push_back(lexical_tokens(en[i]));
    tb.push_back(lexical_tokens(ja[i]));
    pairs.emplace_back(i, i);
  }
  const Lexicon lexicon = Lexicon::learn(ta, tb, pairs);
  ASSERT_FALSE(lexicon.empty());
  // "account" met アカウント three times; "settings" met 設定 once, which proves nothing.
  const auto known = lexicon.known_tokens({lexical_tokens("account"), lexical_tokens("settings")});
  int k = 0, found = 0;
  Lexicon::compare_known(known[0], lexical_tokens("新しいアカウント"), k, found);
  EXPECT_EQ(k, 1);
  EXPECT_EQ(found, 1);
  Lexicon::compare_known(known[0], lexical_tokens("プライバシー"), k, found);
  EXPECT_EQ(k, 1);
  EXPECT_EQ(found, 0);
  Lexicon::compare_known(known[1], lexical_tokens("設定"), k, found);
  EXPECT_EQ(k, 0);
}

TEST(AlignDictionary, FindsTranslatedWordsAndLeavesOutTheDocumentsCommonOnes) {
  // "certificate" and "revoke" are in every sentence of this page: they
  // cannot tell the sentences apart.
  std::vector<std::string> en(13, "revoke the certificate now");
  en[0] = "revoke the certificate sent to your email by telephone";
  const DictionaryTokens dictionary(en);
  int known = 0, found = 0;
  dictionary.compare(0, lexical_tokens("電子メールで送られた証明書を電話で失効します"), known, found);
  EXPECT_EQ(known, 2);  // email, telephone
  EXPECT_EQ(found, 2);
  dictionary.compare(0, lexical_tokens("通过电话吊销证书"), known, found);
  EXPECT_EQ(found, 1);  // 电话, the Simplified form of 電話
  dictionary.compare(1, lexical_tokens("証明書を失効します"), known, found);
  EXPECT_EQ(known, 0);
}

TEST(AlignDictionary, AWordIsFoundOnlyWhenAWholeTranslationIs) {
  // オンライン ("online"): ライン holds two of its four character pairs, not the word.
  const DictionaryTokens dictionary({"register online"});
  int known = 0, found = 0;
  dictionary.compare(0, lexical_tokens("オンラインで登録"), known, found);
  EXPECT_EQ(found, 2);  // online, register (登録)
  dictionary.compare(0, lexical_tokens("ラインで登録"), known, found);
  EXPECT_EQ(found, 1);
  // Joined sentences repeat tokens; each counts once: ライン twice is still
  // two of オンライン's four pairs, not four.
  std::vector<std::uint64_t> twice = lexical_tokens("ライン");
  const std::vector<std::uint64_t> again = twice;
  twice.insert(twice.end(), again.begin(), again.end());
  std::sort(twice.begin(), twice.end());
  dictionary.compare(0, twice, known, found);
  EXPECT_EQ(found, 0);
}

TEST(AlignBeadCost, HeadingsPairWithHeadingsOfTheirLevelAndJoinNoText) {
  HandSide en, ja;
  en.add(20, 0, {}, true);  // a heading
  en.add(60, 1, {}, true);
  ja.add(10, 0, {}, false);  // a heading
  ja.add(30, 1, {}, false);
  en.features[0].heading = ja.features[0].heading = true;
  en.features[0].heading_level = ja.features[0].heading_level = 2;
  const Side a = en.side(), b = ja.side();
  const BeadCost cost(a, b, PairModel{0.5, false});
  const std::vector<std::uint32_t> ia = all_of(en), ib = all_of(ja);
  const double same_level = cost(ia, 0, 1, ib, 0, 1);
  ja.features[0].heading_level = 3;
  EXPECT_GT(cost(ia, 0, 1, ib, 0, 1), same_level + 1.0);
  ja.features[0].heading_level = 2;
  // A heading joined to the sentence after it costs more than two ordinary
  // sentences of two blocks joined the same way.
  const double heading_joined = cost(ia, 0, 1, ib, 0, 2);
  en.features[0].heading = ja.features[0].heading = false;
  EXPECT_GT(heading_joined, cost(ia, 0, 1, ib, 0, 2) + 4.0);
}

TEST(AlignRuns, OneToOneRun) {
  HandSide en, ja;
  en.add(62, 0, {"30"}, true);
  en.add(48, 1, {}, true);
  en.add(80, 2, {"90"}, true);
  ja.add(31, 0, {"30"}, false);
  ja.add(25, 1, {}, false);
  ja.add(41, 2, {"90"}, false);
  const Side a = en.side(), b = ja.side();
  const BeadCost cost(a, b, PairModel{0.5, false});
  const auto spans = align_runs(all_of(en), all_of(ja), cost);
  EXPECT_EQ(shapes(spans), (std::vector<std::string>{"1-1@0,0", "1-1@1,1", "1-1@2,2"}));
  for (const BeadSpan& s : spans) EXPECT_GT(cost.score(s.cost, 1, 1), 0.6) << s.cost;
}

TEST(AlignRuns, InsertedSentenceIsAZeroOneBead) {
  HandSide en, ja;
  en.add(62, 0, {"30"}, true);
  en.add(48, 1, {"2024"}, true);
  en.add(80, 2, {"90"}, true);
  ja.add(31, 0, {"30"}, false);
  ja.add(36, 1, {"7"}, false);  // the translator's own paragraph
  ja.add(25, 2, {"2024"}, false);
  ja.add(41, 3, {"90"}, false);
  const Side a = en.side(), b = ja.side();
  const BeadCost cost(a, b, PairModel{0.5, false});
  EXPECT_EQ(shapes(align_runs(all_of(en), all_of(ja), cost)),
            (std::vector<std::string>{"1-1@0,0", "0-1@1,1", "1-1@1,2", "1-1@2,3"}));
}

TEST(AlignRuns, DroppedSentenceIsAOneZeroBead) {
  HandSide en, ja;
  en.add(62, 0, {"30"}, true);
  en.add(48, 0, {"2024"}, true);
  en.add(80, 0, {"90"}, true);
  ja.add(31, 0, {"30"}, false);
  ja.add(41, 0, {"90"}, false);
  const Side a = en.side(), b = ja.side();
  const BeadCost cost(a, b, PairModel{0.5, false});
  EXPECT_EQ(shapes(align_runs(all_of(en), all_of(ja), cost)),
            (std::vector<std::string>{"1-1@0,0", "1-0@1,1", "1-1@2,1"}));
}

TEST(AlignRuns, SplitSentenceIsAOneTwoBead) {
  HandSide en, ja;
  en.add(40, 0, {"1"}, true);
  en.add(120, 1, {"5", "7"}, true);  // one long sentence…
  en.add(44, 2, {"3"}, true);
  ja.add(20, 0, {"1"}, false);
  ja.add(28, 1, {"5"}, false);  // …said in two
  ja.add(31, 1, {"7"}, false);
  ja.add(22, 2, {"3"}, false);
  const Side a = en.side(), b = ja.side();
  const BeadCost cost(a, b, PairModel{0.5, false});
  EXPECT_EQ(shapes(align_runs(all_of(en), all_of(ja), cost)),
            (std::vector<std::string>{"1-1@0,0", "1-2@1,1", "1-1@2,3"}));
}

TEST(AlignRuns, EmptySidesGiveOnlyLoneBeads) {
  HandSide en, ja;
  en.add(40, 0, {}, true);
  en.add(50, 1, {}, true);
  const Side a = en.side(), b = ja.side();
  const BeadCost cost(a, b, PairModel{0.5, false});
  EXPECT_TRUE(align_runs({}, {}, cost).empty());
  EXPECT_EQ(shapes(align_runs(all_of(en), {}, cost)), (std::vector<std::string>{"1-0@0,0", "1-0@1,0"}));
}

TEST(AlignRuns, BandedRunKeepsTheDiagonal) {
  // A long run aligned in a band gives the same 1–1 beads as the full table.
  HandSide en, ja;
  for (std::uint32_t i = 0; i < 300; ++i) {
    en.add(40 + i % 30, i, {std::to_string(i)}, true);
    ja.add(20 + i % 15, i, {std::to_string(i)}, false);
  }
  const Side a = en.side(), b = ja.side();
  const BeadCost cost(a, b, PairModel{0.5, false});
  const auto spans = align_runs(all_of(en), all_of(ja), cost, 1000);
  ASSERT_EQ(spans.size(), 300u);
  for (std::uint32_t i = 0; i < spans.size(); ++i) {
    EXPECT_EQ(spans[i].a_begin, i);
    EXPECT_EQ(spans[i].b_begin, i);
    EXPECT_EQ(spans[i].a_count, 1u);
    EXPECT_EQ(spans[i].b_count, 1u);
  }
}

// ---- align_document ------------------------------------------------------------

const char* const kEnglish =
    "# Privacy Notice\n"
    "\n"
    "This notice explains how Example Cloud handles personal data. It applies to every service we offer, "
    "including the mobile apps.\n"
    "\n"
    "## Data we collect\n"
    "\n"
    "We collect the name and e-mail address you give us when you sign up. We also record the IP address of each "
    "request for security purposes.\n"
    "\n"
    "## How we use data\n"
    "\n"
    "We use your data to provide and improve the service. We never sell personal data to third parties.\n"
    "\n"
    "## How long we keep data\n"
    "\n"
    "We keep account data for 30 days after you close your account. Backups are deleted within 90 days.\n"
    "\n"
    "## Contact\n"
    "\n"
    "If you have questions, write to privacy@example.com. You can also read the full policy at "
    "https://example.com/en/privacy.\n";

const char* const kJapanese =
    "# プライバシー通知\n"
    "\n"
    "本通知は、Example Cloud が個人データをどのように取り扱うかを説明するものです。本通知は、モバイルアプリを含め、"
    "当社が提供するすべてのサービスに適用されます。\n"
    "\n"
    "## 収集するデータ\n"
    "\n"
    "当社は、お客様が登録時に提供する氏名とメールアドレスを収集します。また、セキュリティ上の目的で各リクエストの "
    "IP アドレスを記録します。\n"
    "\n"
    "## データの利用方法\n"
    "\n"
    "当社は、サービスの提供と改善のためにお客様のデータを利用します。当社が個人データを第三者に販売することは一切"
    "ありません。\n"
    "\n"
    "## データの保存期間\n"
    "\n"
    "当社は、アカウントの解約後 30 日間アカウントデータを保管します。バックアップは 90 日以内に削除されます。\n"
    "\n"
    "## お問い合わせ\n"
    "\n"
    "ご質問がある場合は、privacy@example.com までご連絡ください。ポリシーの全文は https://example.com/ja/privacy "
    "でもご覧いただけます。\n";

const char* const kSimplified =
    "# 隐私声明\n"
    "\n"
    "本声明说明 Example Cloud 如何处理个人数据。本声明适用于我们提供的所有服务，包括移动应用。\n"
    "\n"
    "## 我们收集的数据\n"
    "\n"
    "我们收集您在注册时提供的姓名和电子邮件地址。出于安全目的，我们还会记录每个请求的 IP 地址。\n"
    "\n"
    "## 我们如何使用数据\n"
    "\n"
    "我们使用您的数据来提供和改进服务。我们绝不会向第三方出售个人数据。\n"
    "\n"
    "## 数据保留期限\n"
    "\n"
    "在您关闭账户后，我们会将账户数据保留 30 天。备份会在 90 天内删除。\n"
    "\n"
    "## 联系我们\n"
    "\n"
    "如有疑问，请发送邮件至 privacy@example.com。您也可以在 https://example.com/zh-CN/privacy 阅读完整政策。\n";

const char* const kTraditional =
    "# 隱私聲明\n"
    "\n"
    "本聲明說明 Example Cloud 如何處理個人資料。本聲明適用於我們提供的所有服務，包括行動應用程式。\n"
    "\n"
    "## 我們收集的資料\n"
    "\n"
    "我們收集您在註冊時提供的姓名和電子郵件地址。基於安全目的，我們還會記錄每個請求的 IP 位址。\n"
    "\n"
    "## 我們如何使用資料\n"
    "\n"
    "我們使用您的資料來提供和改進服務。我們絕不會向第三方出售個人資料。\n"
    "\n"
    "## 資料保留期限\n"
    "\n"
    "在您關閉帳戶後，我們會將帳戶資料保留 30 天。備份會在 90 天內刪除。\n"
    "\n"
    "## 聯絡我們\n"
    "\n"
    "如有疑問，請寄信至 privacy@example.com。您也可以在 https://example.com/zh-TW/privacy 閱讀完整政策。\n";

std::string without(std::string text, const std::string& part) {
  const std::size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  if (at != std::string::npos) text.erase(at, part.size());
  return text;
}

// A loaded document with its text, outline and alignment.
struct Aligned {
  test::Loaded loaded;
  text::DocumentText text;
  structure::DocumentOutline outline;
  DocumentAlignment alignment;

  const model::Document& doc() const { return loaded.documents.front(); }

  std::uint32_t version(const std::string& lang) const {
    for (std::uint32_t i = 0; i < doc().versions.size(); ++i)
      if (doc().versions[i].lang == lang) return i;
    ADD_FAILURE() << "no version " << lang;
    return 0;
  }

  const structure::Section& section(std::uint32_t v, std::int32_t k) const {
    return outline.versions[v].sections[static_cast<std::size_t>(k)];
  }

  // Sections of version `b` matched to each section title of the reference (a).
  std::map<std::string, std::string> section_titles(const PairAlignment& p) const {
    std::map<std::string, std::string> out;
    for (const SectionPair& sp : p.sections) {
      const std::string ta = sp.a >= 0 ? section(p.a, sp.a).title : "-";
      const std::string tb = sp.b >= 0 ? section(p.b, sp.b).title : "-";
      if (sp.a >= 0) out[ta] = tb;
      else out["- " + tb] = tb;
    }
    return out;
  }
};

Aligned align_files(std::vector<std::pair<std::string, std::string>> files, const std::string& reference = "") {
  Aligned a;
  a.loaded = test::load(std::move(files));
  EXPECT_EQ(a.loaded.documents.size(), 1u);
  if (a.loaded.documents.empty()) return a;
  a.text = text::analyze(a.doc());
  a.outline = structure::build_outlines(a.doc(), a.text);
  a.alignment = align_document(a.doc(), a.text, a.outline, reference);
  return a;
}

TEST(AlignDocument, SectionsMatchByHeading) {
  const Aligned x = align_files({{"en.md", kEnglish}, {"ja.md", kJapanese}});
  const std::uint32_t en = x.version("en"), ja = x.version("ja");
  EXPECT_EQ(x.alignment.reference, static_cast<std::int32_t>(en));
  const PairAlignment* p = x.alignment.find(en, ja);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(x.section_titles(*p), (std::map<std::string, std::string>{
                                      {"Privacy Notice", "プライバシー通知"},
                                      {"Data we collect", "収集するデータ"},
                                      {"How we use data", "データの利用方法"},
                                      {"How long we keep data", "データの保存期間"},
                                      {"Contact", "お問い合わせ"},
                                  }));
  for (const SectionPair& sp : p->sections) EXPECT_FALSE(sp.moved);
  // The Japanese is about half the English.
  EXPECT_GT(p->length_ratio, 0.3);
  EXPECT_LT(p->length_ratio, 0.8);
  // Every sentence of both sides in exactly one bead, all of them 1–1 here.
  ASSERT_EQ(p->bead_of_a.size(), x.text.versions[en].sentences.size());
  ASSERT_EQ(p->bead_of_b.size(), x.text.versions[ja].sentences.size());
  EXPECT_EQ(p->beads.size(), x.text.versions[en].sentences.size());
  for (std::size_t i = 0; i < p->beads.size(); ++i) {
    EXPECT_EQ(p->beads[i].a, std::vector<std::uint32_t>{static_cast<std::uint32_t>(i)});
    EXPECT_EQ(p->beads[i].b, std::vector<std::uint32_t>{static_cast<std::uint32_t>(i)});
  }
}

TEST(AlignDocument, SectionMissingInOneVersionIsLeftUnmatched) {
  const std::string ja = without(kJapanese,
                                 "## データの利用方法\n\n当社は、サービスの提供と改善のためにお客様のデータを利用します。"
                                 "当社が個人データを第三者に販売することは一切ありません。\n\n");
  const Aligned x = align_files({{"en.md", kEnglish}, {"ja.md", ja}});
  const PairAlignment* p = x.alignment.find(x.version("en"), x.version("ja"));
  ASSERT_NE(p, nullptr);
  const auto titles = x.section_titles(*p);
  EXPECT_EQ(titles.at("How we use data"), "-");
  EXPECT_EQ(titles.at("Data we collect"), "収集するデータ");
  EXPECT_EQ(titles.at("How long we keep data"), "データの保存期間");
  EXPECT_EQ(titles.size(), 5u);  // no Japanese section left over
  // Its two sentences are 1–0 beads.
  int lone = 0;
  for (const Bead& b : p->beads) lone += b.b.empty() ? static_cast<int>(b.a.size()) : 0;
  EXPECT_EQ(lone, 3);  // the heading and its two sentences
}

TEST(AlignDocument, SectionMovedElsewhereIsMatchedAsMoved) {
  const std::string keep = "## 収集するデータ\n\n当社は、お客様が登録時に提供する氏名とメールアドレスを収集します。"
                           "また、セキュリティ上の目的で各リクエストの IP アドレスを記録します。\n\n";
  std::string ja = without(kJapanese, keep);
  ja += "\n" + keep.substr(0, keep.size() - 1);
  const Aligned x = align_files({{"en.md", kEnglish}, {"ja.md", ja}});
  const PairAlignment* p = x.alignment.find(x.version("en"), x.version("ja"));
  ASSERT_NE(p, nullptr);
  int moved = 0;
  for (const SectionPair& sp : p->sections)
    if (sp.moved) {
      ++moved;
      ASSERT_GE(sp.a, 0);
      ASSERT_GE(sp.b, 0);
      EXPECT_EQ(x.section(p->a, sp.a).title, "Data we collect");
      EXPECT_EQ(x.section(p->b, sp.b).title, "収集するデータ");
    }
  EXPECT_EQ(moved, 1);
}

// Two sections of about the same length; the translation kept only the
// first. "Example" is in every Japanese section (the translator names the
// company where the English says "we"), and in the English only in the
// section that was lost: a name on every page tells sections apart no better
// than chance, and must not pull the translation to the wrong one.
TEST(AlignDocument, ANameInEverySectionDoesNotDecideBetweenSections) {
  const std::string en =
      "# Moderation\n\nThis page explains how we moderate content.\n\n"
      "## Reports\n\nAnyone can report content that breaks our rules.\n\n"
      "## Decisions\n\nWhen a moderator finds a violation, they will act on it, including:\n\n"
      "* adding a content warning,\n* removing the content, or\n* suspending the account.\n\n"
      "We tell both sides what was decided.\n\n"
      "## Appeals\n\nExample accepts two kinds of appeals from its users:\n\n"
      "* from reporters whose reports were not acted on;\n* from users whose content was removed.\n\n"
      "Appeals go to a dedicated queue at Example.\n\n"
      "## Unfounded reports\n\nRepeated unfounded reports lose the right to report.\n";
  const std::string ja =
      "# Example のモデレーション\n\nこのページでは、Example がコンテンツをモデレートする方法を説明します。\n\n"
      "## 報告\n\nExample のルールに違反するコンテンツは誰でも報告できます。\n\n"
      "## 決定\n\nモデレーターが違反を見つけた場合、Example は次の措置を取ります。\n\n"
      "* コンテンツへの警告の追加\n* コンテンツの削除\n* アカウントの停止\n\n"
      "Example は決定を双方に通知します。\n\n"
      "## 根拠のない報告\n\n根拠のない報告を繰り返すと、Example への報告の権利を失います。\n";
  for (const bool names_in_english : {true, false}) {
    SCOPED_TRACE(names_in_english ? "the lost English section names Example" : "no English section names it");
    std::string english = en;
    if (!names_in_english)
      for (std::size_t at; (at = english.find("Example")) != std::string::npos;) english.replace(at, 7, "We");
    const Aligned x = align_files({{"en.md", english}, {"ja.md", ja}});
    const PairAlignment* p = x.alignment.find(x.version("en"), x.version("ja"));
    ASSERT_NE(p, nullptr);
    const auto titles = x.section_titles(*p);
    EXPECT_EQ(titles.at("Decisions"), "決定");
    EXPECT_EQ(titles.at("Appeals"), "-");
    EXPECT_EQ(titles.at("Unfounded reports"), "根拠のない報告");
  }
}

TEST(AlignDocument, ChineseVersionsGetADirectPair) {
  const Aligned x =
      align_files({{"en.md", kEnglish}, {"zh-CN.md", kSimplified}, {"zh-TW.md", kTraditional}, {"ja.md", kJapanese}});
  ASSERT_EQ(x.doc().versions.size(), 4u);
  const std::uint32_t en = x.version("en"), hans = x.version("zh-Hans"), hant = x.version("zh-Hant"),
                      ja = x.version("ja");
  EXPECT_EQ(x.alignment.reference, static_cast<std::int32_t>(en));
  ASSERT_EQ(x.alignment.pairs.size(), 4u);
  EXPECT_NE(x.alignment.find(en, hans), nullptr);
  EXPECT_NE(x.alignment.find(en, hant), nullptr);
  EXPECT_NE(x.alignment.find(en, ja), nullptr);
  const PairAlignment* direct = x.alignment.find(hant, hans);
  ASSERT_NE(direct, nullptr);
  EXPECT_EQ(x.alignment.find(hans, hant), nullptr);
  // One text in two scripts: sentence for sentence, section for section.
  EXPECT_EQ(direct->beads.size(), x.text.versions[hant].sentences.size());
  for (const Bead& b : direct->beads) {
    EXPECT_EQ(b.a.size(), 1u);
    EXPECT_EQ(b.b.size(), 1u);
    EXPECT_EQ(b.a, b.b);
  }
  for (const SectionPair& sp : direct->sections) {
    EXPECT_GE(sp.a, 0);
    EXPECT_EQ(sp.a, sp.b);
  }
  // The pair runs from the reference; the other pairs do not mix the Chinese.
  EXPECT_EQ(x.alignment.pairs.back().a, hant);
  EXPECT_EQ(x.alignment.pairs.back().b, hans);
}

TEST(AlignDocument, NoChinesePairWhenOneChineseVersionIsTheReference) {
  const Aligned x = align_files({{"zh-CN.md", kSimplified}, {"zh-TW.md", kTraditional}});
  ASSERT_EQ(x.doc().versions.size(), 2u);
  EXPECT_EQ(x.alignment.pairs.size(), 1u);
}

TEST(AlignDocument, VersionWithoutTextGetsNoPair) {
  const Aligned x = align_files({{"en.md", kEnglish}, {"ja.md", "---\ntitle: x\nuntranslated: 1\n---\n"}});
  ASSERT_EQ(x.doc().versions.size(), 2u);
  EXPECT_EQ(x.alignment.reference, static_cast<std::int32_t>(x.version("en")));
  EXPECT_TRUE(x.alignment.pairs.empty());
  EXPECT_TRUE(x.alignment.versions[x.version("ja")].features.empty());
}

TEST(AlignDocument, PlaceholderReferenceFallsBackToAVersionWithText) {
  // --reference names a version with no text: the English is used.
  const Aligned x = align_files({{"en.md", kEnglish}, {"ja.md", "---\ntitle: x\n---\n"}}, "ja");
  EXPECT_EQ(x.alignment.reference, static_cast<std::int32_t>(x.version("en")));
}

TEST(AlignDocument, SingleVersionHasNoReferenceAndNoPairs) {
  const Aligned x = align_files({{"en.md", kEnglish}});
  EXPECT_EQ(x.alignment.reference, -1);
  EXPECT_TRUE(x.alignment.pairs.empty());
  ASSERT_EQ(x.alignment.versions.size(), 1u);
  EXPECT_EQ(x.alignment.versions[0].features.size(), x.text.versions[0].sentences.size());
}

TEST(AlignChooseReference, PrefersTheRequestedLanguageThenEnglishThenTheFirstWithText) {
  const Aligned x = align_files({{"ja.md", kJapanese}, {"en.md", kEnglish}, {"zh-CN.md", kSimplified}});
  const auto& d = x.doc();
  EXPECT_EQ(choose_reference(d, x.text, ""), static_cast<std::int32_t>(x.version("en")));
  EXPECT_EQ(choose_reference(d, x.text, "ja"), static_cast<std::int32_t>(x.version("ja")));
  EXPECT_EQ(choose_reference(d, x.text, "ja-JP"), static_cast<std::int32_t>(x.version("ja")));
  EXPECT_EQ(choose_reference(d, x.text, "zh-CN"), static_cast<std::int32_t>(x.version("zh-Hans")));
  EXPECT_EQ(choose_reference(d, x.text, "ko"), static_cast<std::int32_t>(x.version("en")));

  const Aligned y = align_files({{"zh-TW.md", kTraditional}, {"ja.md", kJapanese}});
  EXPECT_EQ(choose_reference(y.doc(), y.text, ""), 0);
  EXPECT_EQ(choose_reference(y.doc(), y.text, "ja"), static_cast<std::int32_t>(y.version("ja")));
}

TEST(AlignChooseReference, AlignDocumentUsesThePreferredReference) {
  const Aligned x = align_files({{"en.md", kEnglish}, {"ja.md", kJapanese}}, "ja");
  const std::uint32_t en = x.version("en"), ja = x.version("ja");
  EXPECT_EQ(x.alignment.reference, static_cast<std::int32_t>(ja));
  ASSERT_EQ(x.alignment.pairs.size(), 1u);
  EXPECT_EQ(x.alignment.pairs[0].a, ja);
  EXPECT_EQ(x.alignment.pairs[0].b, en);
}

// ---- build_units ---------------------------------------------------------------

TEST(AlignUnits, EverySentenceOfEveryVersionOnceInNWayRows) {
  const std::string ja = without(kJapanese, "バックアップは 90 日以内に削除されます。");
  const Aligned x = align_files({{"en.md", kEnglish}, {"ja.md", ja}, {"zh-CN.md", kSimplified}});
  const auto& d = x.doc();
  ASSERT_EQ(d.versions.size(), 3u);
  const std::vector<Unit> units = build_units(d, x.alignment, x.outline);
  ASSERT_FALSE(units.empty());
  std::vector<std::vector<int>> seen(d.versions.size());
  for (std::size_t v = 0; v < d.versions.size(); ++v) seen[v].assign(x.text.versions[v].sentences.size(), 0);
  int sections = 0;
  for (const Unit& u : units) {
    ASSERT_EQ(u.members.size(), d.versions.size());
    EXPECT_TRUE(std::any_of(u.members.begin(), u.members.end(), [](const auto& m) { return m.has_value(); }));
    EXPECT_GE(u.score, 0.0);
    EXPECT_LE(u.score, 1.0);
    if (u.kind == Unit::Kind::section) {
      ++sections;
      for (const auto& m : u.members)
        if (m) {
          EXPECT_GE(m->section, 0);
          EXPECT_TRUE(m->sentences.empty());
        }
      continue;
    }
    for (std::size_t v = 0; v < d.versions.size(); ++v)
      if (u.members[v]) {
        EXPECT_FALSE(u.members[v]->sentences.empty());
        for (std::uint32_t s : u.members[v]->sentences) {
          ASSERT_LT(s, seen[v].size());
          ++seen[v][s];
        }
      }
  }
  for (std::size_t v = 0; v < d.versions.size(); ++v)
    for (std::size_t s = 0; s < seen[v].size(); ++s)
      EXPECT_EQ(seen[v][s], 1) << d.versions[v].lang << " sentence " << s;
  EXPECT_EQ(sections, 5);  // five headings, matched in all three versions

  // The sentence the Japanese lacks is a row with the English and the Chinese only.
  const std::uint32_t en = x.version("en"), jv = x.version("ja"), hans = x.version("zh-Hans");
  bool found = false;
  for (const Unit& u : units) {
    if (u.kind != Unit::Kind::sentence || !u.members[en]) continue;
    const auto& s = x.text.versions[en].sentences[u.members[en]->sentences.front()];
    if (text::sentence_text(d.versions[en], s) != "Backups are deleted within 90 days.") continue;
    found = true;
    EXPECT_FALSE(u.members[jv].has_value());
    EXPECT_TRUE(u.members[hans].has_value());
  }
  EXPECT_TRUE(found);
}

TEST(AlignUnits, RowsFollowTheReferenceAndSentencesFollowTheirSection) {
  const Aligned x = align_files({{"en.md", kEnglish}, {"ja.md", kJapanese}, {"zh-TW.md", kTraditional}});
  const auto& d = x.doc();
  const std::uint32_t en = x.version("en");
  const std::vector<Unit> units = build_units(d, x.alignment, x.outline);
  // Reference sentences in order, each after the section row of its section.
  std::int64_t last_sentence = -1;
  std::string current_path;
  bool in_section = false;
  for (const Unit& u : units) {
    if (!u.members[en]) continue;
    if (u.kind == Unit::Kind::section) {
      current_path = u.path;
      in_section = true;
      EXPECT_EQ(u.path, x.outline.versions[en].sections[static_cast<std::size_t>(u.members[en]->section)].path);
      continue;
    }
    const std::uint32_t first = u.members[en]->sentences.front();
    EXPECT_GT(static_cast<std::int64_t>(first), last_sentence);
    last_sentence = u.members[en]->sentences.back();
    EXPECT_TRUE(in_section);
    EXPECT_EQ(u.path, current_path) << "sentence " << first;
  }
  EXPECT_EQ(last_sentence + 1, static_cast<std::int64_t>(x.text.versions[en].sentences.size()));
}

TEST(AlignUnits, NothingToAlignGivesNoUnits) {
  const Aligned x = align_files({{"en.md", kEnglish}});
  // A single version is its own reference-less document: no rows.
  EXPECT_TRUE(build_units(x.doc(), x.alignment, x.outline).empty());
}

}  // namespace
}  // namespace concord::align
