#include <gtest/gtest.h>

#include <unicode/ucnv.h>

#include "concord/io/decode.hpp"
#include "concord/io/line_index.hpp"
#include "concord/io/utf8.hpp"

namespace concord::io {
namespace {

// Encodes UTF-8 text into `charset` with ICU (the fixtures make themselves).
std::string encode_as(const std::string& utf8_text, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8_text.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8_text.data(),
                                 static_cast<int32_t>(utf8_text.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

const std::string kSimplified =
    "本合同旨在明确甲乙双方在网络平台信息安全管理方面的权利、义务和责任，保证网络平台信息安全，保障双方合法权益。"
    "甲方应建立健全网络平台信息安全管理制度，保证信息系统安全稳定运行。\n";
const std::string kTraditional =
    "本合同旨在明確甲乙雙方在網絡平臺信息安全管理方面的權利、義務和責任，保證網絡平臺信息安全，保障雙方合法權益。"
    "甲方應建立健全網絡平臺信息安全管理制度，保證信息系統安全穩定運行。\n";
const std::string kJapanese =
    "共有責任モデルとは、クラウド環境における包括的なセキュリティを確保するため、お客様との間でセキュリティ義務と"
    "責任の分配を定義するフレームワークです。当社は、安全で信頼性の高いプラットフォームの構築を最優先事項としています。\n";

TEST(Utf8, NextAndPrevRoundTrip) {
  const std::string s = "a用戶é😀";
  std::size_t pos = 0;
  EXPECT_EQ(utf8::next(s, pos), U'a');
  EXPECT_EQ(utf8::next(s, pos), U'用');
  EXPECT_EQ(utf8::next(s, pos), U'戶');
  EXPECT_EQ(utf8::next(s, pos), U'é');
  EXPECT_EQ(utf8::next(s, pos), U'😀');
  EXPECT_EQ(pos, s.size());
  EXPECT_EQ(utf8::prev(s, pos), U'😀');
  EXPECT_EQ(utf8::prev(s, pos), U'é');
  EXPECT_EQ(utf8::length(s), 5u);
}

TEST(Utf8, FirstInvalidFindsOverlongsSurrogatesAndTruncation) {
  EXPECT_FALSE(utf8::first_invalid("plain ascii, then 中文").has_value());
  EXPECT_EQ(utf8::first_invalid("abc\xC0\x80"), 3u);           // overlong NUL
  EXPECT_EQ(utf8::first_invalid("abcdefghij\xED\xA0\x80"), 10u);  // surrogate
  EXPECT_EQ(utf8::first_invalid("ab\xE4\xB8"), 2u);             // truncated
  EXPECT_EQ(utf8::first_invalid("\xF4\x90\x80\x80"), 0u);       // above U+10FFFF
}

TEST(Decode, EmptyFileIsEmptyText) {
  const Decoded d = decode("");
  EXPECT_FALSE(d.error);
  EXPECT_TRUE(d.text.empty());
}

TEST(Decode, Utf8BomIsDroppedAndOffsetsShift) {
  const Decoded d = decode("\xEF\xBB\xBFhello");
  ASSERT_FALSE(d.error);
  EXPECT_EQ(d.text, "hello");
  EXPECT_EQ(d.map.to_original(0), 3u);
  EXPECT_EQ(d.map.to_original(5), 8u);
}

TEST(Decode, InvalidUtf8ReportsTheByteOffset) {
  const std::string bytes = "Security policy\n\nThe user must protect the \xFF account.\n";
  const Decoded d = decode(bytes);
  ASSERT_TRUE(d.error);
  EXPECT_EQ(d.error->offset, bytes.find('\xFF'));
  EXPECT_NE(d.error->message.find("0xFF"), std::string::npos);
}

TEST(Decode, DamagedUtf8AmongChineseIsReportedNotGuessed) {
  const std::string bytes = kSimplified + "\xE4\xB8" + kSimplified;
  const Decoded d = decode(bytes);
  ASSERT_TRUE(d.error);
  EXPECT_EQ(d.error->offset, kSimplified.size());
}

TEST(Decode, BinaryFilesAreRefused) {
  const Decoded nul = decode(std::string("text\0\1\2binary", 14));
  ASSERT_TRUE(nul.error);
  EXPECT_EQ(nul.error->offset, 4u);
  const Decoded zip = decode(std::string("PK\x03\x04\x14\0\0\0", 8));
  ASSERT_TRUE(zip.error);
  EXPECT_NE(zip.error->message.find("ZIP"), std::string::npos);
}

struct LegacyCase {
  const char* charset;
  const std::string* text;
  const char* expected;
};

class LegacyEncoding : public ::testing::TestWithParam<LegacyCase> {};

TEST_P(LegacyEncoding, DetectsConvertsAndMapsBack) {
  const LegacyCase& c = GetParam();
  const std::string bytes = encode_as(*c.text, c.charset);
  const Decoded d = decode(bytes);
  ASSERT_FALSE(d.error) << d.error->message;
  EXPECT_EQ(d.encoding, c.expected);
  EXPECT_EQ(d.text, *c.text);
  // The last code point maps to the last character of the original bytes.
  EXPECT_EQ(d.map.to_original(static_cast<std::uint32_t>(d.text.size() - 1)), bytes.size() - 1);
  EXPECT_EQ(d.map.to_original(static_cast<std::uint32_t>(d.text.size())), bytes.size());
}

INSTANTIATE_TEST_SUITE_P(Cjk, LegacyEncoding,
                         ::testing::Values(LegacyCase{"GB18030", &kSimplified, "GB18030"},
                                           LegacyCase{"Big5", &kTraditional, "Big5"},
                                           LegacyCase{"Shift_JIS", &kJapanese, "Shift_JIS"},
                                           LegacyCase{"EUC-JP", &kJapanese, "EUC-JP"}));

TEST(Decode, Utf16WithAndWithoutBom) {
  const std::string le = encode_as("Security policy for users\n", "UTF-16LE");
  const Decoded with_bom = decode("\xFF\xFE" + le);
  ASSERT_FALSE(with_bom.error);
  EXPECT_EQ(with_bom.text, "Security policy for users\n");
  EXPECT_EQ(with_bom.map.to_original(1), 4u);  // BOM (2) + one UTF-16 unit (2)
  const Decoded without = decode(encode_as("Security policy for users\n", "UTF-16BE"));
  ASSERT_FALSE(without.error);
  EXPECT_EQ(without.encoding, "UTF-16BE");
  EXPECT_EQ(without.text, "Security policy for users\n");
}

TEST(Decode, ForcedEncodingIsUsed) {
  const Decoded d = decode(encode_as(kSimplified, "GB18030"), {"GB18030"});
  ASSERT_FALSE(d.error);
  EXPECT_EQ(d.text, kSimplified);
}

TEST(LineIndex, LinesAndCodePointColumns) {
  const std::string text = "ab\r\n用戶x\rlast";
  LineIndex idx(text);
  EXPECT_EQ(idx.line_count(), 3u);
  EXPECT_EQ(idx.locate(0).line, 1u);
  const auto x = idx.locate(static_cast<std::uint32_t>(text.find('x')));
  EXPECT_EQ(x.line, 2u);
  EXPECT_EQ(x.column, 3u);  // two CJK code points before it
  EXPECT_EQ(idx.line_text(2), "用戶x");
  EXPECT_EQ(idx.locate(static_cast<std::uint32_t>(text.find("last"))).line, 3u);
}

}  // namespace
}  // namespace concord::io
