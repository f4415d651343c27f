// The markup rules: markup/html-leak and markup/markdown-leak, on the seeds
// and in every format, with their fixes applied and checked again.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "concord/rules/markup/html_tags.hpp"
#include "concord/rules/markup/markdown_syntax.hpp"
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

std::string flagged(const std::string& text, const report::ResolvedFinding& f) {
  return text.substr(f.begin.offset, f.length);
}

// `text` with the fixes of every finding applied (edits in original bytes).
std::string fixed(std::string text, const std::vector<report::ResolvedFinding>& findings) {
  std::vector<report::ResolvedEdit> edits;
  for (const auto& f : findings)
    if (f.fix) edits.insert(edits.end(), f.fix->edits.begin(), f.fix->edits.end());
  std::sort(edits.begin(), edits.end(), [](const auto& a, const auto& b) { return a.offset > b.offset; });
  for (const auto& e : edits) text.replace(e.offset, e.length, e.replacement);
  return text;
}

// ---- HTML tags ---------------------------------------------------------------

std::vector<std::string> tag_names(std::string_view text) {
  std::vector<std::string> out;
  for (const HtmlTag& t : find_html_tags(text)) out.push_back((t.closing ? "/" : "") + t.name);
  return out;
}

TEST(HtmlTags, KnownElementsWithWellFormedAttributesOnly) {
  EXPECT_EQ(tag_names("<p>a</p><BR/><br /><ul style=\"list-style-type: none\"><a href='x' target=_blank>"),
            (std::vector<std::string>{"p", "/p", "br", "br", "ul", "a"}));
  EXPECT_TRUE(tag_names("<https://a.b/c> <me@example.com> <name> a < b > c <p <3 </ p> <h7>").empty());
  EXPECT_TRUE(tag_names("<p class=\"a>b\">").empty());  // no markup inside a value
}

TEST(HtmlTags, RemovalKeepsWordsApartAndLeavesNoDoubleSpace) {
  auto apply = [](std::string text) {
    const auto edits = tag_removal(text, find_html_tags(text));
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) text.replace(it->begin, it->end - it->begin, it->replacement);
    return text;
  };
  EXPECT_EQ(apply("one<br>two"), "one two");
  EXPECT_EQ(apply("<p>One.</p> <p>Two.</p>"), "One. Two.");
  EXPECT_EQ(apply("See <b>this</b> now"), "See this now");
  EXPECT_EQ(apply("a <b> c"), "a c");
  EXPECT_EQ(apply("<p>第一句。</p> <p>第二句。</p>"), "第一句。第二句。");
  EXPECT_EQ(apply("说明。</p> <ul style=\"x\"> - 项目"), "说明。 - 项目");
}

// ---- markup/html-leak --------------------------------------------------------

const std::vector<std::string> kHtml = {"markup/html-leak"};

TEST(HtmlLeak, OneFindingPerCellOfSeed001AndTheFixesLeaveNone) {
  const std::string text = seed("001_115c9145674ea8cd.txt");
  const auto f = check_text(text, kHtml, "001.txt");
  ASSERT_EQ(f.size(), 23u);  // the 23 cells that hold <p>, </p> or <ul …>
  const auto at79 = std::find_if(f.begin(), f.end(), [](const auto& x) { return x.begin.line == 79; });
  ASSERT_NE(at79, f.end());
  EXPECT_EQ(flagged(text, *at79),
            "<p>系统操作人员的所有工作都有记录。操作日志以不可更改的格式保存，并保留五年。按照变更管理的要求，工作的开展"
            "要经过负责人的批准，并在两人小组的相互检查下进行。</p>");
  EXPECT_EQ(at79->message, "HTML tags shown as text: <p>, </p> (2 tags)");
  const auto at54 = std::find_if(f.begin(), f.end(), [](const auto& x) { return x.begin.line == 54; });
  ASSERT_NE(at54, f.end());
  EXPECT_NE(at54->message.find("<ul …>"), std::string::npos);
  for (const auto& x : f) EXPECT_TRUE(x.fix.has_value()) << x.begin.line;
  EXPECT_TRUE(check_text(fixed(text, f), kHtml, "001.txt").empty());
}

TEST(HtmlLeak, MarkdownRendersRawHtmlButShowsEscapedTags) {
  const std::string md =
      "Raw <span>inline</span> HTML and a <br> break are rendered.\n\n"
      "<div>An HTML block is rendered too.</div>\n\n"
      "Escaped \\<p> and &lt;b&gt; show literally.\n\n"
      "Code `<p>` is code.\n";
  const auto f = check_text(md, kHtml, "a.md", "en");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 5u);
  EXPECT_EQ(f[0].message, "HTML tags shown as text: <p>, <b> (2 tags)");
  EXPECT_FALSE(f[0].fix.has_value());  // escapes and entities are no verbatim copy of the tag
}

TEST(HtmlLeak, DoubleEscapedMarkupOnAWebPage) {
  const std::string html =
      "<html lang=\"en\"><body><main><p>We store &lt;strong&gt;nothing&lt;/strong&gt;.</p>"
      "<p>Real <strong>markup</strong> is fine.</p></main></body></html>";
  const auto f = check_text(html, kHtml, "a.html");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "HTML tags shown as text: <strong>, </strong> (2 tags)");
}

TEST(HtmlLeak, XliffPlaceholdersAreNotTextButEscapedTagsAre) {
  const std::string xliff =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
      "<file source-language=\"en\" target-language=\"ja\" datatype=\"plaintext\" original=\"x\"><body>\n"
      "<trans-unit id=\"1\"><source>Click <bpt id=\"1\">&lt;b&gt;</bpt>here<ept id=\"1\">&lt;/b&gt;</ept>.</source>\n"
      "<target>ここを<g id=\"2\">クリック</g>してください。</target></trans-unit>\n"
      "<trans-unit id=\"2\"><source>Read &lt;p&gt;this&lt;/p&gt;.</source>\n"
      "<target>&lt;p&gt;これ&lt;/p&gt;を読んでください。</target></trans-unit>\n"
      "</body></file></xliff>\n";
  const auto f = check_text(xliff, kHtml, "a.xlf");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].begin.line, 6u);
  EXPECT_EQ(f[1].begin.line, 7u);
  EXPECT_EQ(f[1].lang, "ja");
}

TEST(HtmlLeak, NoFalseAlarms) {
  const std::string text =
      "Write to <privacy@example.com> or see <https://example.com/privacy>.\n\n"
      "If a < b and c > d, the lower fee applies.\n\n"
      "请在<姓名>处填写您的姓名。\n\n"
      "料金は 5 < 10 の場合に適用されます。\n";
  EXPECT_TRUE(check_text(text, kHtml, "a.txt", "en").empty());
}

// ---- Markdown syntax -----------------------------------------------------------

TEST(MarkdownSyntax, EmphasisPairsNotBlanksOrIdentifiers) {
  auto count = [](std::string_view text, bool everything = true) { return find_markdown_syntax(text, everything).size(); };
  EXPECT_EQ(count("云端资讯**安全**责**任共担模型**"), 2u);
  EXPECT_EQ(count("資料__安全__等"), 1u);
  EXPECT_EQ(count("__Note__ this"), 1u);
  EXPECT_EQ(count("call __init__ and snake__case__x"), 0u);
  EXPECT_EQ(count("甲方：________ 乙方：________"), 0u);
  EXPECT_EQ(count("items marked ** ship free; ** again"), 0u);
  EXPECT_EQ(count("***bold italic***"), 0u);
  EXPECT_EQ(count("\\*\\*escaped\\*\\*"), 0u);
  EXPECT_EQ(count("[notice](https://a.b/c) and [x](/path) and [y](#top)"), 3u);
  EXPECT_EQ(count("[notice](https://a.b/c)", false), 0u);
  EXPECT_EQ(count("[1] (see above) and [a](b c)"), 0u);
  EXPECT_EQ(count("## Title"), 1u);
  EXPECT_EQ(count("#1 priority and #hashtag"), 0u);
  EXPECT_EQ(count("Section # 2"), 0u);
}

// ---- markup/markdown-leak ------------------------------------------------------

const std::vector<std::string> kMarkdown = {"markup/markdown-leak"};

TEST(MarkdownLeak, TheSimplifiedTitleOfSeed000) {
  const std::string text = seed("000_fbff593f6d672fef.txt");
  const auto f = check_text(text, kMarkdown, "000.txt");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin.line, 35u);
  EXPECT_EQ(f[0].lang, "zh-Hans");
  EXPECT_EQ(flagged(text, f[0]), "**安全**责**任共担模型**");
  EXPECT_EQ(f[0].message, "Markdown bold markers shown as text: **安全**, **任共担模型**");
  const std::string after = fixed(text, f);
  EXPECT_NE(after.find("\n云端资讯安全责任共担模型\n"), std::string::npos);
  EXPECT_TRUE(check_text(after, kMarkdown, "000.txt").empty());
}

TEST(MarkdownLeak, LinksAndHeadingMarksOutsideMarkdown) {
  const std::string text = "# Privacy Policy\n\nRead the [notice](https://example.com/notice) first.\n";
  const auto f = check_text(text, kMarkdown, "a.txt", "en");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(flagged(text, f[0]), "#");
  EXPECT_TRUE(f[0].fix.has_value());
  EXPECT_EQ(flagged(text, f[1]), "[notice](https://example.com/notice)");
  EXPECT_FALSE(f[1].fix.has_value());  // how to write a link as text is the author's choice
}

TEST(MarkdownLeak, InMarkdownOnlyWhatCommonMarkLeftLiteral) {
  const std::string md =
      "资讯**安全**责任共担。\n\n"             // rendered: flanking is fine
      "资讯**「安全」**责任共担。\n\n"         // not: the opener touches 「 inside and 讯 outside
      "__Mozilla VPN__は、接続を保護します。\n\n"  // not: __ cannot close before は
      "普通文本 \\*\\*不是粗体\\*\\* 结束。\n\n"  // escaped on purpose
      "代码 `**x**` 不算。\n\n"
      "[链接](https://example.com) 与 # 号。\n";
  const auto f = check_text(md, kMarkdown, "a.md", "zh-Hans");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].begin.line, 3u);
  EXPECT_EQ(flagged(md, f[0]), "**「安全」**");
  EXPECT_EQ(f[1].begin.line, 5u);
  EXPECT_NE(f[0].message.find("CommonMark"), std::string::npos);
  EXPECT_FALSE(f[0].fix.has_value());  // the author meant bold
}

TEST(MarkdownLeak, HtmlPagesShowMarkdownAsText) {
  const std::string html =
      "<html lang=\"en\"><body><main><p>This is **important** and [here](https://a.b/c).</p>"
      "<p><code>**kwargs</code> is code.</p></main></body></html>";
  const auto f = check_text(html, kMarkdown, "a.html");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "Markdown bold markers and link shown as text: **important**, [here](https://a.b/c)");
}

TEST(MarkdownLeak, NoFalseAlarms) {
  const std::string text =
      "Prices marked * include tax; items marked ** ship free.\n\n"
      "Call the __init__ method.\n\n"
      "合同編號:___________ 第二條 目的\n\n"
      "#1 の項目を参照してください。\n\n"
      "References [1] (see above).\n";
  EXPECT_TRUE(check_text(text, kMarkdown, "a.txt", "en").empty());
}

}  // namespace
}  // namespace concord::rules
