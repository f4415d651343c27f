// Sentence splitting, table-driven. Most cases are sentences from the real
// corpora (corpora/real), quoted as the readers give them.
#include <gtest/gtest.h>

#include "concord/text/analysis.hpp"
#include "concord/text/sentences.hpp"
#include "concord/text/words.hpp"

namespace concord::text {
namespace {

struct SentenceCase {
  const char* lang;
  const char* text;
  std::vector<std::string> sentences;
};

std::vector<std::string> split(const std::string& text, const std::string& lang) {
  std::vector<std::string> out;
  for (const TextRange& r : split_sentences(text, lang)) out.push_back(text.substr(r.begin, r.end - r.begin));
  return out;
}

class SentenceSplit : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(SentenceSplit, SplitsWhereAReaderWould) {
  const SentenceCase& c = GetParam();
  EXPECT_EQ(split(c.text, c.lang), c.sentences) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Corpora, SentenceSplit,
    ::testing::Values(
        // English: abbreviations, versions, domains, decimals, URLs, e-mail.
        SentenceCase{"en", "Mozilla uses your derived location to serve this content in the correct format (i.e. for mobile vs desktop), language, and relevant location. Mozilla collects technical data.",
                     {"Mozilla uses your derived location to serve this content in the correct format (i.e. for mobile vs desktop), language, and relevant location.", "Mozilla collects technical data."}},
        SentenceCase{"en", "These terms are governed by the laws of the state of California, U.S.A. Any dispute will be resolved there.",
                     {"These terms are governed by the laws of the state of California, U.S.A.", "Any dispute will be resolved there."}},
        // An acronym ends a sentence (ICU's abbreviation list matches "O." in "AMO.").
        SentenceCase{"en", "You can also upload or otherwise add content to create a user profile on AMO. Mozilla’s Acceptable Use Policy lays out our rules. The EU. No. 5 applies.",
                     {"You can also upload or otherwise add content to create a user profile on AMO.", "Mozilla’s Acceptable Use Policy lays out our rules.", "The EU.", "No. 5 applies."}},
        SentenceCase{"en", "Contact J. R. SMITH. The U.S. Government and NO. 5 stay whole.",
                     {"Contact J. R. SMITH.", "The U.S. Government and NO. 5 stay whole."}},
        SentenceCase{"en", "This Code of Conduct is adapted from the Contributor Covenant, version 1.3.0, available at https://www.contributor-covenant.org/version/1/3/0/code-of-conduct.html. Thanks.",
                     {"This Code of Conduct is adapted from the Contributor Covenant, version 1.3.0, available at https://www.contributor-covenant.org/version/1/3/0/code-of-conduct.html.", "Thanks."}},
        SentenceCase{"en", "If you request a certificate for 192.168.1.1, the exact set of identifiers is that address. It is rate limited.",
                     {"If you request a certificate for 192.168.1.1, the exact set of identifiers is that address.", "It is rate limited."}},
        SentenceCase{"en", "Use strong passwords, e.g. Passphrases with 20 characters. Rotate them.",
                     {"Use strong passwords, e.g. Passphrases with 20 characters.", "Rotate them."}},
        SentenceCase{"en", "The service keeps 99.9% uptime. See status.zoho.com for details.",
                     {"The service keeps 99.9% uptime.", "See status.zoho.com for details."}},
        SentenceCase{"en", "Write to privacy@mozilla.com. We answer within 30 days.",
                     {"Write to privacy@mozilla.com.", "We answer within 30 days."}},
        SentenceCase{"en", "Firefox v1.3 added it. Version 3.0.1 removed it!",
                     {"Firefox v1.3 added it.", "Version 3.0.1 removed it!"}},
        SentenceCase{"en", "Article 1 (Purpose) QBOX hereby establishes the QBOX Information Security Policy (hereinafter referred to as \"this Policy\") as the highest guiding principle. This policy aims to safeguard information assets.",
                     {"Article 1 (Purpose) QBOX hereby establishes the QBOX Information Security Policy (hereinafter referred to as \"this Policy\") as the highest guiding principle.", "This policy aims to safeguard information assets."}},
        SentenceCase{"en", "Is it open? Yes. It is.", {"Is it open?", "Yes.", "It is."}},
        // A dot with a Latin character right after it is inside a token; CJK text may follow a sentence directly.
        SentenceCase{"en", "Skip the validation step for `nonexistent.${YOUR_DOMAIN}`. Then revoke it.",
                     {"Skip the validation step for `nonexistent.${YOUR_DOMAIN}`.", "Then revoke it."}},
        SentenceCase{"zh-Hans", "You may have other rights under your own country’s laws.根据法律，您可能拥有其他权利。",
                     {"You may have other rights under your own country’s laws.", "根据法律，您可能拥有其他权利。"}},
        SentenceCase{"en", "Contact J. Smith at cybozu.com for details.", {"Contact J. Smith at cybozu.com for details."}},
        // Chinese and Japanese: 。！？ end sentences; decimals and URLs do not.
        SentenceCase{"zh-Hans", "Firefox 隐私声明。2026 年 5 月 4 日生效。", {"Firefox 隐私声明。", "2026 年 5 月 4 日生效。"}},
        SentenceCase{"zh-Hans", "使用强密码保护账号安全。管理用户账户、角色和权限,确保正确的身份验证措施。",
                     {"使用强密码保护账号安全。", "管理用户账户、角色和权限,确保正确的身份验证措施。"}},
        SentenceCase{"zh-Hans", "本检查表介绍了由才望子信息技术(上海)有限公司提供的cybozu.com(中国)服务的安全对策。",
                     {"本检查表介绍了由才望子信息技术(上海)有限公司提供的cybozu.com(中国)服务的安全对策。"}},
        SentenceCase{"zh-Hant", "上傳到凱鈿服務的資料完整性和安全性。 性。 控制存放在凱鈿服務中的數據資料。",
                     {"上傳到凱鈿服務的資料完整性和安全性。", "性。", "控制存放在凱鈿服務中的數據資料。"}},
        SentenceCase{"zh-Hans", "感应雷电保护的电压保护等级为1.5kV。该数据中心符合FISC的设施标准！是否需要？",
                     {"感应雷电保护的电压保护等级为1.5kV。", "该数据中心符合FISC的设施标准！", "是否需要？"}},
        SentenceCase{"ja", "当社は、99.9%のアップタイムSLAに従ってサービスを利用可能な状態に保つ責任を負います。お客様として、 status.zoho.com にいつでもアクセスできます。",
                     {"当社は、99.9%のアップタイムSLAに従ってサービスを利用可能な状態に保つ責任を負います。", "お客様として、 status.zoho.com にいつでもアクセスできます。"}},
        SentenceCase{"ja", "なぜ共同責任モデルが重要なのでしょうか? これは憂慮すべきことです。",
                     {"なぜ共同責任モデルが重要なのでしょうか?", "これは憂慮すべきことです。"}},
        SentenceCase{"ja", "この行動規範は、Contributor Covenant バージョン 1.4 に適合しています。", {"この行動規範は、Contributor Covenant バージョン 1.4 に適合しています。"}},
        SentenceCase{"ja", "「共有責任モデル」とは何ですか。責任の分配を定義します。",
                     {"「共有責任モデル」とは何ですか。", "責任の分配を定義します。"}},
        SentenceCase{"zh-Hant", "詳情請參閱 https://tools.ietf.org/html/rfc8555#section-8.3。感謝。",
                     {"詳情請參閱 https://tools.ietf.org/html/rfc8555#section-8.3。", "感謝。"}},
        // A sentence end inside brackets, or inside a quote that the sentence goes on after, ends nothing.
        SentenceCase{"ja", "本利用規約（以下「本規約」といいます。）は、Mozilla のサービスに適用されます。作品（定義は後述する。）を利用できます。",
                     {"本利用規約（以下「本規約」といいます。）は、Mozilla のサービスに適用されます。", "作品（定義は後述する。）を利用できます。"}},
        SentenceCase{"ja", "彼は「ありがとう。」と言った。「はい。」「いいえ。」", {"彼は「ありがとう。」と言った。", "「はい。」", "「いいえ。」"}},
        SentenceCase{"ja", "括弧が閉じない（注意。次の文です。", {"括弧が閉じない（注意。", "次の文です。"}},
        // A line break kept by the reader (before a typed item number) ends a sentence; the number stays with it.
        SentenceCase{"ja", "1.知る権利\n2.コピーを要求する権利", {"1.知る権利", "2.コピーを要求する権利"}},
        SentenceCase{"en", "1.Be informed\n2. Request a copy. Of data.", {"1.Be informed", "2. Request a copy.", "Of data."}}));

TEST(SentenceSplit, EmptyAndBlankTextGiveNoSentence) {
  EXPECT_TRUE(split_sentences("", "en").empty());
  EXPECT_TRUE(split_sentences("   ", "zh-Hans").empty());
}

TEST(SentenceSplit, OffsetsPointIntoTheText) {
  const std::string text = "  第一句。 第二句。";
  const auto r = split_sentences(text, "zh-Hans");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(text.substr(r[1].begin, r[1].end - r[1].begin), "第二句。");
}

TEST(WordSplit, DictionarySegmentsChinese) {
  const std::string text = "确保正確的身份驗證措施";
  std::vector<std::string> words;
  for (const Token& t : split_words(text, "zh-Hant")) words.push_back(text.substr(t.begin, t.end - t.begin));
  EXPECT_EQ(words, (std::vector<std::string>{"确保", "正確", "的", "身份", "驗證", "措施"}));
  EXPECT_FALSE(is_word_boundary("正確的", "zh-Hant", 3));  // inside 正確
  EXPECT_TRUE(is_word_boundary("正確的", "zh-Hant", 6));
}

TEST(WordSplit, StatusesTellNumbersAndLetters) {
  const std::string text = "Store 24 files";
  const auto tokens = split_words(text, "en");
  ASSERT_GE(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].status, WordStatus::letter);
  EXPECT_EQ(tokens[2].status, WordStatus::number);
}

}  // namespace
}  // namespace concord::text

namespace concord::text {
namespace {

TEST(AnalyzeBlock, EachSentenceCarriesTheEntitiesThatStartInIt) {
  const std::string_view text = "本协议于2024年12月27日生效。请在24小時内回复 a@b.cn。没有数字。";
  std::vector<Sentence> sentences;
  analyze_block(text, "zh-Hans", 7, sentences);
  ASSERT_EQ(sentences.size(), 3u);
  for (const Sentence& s : sentences) EXPECT_EQ(s.block, 7u);
  ASSERT_EQ(sentences[0].entities.size(), 1u);
  EXPECT_EQ(sentences[0].entities[0].kind, EntityKind::date);
  EXPECT_EQ(sentences[0].entities[0].value, "2024-12-27");
  ASSERT_EQ(sentences[1].entities.size(), 2u);
  EXPECT_EQ(sentences[1].entities[0].value, "PT24H");
  EXPECT_EQ(sentences[1].entities[1].kind, EntityKind::email);
  // Offsets are in the block's text, like the sentence's own.
  const Entity& mail = sentences[1].entities[1];
  EXPECT_EQ(text.substr(mail.begin, mail.end - mail.begin), "a@b.cn");
  EXPECT_GE(mail.begin, sentences[1].begin);
  EXPECT_LE(mail.end, sentences[1].end);
  EXPECT_TRUE(sentences[2].entities.empty());
}

TEST(AnalyzeBlock, KeysFoldWidthCaseAndTraditionalForms) {
  std::vector<Sentence> sentences;
  analyze_block("Ｕｓｅ  ISO 27001 in 資訊安全.", "en", 0, sentences);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].key, "use iso 27001 in 资讯安全.");
}

}  // namespace
}  // namespace concord::text
