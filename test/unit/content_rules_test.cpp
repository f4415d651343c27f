// The content rules: content/placeholder (rules/content/placeholder.xml),
// content/boilerplate (phrases in rules/content/boilerplate.xml, runs of
// chrome blocks), content/empty-item, on the seeds and on small texts in
// every format they read.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "concord/rules/content/chrome_runs.hpp"
#include "support/zip_writer.hpp"
#include "test_support.hpp"

namespace concord::rules {
namespace {

using test::check_text;

std::string seed(const std::string& name) {
  std::ifstream in(test::source_dir() + "/corpora/seeds/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::uint32_t> lines_of(const std::vector<report::ResolvedFinding>& findings) {
  std::vector<std::uint32_t> out;
  for (const auto& f : findings) out.push_back(f.begin.line);
  return out;
}

std::string flagged(const std::string& text, const report::ResolvedFinding& f) {
  return text.substr(f.begin.offset, f.length);
}

// Applies a finding's fix to `text` (edits are in original bytes).
std::string fixed(std::string text, const report::ResolvedFinding& f) {
  EXPECT_TRUE(f.fix.has_value()) << f.message;
  if (!f.fix) return text;
  const auto& edits = f.fix->edits;
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) text.replace(it->offset, it->length, it->replacement);
  return text;
}

// ---- content/placeholder ---------------------------------------------------

const std::vector<std::string> kPlaceholder = {"content/placeholder"};

TEST(Placeholder, TheContractNumberBlankOfSeed002) {
  const std::string text = seed("002_c63e0523ebd75bf2.txt");
  const auto f = check_text(text, kPlaceholder, "002.txt");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 14u);
  EXPECT_EQ(flagged(text, f[0]), "___________");
}

TEST(Placeholder, TemplateFieldsInEveryLanguageAndBracket) {
  EXPECT_EQ(check_text("Report to [INSERT EMAIL ADDRESS].\n", kPlaceholder, "a.md").size(), 1u);
  EXPECT_EQ(check_text("请通过［在此输入联系方式］举报。\n", kPlaceholder, "a.md", "zh-Hans").size(), 1u);
  EXPECT_EQ(check_text("リーダーに対して[連絡方法を挿入]で報告してください。\n", kPlaceholder, "a.md", "ja").size(), 1u);
  EXPECT_EQ(check_text("請透過[在此填入聯絡方式]聯絡。\n", kPlaceholder, "a.md", "zh-Hant").size(), 1u);
  EXPECT_EQ(check_text("Dear {{customer_name}},\n", kPlaceholder, "a.txt").size(), 1u);
}

TEST(Placeholder, NoFalseAlarmsOnMarkdownBreaksShortcodesAndRealText) {
  const std::string md =
      "# Policy\n\n"
      "---\n\n"
      "***\n\n"
      "___\n\n"
      "{{< newsletter-inline >}}\n\n"
      "{{% notice %}}Read this.{{% /notice %}}\n\n"
      "See [the policy](https://example.com/a_b___c).\n\n"
      "Title XXX of the Act applies.\n\n"
      "二〇〇〇年一月一日起施行。\n\n"
      "`x = ___` is code.\n";
  const auto f = check_text(md, kPlaceholder, "a.md", "en");
  EXPECT_TRUE(f.empty()) << f.front().message;
}

// ---- content/boilerplate ---------------------------------------------------

const std::vector<std::string> kBoilerplate = {"content/boilerplate"};

TEST(Boilerplate, Seed002HasTwoRunsOfDownloadSiteChromeAroundThePolicy) {
  const std::string text = seed("002_c63e0523ebd75bf2.txt");
  const auto f = check_text(text, kBoilerplate, "002.txt");
  ASSERT_EQ(f.size(), 2u);
  // The page counters, reading counter, download button, uploader notice and
  // 文檔簡介; the contract itself (line 14) is not part of either run.
  EXPECT_EQ(f[0].begin.line, 1u);
  EXPECT_EQ(f[0].end.line, 12u);
  EXPECT_NE(f[0].message.find("download-site chrome"), std::string::npos);
  // 溫馨提示 with the site's rules, the comment box and its button.
  EXPECT_EQ(f[1].begin.line, 16u);
  EXPECT_EQ(f[1].end.line, 30u);
  EXPECT_NE(f[1].message.find("comment box"), std::string::npos);
  EXPECT_EQ(f[0].severity, Severity::warning);
}

TEST(Boilerplate, Seed004TrainingAdvertsAfterThePolicyAreOneRun) {
  const std::string text = seed("004_5e760f3e2a03147e.txt");
  const auto f = check_text(text, kBoilerplate, "004.txt");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 143u);
  EXPECT_EQ(f[0].end.line, 214u);
  EXPECT_EQ(f[0].lang, "ja");
  EXPECT_NE(f[0].message.find("advertising"), std::string::npos);
}

TEST(Boilerplate, PolicyTextBetweenChromeIsNeverSwallowed) {
  const std::string text =
      "下載本文檔\n\n"
      "第一條 本合同旨在明確甲乙雙方的權利。\n\n"
      "評論\n\n"
      "0/150\n\n"
      "提交評論\n\n"
      "人人文庫\n";
  const auto f = check_text(text, kBoilerplate, "a.txt", "zh-Hant");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(flagged(text, f[0]), "下載本文檔");
  EXPECT_EQ(f[1].begin.line, 5u);  // 評論 … 人人文庫: weak phrases joined to a strong one
  EXPECT_EQ(f[1].end.line, 11u);
}

TEST(Boilerplate, WeakPhrasesAloneAreNoChrome) {
  // 溫馨提示 heading a notice of the policy, a "Print" heading, a counter.
  EXPECT_TRUE(check_text("溫馨提示\n\n請您仔細閱讀本協議。\n", kBoilerplate, "a.txt", "zh-Hant").empty());
  EXPECT_TRUE(check_text("Print\n\nWe keep your data for 30 days.\n\nShare\n", kBoilerplate, "a.txt", "en").empty());
  EXPECT_TRUE(check_text("温馨提示：请您在使用本服务前仔细阅读本协议。\n", kBoilerplate, "a.txt", "zh-Hans").empty());
}

TEST(Boilerplate, PhrasesInsidePolicySentencesAreNoChrome) {
  EXPECT_TRUE(check_text("When you sign up for our webinars, we collect your name.\n", kBoilerplate, "a.txt", "en")
                  .empty());
  EXPECT_TRUE(check_text("用户可以随时下载本人的数据，并对服务发表评论。\n", kBoilerplate, "a.txt", "zh-Hans").empty());
}

TEST(Boilerplate, TablesAreThePolicysOwn) {
  const std::string text = "項目\t說明\n1\t下載本文檔\n2\t評論\n";
  EXPECT_TRUE(check_text(text, kBoilerplate, "a.txt", "zh-Hant").empty());
}

TEST(Boilerplate, ChromeInMarkdownAndHtml) {
  const std::string md = "# 隐私政策\n\n我们保护您的信息。\n\n## 温馨提示\n\n- 本站所有资源如无特殊说明，都需要安装阅读器。\n- 请联系上传者。\n";
  const auto f = check_text(md, kBoilerplate, "a.md", "zh-Hans");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 5u);
  EXPECT_EQ(f[0].end.line, 8u);
  const std::string html =
      "<html lang=\"en\"><body><main><h1>Privacy</h1><p>We keep your data for 30 days.</p>"
      "<h2>Webinars</h2><p>Sign up for our webinars and learn the basics.</p></main></body></html>";
  EXPECT_EQ(check_text(html, kBoilerplate, "a.html").size(), 1u);
}

ChromeCandidate anchor(bool strong = true, bool label = true) { return {true, strong, label, false, false}; }
ChromeCandidate label() { return {false, false, true, false, false}; }
ChromeCandidate prose() { return {false, false, false, false, false}; }
ChromeCandidate item(bool label_like = false) { return {false, false, label_like, true, false}; }

TEST(ChromeRuns, LabelsBridgeAnchorsProseEndsARun) {
  const auto runs = chrome_runs({anchor(), label(), label(), anchor(), prose(), anchor()});
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].first, 0u);
  EXPECT_EQ(runs[0].last, 3u);
  EXPECT_EQ(runs[1].first, 5u);
  EXPECT_EQ(runs[1].last, 5u);
}

TEST(ChromeRuns, LabelsAfterTheLastAnchorStayOut) {
  const auto runs = chrome_runs({prose(), anchor(), label(), label()});
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].first, 1u);
  EXPECT_EQ(runs[0].last, 1u);
}

TEST(ChromeRuns, ALabelAnchorTakesTheListUnderItButAnItemDoesNot) {
  auto runs = chrome_runs({anchor(false), item(), item(), item(), prose()});
  EXPECT_TRUE(runs.empty());  // only weak anchors
  runs = chrome_runs({anchor(false), item(), {true, true, false, true, false}, item(), prose()});
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].last, 3u);
  // A chrome phrase in one item of a list does not take the policy items after it.
  runs = chrome_runs({prose(), {true, true, true, true, false}, item(), item()});
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].first, 1u);
  EXPECT_EQ(runs[0].last, 1u);
}

TEST(ChromeRuns, BarriersAreNeitherAnchorsNorBridges) {
  const ChromeCandidate cell{true, true, true, false, true};
  EXPECT_TRUE(chrome_runs({cell}).empty());
  const auto runs = chrome_runs({anchor(), cell, anchor()});
  EXPECT_EQ(runs.size(), 2u);
}

// ---- content/empty-item ----------------------------------------------------

const std::vector<std::string> kEmptyItem = {"content/empty-item"};

TEST(EmptyItem, TheBareDashOfSeed003AndNotTheBulletsWhoseTextFollows) {
  const std::string text = seed("003_68dc64261fc46cad.txt");
  const auto f = check_text(text, kEmptyItem, "003.txt");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 2u);
  EXPECT_EQ(flagged(text, f[0]), "-");
  // The fix leaves an empty line: the title and Article 1 stay apart.
  const std::string after = fixed(text, f[0]);
  EXPECT_TRUE(after.starts_with("Information Communication Security Policy\n\nArticle 1"));
  EXPECT_TRUE(check_text(after, kEmptyItem, "003.txt").empty());
}

TEST(EmptyItem, PlainTextBulletsAndNumbers) {
  const std::string text = "目标如下：\n\n•\n\n1.\n第二条 本政策适用于全体员工。\n\n- 确保资讯的机密性。\n";
  const auto f = check_text(text, kEmptyItem, "a.txt", "zh-Hans");
  EXPECT_EQ(lines_of(f), (std::vector<std::uint32_t>{3, 5}));
}

TEST(EmptyItem, MarkdownItemsWithoutTextButNotImagesOrNestedLists) {
  const std::string md =
      "# Policy\n\n"
      "- one\n"
      "-\n"
      "- ![logo](logo.png)\n"
      "- `code`\n\n"
      "1.\n"
      "   - nested\n\n"
      "2.\n";
  const auto f = check_text(md, kEmptyItem, "a.md", "en");
  EXPECT_EQ(lines_of(f), (std::vector<std::uint32_t>{4, 11}));
  EXPECT_EQ(flagged(md, f[0]), "-");
  EXPECT_EQ(flagged(md, f[1]), "2.");
}

TEST(EmptyItem, HtmlItemsTheReaderDropsButNotNavigationChrome) {
  const std::string html =
      "<html lang=\"en\"><body><nav><ul><li></li><li>Home</li></ul></nav>\n"
      "<main><h1>Policy</h1>\n<ul><li>One</li>\n<li> </li>\n<li>&nbsp;</li>\n<li><img src=\"a.png\"></li>\n"
      "<li><br></li>\n<li><ul><li>nested</li></ul></li>\n<li><a href=\"/rss\"></a></li></ul></main></body></html>\n";
  const auto f = check_text(html, kEmptyItem, "a.html");
  EXPECT_EQ(lines_of(f), (std::vector<std::uint32_t>{4, 5, 7}));  // blank, &nbsp;, a lone <br>
  EXPECT_EQ(flagged(html, f[0]), "<li> </li>");
}

TEST(EmptyItem, AnEmptyNumberedParagraphInDocx) {
  const std::string ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  auto numbered = [](const std::string& text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" +
           (text.empty() ? std::string() : "<w:r><w:t>" + text + "</w:t></w:r>") + "</w:p>";
  };
  const std::string document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + ns + "><w:body>" +
                               "<w:p><w:r><w:t>The objectives are:</w:t></w:r></w:p>" + numbered("Protect data.") +
                               numbered("") + numbered("Keep records.") + "<w:sectPr/></w:body></w:document>";
  const std::string numbering =
      "<?xml version=\"1.0\"?><w:numbering " + ns +
      "><w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
      "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
      "</w:numbering>";
  const std::string types =
      "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
  const std::string rels =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
  const std::string docx = test::zip_parts({{"[Content_Types].xml", types},
                                            {"_rels/.rels", rels},
                                            {"word/document.xml", document},
                                            {"word/numbering.xml", numbering}});
  const auto f = check_text(docx, kEmptyItem, "a.docx", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 3u);  // the third paragraph
  EXPECT_NE(f[0].message.find("\"2.\""), std::string::npos) << f[0].message;
  EXPECT_FALSE(f[0].fix.has_value());
}

}  // namespace
}  // namespace concord::rules
