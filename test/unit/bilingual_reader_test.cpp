// The XLIFF 1.2, XLIFF 2.x and TMX readers: units as pairs of blocks, inline
// tags as placeholders, positions mapped to the decoded file, and hostile
// XML (malformed, billion laughs, external entities) read safely.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "concord/formats/xml_segment.hpp"
#include "concord/io/utf8.hpp"
#include "test_support.hpp"

namespace concord::formats {
namespace {

using model::BlockKind;
using model::InlineSpan;

// 1-based line of byte `at` of `text`.
std::uint32_t line_at(const std::string& text, std::size_t at) {
  return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
}

// 1-based line of the first occurrence of `needle` in `text`.
std::uint32_t line_of(const std::string& text, const std::string& needle) {
  const std::size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return line_at(text, at);
}

const std::string kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

std::string without_declaration(const std::string& xml) { return xml.substr(kDeclaration.size()); }

// The decoded text a range of a block's text came from.
std::string_view source_of(const model::ParsedFile& f, const model::Block& b, std::uint32_t begin, std::uint32_t end) {
  const model::SourceRange r = b.text.to_source(begin, end);
  return f.file().text().substr(r.begin, r.end - r.begin);
}

std::string xliff12(const std::string& units, const std::string& target = "zh-CN") {
  return kDeclaration +
         "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
         "<file source-language=\"en\" target-language=\"" + target + "\" datatype=\"plaintext\" original=\"ssrm\">\n"
         "<body>\n" + units + "</body>\n</file>\n</xliff>\n";
}

std::string trans_unit(int id, const std::string& source, const std::string& target) {
  return "<trans-unit id=\"" + std::to_string(id) + "\">\n  <source>" + source + "</source>\n  <target>" + target +
         "</target>\n</trans-unit>\n";
}

// The Simplified SSRM of seed 000 (lines 35–60) against its English.
std::string ssrm_xliff() {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"Shared Security Responsibility Model, SSRM", "云端资讯安全责任共担模型"},
      {"User Management", "用户管理"},
      {"User", "用戶"},
      {"Use strong passwords to secure accounts.", "使用强密码保护账号安全。"},
      {"Data Integrity, Accuracy, and Compliance", "数据内容完整性、正确性和合规性"},
      {"User", "用戶"},
      {"Device (Mobile, PC) and Network Security", "设备(手机、个人电脑)及网络的安全性"},
      {"User", "用戶"},
      {"Maintain and protect cloud infrastructure to ensure stable and secure operations.",
       "维护并保护云端基础设施,确保其稳定运行和安全性。其運行的穩定和安全。"},
      {"Responsible for data encryption during storage and transmission.", "负责数据存储和传输过程中的加密。"},
  };
  std::string units;
  int id = 0;
  for (const auto& [en, zh] : pairs) units += trans_unit(++id, en, zh);
  return xliff12(units);
}

TEST(XliffReader, SimplifiedSsrmTargetsGiveHantInHansFindingsAtTheirLines) {
  const std::string xliff = ssrm_xliff();
  const auto loaded = test::load({{"ssrm.xlf", xliff}});
  ASSERT_EQ(loaded.documents.size(), 1u);
  const auto& versions = loaded.documents[0].versions;
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].lang, "en");
  EXPECT_EQ(versions[1].lang, "zh-Hans");

  const auto f = test::run_rules(loaded, {"script/hant-in-hans"});
  ASSERT_EQ(f.size(), 4u);
  // 戶 in the three 用戶 targets, then 運…穩 in the fourth row's remark.
  std::vector<std::uint32_t> user_lines;
  for (std::size_t at = xliff.find("<target>用戶"); at != std::string::npos; at = xliff.find("<target>用戶", at + 1))
    user_lines.push_back(line_at(xliff, at));
  ASSERT_EQ(user_lines.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(f[i].begin.line, user_lines[i]);
    EXPECT_EQ(f[i].begin.column, 12u);  // `  <target>用` is 11 code points
    EXPECT_EQ(f[i].lang, "zh-Hans");
    EXPECT_NE(f[i].message.find("戶 (户)"), std::string::npos);
    EXPECT_EQ(xliff.substr(f[i].begin.offset, f[i].length), "戶");
  }
  EXPECT_EQ(f[3].begin.line, line_of(xliff, "其運行"));
  EXPECT_EQ(xliff.substr(f[3].begin.offset, f[3].length), "運行的穩");
}

TEST(XliffReader, EachUnitGivesASourceAndATargetBlockSharingTheUnit) {
  const auto f = test::parse(xliff12(trans_unit(1, "Item", "项目") + trans_unit(2, "Remarks", "备注")), "a.xlf");
  ASSERT_TRUE(f->problems.empty());
  ASSERT_EQ(f->blocks.size(), 4u);
  const char* texts[] = {"Item", "项目", "Remarks", "备注"};
  const char* langs[] = {"en", "zh-Hans", "en", "zh-Hans"};
  for (std::size_t i = 0; i < 4; ++i) {
    const auto& b = f->blocks[i];
    EXPECT_EQ(b.kind, BlockKind::paragraph);
    EXPECT_EQ(b.text.str(), texts[i]);
    EXPECT_EQ(b.lang, langs[i]);
    EXPECT_EQ(b.unit, i / 2 + 1);
    EXPECT_EQ(b.parent, -1);
  }
  // A block's source covers its element.
  const std::string_view text = f->file().text();
  const auto& target = f->blocks[1];
  EXPECT_EQ(text.substr(target.source.begin, target.source.end - target.source.begin), "<target>项目</target>");
}

TEST(XliffReader, ElementLanguageAndGroupsAndMissingTargets) {
  const std::string units =
      "<group id=\"g\"><trans-unit id=\"1\"><source>Hello</source><target xml:lang=\"zh-TW\">你好</target>"
      "<alt-trans><source>Hi</source><target>嗨</target></alt-trans></trans-unit></group>\n"
      "<trans-unit id=\"2\"><source>Untranslated</source></trans-unit>\n";
  const auto f = test::parse(xliff12(units), "a.xliff");
  ASSERT_EQ(f->blocks.size(), 3u);
  EXPECT_EQ(f->blocks[1].lang, "zh-Hant");
  EXPECT_EQ(f->blocks[1].text.str(), "你好");  // not the alt-trans
  EXPECT_EQ(f->blocks[2].text.str(), "Untranslated");
  EXPECT_EQ(f->blocks[2].unit, 2u);
}

TEST(XliffReader, InlineTagsBecomePlaceholdersWithSpans) {
  const std::string source =
      "Click <g id=\"1\">here</g> to open<x id=\"2\"/> the <bpt id=\"3\">&lt;b&gt;</bpt>file<ept id=\"3\">&lt;/b&gt;</ept>"
      "<ph id=\"4\">{0}</ph>.";
  const std::string target = "点击<g id=\"1\">这里</g>打开<x id=\"2\"/>文件。";
  const auto f = test::parse(xliff12(trans_unit(1, source, target)), "a.xlf");
  ASSERT_EQ(f->blocks.size(), 2u);
  const auto& b = f->blocks[0];
  const std::string P(kPlaceholder);
  EXPECT_EQ(b.text.str(), "Click here to open" + P + " the " + P + "file" + P + P + ".");
  ASSERT_EQ(b.spans.size(), 5u);
  EXPECT_EQ(b.spans[0].kind, InlineSpan::Kind::placeholder);
  EXPECT_EQ(b.spans[0].target, "g:1");
  EXPECT_EQ(b.text.str().substr(b.spans[0].begin, b.spans[0].end - b.spans[0].begin), "here");
  const char* targets[] = {"g:1", "x:2", "bpt:3", "ept:3", "ph:4"};
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(b.spans[i].target, targets[i]);
  for (std::size_t i = 1; i < 5; ++i) {
    EXPECT_EQ(b.spans[i].end - b.spans[i].begin, P.size());
    EXPECT_EQ(b.text.str().substr(b.spans[i].begin, P.size()), P);
  }
  // A placeholder maps to its whole element; spans are sorted.
  EXPECT_EQ(source_of(*f, b, b.spans[1].begin, b.spans[1].end), "<x id=\"2\"/>");
  EXPECT_EQ(source_of(*f, b, b.spans[2].begin, b.spans[2].end), "<bpt id=\"3\">&lt;b&gt;</bpt>");
  for (std::size_t i = 1; i < b.spans.size(); ++i) EXPECT_LE(b.spans[i - 1].begin, b.spans[i].begin);

  const auto& t = f->blocks[1];
  ASSERT_EQ(t.spans.size(), 2u);
  EXPECT_EQ(t.spans[0].target, "g:1");
  EXPECT_EQ(t.spans[1].target, "x:2");
}

TEST(XliffReader, ReferencesAreDecodedAndMapToTheirBytes) {
  const auto f = test::parse(xliff12(trans_unit(1, "R&amp;D &#x4E2D;&#25991; ok", "研发")), "a.xlf");
  const auto& b = f->blocks[0];
  EXPECT_EQ(b.text.str(), "R&D 中文 ok");
  EXPECT_EQ(source_of(*f, b, 1, 2), "&amp;");
  EXPECT_EQ(source_of(*f, b, 4, 7), "&#x4E2D;");
  EXPECT_EQ(source_of(*f, b, 4, 10), "&#x4E2D;&#25991;");
  EXPECT_EQ(source_of(*f, b, 11, 13), "ok");
  EXPECT_TRUE(b.text.is_verbatim(11, 13));
  EXPECT_FALSE(b.text.is_verbatim(1, 2));
}

TEST(XliffReader, WrappedLinesJoinLikePlainTextUnlessSpaceIsPreserved) {
  const std::string units =
      "<trans-unit id=\"1\"><source>\n    Wrapped\n    line\n  </source>"
      "<target>\n    云端\n    资讯\n  </target></trans-unit>\n"
      "<trans-unit id=\"2\" xml:space=\"preserve\"><source> two  spaces\n</source></trans-unit>\n";
  const auto f = test::parse(xliff12(units), "a.xlf");
  ASSERT_EQ(f->blocks.size(), 3u);
  EXPECT_EQ(f->blocks[0].text.str(), "Wrapped line");
  EXPECT_EQ(f->blocks[1].text.str(), "云端资讯");
  EXPECT_EQ(f->blocks[2].text.str(), " two  spaces\n");
}

TEST(XliffReader, Xliff2UnitsJoinTheirSegments) {
  const std::string xliff =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-US\" trgLang=\"ja-JP\">\n"
      "<file id=\"f1\"><group id=\"g\"><unit id=\"u1\">\n"
      "  <segment><source>Read the <pc id=\"1\">policy</pc>.</source>"
      "<target><pc id=\"1\">方針</pc>を読む。</target></segment>\n"
      "  <ignorable><source> </source></ignorable>\n"
      "  <segment><source>Press<ph id=\"2\"/><cp hex=\"0007\"/></source><target>押す<ph id=\"2\"/></target></segment>\n"
      "</unit></group></file>\n</xliff>\n";
  const auto f = test::parse(xliff, "a.xlf");
  ASSERT_TRUE(f->problems.empty());
  ASSERT_EQ(f->blocks.size(), 2u);
  const auto& source = f->blocks[0];
  const auto& target = f->blocks[1];
  const std::string P(kPlaceholder);
  EXPECT_EQ(source.text.str(), "Read the policy. Press" + P + "\xEF\xBF\xBD");
  EXPECT_EQ(target.text.str(), "方針を読む。 押す" + P);
  EXPECT_EQ(source.lang, "en");
  EXPECT_EQ(target.lang, "ja");
  EXPECT_EQ(source.unit, 1u);
  EXPECT_EQ(target.unit, 1u);
  ASSERT_EQ(source.spans.size(), 2u);
  EXPECT_EQ(source.spans[0].target, "pc:1");
  EXPECT_EQ(source.spans[1].target, "ph:2");
  ASSERT_EQ(target.spans.size(), 2u);
  EXPECT_EQ(target.spans[1].target, "ph:2");
  EXPECT_EQ(f->file().lines().line_of(source.source.begin), 3u);
  EXPECT_EQ(f->file().lines().line_of(source.source.end), 5u);
}

TEST(XliffReader, Utf16FilesAreReadFromTheirDecodedText) {
  const std::string utf8 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" +
                           without_declaration(xliff12(trans_unit(1, "User", "用戶")));
  std::string utf16 = "\xFF\xFE";
  for (std::size_t p = 0; p < utf8.size();) {
    const char32_t cp = utf8::next(utf8, p);
    utf16 += static_cast<char>(cp & 0xFF);
    utf16 += static_cast<char>(cp >> 8);
  }
  const auto loaded = test::load({{"a.xlf", utf16}});
  const auto f = test::run_rules(loaded, {"script/hant-in-hans"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, line_of(utf8, "<target>用戶"));
  EXPECT_EQ(f[0].begin.offset, 2 + 2 * utf8::length(utf8.substr(0, utf8.find("戶"))));
}

TEST(XliffMalformed, MismatchedTagsAreAnInputProblemAtPugixmlsOffset) {
  const std::string xliff = xliff12("<trans-unit id=\"1\"><source>Oops</target></trans-unit>\n");
  const auto f = test::parse(xliff, "bad.xlf");
  EXPECT_TRUE(f->unreadable());
  ASSERT_EQ(f->problems.size(), 1u);
  EXPECT_EQ(f->problems[0].rule, "input/malformed");
  EXPECT_NE(f->problems[0].message.find("Start-end tags mismatch"), std::string::npos);
  EXPECT_EQ(f->problems[0].position.line, line_of(xliff, "Oops"));

  const auto findings = test::check_text(xliff, {"input/"}, "bad.xlf");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "input/malformed");
}

TEST(XliffMalformed, NotXliffAndEmptyFilesAreProblems) {
  const auto other = test::parse("<html><body>hi</body></html>", "a.xlf");
  ASSERT_EQ(other->problems.size(), 1u);
  EXPECT_NE(other->problems[0].message.find("<html>"), std::string::npos);
  EXPECT_EQ(test::parse("", "a.xlf")->problems.size(), 1u);
  EXPECT_EQ(test::parse("<tmx><body/></tmx>", "a.xlf")->problems.size(), 1u);
  EXPECT_EQ(test::parse("<xliff><file>", "a.xlf")->problems.size(), 1u);
}

TEST(XliffSecurity, BillionLaughsIsNotExpanded) {
  std::string dtd = "<!DOCTYPE xliff [\n<!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    dtd += "\">\n";
  }
  dtd += "]>\n";
  const std::string xliff = "<?xml version=\"1.0\"?>\n" + dtd +
                            without_declaration(xliff12(trans_unit(1, "A &lol9; B", "甲&lol9;乙")));
  const auto f = test::parse(xliff, "laughs.xlf");
  ASSERT_EQ(f->blocks.size(), 2u);
  // The reference stays as written: nothing was expanded.
  EXPECT_EQ(f->blocks[0].text.str(), "A &lol9; B");
  EXPECT_EQ(f->blocks[1].text.str(), "甲&lol9;乙");
}

TEST(XliffSecurity, ExternalEntitiesAreNeverRead) {
  const std::string xliff =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" +
      without_declaration(xliff12(trans_unit(1, "Secret: &xxe;", "秘密：&xxe;")));
  const auto f = test::parse(xliff, "xxe.xlf");
  ASSERT_EQ(f->blocks.size(), 2u);
  EXPECT_EQ(f->blocks[0].text.str(), "Secret: &xxe;");
  for (const auto& b : f->blocks) EXPECT_EQ(b.text.str().find("root:"), std::string::npos);
}

std::string tmx(const std::string& body, const std::string& srclang = "en") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
         "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" "
         "srclang=\"" + srclang + "\" datatype=\"plaintext\"/>\n<body>\n" + body + "</body>\n</tmx>\n";
}

TEST(TmxReader, AnEnglishJapaneseUnitIsReadAsAPair) {
  const std::string file = tmx(
      "<tu tuid=\"1\">\n"
      "  <tuv xml:lang=\"en-US\"><seg>Read the privacy policy.</seg></tuv>\n"
      "  <tuv xml:lang=\"ja-JP\"><seg>プライバシーポリシーをお読みください。</seg></tuv>\n"
      "</tu>\n");
  const auto loaded = test::load({{"policy.tmx", file}});
  ASSERT_EQ(loaded.documents.size(), 1u);
  const auto& versions = loaded.documents[0].versions;
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].lang, "en");
  EXPECT_EQ(versions[1].lang, "ja");
  EXPECT_EQ(versions[0].line, line_of(file, "<seg>Read"));
  EXPECT_EQ(versions[1].line, line_of(file, "<seg>プ"));

  const auto& f = *loaded.files[0];
  ASSERT_EQ(f.blocks.size(), 2u);
  EXPECT_EQ(f.blocks[0].text.str(), "Read the privacy policy.");
  EXPECT_EQ(f.blocks[1].text.str(), "プライバシーポリシーをお読みください。");
  EXPECT_EQ(f.blocks[0].unit, 1u);
  EXPECT_EQ(f.blocks[1].unit, 1u);
  EXPECT_TRUE(versions[0].contains(0));
  EXPECT_FALSE(versions[0].contains(1));
  EXPECT_TRUE(versions[1].contains(1));
}

TEST(TmxReader, TheSourceComesFirstAndTmx11LangIsRead) {
  const std::string file = tmx(
      "<tu><tuv lang=\"ZH-TW\"><seg>使用者</seg></tuv><tuv lang=\"EN\"><seg>User</seg></tuv></tu>\n"
      "<tu srclang=\"zh-TW\"><tuv xml:lang=\"en\"><seg>Item</seg></tuv><tuv xml:lang=\"zh-TW\"><seg>項目</seg></tuv></tu>\n");
  const auto f = test::parse(file, "a.tmx");
  ASSERT_EQ(f->blocks.size(), 4u);
  EXPECT_EQ(f->blocks[0].lang, "en");
  EXPECT_EQ(f->blocks[1].lang, "zh-Hant");
  EXPECT_EQ(f->blocks[2].lang, "zh-Hant");  // this unit's own srclang
  EXPECT_EQ(f->blocks[2].text.str(), "項目");
  EXPECT_EQ(f->blocks[3].unit, 2u);
}

TEST(TmxReader, InlineCodesArePlaceholdersAndHighlightsStayText) {
  const std::string file = tmx(
      "<tu><tuv xml:lang=\"en\"><seg>Press <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>OK<ept i=\"1\">&lt;/b&gt;</ept> "
      "<hi x=\"2\">now</hi><ph x=\"3\"/></seg></tuv>"
      "<tuv xml:lang=\"ja\"><seg><hi x=\"2\">今</hi><bpt i=\"1\">&lt;b&gt;</bpt>OK<ept i=\"1\">&lt;/b&gt;</ept>"
      "を押す<ph/></seg></tuv></tu>\n");
  const auto f = test::parse(file, "a.tmx");
  ASSERT_EQ(f->blocks.size(), 2u);
  const std::string P(kPlaceholder);
  EXPECT_EQ(f->blocks[0].text.str(), "Press " + P + "OK" + P + " now" + P);
  EXPECT_EQ(f->blocks[1].text.str(), "今" + P + "OK" + P + "を押す" + P);
  std::vector<std::string> source_targets, target_targets;
  for (const auto& s : f->blocks[0].spans) source_targets.push_back(s.target);
  for (const auto& s : f->blocks[1].spans) target_targets.push_back(s.target);
  EXPECT_EQ(source_targets, (std::vector<std::string>{"bpt:1", "ept:1", "hi:2", "ph:3"}));
  EXPECT_EQ(target_targets, (std::vector<std::string>{"hi:2", "bpt:1", "ept:1", "ph#1"}));
}

TEST(TmxMalformed, BrokenXmlAndWrongRootAreProblems) {
  const auto broken = test::parse(tmx("<tu><tuv xml:lang=\"en\"><seg>x</tuv></tu>\n"), "a.tmx");
  ASSERT_EQ(broken->problems.size(), 1u);
  EXPECT_EQ(broken->problems[0].rule, "input/malformed");
  EXPECT_EQ(broken->problems[0].position.line, 5u);
  EXPECT_TRUE(broken->unreadable());
  const auto wrong = test::parse(xliff12(trans_unit(1, "a", "b")), "a.tmx");
  ASSERT_EQ(wrong->problems.size(), 1u);
  EXPECT_NE(wrong->problems[0].message.find("not TMX"), std::string::npos);
}

TEST(TmxSecurity, DeepNestingAndManyEntitiesAreKeptAsWritten) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<hi>";
  deep += "x";
  for (int i = 0; i < 100000; ++i) deep += "</hi>";
  std::string laughs;
  for (int i = 0; i < 10000; ++i) laughs += "&lol9;";
  const auto f = test::parse(
      tmx("<tu><tuv xml:lang=\"en\"><seg>" + deep + "</seg></tuv><tuv xml:lang=\"ja\"><seg>" + laughs + "</seg></tuv></tu>"),
      "a.tmx");
  ASSERT_EQ(f->blocks.size(), 2u);
  EXPECT_EQ(f->blocks[0].text.str(), "x");
  EXPECT_EQ(f->blocks[0].spans.size(), 100000u);
  EXPECT_EQ(f->blocks[1].text.size(), laughs.size());
}

}  // namespace
}  // namespace concord::formats
