#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>

#include "concord/formats/html_language_links.hpp"
#include "concord/io/read_file.hpp"
#include "test_support.hpp"

namespace concord::formats {
namespace {

using model::Block;
using model::BlockKind;
using model::InlineSpan;

std::unique_ptr<model::ParsedFile> html(const std::string& text) { return test::parse(text, "x.html"); }

std::vector<const Block*> of_kind(const model::ParsedFile& f, BlockKind k) {
  std::vector<const Block*> out;
  for (const auto& b : f.blocks)
    if (b.kind == k) out.push_back(&b);
  return out;
}

std::vector<std::string> texts(const model::ParsedFile& f) {
  std::vector<std::string> out;
  for (const auto& b : f.blocks)
    if (model::carries_text(b.kind)) out.push_back(b.text.str());
  return out;
}

const Block* containing(const model::ParsedFile& f, std::string_view needle) {
  for (const auto& b : f.blocks)
    if (b.text.view().find(needle) != std::string_view::npos) return &b;
  return nullptr;
}

std::string span_text(const Block& b, const InlineSpan& s) { return b.text.str().substr(s.begin, s.end - s.begin); }

const InlineSpan* span_of(const Block& b, InlineSpan::Kind kind, std::size_t nth = 0) {
  for (const auto& s : b.spans)
    if (s.kind == kind && nth-- == 0) return &s;
  return nullptr;
}

std::string source_of(const model::ParsedFile& f, const Block& b, std::uint32_t begin, std::uint32_t end) {
  const model::SourceRange r = b.text.to_source(begin, end);
  return std::string(f.file().text().substr(r.begin, r.end - r.begin));
}

// ---------------------------------------------------------------- structure

TEST(HtmlStructure, HeadingsAndParagraphs) {
  auto f = html("<html><body><h1>Privacy Policy</h1><p>We respect your privacy.</p>"
                "<h3>Scope</h3><p>This policy applies to all services.</p></body></html>");
  ASSERT_EQ(f->blocks.size(), 4u);
  EXPECT_EQ(f->blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(f->blocks[0].level, 1);
  EXPECT_EQ(f->blocks[0].text.str(), "Privacy Policy");
  EXPECT_EQ(f->blocks[1].kind, BlockKind::paragraph);
  EXPECT_EQ(f->blocks[2].level, 3);
  EXPECT_EQ(f->blocks[3].text.str(), "This policy applies to all services.");
  for (const auto& b : f->blocks) EXPECT_EQ(b.parent, -1);
  EXPECT_TRUE(f->problems.empty());
}

TEST(HtmlStructure, BlockSourceCoversTheElement) {
  const std::string text = "<body>\n<p class=x>One <b>two</b></p>\n</body>";
  auto f = html(text);
  ASSERT_EQ(f->blocks.size(), 1u);
  const auto r = f->blocks[0].source;
  EXPECT_EQ(text.substr(r.begin, r.end - r.begin), "<p class=x>One <b>two</b></p>");
}

TEST(HtmlStructure, NestedListsHaveLevelsAndMarkers) {
  auto f = html(
      "<ul><li>Apples</li><li>Pears<ol start=\"3\"><li>Third</li><li>Fourth"
      "<ol type=\"a\"><li>sub a</li><li>sub b</li></ol></li></ol></li></ul>"
      "<ol type=\"I\" start=\"2\"><li>Two</li><li value=\"9\">Nine</li><li>Ten</li></ol>"
      "<ol reversed><li>c</li><li>b</li><li>a</li></ol>");
  auto items = of_kind(*f, BlockKind::list_item);
  ASSERT_EQ(items.size(), 12u);
  EXPECT_EQ(items[0]->marker, "-");
  EXPECT_EQ(items[0]->level, 1);
  EXPECT_EQ(items[1]->text.str(), "Pears");
  EXPECT_EQ(items[2]->marker, "3.");
  EXPECT_EQ(items[2]->level, 2);
  EXPECT_EQ(items[2]->parent, items[1] - f->blocks.data());
  EXPECT_EQ(items[3]->marker, "4.");
  EXPECT_EQ(items[3]->text.str(), "Fourth");
  EXPECT_EQ(items[4]->marker, "a.");
  EXPECT_EQ(items[4]->level, 3);
  EXPECT_EQ(items[5]->marker, "b.");
  EXPECT_EQ(items[6]->marker, "II.");
  EXPECT_EQ(items[7]->marker, "IX.");
  EXPECT_EQ(items[8]->marker, "X.");
  EXPECT_EQ(items[9]->marker, "3.");
  EXPECT_EQ(items[11]->marker, "1.");
  for (std::size_t i = 1; i < f->blocks.size(); ++i) EXPECT_LT(f->blocks[i].parent, static_cast<int>(i));
}

TEST(HtmlStructure, ListItemKeepsItsFirstParagraphAndLaterTextBecomesChildParagraphs) {
  auto f = html("<ol><li id=s6b><p>Where Your right terminates:</p><ol><li>automatically;</li></ol>"
                "For the avoidance of doubt, this does not affect any right.</li></ol>");
  ASSERT_EQ(f->blocks.size(), 3u);
  EXPECT_EQ(f->blocks[0].kind, BlockKind::list_item);
  EXPECT_EQ(f->blocks[0].text.str(), "Where Your right terminates:");
  EXPECT_EQ(f->blocks[1].kind, BlockKind::list_item);
  EXPECT_EQ(f->blocks[1].parent, 0);
  EXPECT_EQ(f->blocks[1].level, 2);
  EXPECT_EQ(f->blocks[2].kind, BlockKind::paragraph);
  EXPECT_EQ(f->blocks[2].parent, 0);
  EXPECT_EQ(f->blocks[2].text.str(), "For the avoidance of doubt, this does not affect any right.");
}

TEST(HtmlStructure, TablesHaveRowsAndCells) {
  auto f = html("<table><thead><tr><th>Data</th><th>Purpose</th></tr></thead>"
                "<tbody><tr><td colspan=2>Contact details</td><td>Support</td></tr>"
                "<tr><td></td><td><p>First</p><p>Second</p></td></tr></tbody></table>");
  ASSERT_FALSE(f->blocks.empty());
  EXPECT_EQ(f->blocks[0].kind, BlockKind::table);
  auto rows = of_kind(*f, BlockKind::table_row);
  ASSERT_EQ(rows.size(), 3u);
  for (const Block* r : rows) EXPECT_EQ(r->parent, 0);
  EXPECT_EQ(rows[2]->row, 2);
  auto cells = of_kind(*f, BlockKind::table_cell);
  ASSERT_EQ(cells.size(), 5u);  // the empty cell says nothing
  EXPECT_EQ(cells[0]->text.str(), "Data");
  EXPECT_EQ(cells[1]->column, 1);
  EXPECT_EQ(cells[2]->row, 1);
  EXPECT_EQ(cells[3]->text.str(), "Support");
  EXPECT_EQ(cells[3]->column, 2);
  EXPECT_EQ(cells[4]->text.str(), "First");
  EXPECT_EQ(cells[4]->column, 1);
  const Block* second = containing(*f, "Second");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->kind, BlockKind::paragraph);
  EXPECT_EQ(&f->blocks[static_cast<std::size_t>(second->parent)], cells[4]);
}

// Every block's subtree is contiguous: its descendants follow it, then its
// siblings.
void expect_preorder(const model::ParsedFile& f) {
  std::vector<std::int32_t> open;  // the chain of ancestors of the current block
  for (std::size_t i = 0; i < f.blocks.size(); ++i) {
    const std::int32_t parent = f.blocks[i].parent;
    while (!open.empty() && open.back() != parent) open.pop_back();
    if (parent >= 0) {
      ASSERT_FALSE(open.empty()) << "block " << i << " is not next to its parent's subtree";
    }
    open.push_back(static_cast<std::int32_t>(i));
  }
}

TEST(HtmlStructure, BlocksAreInPreOrder) {
  expect_preorder(*html("<table><tr><td>a</td></tr>stray<tr><td>b<table><td>inner</table>after</td></tr></table>"
                        "<ul><li>x<ul><li>y</li></ul>z</li></ul><blockquote><ol><li>q</li></ol></blockquote>"));
}

TEST(HtmlStructure, CellsOutsideRowsShareAnImpliedRow) {
  auto f = html("<table><td>one<td>two</table>");
  auto rows = of_kind(*f, BlockKind::table_row);
  auto cells = of_kind(*f, BlockKind::table_cell);
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(cells[1]->column, 1);
  EXPECT_EQ(cells[1]->text.str(), "two");
}

TEST(HtmlStructure, BlockquoteParagraphsAreQuotesAndPreIsCode) {
  auto f = html("<blockquote><p>First quoted.</p>Loose quoted text.</blockquote>"
                "<pre>\n  int x = 1;\n  return x;\n</pre>");
  auto quotes = of_kind(*f, BlockKind::quote);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0]->text.str(), "First quoted.");
  EXPECT_EQ(quotes[1]->text.str(), "Loose quoted text.");
  auto code = of_kind(*f, BlockKind::code);
  ASSERT_EQ(code.size(), 1u);
  EXPECT_EQ(code[0]->text.str(), "int x = 1;\n  return x;");
}

TEST(HtmlStructure, LooseTextInDivsSplitsAtBlockElements) {
  auto f = html("<div>Intro text <em>here</em>\n<p>A paragraph.</p>Outro\n text.<section>Inner</section></div>"
                "<dl><dt>Term</dt><dd>Definition</dd></dl>");
  EXPECT_EQ(texts(*f), (std::vector<std::string>{"Intro text here", "A paragraph.", "Outro text.", "Inner", "Term",
                                                 "Definition"}));
  for (const auto& b : f->blocks) EXPECT_EQ(b.kind, BlockKind::paragraph);
}

TEST(HtmlStructure, ParagraphInBoldAloneReadsAsHeading) {
  auto f = html("<h3>Public License</h3><p id=s1><strong>Section 1 – Definitions.</strong></p>"
                "<p><strong>Considerations:</strong> more text follows here.</p>"
                "<p><b>本协议不得转让。</b></p><p><b>第五条</b>　<b>免责声明</b></p>");
  ASSERT_EQ(f->blocks.size(), 5u);
  EXPECT_EQ(f->blocks[1].kind, BlockKind::heading);
  EXPECT_EQ(f->blocks[1].level, 4);
  EXPECT_EQ(f->blocks[2].kind, BlockKind::paragraph);
  EXPECT_EQ(f->blocks[3].kind, BlockKind::paragraph);  // a sentence in bold is emphasis
  EXPECT_EQ(f->blocks[4].kind, BlockKind::heading);
  EXPECT_EQ(f->blocks[4].text.str(), "第五条　免责声明");
}

// ---------------------------------------------------------------- chrome

TEST(HtmlChrome, ScriptsStylesNavigationAndFormsAreNotRead) {
  auto f = html(
      "<html><head><title>Title</title><style>p{}</style><script>var a = '<p>x</p>';</script></head><body>"
      "<nav><ul><li><a href=/>Home</a></li></ul></nav>"
      "<div role=navigation>Menu</div><div role=\"search\">Search</div>"
      "<p>Text <select><option>English</option><option>日本語</option></select> continues"
      "<button>Go</button><noscript>Enable JavaScript</noscript>.</p>"
      "<template><p>Template</p></template><svg><text>Graphic</text></svg>"
      "<p hidden>Hidden</p><p aria-hidden=\"true\">Aria hidden</p><p style=\"display: none\">None</p>"
      "<p>Ruby <ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby></p></body></html>");
  EXPECT_EQ(texts(*f), (std::vector<std::string>{"Text continues.", "Ruby 漢字"}));
}

TEST(HtmlChrome, SiteHeaderFooterAndAsideAreChromeButArticleOnesAreNot) {
  auto f = html(
      "<body><header><a href=/>Example Inc.</a><p>Tagline</p></header>"
      "<aside>Donate now</aside><div id=footer>Back to top</div>"
      "<main><article><header><p>Posted 2024</p></header><h1>Terms</h1><p>Body.</p>"
      "<aside><p>A note on the terms.</p></aside><footer><p>Last updated 2024.</p></footer></article></main>"
      "<footer><p>© Example</p></footer><a class=\"skip-link\" href=\"#main\">Skip to content</a>"
      "<p>Visible <span class=\"sr-only\">screen reader only</span>text.</p></body>");
  EXPECT_EQ(texts(*f), (std::vector<std::string>{"Posted 2024", "Terms", "Body.", "A note on the terms.",
                                                 "Last updated 2024.", "Visible text."}));
}

TEST(HtmlChrome, BodyHeaderWithTheTitleIsKept) {
  auto f = html("<body><header><nav>Menu</nav><h1>Cookie Policy</h1></header><p>Text.</p></body>");
  EXPECT_EQ(texts(*f), (std::vector<std::string>{"Cookie Policy", "Text."}));
}

TEST(HtmlChrome, LanguageMenusAreDropped) {
  auto f = html(
      "<p>Other languages: <a href=\"/by/4.0/legalcode.ar\">العربية</a>, <a href=\"/by/4.0/legalcode.de\">Deutsch</a>,"
      " <a href=\"/by/4.0/legalcode.ja\">日本語</a>, <a href=\"/by/4.0/legalcode.zh-Hant\">華語</a>.</p>"
      "<ul class=langs><li><a href=\"/ja/\">日本語</a></li><li><a href=\"/zh-cn/\">简体中文</a></li></ul>"
      "<p>See the <a href=\"legalcode.ja\">Japanese translation</a> for details about it.</p>");
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "See the Japanese translation for details about it.");
}

// ---------------------------------------------------------------- text

TEST(HtmlText, WhiteSpaceCollapsesAndEdgesAreTrimmed) {
  auto f = html("<p>\n   The  company\n\tshall <b>review</b>\n   this policy. \n</p>"
                "<p>本公司应当每年审查\n    本政策，并在法律<br>变化时进行审查。</p>"
                "<p>中文 English\n中文</p><p>&nbsp;a&nbsp;b&nbsp;</p><p>\u3000全角缩进</p>");
  EXPECT_EQ(texts(*f), (std::vector<std::string>{"The company shall review this policy.",
                                                 "本公司应当每年审查本政策，并在法律变化时进行审查。",
                                                 "中文 English 中文", "a\u00A0b", "全角缩进"}));
}

TEST(HtmlText, LineBreakElementJoinsLikeALineBreak) {
  auto f = html("<p>First line<br>second line</p>");
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "First line second line");
}

TEST(HtmlText, EntitiesAreDecodedAndMappedToTheirSource) {
  const std::string text = "<p>Tom &amp; Jerry&nbsp;&#12345;&#x4E2D;&lt;b&gt; &unknown; &amp end</p>";
  auto f = html(text);
  ASSERT_EQ(f->blocks.size(), 1u);
  const Block& b = f->blocks[0];
  EXPECT_EQ(b.text.str(), "Tom & Jerry\u00A0\u3039中<b> &unknown; &amp end");
  const std::string& t = b.text.str();
  auto check = [&](std::string_view decoded, std::string_view source) {
    const auto at = static_cast<std::uint32_t>(t.find(decoded));
    ASSERT_NE(at, std::string::npos) << decoded;
    const auto end = at + static_cast<std::uint32_t>(decoded.size());
    EXPECT_EQ(source_of(*f, b, at, end), source) << decoded;
    EXPECT_FALSE(b.text.is_verbatim(at, end)) << decoded;
  };
  check("&", "&amp;");
  check("\u00A0", "&nbsp;");
  check("\u3039", "&#12345;");
  check("中", "&#x4E2D;");
  check("<", "&lt;");
  const auto jerry = static_cast<std::uint32_t>(t.find("Jerry"));
  EXPECT_EQ(source_of(*f, b, jerry, jerry + 5), "Jerry");
  EXPECT_TRUE(b.text.is_verbatim(jerry, jerry + 5));
  const auto unknown = static_cast<std::uint32_t>(t.find("&unknown;"));
  EXPECT_EQ(source_of(*f, b, unknown, unknown + 9), "&unknown;");
}

TEST(HtmlText, SentencesMapToTheirLines) {
  const std::string text =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>T</title></head>\n<body>\n"
      "<h1>Terms of\n  Service</h1>\n"
      "<p>The first sentence is here.\n   The second sentence\n   is on two lines.</p>\n"
      "<ul>\n  <li>An item with <a href=\"#x\">a link</a>\n  on the next line.</li>\n</ul>\n"
      "<p>使用本服务即表示\n您同意本条款。</p>\n</body>\n</html>\n";
  auto f = html(text);
  auto line_of = [&](std::string_view needle) -> std::uint32_t {
    const Block* b = containing(*f, needle);
    if (b == nullptr) return 0;
    const auto at = static_cast<std::uint32_t>(b->text.view().find(needle));
    return f->file().position(b->text.to_source(at)).line;
  };
  EXPECT_EQ(line_of("Terms"), 5u);
  EXPECT_EQ(line_of("Service"), 6u);
  EXPECT_EQ(line_of("The first"), 7u);
  EXPECT_EQ(line_of("The second"), 8u);
  EXPECT_EQ(line_of("is on two"), 9u);
  EXPECT_EQ(line_of("a link"), 11u);
  EXPECT_EQ(line_of("on the next"), 12u);
  EXPECT_EQ(line_of("您同意"), 15u);
  const Block* cjk = containing(*f, "您同意");
  EXPECT_EQ(cjk->text.str(), "使用本服务即表示您同意本条款。");
  // A column too: "second" is the 8th code point of line 8.
  const Block* p = containing(*f, "The second");
  EXPECT_EQ(f->file().position(p->text.to_source(static_cast<std::uint32_t>(p->text.view().find("second")))).column,
            8u);
}

// ---------------------------------------------------------------- spans

TEST(HtmlSpans, LinksCodeAndForeignText) {
  auto f = html("<html lang=\"en\"><body><p>See <a href=\" https://example.com/terms \">the terms</a>, run "
                "<code>concord check</code> and say <span lang=\"ja\">こんにちは</span> or "
                "<em lang=\"en-US\">hello</em>.</p></body></html>");
  ASSERT_EQ(f->blocks.size(), 1u);
  const Block& b = f->blocks[0];
  const InlineSpan* link = span_of(b, InlineSpan::Kind::link);
  ASSERT_NE(link, nullptr);
  EXPECT_EQ(link->target, "https://example.com/terms");
  EXPECT_EQ(span_text(b, *link), "the terms");
  const InlineSpan* code = span_of(b, InlineSpan::Kind::code);
  ASSERT_NE(code, nullptr);
  EXPECT_EQ(span_text(b, *code), "concord check");
  const InlineSpan* foreign = span_of(b, InlineSpan::Kind::foreign);
  ASSERT_NE(foreign, nullptr);
  EXPECT_EQ(foreign->target, "ja");
  EXPECT_EQ(span_text(b, *foreign), "こんにちは");
  EXPECT_EQ(span_of(b, InlineSpan::Kind::foreign, 1), nullptr);  // en-US is the page's language
  EXPECT_TRUE(std::is_sorted(b.spans.begin(), b.spans.end(),
                             [](const InlineSpan& x, const InlineSpan& y) { return x.begin < y.begin; }));
}

TEST(HtmlSpans, LinksToOtherLanguageVersionsAreForeign) {
  auto f = html("<html lang=\"zh-CN\"><body><p>本协议的<a href=\"/licenses/by/4.0/legalcode.zh-Hant\">華語</a>版本，"
                "<a href=\"/about\" hreflang=\"ja\">日本語</a>版本和"
                "<a href=\"/licenses/by/4.0/legalcode.zh-Hans\">简体中文</a>版本都是正式文本，请仔细阅读全部条款。</p></body></html>");
  ASSERT_EQ(f->blocks.size(), 1u);
  const Block& b = f->blocks[0];
  EXPECT_EQ(b.lang, "zh-Hans");
  const InlineSpan* first = span_of(b, InlineSpan::Kind::foreign);
  const InlineSpan* second = span_of(b, InlineSpan::Kind::foreign, 1);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->target, "zh-Hant");
  EXPECT_EQ(span_text(b, *first), "華語");
  EXPECT_EQ(second->target, "ja");
  EXPECT_EQ(span_of(b, InlineSpan::Kind::foreign, 2), nullptr);  // the page's own language
}

TEST(HtmlSpans, LinkLanguageFromHref) {
  using html::link_language;
  EXPECT_EQ(link_language("/licenses/by/4.0/legalcode.ja", ""), "ja");
  EXPECT_EQ(link_language("https://creativecommons.org/licenses/by/4.0/legalcode.zh-Hant", ""), "zh-Hant");
  EXPECT_EQ(link_language("/ja/", ""), "ja");
  EXPECT_EQ(link_language("/docs/zh-cn", ""), "zh-Hans");
  EXPECT_EQ(link_language("/privacy/index.zh-TW.html#top", ""), "zh-Hant");
  EXPECT_EQ(link_language("/privacy?lang=ja&x=1", ""), "ja");
  EXPECT_EQ(link_language("/anything", "en-GB"), "en");
  EXPECT_EQ(link_language("/licenses/by/4.0/legalcode", ""), std::nullopt);
  EXPECT_EQ(link_language("/licenses/by/4.0/", ""), std::nullopt);
  EXPECT_EQ(link_language("mailto:info@example.de", ""), std::nullopt);
  EXPECT_EQ(link_language("https://example.de", ""), std::nullopt);
  EXPECT_EQ(link_language("#s2b", ""), std::nullopt);
  EXPECT_EQ(link_language("/about/index.html", ""), std::nullopt);
}

// ---------------------------------------------------------------- document

TEST(HtmlDocument, DeclaredLanguageComesFromTheHtmlElement) {
  EXPECT_EQ(html("<html lang=\"zh-TW\"><body><p>文字</p></body></html>")->declared_lang, "zh-Hant");
  EXPECT_EQ(html("<html xml:lang=\"ja-JP\"><p>文字</p></html>")->declared_lang, "ja");
  EXPECT_EQ(html("<html><body lang=\"ja\"><p>文字</p></body></html>")->declared_lang, "");
  EXPECT_EQ(html("<html lang=\"{{ locale }}\"><p>文字</p></html>")->declared_lang, "");
  EXPECT_EQ(html("<html lang=\"1234\"><p>文字</p></html>")->declared_lang, "");
  auto f = html("<html lang=\"en\"><body><p>Text</p><div lang=\"ja\"><p>日本語の段落です。</p></div></body></html>");
  ASSERT_EQ(f->blocks.size(), 2u);
  EXPECT_EQ(f->blocks[0].lang, "en");
  EXPECT_EQ(f->blocks[1].lang, "ja");
}

TEST(HtmlDocument, CommentsAreDirectives) {
  const std::string text = "<html><!-- concord-disable parity/extra-section -->\n<body><p>Text<!--inline--></p>"
                           "<script>/* <!-- not a comment --> */</script></body></html>";
  auto f = html(text);
  ASSERT_EQ(f->directives.size(), 2u);
  EXPECT_EQ(f->directives[0].text, "concord-disable parity/extra-section");
  const auto r = f->directives[0].source;
  EXPECT_EQ(text.substr(r.begin, r.end - r.begin), "<!-- concord-disable parity/extra-section -->");
  EXPECT_EQ(f->directives[1].text, "inline");
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "Text");
}

TEST(HtmlDocument, BrokenMarkupReadsSensibly) {
  auto f = html("<p>First <b>bold <i>both</b> italic</i>\n<p>Second</p></p></div><li>stray item"
                "<table><tr><td>cell<td>next</tr><p>after table<h2>Heading <p>in heading</h2>tail");
  EXPECT_TRUE(f->problems.empty());
  const std::vector<std::string> t = texts(*f);
  EXPECT_EQ(t.front(), "First bold both italic");
  EXPECT_NE(std::find(t.begin(), t.end(), "Second"), t.end());
  EXPECT_NE(containing(*f, "stray item"), nullptr);
  EXPECT_NE(containing(*f, "cell"), nullptr);
  EXPECT_NE(containing(*f, "tail"), nullptr);
  for (const auto& b : f->blocks) {
    EXPECT_LE(b.source.begin, b.source.end);
    EXPECT_LE(b.source.end, f->file().text().size());
  }
}

TEST(HtmlDocument, EmptyAndBlankDocuments) {
  for (const char* text : {"", "   \n", "<html></html>", "<!-- only a comment -->", "<!DOCTYPE html>"}) {
    auto f = html(text);
    EXPECT_TRUE(f->blocks.empty()) << text;
    EXPECT_TRUE(f->problems.empty()) << text;
  }
}

TEST(HtmlDocument, DeepNestingAndGarbageNeverCrash) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += i % 2 ? "<div>" : "<b>";
  deep += "deep text";
  auto f = html(deep);
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "deep text");

  std::mt19937 rng(7);
  const std::string alphabet = "<>/&;#x=\"' \n\tabpliutdhr1中!-";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int length = static_cast<int>(rng() % 200);
    for (int i = 0; i < length; ++i) {
      const std::size_t pick = rng() % alphabet.size();
      text += alphabet[pick];
      if (alphabet[pick] == '\xE4') text += "\xB8\xAD";  // keep 中 whole
    }
    auto g = html(text);
    for (const auto& b : g->blocks) {
      EXPECT_LE(b.source.begin, b.source.end);
      EXPECT_LE(b.source.end, g->file().text().size());
      for (std::uint32_t i = 0; i < b.text.size(); ++i) EXPECT_LE(b.text.to_source(i), g->file().text().size());
    }
  }
}

// ---------------------------------------------------------------- the real pages

std::vector<std::string> real_html_files() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(test::source_dir() + "/corpora/real"))
    if (e.is_regular_file() && e.path().extension() == ".html") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::unique_ptr<model::ParsedFile> parse_file(const std::string& path) {
  auto read = io::read_file(path);
  EXPECT_FALSE(read.error) << path;
  return formats::parse_bytes(path, std::move(read.bytes), model::Format::html);
}

TEST(HtmlRealPages, EveryRealPageReadsWithoutProblems) {
  const auto files = real_html_files();
  ASSERT_FALSE(files.empty());
  for (const std::string& path : files) {
    auto f = parse_file(path);
    EXPECT_TRUE(f->problems.empty()) << path;
    EXPECT_GT(f->blocks.size(), 20u) << path;
    expect_preorder(*f);
  }
}

// Every visible character of every block is the character at its source
// position, or stands for an entity there.
TEST(HtmlRealPages, EveryCharacterMapsToItsSource) {
  for (const std::string& path : real_html_files()) {
    auto f = parse_file(path);
    const std::string_view source = f->file().text();
    for (const auto& b : f->blocks) {
      const std::string_view t = b.text.view();
      for (std::uint32_t i = 0; i < t.size(); ++i) {
        if (t[i] == ' ' || (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) continue;
        const std::uint32_t at = b.text.to_source(i);
        ASSERT_LT(at, source.size()) << path;
        if (source[at] != '&') {
          ASSERT_EQ(source[at], t[i]) << path << " at " << at;
        }
      }
    }
  }
}

TEST(HtmlRealPages, CcLicencePagesHaveHeadingsAndNumberedSections) {
  struct Expected {
    const char* lang;
    const char* title;
    const char* section1;
    const char* item1a;
  };
  const Expected pages[] = {
      {"en", "Creative Commons Legal Code", "Section 1 – Definitions.", "Adapted Material means"},
      {"ja", "クリエイティブ・コモンズ　リーガルコード", "第1条　定義", "「翻案物」とは"},
      {"zh-CN", "知识共享协议法律文本", "第一条 定义", "演绎作品(Adapted Material)："},
      {"zh-TW", "創用 CC 法律條款", "第1條 定義", "「改用素材」指"},
  };
  for (const Expected& e : pages) {
    auto f = parse_file(test::source_dir() + "/corpora/real/cc-legalcode/by_4.0/" + e.lang + ".html");
    const auto headings = of_kind(*f, BlockKind::heading);
    ASSERT_GE(headings.size(), 10u) << e.lang;
    EXPECT_EQ(headings[0]->text.str(), e.title) << e.lang;
    EXPECT_EQ(headings[0]->level, 1) << e.lang;
    // Sections 1–8 are headings; their clauses a., b. … are list items.
    const auto section = std::find_if(headings.begin(), headings.end(), [&](const Block* h) { return h->text.str() == e.section1; });
    ASSERT_NE(section, headings.end()) << e.lang;
    EXPECT_EQ(std::distance(section, headings.end()), 8) << e.lang;
    const Block* item = containing(*f, e.item1a);
    ASSERT_NE(item, nullptr) << e.lang;
    EXPECT_EQ(item->kind, BlockKind::list_item) << e.lang;
    EXPECT_EQ(item->marker, "a.") << e.lang;
    EXPECT_EQ(item->level, 1) << e.lang;
    EXPECT_EQ(of_kind(*f, BlockKind::list_item).size(), 57u) << e.lang;  // the same in every translation
  }
}

TEST(HtmlRealPages, CcSentencesMapToTheirLines) {
  struct Sentence {
    const char* file;
    const char* text;
    std::uint32_t line;
  };
  const Sentence sentences[] = {
      {"by_4.0/zh-CN.html", "依据您分享本授权作品(Licensed Material)的媒介、方法及情況", 261},
      {"by_4.0/zh-CN.html", "为避免疑义，当协议所授予的权利包含其他著作权", 274},
      {"by_4.0/zh-CN.html", "公众应当考虑的其他因素", 191},
      {"by_4.0/en.html", "Section 1 – Definitions.", 208},
      {"by_4.0/ja.html", "第1条　定義", 210},
      {"by_4.0/zh-TW.html", "第1條 定義", 196},
      {"zero_1.0/en.html", "PROVIDES THIS INFORMATION ON AN", 57},
  };
  for (const Sentence& s : sentences) {
    auto f = parse_file(test::source_dir() + "/corpora/real/cc-legalcode/" + s.file);
    const Block* b = containing(*f, s.text);
    ASSERT_NE(b, nullptr) << s.text;
    const auto at = static_cast<std::uint32_t>(b->text.view().find(s.text));
    EXPECT_EQ(f->file().position(b->text.to_source(at)).line, s.line) << s.text;
    const auto end = at + static_cast<std::uint32_t>(std::string_view(s.text).size());
    EXPECT_EQ(f->file().position(b->text.to_source(at, end).end - 1).line >= s.line, true) << s.text;
  }
}

TEST(HtmlRealPages, CcChromeAndLanguageListsAreNotText) {
  auto f = parse_file(test::source_dir() + "/corpora/real/cc-legalcode/by_4.0/zh-CN.html");
  for (const char* chrome : {"Share your work", "Donate", "本网页有下述几种语言版本", "日本語", "華語", "返回普通文本",
                             "We'd love to hear from you", "Except where otherwise"})
    EXPECT_EQ(containing(*f, chrome), nullptr) << chrome;
  EXPECT_NE(containing(*f, "本协议有 其他语言的官方翻译版本。"), nullptr);
  EXPECT_NE(containing(*f, "知识共享组织(Creative Commons)不是其公共许可协议的一方"), nullptr);
}

TEST(HtmlRealPages, OnlyRealMixedScriptIsFlaggedOnCcPages) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const char* lang : {"en", "ja", "zh-CN", "zh-TW"}) {
    auto read = io::read_file(test::source_dir() + "/corpora/real/cc-legalcode/by_4.0/" + lang + ".html");
    files.emplace_back(std::string("by_4.0/") + lang + ".html", std::move(read.bytes));
  }
  const auto findings = test::run_rules(test::load(files), {"script/"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "script/hant-in-hans");
  EXPECT_EQ(findings[0].begin.line, 261u);
  EXPECT_NE(findings[0].message.find("況"), std::string::npos);
}

}  // namespace
}  // namespace concord::formats
