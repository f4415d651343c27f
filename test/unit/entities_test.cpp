#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "concord/io/utf8.hpp"
#include "concord/text/entities.hpp"
#include "support/repetitive_inputs.hpp"

namespace concord::text {
namespace {

// A case: a text, its language, and the entities expected, written "kind:value | kind:value"
// ("" when the text holds none).
struct Case {
  const char* text;
  const char* lang;
  const char* expected;
};

std::ostream& operator<<(std::ostream& out, const Case& c) { return out << '[' << c.lang << "] " << c.text; }

std::string describe(const std::vector<Entity>& entities) {
  std::string out;
  for (const Entity& e : entities) {
    if (!out.empty()) out += " | ";
    out += to_string(e.kind);
    out += ':';
    out += e.value;
  }
  return out;
}

class EntitiesTable : public testing::TestWithParam<Case> {};

TEST_P(EntitiesTable, Extracts) {
  const Case& c = GetParam();
  EXPECT_EQ(describe(extract_entities(c.text, c.lang)), c.expected) << c.text;
}

// ---------------------------------------------------------------------------------------------
// Numbers: Arabic with separators, full-width, spelled English.
const Case kNumbers[] = {
    {"Up to 10 accounts can be created.", "en", "number:10"},
    {"The file is 1,234,567.89 bytes long.", "en", "number:1234567.89"},
    {"It costs 0.50 per unit.", "en", "number:0.5"},
    {"Up to 1,152 consecutive failures.", "en", "number:1152"},
    {"up to 49,999 additional paused identifiers", "en", "number:49999"},
    {"Agent 007 reported.", "en", "number:7"},
    {"Pick 1,2,3 in order.", "en", "number:1 | number:2 | number:3"},
    {"twenty-four users", "en", "number:24"},
    {"one hundred users", "en", "number:100"},
    {"thirty-five members", "en", "number:35"},
    {"six members", "en", "number:6"},
    {"five million users", "en", "number:5000000"},
    {"5 million users", "en", "number:5000000"},
    {"1.5 billion requests", "en", "number:1500000000"},
    {"one hundred and five pages", "en", "number:105"},
    {"a /48 IPv6 subnet", "en", "number:48"},
    {"a 503 Service Unavailable error", "en", "number:503"},
    {"The 2019-2024 reports", "en", "number:2019 | number:2024"},
    {"between 3 and 5 times", "en", "number:3 | number:5"},
    {"In 2024, we changed it.", "en", "number:2024"},
    {"TLS 1.2 is required", "en", "number:1.2"},
    {"10GB of storage", "en", "number:10"},
    {"5k users", "en", "number:5000"},
    {"two of them", "en", "number:2"},
    {"thirty (30) members", "en", "number:30"},
    {"Twelve people", "en", "number:12"},
    {"共２４名用户", "zh-Hans", "number:24"},
    {"５０人以上", "ja", "number:50"},
    {"the ratio 3:1 applies", "en", "number:3 | number:1"},
    {"149 New Montgomery St", "en", "number:149"},
};
INSTANTIATE_TEST_SUITE_P(EntitiesNumbers, EntitiesTable, testing::ValuesIn(kNumbers));

// CJK numerals: positional, digit by digit, mixed with Arabic digits, decimals; and the words
// in which 一 and friends are not numbers.
const Case kCjkNumerals[] = {
    {"三十五名成员", "zh-Hans", "number:35"},
    {"一百零五个", "zh-Hans", "number:105"},
    {"两千名用户", "zh-Hans", "number:2000"},
    {"一万二千名", "zh-Hans", "number:12000"},
    {"十二个项目", "zh-Hans", "number:12"},
    {"二〇二四", "zh-Hans", "number:2024"},
    {"3万用户", "zh-Hans", "number:30000"},
    {"1.5亿用户", "zh-Hans", "number:150000000"},
    {"九十九点九", "zh-Hans", "number:99.9"},
    {"九十九點九", "zh-Hant", "number:99.9"},
    {"三千五百人", "zh-Hans", "number:3500"},
    {"约三千五人", "zh-Hans", "number:3500"},
    {"一万五千人", "zh-Hans", "number:15000"},
    {"两万三千人", "zh-Hans", "number:23000"},
    {"三亿五千万人", "zh-Hans", "number:350000000"},
    {"十万用户", "zh-Hans", "number:100000"},
    {"二十个", "zh-Hans", "number:20"},
    {"三萬名", "zh-Hant", "number:30000"},
    {"一億人", "zh-Hant", "number:100000000"},
    {"兩個帳戶", "zh-Hant", "number:2"},
    {"三種方法", "zh-Hant", "number:3"},
    {"一萬二千名用戶", "zh-Hant", "number:12000"},
    {"二〇二四年", "zh-Hant", "number:2024"},
    {"有三种方法可以验证所有权", "zh-Hans", "number:3"},
    {"订阅提供月度和年度订阅两种计划。", "zh-Hans", "number:2"},
    {"付款方式的最后四位数字", "zh-Hans", "number:4"},
    {"二つの方法", "ja", "number:2"},
    {"3つのタイプ", "ja", "number:3"},
    {"二人で", "ja", "number:2"},
    {"1兆円", "ja", "amount:JPY 1000000000000"},
    {"零风险", "zh-Hans", ""},
    {"四五天", "zh-Hans", ""},
    {"三四十人", "zh-Hans", ""},
    {"一一核对", "zh-Hans", ""},
    {"两者都", "zh-Hans", ""},
    {"一つの", "ja", ""},
    {"二次教学培训", "zh-Hans", ""},
    {"二次メールアドレス", "ja", ""},
};
INSTANTIATE_TEST_SUITE_P(EntitiesCjkNumerals, EntitiesTable, testing::ValuesIn(kCjkNumerals));

const Case kPercents[] = {
    {"an uptime of 99.9%", "en", "percent:99.9%"},
    {"99.9％のアップタイム", "ja", "percent:99.9%"},
    {"99.9 percent of requests", "en", "percent:99.9%"},
    {"five percent of users", "en", "percent:5%"},
    {"one percent", "en", "percent:1%"},
    {"12.5 per cent", "en", "percent:12.5%"},
    {"百分之九十九点九", "zh-Hans", "percent:99.9%"},
    {"百分之五", "zh-Hans", "percent:5%"},
    {"百分之百", "zh-Hans", "percent:100%"},
    {"百分之五十", "zh-Hans", "percent:50%"},
    {"百分之5", "zh-Hans", "percent:5%"},
    {"百分之九十九點九", "zh-Hant", "percent:99.9%"},
    {"可用性達 99.9%", "zh-Hant", "percent:99.9%"},
    {"100&#37; 正確であること", "ja", "percent:100%"},
    {"3割引", "ja", "percent:30%"},
    {"50 パーセント", "ja", "percent:50%"},
    {"我们不能保证它们100%正确", "zh-Hans", "percent:100%"},
    {"百分之", "zh-Hans", ""},
};
INSTANTIATE_TEST_SUITE_P(EntitiesPercents, EntitiesTable, testing::ValuesIn(kPercents));

const Case kAmounts[] = {
    {"pay $5 now", "en", "amount:USD 5"},
    {"pay US$5 now", "en", "amount:USD 5"},
    {"up to US$10,000", "en", "amount:USD 10000"},
    {"5 dollars", "en", "amount:USD 5"},
    {"5 US dollars", "en", "amount:USD 5"},
    {"five hundred dollars", "en", "amount:USD 500"},
    {"FIVE HUNDRED DOLLARS", "en", "amount:USD 500"},
    {"$5 million", "en", "amount:USD 5000000"},
    {"$5.50 each", "en", "amount:USD 5.5"},
    {"€10 fee", "en", "amount:EUR 10"},
    {"10 euros", "en", "amount:EUR 10"},
    {"EUR 10", "en", "amount:EUR 10"},
    {"USD 5", "en", "amount:USD 5"},
    {"£20", "en", "amount:GBP 20"},
    {"RMB 5", "en", "amount:CNY 5"},
    {"5 yuan", "en", "amount:CNY 5"},
    {"100 yen", "en", "amount:JPY 100"},
    {"¥100", "ja", "amount:JPY 100"},
    {"¥100", "zh-Hans", "amount:CNY 100"},
    {"￥100", "zh-Hans", "amount:CNY 100"},
    {"100円", "ja", "amount:JPY 100"},
    {"1万円", "ja", "amount:JPY 10000"},
    {"1,000万円", "ja", "amount:JPY 10000000"},
    {"500 米ドル", "ja", "amount:USD 500"},
    {"500 ドル", "ja", "amount:USD 500"},
    {"5美元", "zh-Hans", "amount:USD 5"},
    {"500 美元", "zh-Hans", "amount:USD 500"},
    {"5元", "zh-Hans", "amount:CNY 5"},
    {"人民币5元", "zh-Hans", "amount:CNY 5"},
    {"人民币 5 元", "zh-Hans", "amount:CNY 5"},
    {"人民幣5元", "zh-Hant", "amount:CNY 5"},
    {"新臺幣 150 元", "zh-Hant", "amount:TWD 150"},
    {"不超過 500 美元", "zh-Hant", "amount:USD 500"},
    {"100日元", "zh-Hans", "amount:JPY 100"},
    {"10欧元", "zh-Hans", "amount:EUR 10"},
    {"三百元", "zh-Hans", "amount:CNY 300"},
    {"五百美元", "zh-Hans", "amount:USD 500"},
    {"1.5亿元", "zh-Hans", "amount:CNY 150000000"},
    {"賠償總額須不逾美金五百元。", "zh-Hant", "amount:USD 500"},
    {"港幣 100 元", "zh-Hant", "amount:HKD 100"},
    {"日本の企業", "ja", ""},
    {"echo $HOME", "en", ""},
};
INSTANTIATE_TEST_SUITE_P(EntitiesAmounts, EntitiesTable, testing::ValuesIn(kAmounts));

const Case kDates[] = {
    {"更新日：2024年12月27日", "zh-Hans", "date:2024-12-27"},
    {"2024 年 12 月 27 日", "zh-Hans", "date:2024-12-27"},
    {"2024 年 12 月 27 日起生效", "zh-Hant", "date:2024-12-27"},
    {"二〇二四年十二月二十七日", "zh-Hant", "date:2024-12-27"},
    {"２０２４年１２月２７日", "ja", "date:2024-12-27"},
    {"二〇二四年十二月二十七日", "zh-Hans", "date:2024-12-27"},
    {"二零二四年十二月二十七日", "zh-Hans", "date:2024-12-27"},
    {"令和6年12月27日", "ja", "date:2024-12-27"},
    {"令和元年5月1日", "ja", "date:2019-05-01"},
    {"平成31年4月30日", "ja", "date:2019-04-30"},
    {"令和六年十二月二十七日", "ja", "date:2024-12-27"},
    {"令和6年", "ja", "number:2024"},
    {"民國113年12月27日", "zh-Hant", "date:2024-12-27"},
    {"人民法院", "zh-Hans", ""},
    {"December 27, 2024", "en", "date:2024-12-27"},
    {"Dec. 27, 2024", "en", "date:2024-12-27"},
    {"Dec 27, 2024", "en", "date:2024-12-27"},
    {"27 Dec 2024", "en", "date:2024-12-27"},
    {"27 December 2024", "en", "date:2024-12-27"},
    {"27th December 2024", "en", "date:2024-12-27"},
    {"December 27th, 2024", "en", "date:2024-12-27"},
    {"2024-12-27", "en", "date:2024-12-27"},
    {"2024/12/27", "ja", "date:2024-12-27"},
    {"2024.12.27", "zh-Hans", "date:2024-12-27"},
    {"12/27/2024", "en", "date:2024-12-27"},
    {"27/12/2024", "en", "date:2024-12-27"},
    {"3/4/2024", "en", ""},
    {"December 2024", "en", "date:2024-12"},
    {"2024年12月", "zh-Hans", "date:2024-12"},
    {"12月27日", "zh-Hans", "date:--12-27"},
    {"on December 27", "en", "date:--12-27"},
    {"2024年", "zh-Hans", "number:2024"},
    {"2024年2月30日", "zh-Hans", "number:2024 | number:30"},
    {"February 29, 2024", "en", "date:2024-02-29"},
    {"lastmod: 2026-08-05", "en", "date:2026-08-05"},
    {"2026 年 5 月 4 日生效", "zh-Hans", "date:2026-05-04"},
    {"最終更新　2024 年 3 月 18 日", "ja", "date:2024-03-18"},
    {"May 4, 2026", "en", "date:2026-05-04"},
    {"you may 4 times", "en", "number:4"},
    {"2024年12月27日（金）", "ja", "date:2024-12-27"},
    {"11       March 1996", "en", "date:1996-03-11"},
    {"二〇二四年", "zh-Hans", "number:2024"},
    {"12月", "zh-Hans", ""},
    {"十二月", "zh-Hans", ""},
};
INSTANTIATE_TEST_SUITE_P(EntitiesDates, EntitiesTable, testing::ValuesIn(kDates));

const Case kTimes[] = {
    {"09:00 (UTC)", "en", "time:09:00Z"},
    {"18:00 JST", "en", "time:09:00Z"},
    {"01:02:04 (JST)", "en", "time:16:02:04Z"},
    {"9:00 AM PST", "en", "time:17:00Z"},
    {"9:00 AM", "en", "time:09:00"},
    {"9:30 pm", "en", "time:21:30"},
    {"at 9am", "en", "time:09:00"},
    {"at 9 p.m.", "en", "time:21:00"},
    {"12:00 AM", "en", "time:00:00"},
    {"10:30 CST", "en", "time:16:30Z"},
    {"10:30 CST", "zh-Hans", "time:02:30Z"},
    {"10:30 UTC+8", "en", "time:02:30Z"},
    {"10:30 GMT+09:00", "en", "time:01:30Z"},
    {"10:30 (UTC+9)", "ja", "time:01:30Z"},
    {"10:30Z", "en", "time:10:30Z"},
    {"23:30 EST", "en", "time:04:30Z"},
    {"09:00+09:00", "en", "time:00:00Z"},
    {"1:00 CEST", "en", "time:23:00Z"},
    {"9时30分", "zh-Hans", "time:09:30"},
    {"9點30分", "zh-Hant", "time:09:30"},
    {"下午3點30分", "zh-Hant", "time:15:30"},
    {"18:00（台北時間）", "zh-Hant", "time:10:00Z"},
    {"午前9時", "ja", "time:09:00"},
    {"午後3時30分", "ja", "time:15:30"},
    {"下午3点", "zh-Hans", "time:15:00"},
    {"上午9:00", "zh-Hans", "time:09:00"},
    {"九时三十分", "zh-Hans", "time:09:30"},
    {"9時から受付", "ja", "time:09:00"},
    {"接待时间: 工作日9:00-18:00", "zh-Hans", "time:09:00 | time:18:00"},
    {"9:00 to 18:00 JST", "en", "time:00:00Z | time:09:00Z"},
    {"9:00～18:00（日本時間）", "ja", "time:00:00Z | time:09:00Z"},
    {"9:00 日本時間", "ja", "time:00:00Z"},
    {"18:00（北京时间）", "zh-Hans", "time:10:00Z"},
    {"９：００", "ja", "time:09:00"},
    {"24時間", "ja", "duration:PT24H"},
    {"一時停止", "ja", ""},
    {"以下三点", "zh-Hans", "number:3"},
};
INSTANTIATE_TEST_SUITE_P(EntitiesTimes, EntitiesTable, testing::ValuesIn(kTimes));

const Case kDatetimes[] = {
    {"2024-12-28 01:02:04 JST", "en", "datetime:2024-12-27T16:02:04Z"},
    {"retry after 1970-01-01 00:18:15 UTC.", "en", "datetime:1970-01-01T00:18:15Z"},
    {"2024-12-27T09:00:00Z", "en", "datetime:2024-12-27T09:00:00Z"},
    {"2024-12-27T09:00:00+09:00", "en", "datetime:2024-12-27T00:00:00Z"},
    {"December 27, 2024 at 9:00 AM PST", "en", "datetime:2024-12-27T17:00Z"},
    {"2024年12月27日 18:00 JST", "ja", "datetime:2024-12-27T09:00Z"},
    {"2024年12月27日（金）9:00", "ja", "datetime:2024-12-27T09:00"},
    {"2025年1月1日午前0時30分(JST)", "ja", "datetime:2024-12-31T15:30Z"},
    {"2024-12-31 23:00 EST", "en", "datetime:2025-01-01T04:00Z"},
    {"2024-02-28 20:00 PST", "en", "datetime:2024-02-29T04:00Z"},
    {"2024年12月27日下午3点", "zh-Hans", "datetime:2024-12-27T15:00"},
    {"on 2024-12-27 10 accounts", "en", "date:2024-12-27 | number:10"},
};
INSTANTIATE_TEST_SUITE_P(EntitiesDatetimes, EntitiesTable, testing::ValuesIn(kDatetimes));

const Case kDurations[] = {
    {"six days", "en", "duration:P6D"},
    {"within 6 days", "en", "duration:P6D"},
    {"6 天", "zh-Hans", "duration:P6D"},
    {"6日間", "ja", "duration:P6D"},
    {"24 hours", "en", "duration:PT24H"},
    {"24小時", "zh-Hant", "duration:PT24H"},
    {"30 天內", "zh-Hant", "duration:P30D"},
    {"三十日內補正", "zh-Hant", "duration:P30D"},
    {"兩週", "zh-Hant", "duration:P2W"},
    {"十分鐘", "zh-Hant", "duration:PT10M"},
    {"24小时", "zh-Hans", "duration:PT24H"},
    {"24時間", "ja", "duration:PT24H"},
    {"1週間", "ja", "duration:P1W"},
    {"one week", "en", "duration:P1W"},
    {"1周", "zh-Hans", "duration:P1W"},
    {"3 months", "en", "duration:P3M"},
    {"3个月", "zh-Hans", "duration:P3M"},
    {"3か月", "ja", "duration:P3M"},
    {"3ヶ月", "ja", "duration:P3M"},
    {"3カ月", "ja", "duration:P3M"},
    {"3個月", "zh-Hant", "duration:P3M"},
    {"1 year", "en", "duration:P1Y"},
    {"1年間", "ja", "duration:P1Y"},
    {"30 minutes", "en", "duration:PT30M"},
    {"30分钟", "zh-Hans", "duration:PT30M"},
    {"30分間", "ja", "duration:PT30M"},
    {"30 seconds", "en", "duration:PT30S"},
    {"30秒", "ja", "duration:PT30S"},
    {"30日内", "zh-Hans", "duration:P30D"},
    {"30日以内", "ja", "duration:P30D"},
    {"a 30-day notice", "en", "duration:P30D"},
    {"a 24-hour window", "en", "duration:PT24H"},
    {"10 business days", "en", "duration:P10D"},
    {"10 个工作日", "zh-Hans", "duration:P10D"},
    {"10 営業日", "ja", "duration:P10D"},
    {"保存一年", "zh-Hans", "duration:P1Y"},
    {"两年", "zh-Hans", "duration:P2Y"},
    {"三天", "zh-Hans", "duration:P3D"},
    {"一个月", "zh-Hans", "duration:P1M"},
    {"一小时", "zh-Hans", "duration:PT1H"},
    {"1152 天（3.16 年）", "zh-Hans", "duration:P1152D | duration:P3.16Y"},
    {"thirty (30) days", "en", "duration:P30D"},
    {"twenty-four hours", "en", "duration:PT24H"},
    {"one year", "en", "duration:P1Y"},
    {"a year", "en", ""},
    {"13 years old", "en", "number:13"},
    {"13 歳以上", "ja", "number:13"},
    {"年满 13 岁", "zh-Hans", "number:13"},
    {"1 hour", "en", "duration:PT1H"},
    {"2 weeks", "en", "duration:P2W"},
    {"2个星期", "zh-Hans", "duration:P2W"},
    {"3年以内", "ja", "duration:P3Y"},
    {"10年間保持", "ja", "duration:P10Y"},
    {"3年生", "ja", "number:3"},
    {"30日に", "ja", "number:30"},
    {"每月30日前", "zh-Hans", "number:30"},
    {"30 日前に", "ja", "duration:P30D"},
    {"6か月に1度", "ja", "duration:P6M | number:1"},
    {"24h", "en", "duration:PT24H"},
    {"in the last 3h0m0s", "en", ""},
    {"every 22\nseconds", "en", "duration:PT22S"},
    {"9.46 months", "en", "duration:P9.46M"},
    {"1 周年", "zh-Hans", "number:1"},
    {"三十 (30) 日", "zh-Hans", "number:30"},
};
INSTANTIATE_TEST_SUITE_P(EntitiesDurations, EntitiesTable, testing::ValuesIn(kDurations));

const Case kVersions[] = {
    {"release 3.0.1", "en", "version:3.0.1"},
    {"v1.3", "en", "version:1.3"},
    {"version 1.3", "en", "version:1.3"},
    {"Version 2.0", "en", "version:2.0"},
    {"バージョン1.3", "ja", "version:1.3"},
    {"バージョン 2.1 の", "ja", "version:2.1"},
    {"版本1.3", "zh-Hans", "version:1.3"},
    {"版本 2.1", "zh-Hans", "version:2.1"},
    {"版本 1.4", "zh-Hant", "version:1.4"},
    {"Ver.1.3", "ja", "version:1.3"},
    {"v2", "en", "version:2"},
    {"1.2.3.4.5", "en", "version:1.2.3.4.5"},
    {"10.0.300.1", "en", "version:10.0.300.1"},
    {"a version of the policy", "en", ""},
    {"the versions differ", "en", ""},
    {"very well", "en", ""},
    {"v1.3版", "zh-Hans", "version:1.3"},
    {"改编自 Contributor Covenant 2.1 版", "zh-Hans", "latin_term:Contributor Covenant | version:2.1"},
    {"使用条款 1.2 版本", "zh-Hans", "version:1.2"},
};
INSTANTIATE_TEST_SUITE_P(EntitiesVersions, EntitiesTable, testing::ValuesIn(kVersions));

const Case kIdentifiers[] = {
    {"CVE-2024-27280", "en", "identifier:CVE-2024-27280"},
    {"ISO/IEC 27001", "en", "identifier:ISO/IEC 27001"},
    {"ISO/IEC27001", "zh-Hans", "identifier:ISO/IEC 27001"},
    {"ISO 27001", "en", "identifier:ISO 27001"},
    {"ISO 27001:2013", "en", "identifier:ISO 27001:2013"},
    {"RFC 8555", "en", "identifier:RFC 8555"},
    {"RFC8555", "en", "identifier:RFC 8555"},
    {"NIST SP 800-53", "en", "identifier:NIST SP 800-53"},
    {"NIST SP800-53", "en", "identifier:NIST SP 800-53"},
    {"SOC 2", "en", "identifier:SOC 2"},
    {"SOC2 report", "en", "identifier:SOC 2"},
    {"认证注册编号：IS 577142", "zh-Hans", "identifier:IS 577142"},
    {"CLOUD 715091", "zh-Hans", "identifier:CLOUD 715091"},
    {"GB/T 22239-2019", "zh-Hans", "identifier:GB/T 22239-2019"},
    {"GB/T22239-2019", "zh-Hans", "identifier:GB/T 22239-2019"},
    {"通過 ISO/IEC 27001 認證", "zh-Hant", "identifier:ISO/IEC 27001"},
    {"FIPS 140-2", "en", "identifier:FIPS 140-2"},
    {"CWE-79", "en", "identifier:CWE-79"},
    {"电话：021-52392626", "zh-Hans", "identifier:021-52392626"},
    {"Fax: 650-903-0875", "en", "identifier:650-903-0875"},
    {"call +1 650 903 0875", "en", "identifier:+1-650-903-0875"},
    {"San Francisco, CA 94105", "en", "identifier:CA 94105"},
    {"192.168.1.1", "en", "identifier:192.168.1.1"},
    {"SOC 2 Type II", "en", "identifier:SOC 2"},
    {"ISO certification", "en", ""},
    {"ISO/IEC 27017 认证", "zh-Hans", "identifier:ISO/IEC 27017"},
};
INSTANTIATE_TEST_SUITE_P(EntitiesIdentifiers, EntitiesTable, testing::ValuesIn(kIdentifiers));

const Case kWeb[] = {
    {"see https://example.com/a.", "en", "url:https://example.com/a"},
    {"<https://www.kintone.cn/service/security.aspx?cid=58>", "zh-Hans",
     "url:https://www.kintone.cn/service/security.aspx?cid=58"},
    {"(https://en.wikipedia.org/wiki/Foo_(bar))", "en", "url:https://en.wikipedia.org/wiki/Foo_(bar)"},
    {"[令牌桶算法](https://en.wikipedia.org/wiki/Token_bucket)限制", "zh-Hans",
     "url:https://en.wikipedia.org/wiki/Token_bucket"},
    {"访问https://www.cybozu.cn/获取", "zh-Hans", "url:https://www.cybozu.cn/"},
    {"Visit www.example.com.", "en", "url:www.example.com"},
    {"由cybozu.com(中国)提供", "zh-Hans", "url:cybozu.com"},
    {"請寄信至 legal@mozilla.com。", "zh-Hant", "email:legal@mozilla.com"},
    {"see status.zoho.com for", "en", "url:status.zoho.com"},
    {"Mozilla.org hosts", "en", "url:mozilla.org"},
    {"example.co.uk is", "en", "url:example.co.uk"},
    {"example.com/docs/ is", "en", "url:example.com/docs/"},
    {"Node.js runs", "en", ""},
    {"e.g. this", "en", ""},
    {"the details.In addition", "en", ""},
    {"README.md", "en", ""},
    {"Email DPO@Mozilla.com.", "en", "email:dpo@mozilla.com"},
    {"legal-notices@mozilla.com", "en", "email:legal-notices@mozilla.com"},
    {"请发送邮件至 privacy@example.cn。", "zh-Hans", "email:privacy@example.cn"},
    {"user@localhost", "en", ""},
    {"https://user@host.com/x", "en", "url:https://user@host.com/x"},
    {"https://example.com，以及", "zh-Hans", "url:https://example.com"},
    {"ftp://files.example.org/a.txt", "en", "url:ftp://files.example.org/a.txt"},
    {"https://example.com/a_(b)_c;", "en", "url:https://example.com/a_(b)_c"},
};
INSTANTIATE_TEST_SUITE_P(EntitiesWeb, EntitiesTable, testing::ValuesIn(kWeb));

const Case kLatinTerms[] = {
    {"Zoho Creatorでは", "ja", "latin_term:Zoho Creator"},
    {"采用AES-256加密", "zh-Hans", "latin_term:AES-256"},
    {"HIPAAなど", "ja", "latin_term:HIPAA"},
    {"使用 Firefox 浏览器", "zh-Hans", "latin_term:Firefox"},
    {"Let's Encrypt 采取了", "zh-Hans", "latin_term:Let's Encrypt"},
    {"Let’s Encrypt 客户端", "zh-Hans", "latin_term:Let’s Encrypt"},
    {"GDPR和HIPAA", "zh-Hans", "latin_term:GDPR | latin_term:HIPAA"},
    {"AT&T的网络", "zh-Hans", "latin_term:AT&T"},
    {"ISO認証", "ja", "latin_term:ISO"},
    {"TLS 1.2 / 1.3", "ja", "latin_term:TLS | number:1.2 | number:1.3"},
    {"Mozilla accounts 服务", "zh-Hans", "latin_term:Mozilla | latin_term:accounts"},
    {"IPv6 子网", "zh-Hans", "latin_term:IPv6"},
    {"請參閱 Mozilla Firefox 說明", "zh-Hant", "latin_term:Mozilla Firefox"},
    {"Zoho ISO 27001", "ja", "latin_term:Zoho | identifier:ISO 27001"},
    {"Node.js 应用", "zh-Hans", "latin_term:Node.js"},
    {"(a) 用户 (iv) 条款 (GDPR)", "zh-Hans", "latin_term:GDPR"},
    {"ISO", "en", ""},
    {"Firefox", "en", ""},
};
INSTANTIATE_TEST_SUITE_P(EntitiesLatinTerms, EntitiesTable, testing::ValuesIn(kLatinTerms));

const Case kOrdinals[] = {
    {"第五條", "zh-Hant", "ordinal:5"},
    {"第十一條", "zh-Hant", "ordinal:11"},
    {"第三章", "zh-Hant", "ordinal:3"},
    {"第五条之一", "zh-Hans", "ordinal:5-1"},
    {"第三章", "zh-Hans", "ordinal:3"},
    {"第12条", "zh-Hans", "ordinal:12"},
    {"第1条", "ja", "ordinal:1"},
    {"第5条の2", "ja", "ordinal:5-2"},
    {"第五条第二款", "zh-Hans", "ordinal:5(2)"},
    {"第5条第2項", "ja", "ordinal:5(2)"},
    {"第 3 条", "zh-Hans", "ordinal:3"},
    {"第2條第(b)項(1)", "zh-Hant", "ordinal:2(b)(1)"},
    {"第二条b款第(1)项", "zh-Hans", "ordinal:2(b)(1)"},
    {"需受到以下第 4(a) 點的限制", "zh-Hant", "ordinal:4(a)"},
    {"第2条(b)(1)および", "ja", "ordinal:2(b)(1)"},
    {"第5条第2項第3号", "ja", "ordinal:5(2)(3)"},
    {"第十一条", "zh-Hans", "ordinal:11"},
    {"Article 4", "en", "ordinal:4"},
    {"Section 2(a)", "en", "ordinal:2(a)"},
    {"Section 3.1", "en", "ordinal:3.1"},
    {"Chapter III", "en", "ordinal:3"},
    {"§ 5", "en", "ordinal:5"},
    {"under paragraph 4(a) of", "en", "ordinal:4(a)"},
    {"the 3rd floor", "en", "ordinal:3"},
    {"4th Floor", "en", "ordinal:4"},
    {"21st century", "en", "ordinal:21"},
    {"Sections 2 and 3", "en", "ordinal:2 | number:3"},
    {"subject to 4(a) below", "en", "ordinal:4(a)"},
    {"4(a)に基づく制限", "ja", "ordinal:4(a)"},
    {"第3次", "zh-Hans", "ordinal:3"},
    {"第三方", "zh-Hans", ""},
    {"第三者", "ja", ""},
    {"第一次", "zh-Hans", ""},
    {"第一期的订阅费", "zh-Hans", ""},
    {"Section headings", "en", ""},
    {"Appendix C", "en", ""},
};
INSTANTIATE_TEST_SUITE_P(EntitiesOrdinals, EntitiesTable, testing::ValuesIn(kOrdinals));

// Words with numerals inside that are not quantities.
const Case kNegatives[] = {
    {"一些用户", "zh-Hans", ""},
    {"一般而言", "zh-Hans", ""},
    {"统一管理", "zh-Hans", ""},
    {"唯一的", "zh-Hans", ""},
    {"万一发生", "zh-Hans", ""},
    {"一旦违反", "zh-Hans", ""},
    {"保持一致", "zh-Hans", ""},
    {"十分重要", "zh-Hans", ""},
    {"二手设备", "zh-Hans", ""},
    {"一起使用", "zh-Hans", ""},
    {"一样的", "zh-Hans", ""},
    {"一切费用", "zh-Hans", ""},
    {"任何第三方", "zh-Hans", ""},
    {"同一标识符", "zh-Hans", ""},
    {"不一而足", "zh-Hans", ""},
    {"一方面", "zh-Hans", ""},
    {"一次性申请", "zh-Hans", ""},
    {"创建一个账户", "zh-Hans", ""},
    {"申请一份证书", "zh-Hans", ""},
    {"三三两两", "zh-Hans", ""},
    {"千万不要", "zh-Hans", ""},
    {"一些使用者", "zh-Hant", ""},
    {"統一", "zh-Hant", ""},
    {"萬一", "zh-Hant", ""},
    {"十分", "zh-Hant", ""},
    {"任何第三方", "zh-Hant", ""},
    {"唯一的", "zh-Hant", ""},
    {"一般而言", "zh-Hant", ""},
    {"一個帳戶", "zh-Hant", ""},
    {"一部の機能", "ja", ""},
    {"一番下", "ja", ""},
    {"一意のエイリアス", "ja", ""},
    {"一連のサービス", "ja", ""},
    {"一度だけ", "ja", ""},
    {"十分な", "ja", ""},
    {"二度と", "ja", ""},
    {"一人ひとり", "ja", ""},
    {"四半期", "ja", ""},
    {"一件一件", "ja", ""},
    {"二段階認証", "ja", ""},
    {"万が一", "ja", ""},
    {"one of the users", "en", ""},
    {"no one else", "en", ""},
    {"someone", "en", ""},
    {"the ones", "en", ""},
    {"a one-time code", "en", ""},
    {"two-factor authentication", "en", ""},
    {"the first time", "en", ""},
    {"One and Done", "en", ""},
    {"AES-256 encryption", "en", ""},
    {"the HTTP-01 method", "en", ""},
    {"IPv6 addresses", "en", ""},
    {"none of them", "en", ""},
    {"often", "en", ""},
    {"at least one account", "en", ""},
    {"zero trust", "en", ""},
    {"", "en", ""},
    {"その権利放棄は、(1)世界中のあらゆる地域で、(2)適用される", "ja", ""},
    {"（1）总则 （2）定义", "zh-Hans", ""},
    {"the waiver applies (i) worldwide and (ii) for the maximum duration", "en", ""},
};
INSTANTIATE_TEST_SUITE_P(EntitiesNegatives, EntitiesTable, testing::ValuesIn(kNegatives));

// Sentences from the bundled corpora (letsencrypt rate limits, mozilla legal docs, seeds 001 and 004).
const Case kCorpusSentences[] = {
    {"Up to 300 new orders can be created by a single account every 3 hours.", "en",
     "number:300 | duration:PT3H"},
    {"The ability to create new orders refills at a rate of 1 order every 36 seconds.", "en",
     "number:1 | duration:PT36S"},
    {"每个账户每 3 个小时最多可申请 300 份证书。", "zh-Hans", "duration:PT3H | number:300"},
    {"申请额度的恢复速率为每 36 秒可再申请一份证书。", "zh-Hans", "duration:PT36S"},
    {"每个 IP 地址每 3 个小时最多可注册 10 个账户。", "zh-Hans",
     "latin_term:IP | duration:PT3H | number:10"},
    {"| 2                            | 1,152 days (3.16 years) |", "en",
     "number:2 | duration:P1152D | duration:P3.16Y"},
    {"2026 年 5 月 4 日生效", "zh-Hans", "date:2026-05-04"},
    {"発効日 2026 年 5 月 4 日", "ja", "date:2026-05-04"},
    {"您必须年满 13 岁才能创建 Mozilla 帐户。", "zh-Hans", "number:13 | latin_term:Mozilla"},
    {"补偿方依据本协议所负的全部责任将不超过 500 美元（五百美元）。", "zh-Hans",
     "amount:USD 500 | amount:USD 500"},
    {"will not exceed $500 (five hundred dollars).", "en", "amount:USD 500 | amount:USD 500"},
    {"一般而言，我们保留个人数据的时间不超过 25 个月", "zh-Hans", "duration:P25M"},
    {"DNS 请求的系统日志会在 24 小时内从服务中删除", "zh-Hans", "latin_term:DNS | duration:PT24H"},
    {"认证注册日：2011年11月10日", "zh-Hans", "date:2011-11-10"},
    {"已取得的信息安全管理体系(ISMS)认证如下：ISO/IEC27001", "zh-Hans",
     "latin_term:ISMS | identifier:ISO/IEC 27001"},
    {"021-52392626 日文/中文皆可 接待时间: 工作日9:00-18:00", "zh-Hans",
     "identifier:021-52392626 | time:09:00 | time:18:00"},
    {"99.9%のアップタイムSLAに従って", "ja", "percent:99.9% | latin_term:SLA"},
    {"Creatorアカウントを終了すると、6か月に1度行われる次のクリーンアップで", "ja",
     "latin_term:Creator | duration:P6M | number:1"},
    {"「2025年までに、クラウドセキュリティの失敗の99%が顧客の責任になる」", "ja",
     "number:2025 | percent:99%"},
    {"Mozilla Corporation, 149 New Montgomery St, 4th Floor, San Francisco, CA 94105", "en",
     "number:149 | ordinal:4 | identifier:CA 94105"},
    {"就会在发布 30 天后自动生效", "zh-Hans", "duration:P30D"},
    {"サイトに投稿されてから 30 日後に自動的に有効になります", "ja", "duration:P30D"},
    {"Changes will automatically be effective thirty (30) days after they are posted", "en",
     "duration:P30D"},
    {"我们会在此类变更生效之前至少提前三十天向用户发出通知。", "zh-Hans", "duration:P30D"},
    {"アカウントを作成できるのは、13 歳以上の方です。", "ja", "number:13"},
    {"データはリクエストから 30 日以内に削除されます", "ja", "duration:P30D"},
    {"若您对 Let’s Encrypt 的证书有疑问，请阅读 RFC 5280。", "zh-Hans",
     "latin_term:Let’s Encrypt | identifier:RFC 5280"},
    {"任何透過付費訂閱儲存的資料皆會由系統儲存 30 天。在這 30 天期間結束後", "zh-Hant",
     "duration:P30D | duration:P30D"},
    {"Pocket 技術並不提供給未滿 13 歲的個人使用。如果您的年齡介於 13 歲至 18 歲之間", "zh-Hant",
     "latin_term:Pocket | number:13 | number:13 | number:18"},
    {"*2024 年 2 月 15 日起生效*", "zh-Hant", "date:2024-02-15"},
    {"San Francisco, CA 94105（美國）", "zh-Hant", "latin_term:San Francisco | identifier:CA 94105"},
    {"您不得：(1) 修改、翻譯、反向工程", "zh-Hant", ""},
    {"Pocket Technologies is not available to individuals under the age of 13.", "en", "number:13"},
};
INSTANTIATE_TEST_SUITE_P(EntitiesCorpusSentences, EntitiesTable, testing::ValuesIn(kCorpusSentences));

// ---------------------------------------------------------------------------------------------
// Offsets and numbers.

struct Span {
  EntityKind kind;
  std::uint32_t begin, end;
};

void expect_spans(std::string_view text, std::string_view lang, const std::vector<Span>& spans) {
  const auto entities = extract_entities(text, lang);
  ASSERT_EQ(entities.size(), spans.size()) << text << " → " << describe(entities);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    EXPECT_EQ(entities[i].kind, spans[i].kind) << text << " #" << i;
    EXPECT_EQ(entities[i].begin, spans[i].begin) << text << " #" << i;
    EXPECT_EQ(entities[i].end, spans[i].end) << text << " #" << i;
  }
}

TEST(EntitiesOffsets, AreByteOffsetsOfTheWrittenForm) {
  expect_spans("Up to 10 accounts every 3 hours", "en",
               {{EntityKind::number, 6, 8}, {EntityKind::duration, 24, 31}});
  // 认证注册日： is 6 characters of 3 bytes.
  expect_spans("认证注册日：2011年11月10日", "zh-Hans", {{EntityKind::date, 18, 35}});
  expect_spans("<https://x.org/a>", "en", {{EntityKind::url, 1, 16}});
  expect_spans("令和6年12月27日", "ja", {{EntityKind::date, 0, 20}});
  expect_spans("第五条之一", "zh-Hans", {{EntityKind::ordinal, 0, 15}});
  expect_spans("pay US$5 now", "en", {{EntityKind::amount, 4, 8}});
  expect_spans("30日以内", "ja", {{EntityKind::duration, 0, 5}});
  expect_spans("Email DPO@Mozilla.com.", "en", {{EntityKind::email, 6, 21}});
  expect_spans("99.9％", "ja", {{EntityKind::percent, 0, 7}});
  expect_spans("the 3rd", "en", {{EntityKind::ordinal, 4, 7}});
}

TEST(EntitiesNumbers, CarryTheirNumericValue) {
  const auto percent = extract_entities("百分之九十九点九", "zh-Hans");
  ASSERT_EQ(percent.size(), 1u);
  EXPECT_DOUBLE_EQ(percent[0].number, 99.9);
  const auto amount = extract_entities("$1,234.5", "en");
  ASSERT_EQ(amount.size(), 1u);
  EXPECT_DOUBLE_EQ(amount[0].number, 1234.5);
  const auto duration = extract_entities("six days", "en");
  ASSERT_EQ(duration.size(), 1u);
  EXPECT_DOUBLE_EQ(duration[0].number, 6);
  const auto ordinal = extract_entities("第五條", "zh-Hant");
  ASSERT_EQ(ordinal.size(), 1u);
  EXPECT_DOUBLE_EQ(ordinal[0].number, 5);
  const auto big = extract_entities("1.5亿", "zh-Hans");
  ASSERT_EQ(big.size(), 1u);
  EXPECT_DOUBLE_EQ(big[0].number, 150000000);
}

TEST(EntitiesKinds, HaveNames) {
  EXPECT_EQ(to_string(EntityKind::latin_term), "latin_term");
  EXPECT_EQ(to_string(EntityKind::datetime), "datetime");
  EXPECT_EQ(to_string(EntityKind::ordinal), "ordinal");
}

// ---------------------------------------------------------------------------------------------
// Robustness: any input, valid or not, gives ordered, non-overlapping entities on character
// boundaries.

// Offsets at which utf8::next stops when stepping through `text` (the character boundaries,
// invalid bytes counting as characters of their own).
std::set<std::size_t> boundaries(std::string_view text) {
  std::set<std::size_t> out;
  std::size_t pos = 0;
  out.insert(0);
  while (pos < text.size()) {
    utf8::next(text, pos);
    out.insert(pos);
  }
  return out;
}

void expect_well_formed(std::string_view text, std::string_view lang) {
  const auto entities = extract_entities(text, lang);
  const auto bounds = boundaries(text);
  std::uint32_t previous_end = 0;
  for (const Entity& e : entities) {
    ASSERT_LT(e.begin, e.end) << describe(entities);
    ASSERT_LE(e.end, text.size());
    ASSERT_GE(e.begin, previous_end) << "overlap in " << describe(entities);
    ASSERT_TRUE(bounds.count(e.begin)) << "begin " << e.begin << " inside a character";
    ASSERT_TRUE(bounds.count(e.end)) << "end " << e.end << " inside a character";
    previous_end = e.end;
  }
}

TEST(EntitiesRobustness, RandomBytesNeverBreakTheInvariants) {
  std::mt19937 rng(20241227);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 200);
  for (int round = 0; round < 2000; ++round) {
    std::string text(static_cast<std::size_t>(length(rng)), '\0');
    for (char& c : text) c = static_cast<char>(byte(rng));
    for (const char* lang : {"en", "zh-Hans", "zh-Hant", "ja"}) expect_well_formed(text, lang);
  }
}

TEST(EntitiesRobustness, RandomFragmentsNeverBreakTheInvariants) {
  // Pieces that start or continue entities, glued at random, with bytes cut off at random.
  const char* const pieces[] = {"1", "2024", "年", "12", "月", "27", "日", "-", "/", ".", ":", " ", "一", "十", "百",
                                "万", "点", "第", "条", "之", "%", "％", "$", "¥", "元", "美元", "天", "小时",
                                "時間", "か月", "@", "://", "www.", "http", "a.com", "ISO", "/IEC", "CVE-", "v",
                                "version", "December", "th", "AM", "PST", "(", ")", "（", "）", "UTC+", "令和",
                                "元", "午後", "時", "分", "Zoho", "Creator", "百分之", "人民币", "twenty", "-four",
                                "one", "days", "\xE4\xB8", "\xFF", "\xC2", "\xEF\xBC\x91", "§", "Section", "２"};
  std::mt19937 rng(42);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  std::uniform_int_distribution<int> count(1, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = count(rng);
    for (int i = 0; i < n; ++i) text += pieces[pick(rng)];
    if (round % 3 == 0 && !text.empty()) text.resize(text.size() - 1);  // a cut sequence at the end
    for (const char* lang : {"en", "zh-Hans", "ja"}) expect_well_formed(text, lang);
  }
}

TEST(EntitiesRobustness, RepetitiveInputsKeepTheInvariants) {
  // Inputs built to make a matcher re-read what it read; their cost is measured by
  // BM_ExtractRepetitive in bench/entities_bench.cpp (linear: 40 KB and 400 KB).
  for (const char* unit : test::kRepetitiveUnits) {
    std::string text;
    while (text.size() < 40000) text += unit;
    for (const char* lang : {"en", "ja"}) expect_well_formed(text, lang);
  }
}

TEST(EntitiesRobustness, RealCorporaKeepTheInvariants) {
  namespace fs = std::filesystem;
  int files = 0;
  for (const char* dir : {"/corpora/real", "/corpora/seeds"}) {
    for (const auto& entry : fs::recursive_directory_iterator(std::string(CONCORD_SOURCE_DIR) + dir)) {
      const auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".md" && ext != ".txt" && ext != ".html")) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      const std::string stem = entry.path().stem().string();
      const char* lang = stem == "ja" ? "ja" : stem == "zh-CN" ? "zh-Hans" : stem == "zh-TW" ? "zh-Hant" : "en";
      expect_well_formed(buffer.str(), lang);
      ++files;
    }
  }
  EXPECT_GT(files, 100);
}

}  // namespace
}  // namespace concord::text
