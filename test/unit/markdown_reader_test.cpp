#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "concord/io/read_file.hpp"
#include "test_support.hpp"

namespace concord::formats {
namespace {

using model::Block;
using model::BlockKind;
using model::InlineSpan;
using test::parse;

std::vector<const Block*> of_kind(const model::ParsedFile& f, BlockKind k) {
  std::vector<const Block*> out;
  for (const auto& b : f.blocks)
    if (b.kind == k) out.push_back(&b);
  return out;
}

std::vector<std::string> texts(const std::vector<const Block*>& blocks) {
  std::vector<std::string> out;
  for (const Block* b : blocks) out.push_back(b->text.str());
  return out;
}

std::int32_t index_of(const model::ParsedFile& f, const Block* b) { return static_cast<std::int32_t>(b - f.blocks.data()); }

// Line and column in the file of the text at `needle` in `block`'s text.
std::pair<std::uint32_t, std::uint32_t> where(const model::ParsedFile& f, const Block& block, std::string_view needle) {
  const std::size_t at = block.text.str().find(needle);
  EXPECT_NE(at, std::string::npos) << needle << " not in «" << block.text.str() << "»";
  if (at == std::string::npos) return {0, 0};
  const model::Position p = f.file().position(block.text.to_source(static_cast<std::uint32_t>(at)));
  return {p.line, p.column};
}

// Every verbatim byte of every block's text is the source byte it maps to,
// and nothing maps outside its block.
void expect_faithful(const model::ParsedFile& f) {
  const std::string_view source = f.file().text();
  for (const Block& b : f.blocks) {
    const std::string& text = b.text.str();
    for (std::uint32_t i = 0; i < text.size(); ++i) {
      const std::uint32_t s = b.text.to_source(i);
      ASSERT_GE(s, b.source.begin) << f.file().path() << ": «" << text << "» at " << i;
      ASSERT_LE(s, b.source.end) << f.file().path() << ": «" << text << "» at " << i;
      if (b.text.is_verbatim(i, i + 1)) {
        ASSERT_LT(s, source.size());
        ASSERT_EQ(source[s], text[i]) << f.file().path() << ": «" << text << "» at " << i;
      }
    }
    for (const InlineSpan& span : b.spans) {
      EXPECT_LT(span.begin, span.end);
      EXPECT_LE(span.end, text.size());
    }
  }
}

// --- headings --------------------------------------------------------------

TEST(MarkdownHeadings, LevelsAndAnchorsStripped) {
  auto f = parse("# Title\n\n## Scope {#scope}\n\n###### Deep ######\n\nSetext\n======\n", "x.md");
  auto headings = of_kind(*f, BlockKind::heading);
  ASSERT_EQ(headings.size(), 4u);
  EXPECT_EQ(headings[0]->level, 1);
  EXPECT_EQ(headings[0]->text.str(), "Title");
  EXPECT_EQ(headings[1]->level, 2);
  EXPECT_EQ(headings[1]->text.str(), "Scope");
  EXPECT_EQ(headings[2]->level, 6);
  EXPECT_EQ(headings[2]->text.str(), "Deep");
  EXPECT_EQ(headings[3]->level, 1);
  EXPECT_EQ(headings[3]->text.str(), "Setext");
  EXPECT_EQ(where(*f, *headings[1], "Scope"), std::pair(3u, 4u));
  expect_faithful(*f);
}

TEST(MarkdownHeadings, HeadingWithKramdownAttributeList) {
  auto f = parse("## Cookies {: #cookies}\n\nText.\n", "x.md");
  auto headings = of_kind(*f, BlockKind::heading);
  ASSERT_EQ(headings.size(), 1u);
  EXPECT_EQ(headings[0]->text.str(), "Cookies");
}

// --- lists -----------------------------------------------------------------

TEST(MarkdownLists, NestedLevelsMarkersAndParents) {
  const std::string text =
      "- first\n"
      "  * inner one\n"
      "  * inner two\n"
      "    1. deepest\n"
      "- second\n"
      "\n"
      "3) third\n";
  auto f = parse(text, "x.md");
  auto items = of_kind(*f, BlockKind::list_item);
  ASSERT_EQ(items.size(), 6u);
  EXPECT_EQ(texts(items), (std::vector<std::string>{"first", "inner one", "inner two", "deepest", "second", "third"}));
  EXPECT_EQ(items[0]->level, 1);
  EXPECT_EQ(items[0]->marker, "-");
  EXPECT_EQ(items[0]->parent, -1);
  EXPECT_EQ(items[1]->level, 2);
  EXPECT_EQ(items[1]->marker, "*");
  EXPECT_EQ(items[1]->parent, index_of(*f, items[0]));
  EXPECT_EQ(items[2]->parent, index_of(*f, items[0]));
  EXPECT_EQ(items[3]->level, 3);
  EXPECT_EQ(items[3]->marker, "1.");
  EXPECT_EQ(items[3]->parent, index_of(*f, items[2]));
  EXPECT_EQ(items[4]->level, 1);
  EXPECT_EQ(items[4]->parent, -1);
  EXPECT_EQ(items[5]->marker, "3)");
  // Pre-order: every child comes after its parent.
  for (std::size_t i = 0; i < f->blocks.size(); ++i) EXPECT_LT(f->blocks[i].parent, static_cast<std::int32_t>(i));
  expect_faithful(*f);
}

TEST(MarkdownLists, LooseItemWithSeveralParagraphs) {
  const std::string text =
      "1. The first paragraph of the item,\n"
      "   wrapped onto a second line.\n"
      "\n"
      "   A second paragraph in the same item.\n"
      "\n"
      "   A third one.\n"
      "\n"
      "2. Next item.\n";
  auto f = parse(text, "x.md");
  auto items = of_kind(*f, BlockKind::list_item);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]->text.str(), "The first paragraph of the item, wrapped onto a second line.");
  auto paras = of_kind(*f, BlockKind::paragraph);
  ASSERT_EQ(paras.size(), 2u);
  EXPECT_EQ(paras[0]->text.str(), "A second paragraph in the same item.");
  EXPECT_EQ(paras[0]->parent, index_of(*f, items[0]));
  EXPECT_EQ(paras[1]->parent, index_of(*f, items[0]));
  EXPECT_EQ(items[1]->text.str(), "Next item.");
  EXPECT_EQ(where(*f, *items[0], "wrapped"), std::pair(2u, 4u));
  EXPECT_EQ(where(*f, *paras[1], "third"), std::pair(6u, 6u));
  expect_faithful(*f);
}

// The Mozilla Japanese and Chinese privacy notices write "*[" and "1." with
// no space after: CommonMark reads neither as a list item.
TEST(MarkdownLists, MarkersWithoutSpaceAreParagraphText) {
  const std::string text =
      "たとえば\n"
      "\n"
      "*[法的要求](https://example.com/legal)に応えるため。\n"
      "* 権利の行使を求めるリクエストに応えるため。\n"
      "\n"
      "1.被告知我们处理您的哪些数据\n"
      "2.要求获取我们持有的您的数据副本\n";
  auto f = parse(text, "x.md");
  auto items = of_kind(*f, BlockKind::list_item);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]->text.str(), "権利の行使を求めるリクエストに応えるため。");
  auto paras = of_kind(*f, BlockKind::paragraph);
  ASSERT_EQ(paras.size(), 3u);
  EXPECT_EQ(paras[1]->text.str(), "*法的要求に応えるため。");
  ASSERT_EQ(paras[1]->spans.size(), 1u);
  EXPECT_EQ(paras[1]->spans[0].target, "https://example.com/legal");
  // The line break before a typed item number stays: it is where the
  // item's sentence starts.
  EXPECT_EQ(paras[2]->text.str(), "1.被告知我们处理您的哪些数据\n2.要求获取我们持有的您的数据副本");
  EXPECT_EQ(where(*f, *paras[2], "2.要求"), std::pair(7u, 1u));
  EXPECT_EQ(where(*f, *paras[1], "に応える"), std::pair(3u, 35u));
  expect_faithful(*f);
}

// --- tables ----------------------------------------------------------------

TEST(MarkdownTables, RowsColumnsAndCells) {
  const std::string text =
      "| Party | Purpose |\n"
      "|---|:---:|\n"
      "| Partners | To provide *the* service |\n"
      "| Authorities | a \\| b |\n";
  auto f = parse(text, "x.md");
  auto tables = of_kind(*f, BlockKind::table);
  ASSERT_EQ(tables.size(), 1u);
  auto rows = of_kind(*f, BlockKind::table_row);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0]->row, 0);
  EXPECT_EQ(rows[2]->row, 2);
  EXPECT_EQ(rows[1]->parent, index_of(*f, tables[0]));
  auto cells = of_kind(*f, BlockKind::table_cell);
  ASSERT_EQ(cells.size(), 6u);
  EXPECT_EQ(texts(cells), (std::vector<std::string>{"Party", "Purpose", "Partners", "To provide the service",
                                                     "Authorities", "a | b"}));
  EXPECT_EQ(cells[3]->row, 1);
  EXPECT_EQ(cells[3]->column, 1);
  EXPECT_EQ(cells[3]->parent, index_of(*f, rows[1]));
  EXPECT_EQ(where(*f, *cells[3], "service"), std::pair(3u, 31u));
  // The escaped pipe stands for its two source bytes.
  const std::uint32_t pipe = static_cast<std::uint32_t>(cells[5]->text.str().find('|'));
  const model::SourceRange r = cells[5]->text.to_source(pipe, pipe + 1);
  EXPECT_EQ(f->file().text().substr(r.begin, r.end - r.begin), "\\|");
  expect_faithful(*f);
}

// cmark-gfm misplaces a table (and drops the paragraph's position) when the
// table directly follows paragraph lines.
TEST(MarkdownTables, TableRightAfterParagraphLines) {
  const std::string text =
      "Some intro text\n"
      "more intro\n"
      "| Head a | Head b |\n"
      "|---|---|\n"
      "| cell c | cell d |\n"
      "\n"
      "- item text\n"
      "  | x |\n"
      "  |---|\n"
      "  | y |\n";
  auto f = parse(text, "x.md");
  auto paras = of_kind(*f, BlockKind::paragraph);
  ASSERT_EQ(paras.size(), 1u);
  EXPECT_EQ(paras[0]->text.str(), "Some intro text more intro");
  EXPECT_EQ(where(*f, *paras[0], "more"), std::pair(2u, 1u));
  auto cells = of_kind(*f, BlockKind::table_cell);
  ASSERT_EQ(cells.size(), 6u);
  EXPECT_EQ(texts(cells), (std::vector<std::string>{"Head a", "Head b", "cell c", "cell d", "x", "y"}));
  EXPECT_EQ(where(*f, *cells[1], "Head b"), std::pair(3u, 12u));
  EXPECT_EQ(where(*f, *cells[2], "cell c"), std::pair(5u, 3u));
  EXPECT_EQ(where(*f, *cells[4], "x"), std::pair(8u, 5u));
  auto tables = of_kind(*f, BlockKind::table);
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(f->file().position(tables[0]->source.begin).line, 3u);
  auto items = of_kind(*f, BlockKind::list_item);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]->text.str(), "item text");
  EXPECT_EQ(tables[1]->parent, index_of(*f, items[0]));
  expect_faithful(*f);
}

// --- front matter ----------------------------------------------------------

TEST(MarkdownFrontMatter, YamlFieldsAndLineNumbersAfterIt) {
  const std::string text =
      "---\n"
      "title: \"Privacy: Notice\"\n"
      "slug: privacy # a comment\n"
      "menu:\n"
      "  main:\n"
      "    weight: 10\n"
      "lang: 'ja'\n"
      "---\n"
      "\n"
      "# Heading\n"
      "\n"
      "Body text here.\n";
  auto f = parse(text, "x.md");
  const auto& fields = f->front_matter.fields;
  ASSERT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields[0], (std::pair<std::string, std::string>{"title", "Privacy: Notice"}));
  EXPECT_EQ(fields[1], (std::pair<std::string, std::string>{"slug", "privacy"}));
  EXPECT_EQ(fields[2], (std::pair<std::string, std::string>{"lang", "ja"}));
  EXPECT_EQ(f->front_matter.source.begin, 0u);
  EXPECT_EQ(f->front_matter.source.end, text.find("---\n\n") + 3);
  ASSERT_EQ(f->blocks.size(), 2u);
  EXPECT_EQ(f->blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(where(*f, f->blocks[0], "Heading"), std::pair(10u, 3u));
  EXPECT_EQ(where(*f, f->blocks[1], "text"), std::pair(12u, 6u));
  expect_faithful(*f);
}

TEST(MarkdownFrontMatter, TomlTopLevelFields) {
  auto f = parse("+++\nversion = \"1.4\"\naliases = [\"/a\"]\n[params]\nx = 1\n+++\n\nText.\n", "x.md");
  ASSERT_EQ(f->front_matter.fields.size(), 1u);
  EXPECT_EQ(f->front_matter.fields[0], (std::pair<std::string, std::string>{"version", "1.4"}));
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(where(*f, f->blocks[0], "Text"), std::pair(8u, 1u));
}

TEST(MarkdownFrontMatter, ThematicBreakIsNotFrontMatter) {
  auto f = parse("---\n\nParagraph.\n\n---\n", "x.md");
  EXPECT_TRUE(f->front_matter.fields.empty());
  EXPECT_EQ(f->front_matter.source.end, 0u);
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "Paragraph.");
}

// --- directives ------------------------------------------------------------

TEST(MarkdownDirectives, BlockAndInlineComments) {
  const std::string text =
      "<!-- concord-disable parity/extra-section -->\n"
      "\n"
      "Some text <!-- concord-disable-line typography/space --> and more.\n"
      "\n"
      "<div>\n"
      "not prose\n"
      "</div>\n";
  auto f = parse(text, "x.md");
  ASSERT_EQ(f->directives.size(), 2u);
  EXPECT_EQ(f->directives[0].text, "concord-disable parity/extra-section");
  EXPECT_EQ(f->directives[0].source.begin, 0u);
  EXPECT_EQ(f->directives[0].source.end, text.find('\n'));
  EXPECT_EQ(f->directives[1].text, "concord-disable-line typography/space");
  EXPECT_EQ(f->directives[1].source.begin, text.find("<!-- concord-disable-line"));
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "Some text and more.");
  expect_faithful(*f);
}

// --- code ------------------------------------------------------------------

TEST(MarkdownCode, BlocksAreCodeAndInlineCodeHasASpan) {
  const std::string text =
      "Run `npm install` first.\n"
      "\n"
      "```js\n"
      "const a = 1;\n"
      "```\n"
      "\n"
      "    indented code\n";
  auto f = parse(text, "x.md");
  auto code = of_kind(*f, BlockKind::code);
  ASSERT_EQ(code.size(), 2u);
  EXPECT_EQ(code[0]->text.str(), "const a = 1;");
  EXPECT_EQ(where(*f, *code[0], "a = 1"), std::pair(4u, 7u));
  EXPECT_EQ(code[1]->text.str(), "indented code");
  auto paras = of_kind(*f, BlockKind::paragraph);
  ASSERT_EQ(paras.size(), 1u);
  EXPECT_EQ(paras[0]->text.str(), "Run npm install first.");
  ASSERT_EQ(paras[0]->spans.size(), 1u);
  EXPECT_EQ(paras[0]->spans[0].kind, InlineSpan::Kind::code);
  EXPECT_EQ(paras[0]->spans[0].begin, 4u);
  EXPECT_EQ(paras[0]->spans[0].end, 15u);
  EXPECT_TRUE(model::in_span(*paras[0], 5, InlineSpan::Kind::code));
  expect_faithful(*f);
}

// --- links -----------------------------------------------------------------

TEST(MarkdownLinks, LinksAndAutolinksKeepTheirUrls) {
  const std::string text =
      "See [the *policy*](https://example.com/p \"Title (x)\") and [ref][r], <https://a.example/> or www.b.example.\n"
      "![logo](logo.png) Images are not read.\n"
      "\n"
      "[r]: https://r.example/\n";
  auto f = parse(text, "x.md");
  ASSERT_EQ(f->blocks.size(), 1u);
  const Block& b = f->blocks[0];
  EXPECT_EQ(b.text.str(), "See the policy and ref, https://a.example/ or www.b.example. Images are not read.");
  ASSERT_EQ(b.spans.size(), 4u);
  EXPECT_EQ(b.spans[0].kind, InlineSpan::Kind::link);
  EXPECT_EQ(b.spans[0].target, "https://example.com/p");
  EXPECT_EQ(b.text.str().substr(b.spans[0].begin, b.spans[0].end - b.spans[0].begin), "the policy");
  EXPECT_EQ(b.spans[1].target, "https://r.example/");
  EXPECT_EQ(b.spans[2].target, "https://a.example/");
  EXPECT_EQ(b.spans[3].target, "http://www.b.example");
  EXPECT_EQ(where(*f, b, "ref,"), std::pair(1u, 60u));
  EXPECT_EQ(where(*f, b, "or www"), std::pair(1u, 90u));
  EXPECT_EQ(where(*f, b, "Images"), std::pair(2u, 19u));
  expect_faithful(*f);
}

// The GFM autolink extension keeps an entity in a bare URL as written.
TEST(MarkdownLinks, BareUrlWithAnEntity) {
  auto f = parse("Go to http://c.example/?a=1&amp;b=2 now.\n", "x.md");
  ASSERT_EQ(f->blocks.size(), 1u);
  const Block& b = f->blocks[0];
  ASSERT_EQ(b.spans.size(), 1u);
  EXPECT_EQ(where(*f, b, "now"), std::pair(1u, 37u));
  EXPECT_EQ(where(*f, b, "b=2"), std::pair(1u, 33u));
  expect_faithful(*f);
}

TEST(MarkdownLinks, EmptyLinksAndImagesLeaveTheRestAlone) {
  auto f = parse("A ![](x.png) b [](https://e.example/) c ![alt ![in] x](y.png) d.\n", "x.md");
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "A b c d.");
  EXPECT_TRUE(f->blocks[0].spans.empty());
  EXPECT_EQ(where(*f, f->blocks[0], "d."), std::pair(1u, 63u));
  expect_faithful(*f);
}

TEST(MarkdownLinks, ReferenceDefinitionsBeforeTextAreSkipped) {
  auto f = parse("[a]: https://a.example/\na is here [a].\n", "x.md");
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "a is here a.");
  EXPECT_EQ(where(*f, f->blocks[0], "a is"), std::pair(2u, 1u));
  expect_faithful(*f);
}

// --- joining lines ---------------------------------------------------------

TEST(MarkdownJoining, CjkLinesJoinWithoutSpace) {
  auto f = parse("本公司\n应当遵守。\n", "x.md");
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "本公司应当遵守。");
  EXPECT_EQ(where(*f, f->blocks[0], "应当"), std::pair(2u, 1u));
}

TEST(MarkdownJoining, LatinLinesJoinWithOneSpaceMappedToTheBreak) {
  const std::string text = "word\nword  \nthird\\\nfourth\n";
  auto f = parse(text, "x.md");
  ASSERT_EQ(f->blocks.size(), 1u);
  const Block& b = f->blocks[0];
  EXPECT_EQ(b.text.str(), "word word third fourth");
  EXPECT_EQ(b.text.to_source(4), text.find('\n'));
  EXPECT_FALSE(b.text.is_verbatim(4, 5));
  EXPECT_EQ(where(*f, b, "third"), std::pair(3u, 1u));
  EXPECT_EQ(where(*f, b, "fourth"), std::pair(4u, 1u));
}

TEST(MarkdownJoining, CjkAndPunctuationInQuotes) {
  auto f = parse("> 引用文です\n> 続きの行。\n", "x.md");
  auto quotes = of_kind(*f, BlockKind::quote);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0]->text.str(), "引用文です続きの行。");
  EXPECT_EQ(where(*f, *quotes[0], "続き"), std::pair(2u, 3u));
  expect_faithful(*f);
}

// --- escapes and entities --------------------------------------------------

TEST(MarkdownPositions, EntitiesAndEscapesMapToTheirSourceBytes) {
  const std::string text = "Tom &amp; Jerry \\*not emphasis\\* &#12354;&copy; end\n";
  auto f = parse(text, "x.md");
  ASSERT_EQ(f->blocks.size(), 1u);
  const Block& b = f->blocks[0];
  EXPECT_EQ(b.text.str(), "Tom & Jerry *not emphasis* あ© end");
  auto source_of = [&](std::string_view needle) {
    const auto at = static_cast<std::uint32_t>(b.text.str().find(needle));
    const model::SourceRange r = b.text.to_source(at, at + static_cast<std::uint32_t>(needle.size()));
    return std::string(f->file().text().substr(r.begin, r.end - r.begin));
  };
  EXPECT_EQ(source_of("&"), "&amp;");
  EXPECT_EQ(source_of("*not"), "\\*not");
  EXPECT_EQ(source_of("あ"), "&#12354;");
  EXPECT_EQ(source_of("©"), "&copy;");
  EXPECT_EQ(where(*f, b, "end"), std::pair(1u, 49u));
  EXPECT_FALSE(b.text.is_verbatim(4, 5));
  EXPECT_TRUE(b.text.is_verbatim(6, 11));
  expect_faithful(*f);
}

TEST(MarkdownPositions, OutOfRangeReferenceAndEscapedPipeInACell) {
  auto f = parse("x &#x0454454; y\n\n| a |\n|---|\n| l\\\\| |\n", "x.md");
  ASSERT_GE(f->blocks.size(), 1u);
  const Block& b = f->blocks[0];
  EXPECT_EQ(b.text.str(), "x \uFFFD y");
  const model::SourceRange r = b.text.to_source(2, 5);
  EXPECT_EQ(f->file().text().substr(r.begin, r.end - r.begin), "&#x0454454;");
  auto cells = of_kind(*f, BlockKind::table_cell);
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(cells[1]->text.str(), "l|");
  const model::SourceRange pipe = cells[1]->text.to_source(1, 2);
  EXPECT_EQ(f->file().text().substr(pipe.begin, pipe.end - pipe.begin), "\\\\|");
  expect_faithful(*f);
}

TEST(MarkdownPositions, SubstringsMapToTheirLineAndColumn) {
  const std::string text =
      "# 隐私声明\n"
      "\n"
      "- 第一项：**重要**内容，\n"
      "  继续[链接](https://x.example/)。\n"
      "\n"
      "> 引用 `代码` 结束\n";
  auto f = parse(text, "x.md");
  auto items = of_kind(*f, BlockKind::list_item);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]->text.str(), "第一项：重要内容，继续链接。");
  EXPECT_EQ(where(*f, *items[0], "重要"), std::pair(3u, 9u));
  EXPECT_EQ(where(*f, *items[0], "继续"), std::pair(4u, 3u));
  EXPECT_EQ(where(*f, *items[0], "链接"), std::pair(4u, 6u));
  EXPECT_EQ(where(*f, *items[0], "。"), std::pair(4u, 29u));
  auto quotes = of_kind(*f, BlockKind::quote);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(where(*f, *quotes[0], "代码"), std::pair(6u, 7u));
  EXPECT_EQ(where(*f, *quotes[0], "结束"), std::pair(6u, 11u));
  expect_faithful(*f);
}

TEST(MarkdownPositions, CrLfLineEndings) {
  auto f = parse("# Title\r\n\r\nfirst line\r\nsecond line\r\n", "x.md");
  ASSERT_EQ(f->blocks.size(), 2u);
  EXPECT_EQ(f->blocks[1].text.str(), "first line second line");
  EXPECT_EQ(where(*f, f->blocks[1], "second"), std::pair(4u, 1u));
  expect_faithful(*f);
}

// Hidden lines (front matter, MDX code) must not change how cmark counts
// lines, whatever their line endings.
TEST(MarkdownPositions, OldMacLineEndingsAroundHiddenLines) {
  auto f = parse("---\rtitle: x\r---\n\nText here.\r", "x.md");
  ASSERT_EQ(f->front_matter.fields.size(), 1u);
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(where(*f, f->blocks[0], "here"), std::pair(5u, 6u));
  auto g = parse("\rimport x from 'y'\rconst z = 1;\n\nText.\n", "x.mdx");
  ASSERT_EQ(g->blocks.size(), 1u);
  EXPECT_EQ(where(*g, g->blocks[0], "Text"), std::pair(5u, 1u));
}

// --- kramdown attribute lists ------------------------------------------------

TEST(MarkdownAttributes, AttributeListsAreDropped) {
  const std::string text =
      "# Notice\n"
      "\n"
      "Effective May 4, 2026\n"
      "{: datetime=\"2026-05-04\" }\n"
      "\n"
      "## Sharing\n"
      "{: #sharing}\n"
      "\n"
      "{: #bookmark-x}\n"
      "\n"
      "Text with a trailing list {: .note}\n";
  auto f = parse(text, "x.md");
  EXPECT_EQ(texts(of_kind(*f, BlockKind::heading)), (std::vector<std::string>{"Notice", "Sharing"}));
  EXPECT_EQ(texts(of_kind(*f, BlockKind::paragraph)),
            (std::vector<std::string>{"Effective May 4, 2026", "Text with a trailing list"}));
  expect_faithful(*f);
}

// --- MDX -------------------------------------------------------------------

TEST(MarkdownMdx, ImportsExportsAndJsxAreSkipped) {
  const std::string text =
      "---\n"
      "title: About\n"
      "---\n"
      "import { Card } from '@site/card';\n"
      "export const meta = {\n"
      "  a: 1,\n"
      "};\n"
      "\n"
      "# About\n"
      "\n"
      "<Card title=\"x > y\">\n"
      "  Inside the card.\n"
      "\n"
      "  <Card>nested</Card>\n"
      "</Card>\n"
      "\n"
      "<Note />\n"
      "\n"
      "Prose you can\n"
      "import into your head.\n"
      "\n"
      "{/* concord-disable parity/extra-section */}\n"
      "\n"
      "```js\n"
      "import x from 'y';\n"
      "```\n";
  auto f = parse(text, "x.mdx");
  EXPECT_EQ(f->file().format(), model::Format::mdx);
  EXPECT_EQ(texts(of_kind(*f, BlockKind::heading)), (std::vector<std::string>{"About"}));
  EXPECT_EQ(texts(of_kind(*f, BlockKind::paragraph)),
            (std::vector<std::string>{"Prose you can import into your head."}));
  EXPECT_EQ(texts(of_kind(*f, BlockKind::code)), (std::vector<std::string>{"import x from 'y';"}));
  ASSERT_EQ(f->directives.size(), 1u);
  EXPECT_EQ(f->directives[0].text, "concord-disable parity/extra-section");
  EXPECT_EQ(where(*f, *of_kind(*f, BlockKind::paragraph)[0], "import"), std::pair(20u, 1u));
  expect_faithful(*f);
}

TEST(MarkdownMdx, ExportWithBlankLinesInsideItsBody) {
  const std::string text =
      "export function Layout({ children }) {\n"
      "  const a = 1;\n"
      "\n"
      "  return <main>{children}</main>;\n"
      "}\n"
      "\n"
      "Text after it.\n";
  auto f = parse(text, "x.mdx");
  EXPECT_EQ(texts(of_kind(*f, BlockKind::paragraph)), (std::vector<std::string>{"Text after it."}));
  EXPECT_TRUE(of_kind(*f, BlockKind::code).empty());
}

TEST(MarkdownMdx, MarkdownKeepsImportLines) {
  auto f = parse("import this sentence.\n", "x.md");
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "import this sentence.");
}

// --- robustness ------------------------------------------------------------

TEST(MarkdownRobustness, OddInputsReadWithoutProblems) {
  const std::vector<std::string> inputs = {
      "",
      "---",
      "---\n",
      "+++\nx = 1\n",
      "<!--",
      "[",
      "[a](",
      "![",
      "* \n-\n1.\n",
      "> > > > deep\n",
      "| a |\n|---|\n| b | c | d |\n",
      "```\nunclosed",
      "&#0; &#x110000; &bogus; &",
      "\\",
      "a\\\nb",
      "[x]: <>\n",
      "<Foo",
      "x <!-- a --> y <!-- b",
  };
  for (const std::string& in : inputs) {
    for (const char* path : {"x.md", "x.mdx"}) {
      auto f = parse(in, path);
      EXPECT_TRUE(f->problems.empty()) << in;
      expect_faithful(*f);
    }
  }
}

// cmark-gfm changes a global table while it parses; files are read in
// parallel, and must read the same.
TEST(MarkdownRobustness, ParallelReadsAgree) {
  const std::string text =
      "Some ~~struck~~ text, www.example.com and <https://a.example/>.\n\n| a | b |\n|---|---|\n| ~~c~~ | d@e.example |\n";
  auto describe = [&] {
    auto f = parse(text, "x.md");
    std::string out;
    for (const Block& b : f->blocks) {
      out += b.text.str() + "|";
      for (const InlineSpan& s : b.spans) out += s.target + ";";
    }
    return out;
  };
  const std::string expected = describe();
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        const std::string got = describe();
        if (got != expected) results[t] = got;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (const std::string& r : results) EXPECT_EQ(r, "");
}

// --- the real documents ----------------------------------------------------

TEST(MarkdownCorpus, EveryRealFileReadsWithoutProblems) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(test::source_dir()) / "corpora" / "real";
  ASSERT_TRUE(fs::is_directory(root));
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file() || (ext != ".md" && ext != ".mdx")) continue;
    const io::ReadResult read = io::read_file(entry.path().string());
    ASSERT_FALSE(read.error) << entry.path();
    auto f = parse(read.bytes, entry.path().string());
    EXPECT_TRUE(f->problems.empty()) << entry.path();
    expect_faithful(*f);
    ++files;
  }
  EXPECT_GT(files, 100);
}

TEST(MarkdownCorpus, MozillaIalAndListsInTheJapaneseNotice) {
  const std::string path =
      test::source_dir() + "/corpora/real/mozilla-legal-docs/firefox_privacy_notice/ja.md";
  const io::ReadResult read = io::read_file(path);
  ASSERT_FALSE(read.error);
  auto f = parse(read.bytes, path);
  for (const Block& b : f->blocks) EXPECT_EQ(b.text.str().find("{:"), std::string::npos) << b.text.str();
  // "1.Mozilla …" lines (161-167) are one paragraph, not list items.
  for (const Block& b : f->blocks) {
    const auto line = f->file().lines().line_of(b.source.begin);
    if (line >= 161 && line <= 167) {
      EXPECT_EQ(b.kind, BlockKind::paragraph);
    }
  }
}

}  // namespace
}  // namespace concord::formats
