// The DOCX reader: paragraphs as lines, runs, headings from styles, list
// markers from numbering.xml, hyperlinks, tables, and broken or hostile
// packages (truncated, not a zip, no document, malformed XML, zip bombs).
// Packages are built in memory with libzip.
#include <gtest/gtest.h>
#include <zip.h>

#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "concord/formats/docx_body.hpp"
#include "concord/formats/docx_paragraph.hpp"
#include "concord/formats/docx_number_format.hpp"
#include "concord/formats/docx_package.hpp"
#include "concord/formats/docx_styles.hpp"
#include "test_support.hpp"

namespace concord::formats {
namespace {

using model::BlockKind;
using model::InlineSpan;

// ---- Building packages -----------------------------------------------------

struct Part {
  std::string name;
  std::string data;
};

// Streams `size` zero bytes into the zip without holding them in memory.
struct Zeros {
  zip_uint64_t size = 0;
  zip_uint64_t offset = 0;
  zip_error_t error{};
};

zip_int64_t zeros_callback(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  auto* z = static_cast<Zeros*>(state);
  switch (command) {
    case ZIP_SOURCE_OPEN: z->offset = 0; return 0;
    case ZIP_SOURCE_READ: {
      const zip_uint64_t n = std::min(length, z->size - z->offset);
      std::memset(data, 0, n);
      z->offset += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE: return 0;
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      st->size = z->size;
      st->valid |= ZIP_STAT_SIZE;
      return sizeof(*st);
    }
    case ZIP_SOURCE_ERROR: return zip_error_to_data(&z->error, data, length);
    case ZIP_SOURCE_FREE: return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default: return -1;
  }
}

// A zip of `parts`, deflated; `zeros` adds an entry of that many zero bytes
// named `zeros_name`.
std::string zip_of(const std::vector<Part>& parts, zip_uint64_t zeros = 0,
                   const std::string& zeros_name = "word/document.xml") {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(out);
  zip_t* archive = zip_open_from_source(out, ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  for (const Part& p : parts) {
    zip_source_t* s = zip_source_buffer_create(p.data.data(), p.data.size(), 0, &error);
    EXPECT_GE(zip_file_add(archive, p.name.c_str(), s, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8), 0);
  }
  Zeros state;
  state.size = zeros;
  zip_error_init(&state.error);
  if (zeros > 0) {
    zip_source_t* s = zip_source_function_create(zeros_callback, &state, &error);
    const zip_int64_t index = zip_file_add(archive, zeros_name.c_str(), s, ZIP_FL_OVERWRITE);
    EXPECT_GE(index, 0);
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 1);
  }
  EXPECT_EQ(zip_close(archive), 0);
  zip_stat_t st;
  zip_stat_init(&st);
  zip_source_stat(out, &st);
  std::string bytes(st.size, '\0');
  zip_source_open(out);
  EXPECT_EQ(zip_source_read(out, bytes.data(), st.size), static_cast<zip_int64_t>(st.size));
  zip_source_close(out);
  zip_source_free(out);
  zip_error_fini(&state.error);
  zip_error_fini(&error);
  return bytes;
}

const std::string kNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else out += c;
  }
  return out;
}

std::string run(const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>"; }
std::string para(const std::string& text, const std::string& properties = "") {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") + (text.empty() ? "" : run(text)) +
         "</w:p>";
}
std::string styled(const std::string& style, const std::string& text) {
  return para(text, "<w:pStyle w:val=\"" + style + "\"/>");
}
std::string numbered(int num_id, int level, const std::string& text) {
  return para(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                        std::to_string(num_id) + "\"/></w:numPr>");
}
std::string cell(const std::vector<std::string>& paragraphs) {
  std::string out = "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>";
  for (const auto& p : paragraphs) out += para(p);
  return out + "</w:tc>";
}
std::string table(const std::vector<std::vector<std::vector<std::string>>>& rows) {
  std::string out = "<w:tbl><w:tblPr/><w:tblGrid/>";
  for (const auto& row : rows) {
    out += "<w:tr>";
    for (const auto& c : row) out += cell(c);
    out += "</w:tr>";
  }
  return out + "</w:tbl>";
}

std::string document_xml(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + kNamespaces + "><w:body>" +
         body + "<w:sectPr/></w:body></w:document>";
}

struct DocxParts {
  std::string body;
  std::string styles;         // the <w:style> elements
  std::string numbering;      // the children of <w:numbering>
  std::string relationships;  // the <Relationship> elements of the document
};

std::string docx(const DocxParts& d) {
  std::vector<Part> parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"},
      {"_rels/.rels",
       "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
       "officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
      {"word/document.xml", document_xml(d.body)},
  };
  if (!d.styles.empty())
    parts.push_back({"word/styles.xml", "<?xml version=\"1.0\"?><w:styles " + kNamespaces + ">" + d.styles + "</w:styles>"});
  if (!d.numbering.empty())
    parts.push_back(
        {"word/numbering.xml", "<?xml version=\"1.0\"?><w:numbering " + kNamespaces + ">" + d.numbering + "</w:numbering>"});
  if (!d.relationships.empty())
    parts.push_back({"word/_rels/document.xml.rels",
                     "<?xml version=\"1.0\"?><Relationships "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                         d.relationships + "</Relationships>"});
  return zip_of(parts);
}

std::string docx(const std::string& body) { return docx(DocxParts{body, "", "", ""}); }

std::unique_ptr<model::ParsedFile> read(const std::string& bytes) { return test::parse(bytes, "doc.docx"); }

std::vector<const model::Block*> text_blocks(const model::ParsedFile& f) {
  std::vector<const model::Block*> out;
  for (const auto& b : f.blocks)
    if (model::carries_text(b.kind)) out.push_back(&b);
  return out;
}

// Overwrites the uncompressed size that the local and central headers of
// entry `name` claim.
void claim_uncompressed_size(std::string& zip, const std::string& name, std::uint32_t size) {
  auto u16 = [&](std::size_t at) {
    return static_cast<std::size_t>(static_cast<unsigned char>(zip[at]) | static_cast<unsigned char>(zip[at + 1]) << 8);
  };
  auto put32 = [&](std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) zip[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  int patched = 0;
  for (std::size_t at = 0; at + 46 < zip.size(); ++at) {
    if (zip.compare(at, 4, "PK\x03\x04") == 0 && zip.compare(at + 30, name.size(), name) == 0 && u16(at + 26) == name.size()) {
      put32(at + 22, size);
      ++patched;
    } else if (zip.compare(at, 4, "PK\x01\x02") == 0 && u16(at + 28) == name.size() &&
               zip.compare(at + 46, name.size(), name) == 0) {
      put32(at + 24, size);
      ++patched;
    }
  }
  ASSERT_EQ(patched, 2);
}

// ---- Paragraphs, positions, runs --------------------------------------------

TEST(DocxReader, EachParagraphIsOneLineOfTheReadersText) {
  const auto f = read(docx(para("First paragraph.") + para("") +
                           table({{{"A1", "A2"}, {"B"}}}) + para("Last\twith a tab")));
  ASSERT_TRUE(f->problems.empty());
  EXPECT_EQ(f->file().text(), "First paragraph.\n\nA1\nA2\nB\nLast\twith a tab\n");
  EXPECT_EQ(f->file().format(), model::Format::docx);
  EXPECT_EQ(f->file().encoding(), "UTF-8");
  const auto blocks = text_blocks(*f);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0]->text.str(), "First paragraph.");
  EXPECT_EQ(blocks[1]->text.str(), "A1 A2");  // joined like wrapped Latin lines
  EXPECT_EQ(blocks[3]->text.str(), "Last\twith a tab");
  // line = paragraph index (table cells' paragraphs count), column = code point.
  const model::Position at = f->file().position(blocks[3]->text.to_source(5));
  EXPECT_EQ(at.line, 6u);
  EXPECT_EQ(at.column, 6u);
  EXPECT_EQ(f->file().position(blocks[1]->source.begin).line, 3u);
  EXPECT_EQ(f->file().position(blocks[1]->source.end).line, 4u);
}

TEST(DocxReader, RunsTabsBreaksHyphensFieldsAndRevisions) {
  const std::string runs =
      "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t><w:cr/></w:r>"
      "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:ins><w:r><w:t>new</w:t></w:r></w:ins>"
      "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:r><w:t>line\nbreak</w:t></w:r></w:p>";
  const auto f = read(docx(runs));
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "a\tb c-d new7line break");
  EXPECT_EQ(f->file().lines().line_count(), 2u);  // one paragraph, one line (and the end)
}

TEST(DocxReader, TablesGiveRowsAndCellsWithGridColumns) {
  const std::string body =
      "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + para("wide") + "</w:tc>" + cell({"right"}) +
      "</w:tr><w:tr>" + cell({"a"}) + cell({""}) + cell({"c"}) + "</w:tr></w:tbl>";
  const auto f = read(docx(body));
  ASSERT_EQ(f->blocks.size(), 7u);
  EXPECT_EQ(f->blocks[0].kind, BlockKind::table);
  EXPECT_EQ(f->blocks[1].kind, BlockKind::table_row);
  EXPECT_EQ(f->blocks[2].kind, BlockKind::table_cell);
  EXPECT_EQ(f->blocks[2].parent, 1);
  EXPECT_EQ(f->blocks[3].column, 2u);  // after a cell spanning two grid columns
  EXPECT_EQ(f->blocks[3].text.str(), "right");
  EXPECT_EQ(f->blocks[4].row, 1u);
  EXPECT_EQ(f->blocks[6].column, 2u);  // the empty cell is no block
  EXPECT_EQ(f->blocks[6].text.str(), "c");
  EXPECT_EQ(f->file().position(f->blocks[6].source.begin).line, 5u);
}

TEST(DocxReader, NestedTablesHangUnderTheirCell) {
  const std::string inner = table({{{"inner"}}});
  const std::string body = "<w:tbl><w:tr><w:tc>" + para("before") + inner + para("after") + "</w:tc></w:tr></w:tbl>";
  const auto f = read(docx(body));
  ASSERT_EQ(f->blocks.size(), 6u);
  const auto& outer_cell = f->blocks[2];
  EXPECT_EQ(outer_cell.text.str(), "before after");
  EXPECT_EQ(f->blocks[3].kind, BlockKind::table);
  EXPECT_EQ(f->blocks[3].parent, 2);
  EXPECT_EQ(f->blocks[5].text.str(), "inner");
  EXPECT_EQ(f->file().position(outer_cell.text.to_source(7)).line, 3u);  // "after" is the third paragraph
}

// ---- Headings ----------------------------------------------------------------

TEST(DocxStyles, HeadingsComeFromStyleNamesIdsAndOutlineLevels) {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"Heading 2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Clause\"><w:name w:val=\"Clause\"/><w:basedOn w:val=\"Heading2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Outline\"><w:name w:val=\"Outline\"/>"
      "<w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:name w:val=\"Loop\"/><w:basedOn w:val=\"Loop\"/></w:style>";
  const std::string body = styled("Title", "Privacy Policy") + styled("1", "第一章 总则") + styled("Clause", "1.1 Scope") +
                           styled("Outline", "Deep") + para("Direct", "<w:outlineLvl w:val=\"0\"/>") +
                           styled("Heading4", "Undeclared") + styled("Loop", "Body") + para("Plain");
  const auto f = read(docx(DocxParts{body, styles, "", ""}));
  ASSERT_EQ(f->blocks.size(), 8u);
  const std::pair<BlockKind, int> expected[] = {
      {BlockKind::heading, 1}, {BlockKind::heading, 1}, {BlockKind::heading, 2},   {BlockKind::heading, 3},
      {BlockKind::heading, 1}, {BlockKind::heading, 4}, {BlockKind::paragraph, 0}, {BlockKind::paragraph, 0}};
  for (std::size_t i = 0; i < 8; ++i) {
    EXPECT_EQ(f->blocks[i].kind, expected[i].first) << i;
    EXPECT_EQ(f->blocks[i].level, expected[i].second) << i;
  }
}

TEST(DocxStyles, HeadingNames) {
  EXPECT_EQ(heading_level_of_name("heading 3"), 3);
  EXPECT_EQ(heading_level_of_name("Heading3"), 3);
  EXPECT_EQ(heading_level_of_name("标题 2"), 2);
  EXPECT_EQ(heading_level_of_name("見出し 1"), 1);
  EXPECT_EQ(heading_level_of_name("Heading 3 Char"), 0);
  EXPECT_EQ(heading_level_of_name("Normal"), 0);
}

// ---- Numbering ---------------------------------------------------------------

std::string level(int ilvl, const std::string& format, const std::string& text, int start = 1) {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" + std::to_string(start) +
         "\"/><w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

const std::string kNumbering =
    "<w:abstractNum w:abstractNumId=\"1\">" + level(0, "decimal", "%1.") + level(1, "lowerLetter", "(%2)") +
    level(2, "lowerRoman", "%1.%2.%3") + "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "chineseCounting", "第%1条") +
    level(1, "chineseCountingThousand", "（%2）") + "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"3\">" + level(0, "bullet", "\xEF\x82\xB7") + "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
    "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"3\"/></w:num>"
    "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/></w:num>";

std::vector<std::string> markers(const model::ParsedFile& f) {
  std::vector<std::string> out;
  for (const auto& b : f.blocks) out.push_back(b.kind == BlockKind::list_item ? b.marker : "-");
  return out;
}

TEST(DocxNumbering, DecimalLettersAndRomanCountAndDeeperLevelsRestart) {
  const std::string body = numbered(1, 0, "one") + numbered(1, 1, "a") + numbered(1, 1, "b") + numbered(1, 2, "i") +
                           numbered(1, 0, "two") + numbered(1, 1, "a again") + numbered(1, 2, "i again") +
                           numbered(2, 0, "restarted") + numbered(5, 0, "continues list 1") +
                           numbered(0, 0, "numbering off") + numbered(9, 0, "unknown list");
  const auto f = read(docx(DocxParts{body, "", kNumbering, ""}));
  EXPECT_EQ(markers(*f), (std::vector<std::string>{"1.", "(a)", "(b)", "1.b.i", "2.", "(a)", "2.a.i", "1.", "3.", "-", "-"}));
  EXPECT_EQ(f->blocks[0].level, 1u);
  EXPECT_EQ(f->blocks[1].level, 2u);
  EXPECT_EQ(f->blocks[3].level, 3u);
  EXPECT_EQ(f->blocks[0].text.str(), "one");  // the marker is not in the text
}

TEST(DocxNumbering, ChineseCountingArticlesAndBullets) {
  std::string body;
  for (int i = 1; i <= 12; ++i) body += numbered(3, 0, "条文");
  body += numbered(3, 1, "项") + numbered(3, 1, "项") + numbered(4, 0, "bullet") + numbered(3, 0, "");
  const auto f = read(docx(DocxParts{body, "", kNumbering, ""}));
  const auto m = markers(*f);
  ASSERT_EQ(m.size(), 16u);
  EXPECT_EQ(m[0], "第一条");
  EXPECT_EQ(m[9], "第十条");
  EXPECT_EQ(m[10], "第十一条");
  EXPECT_EQ(m[11], "第十二条");
  EXPECT_EQ(m[12], "（一）");
  EXPECT_EQ(m[13], "（二）");
  EXPECT_EQ(m[14], "•");
  EXPECT_EQ(m[15], "第十三条");  // an empty numbered paragraph is an empty list item
  EXPECT_TRUE(f->blocks[15].text.empty());
}

TEST(DocxNumbering, StylesCarryNumbering) {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Article\"><w:name w:val=\"Article\"/>"
      "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>";
  const auto f = read(docx(DocxParts{styled("Article", "总则") + styled("Article", "定义"), styles, kNumbering, ""}));
  EXPECT_EQ(markers(*f), (std::vector<std::string>{"第一条", "第二条"}));
}

TEST(DocxNumberFormat, FormatsWordUses) {
  EXPECT_EQ(format_list_number("decimal", 12), "12");
  EXPECT_EQ(format_list_number("decimalZero", 7), "07");
  EXPECT_EQ(format_list_number("lowerLetter", 28), "bb");
  EXPECT_EQ(format_list_number("upperLetter", 3), "C");
  EXPECT_EQ(format_list_number("lowerRoman", 14), "xiv");
  EXPECT_EQ(format_list_number("upperRoman", 1994), "MCMXCIV");
  EXPECT_EQ(format_list_number("decimalEnclosedCircle", 3), "③");
  EXPECT_EQ(format_list_number("decimalEnclosedCircle", 21), "㉑");
  EXPECT_EQ(format_list_number("decimalFullWidth", 25), "２５");
  EXPECT_EQ(format_list_number("chineseCounting", 10), "十");
  EXPECT_EQ(format_list_number("chineseCounting", 21), "二十一");
  EXPECT_EQ(format_list_number("chineseCountingThousand", 101), "一百零一");
  EXPECT_EQ(format_list_number("chineseCountingThousand", 110), "一百一十");
  EXPECT_EQ(format_list_number("chineseCountingThousand", 1005), "一千零五");
  EXPECT_EQ(format_list_number("chineseCountingThousand", 10010), "一万零一十");
  EXPECT_EQ(format_list_number("chineseLegalSimplified", 23), "贰拾叁");
  EXPECT_EQ(format_list_number("japaneseCounting", 111), "百十一");
  EXPECT_EQ(format_list_number("japaneseCounting", 2024), "二千二十四");
  EXPECT_EQ(format_list_number("ideographDigital", 105), "一〇五");
  EXPECT_EQ(format_list_number("ideographTraditional", 3), "丙");
  EXPECT_EQ(format_list_number("iroha", 2), "ロ");
  EXPECT_EQ(format_list_number("none", 2), "");
  EXPECT_EQ(format_list_number("somethingNew", 4), "4");
}

// ---- Hyperlinks --------------------------------------------------------------

TEST(DocxHyperlinks, RelationshipTargetsAnchorsAndFieldsBecomeLinkSpans) {
  const std::string relationships =
      "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
      "Target=\"https://example.com/privacy\" TargetMode=\"External\"/>";
  const std::string body =
      "<w:p>" + run("Read our ") + "<w:hyperlink r:id=\"rId9\">" + run("privacy policy") + "</w:hyperlink>" + run(" or ") +
      "<w:hyperlink w:anchor=\"sec2\">" + run("section 2") + "</w:hyperlink>" + run(".") + "</w:p>" +
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.com/terms\" \\o \"tip\" </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("terms") +
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(" apply") + "</w:p>" +
      table({{{"x", "  see it"}}});
  const auto f = read(docx(DocxParts{body, "", "", relationships}));
  ASSERT_GE(f->blocks.size(), 2u);
  const auto& p = f->blocks[0];
  EXPECT_EQ(p.text.str(), "Read our privacy policy or section 2.");
  ASSERT_EQ(p.spans.size(), 2u);
  EXPECT_EQ(p.spans[0].kind, InlineSpan::Kind::link);
  EXPECT_EQ(p.spans[0].target, "https://example.com/privacy");
  EXPECT_EQ(p.text.str().substr(p.spans[0].begin, p.spans[0].end - p.spans[0].begin), "privacy policy");
  EXPECT_EQ(p.spans[1].target, "#sec2");
  EXPECT_EQ(p.text.str().substr(p.spans[1].begin, p.spans[1].end - p.spans[1].begin), "section 2");
  const auto& field = f->blocks[1];
  EXPECT_EQ(field.text.str(), "terms apply");
  ASSERT_EQ(field.spans.size(), 1u);
  EXPECT_EQ(field.spans[0].target, "https://example.com/terms");
  EXPECT_EQ(field.spans[0].end, 5u);
  EXPECT_TRUE(model::in_span(p, p.spans[0].begin, InlineSpan::Kind::link));
}

TEST(DocxHyperlinks, LinksInCellsMoveWithTheJoinedText) {
  const std::string relationships =
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
      "Target=\"mailto:dpo@example.com\" TargetMode=\"External\"/>";
  const std::string body = "<w:tbl><w:tr><w:tc>" + para("Contact") + "<w:p>" + run(" the ") +
                           "<w:hyperlink r:id=\"rId2\">" + run("DPO") + "</w:hyperlink></w:p></w:tc></w:tr></w:tbl>";
  const auto f = read(docx(DocxParts{body, "", "", relationships}));
  const auto& c = f->blocks[2];
  EXPECT_EQ(c.text.str(), "Contact the DPO");
  ASSERT_EQ(c.spans.size(), 1u);
  EXPECT_EQ(c.text.str().substr(c.spans[0].begin, c.spans[0].end - c.spans[0].begin), "DPO");
  EXPECT_EQ(c.spans[0].target, "mailto:dpo@example.com");
}

TEST(DocxHyperlinks, FieldInstructions) {
  EXPECT_EQ(hyperlink_field_target(" HYPERLINK \"https://a.example/\" "), "https://a.example/");
  EXPECT_EQ(hyperlink_field_target("HYPERLINK \\l \"_Toc1\""), "#_Toc1");
  EXPECT_EQ(hyperlink_field_target("hyperlink https://b.example \\t \"_blank\""), "https://b.example");
  EXPECT_EQ(hyperlink_field_target(" PAGE "), "");
  EXPECT_EQ(hyperlink_field_target("HYPERLINK \"unterminated"), "unterminated");
}

// ---- The Simplified SSRM of seed 000 -----------------------------------------

using Row = std::vector<std::vector<std::string>>;  // cells, each a list of paragraphs

// Seed 000 lines 35–60 as a Word table: the same header, seven rows and cell
// texts; the remarks column holds one paragraph per sentence.
const std::vector<Row> kSsrmRows = {
    {{"项目"}, {"维运类型"}, {"维运责任方"}, {"备注"}},
    {{"1"}, {"用户管理"}, {"用戶"}, {"使用强密码保护账号安全。", "管理用户账户、角色和权限,确保正确的身份验证措施。"}},
    {{"2"}, {"数据内容完整性、正确性和合规性"}, {"用戶"},
     {"上传至凯钿服务的数据完整性与安全性。", "控制存放于凯钿服务中的数据。", "用户的操作和数据内容需遵循相关法规。"}},
    {{"3"}, {"设备(手机、个人电脑)及网络的安全性"}, {"用戶"}, {"用户端设备和互联网需具备足够的安全防护。"}},
    {{"4"}, {"基础设施安全"}, {"凯钿"},
     {"维护并保护云端基础设施,确保其稳定运行和安全性。", "负责数据存储和传输过程中的加密。", "其運行的穩定和安全。"}},
    {{"5"}, {"应用程序保护"}, {"凯钿"},
     {"提供应用程序的更新和修复,确保其不受已知漏洞威胁。", "保持高可用性并提供应用程序相关的安全功能。"}},
    {{"6"}, {"政策及合规性"}, {"凯钿"}, {"确保服务遵循相关法规要求,如 ISO 和 GDPR 等规范。"}},
    {{"7"}, {"备份及灾难恢复"}, {"凯钿"}, {"执行例行备份计划,提供可靠的灾难恢复方案。", "定期进行灾害风险演练"}},
};

std::string seed_lines(int first, int last) {
  std::ifstream in(test::source_dir() + "/corpora/seeds/000_fbff593f6d672fef.txt", std::ios::binary);
  std::string line, out;
  for (int n = 1; std::getline(in, line); ++n)
    if (n >= first && n <= last) out += line + "\n";
  return out;
}

TEST(DocxSsrm, GivesTheSameHantInHansFindingsAsThePlainTextSeed) {
  const std::string title = "云端资讯**安全**责**任共担模型**";
  const std::string bytes = docx(styled("Title", title) + table(kSsrmRows));
  const std::string seed = seed_lines(35, 60);
  ASSERT_NE(seed.find("其運行的穩定和安全。"), std::string::npos);

  const auto text_loaded = test::load({{"ssrm.txt", seed}}, "zh-Hans");
  const auto docx_loaded = test::load({{"ssrm.docx", bytes}}, "zh-Hans");
  const auto& parsed = *docx_loaded.files[0];
  ASSERT_TRUE(parsed.problems.empty());

  // The same table, cell for cell, with continuation text joined.
  const auto& plain = *text_loaded.files[0];
  int compared = 0;
  for (const auto& c : plain.blocks) {
    if (c.kind != BlockKind::table_cell) continue;
    const model::Block* match = nullptr;
    for (const auto& d : parsed.blocks)
      if (d.kind == BlockKind::table_cell && d.row == c.row && d.column == c.column) match = &d;
    ASSERT_NE(match, nullptr) << c.text.str();
    EXPECT_EQ(match->text.str(), c.text.str());
    ++compared;
  }
  EXPECT_EQ(compared, 32);

  const auto expected = test::run_rules(text_loaded, {"script/hant-in-hans"});
  const auto found = test::run_rules(docx_loaded, {"script/hant-in-hans"});
  ASSERT_EQ(expected.size(), 4u);
  ASSERT_EQ(found.size(), expected.size());
  // Paragraphs: 1 the title, 2–5 the header; row 1 from 6 (用戶 at 8, remarks
  // 9–10), row 2 from 11 (用戶 at 13, remarks 14–16), row 3 from 17 (用戶 at
  // 19), row 4 from 21 (remarks 24–26, the last one 其運行的穩定和安全。).
  const std::pair<std::uint32_t, std::uint32_t> at[] = {{8, 2}, {13, 2}, {19, 2}, {26, 2}};
  const char* texts[] = {"戶", "戶", "戶", "運行的穩"};
  for (std::size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(found[i].rule, expected[i].rule);
    EXPECT_EQ(found[i].message, expected[i].message);
    EXPECT_EQ(found[i].lang, "zh-Hans");
    EXPECT_EQ(found[i].begin.line, at[i].first) << i;
    EXPECT_EQ(found[i].begin.column, at[i].second) << i;
    EXPECT_EQ(found[i].end.column - found[i].begin.column, expected[i].end.column - expected[i].begin.column);
    // Offsets are offsets in the reader's text (one line per paragraph).
    EXPECT_EQ(parsed.file().text().substr(found[i].begin.offset, found[i].length), texts[i]);
  }
  EXPECT_EQ(parsed.file().lines().line_text(26), "其運行的穩定和安全。");
}

// ---- Broken and hostile packages ---------------------------------------------

void expect_malformed(const model::ParsedFile& f, const std::string& fragment) {
  ASSERT_EQ(f.problems.size(), 1u);
  EXPECT_EQ(f.problems[0].rule, "input/malformed");
  EXPECT_NE(f.problems[0].message.find(fragment), std::string::npos) << f.problems[0].message;
  EXPECT_TRUE(f.unreadable());
}

TEST(DocxMalformed, ATruncatedZipIsAProblem) {
  const std::string bytes = docx(para("Hello"));
  for (std::size_t keep : {bytes.size() / 2, bytes.size() - 10, std::size_t{30}, std::size_t{3}}) {
    const auto f = read(bytes.substr(0, keep));
    ASSERT_FALSE(f->problems.empty()) << keep;
    EXPECT_EQ(f->problems[0].rule, "input/malformed");
    EXPECT_TRUE(f->blocks.empty());
  }
}

TEST(DocxMalformed, ATextFileNamedDocxIsAProblem) {
  expect_malformed(*read("This is a plain text file, not a zip.\n"), "not a DOCX file");
  expect_malformed(*read(""), "not a DOCX file");
  const auto findings = test::check_text("plain text\n", {"input/"}, "fake.docx");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "input/malformed");
  EXPECT_EQ(findings[0].begin.line, 1u);
}

TEST(DocxMalformed, AZipWithoutTheDocumentIsAProblem) {
  expect_malformed(*read(zip_of({{"word/styles.xml", "<w:styles/>"}, {"readme.txt", "hi"}})),
                   "the package has no word/document.xml");
}

TEST(DocxMalformed, MalformedXmlGivesThePartAndPugixmlsPosition) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<w:document " + kNamespaces + ">\n<w:body><w:p><w:r><w:t>x</w:t></w:r>\n</w:body>";
  const auto f = read(zip_of({{"word/document.xml", xml}}));
  expect_malformed(*f, "word/document.xml is not well-formed XML");
  EXPECT_EQ(f->problems[0].position.line, 4u);
  EXPECT_GE(f->problems[0].position.offset, xml.find("</w:body>"));
}

TEST(DocxMalformed, AMalformedStylesPartStillReadsTheDocument) {
  const auto f = read(zip_of({{"word/document.xml", document_xml(para("Text"))}, {"word/styles.xml", "<w:styles><oops"}}));
  ASSERT_EQ(f->problems.size(), 1u);
  EXPECT_NE(f->problems[0].message.find("word/styles.xml"), std::string::npos);
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_FALSE(f->unreadable());
}

TEST(DocxPackage, TheMainDocumentIsFoundThroughThePackageRelationships) {
  const std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"/content/main.xml\"/></Relationships>";
  const auto f = read(zip_of({{"_rels/.rels", rels}, {"content/main.xml", document_xml(para("Found"))}}));
  ASSERT_TRUE(f->problems.empty());
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "Found");
  EXPECT_EQ(resolve_part_name("word/document.xml", "../customXml/item1.xml"), "customXml/item1.xml");
  EXPECT_EQ(resolve_part_name("word/document.xml", "styles.xml"), "word/styles.xml");
}

TEST(DocxLimits, AnEntryClaimingGigabytesIsRefusedBeforeInflating) {
  std::string bytes = docx(para("small"));
  claim_uncompressed_size(bytes, "word/document.xml", 0xF0000000u);
  // Refused from the headers alone: nothing was inflated.
  expect_malformed(*read(bytes), "claims 3840 MiB");
}

// 96 MiB of zeros deflate to about 100 KB: over the part limit and a
// thousandfold expansion. Built once, streamed, never held in memory whole.
const std::string& zero_bomb() {
  static const std::string bytes = zip_of({}, 96ull << 20);
  return bytes;
}

TEST(DocxLimits, AZipBombIsRefusedQuickly) {
  EXPECT_LT(zero_bomb().size(), 1u << 20);
  // Refused from the headers' claims, before inflating.
  expect_malformed(*read(zero_bomb()), "word/document.xml claims 96 MiB");
}

TEST(DocxLimits, ABombWhoseHeadersLieIsStoppedWhileInflating) {
  std::string bytes = zero_bomb();
  claim_uncompressed_size(bytes, "word/document.xml", 1000);
  std::string error;
  auto package = DocxPackage::open(bytes, error);
  ASSERT_NE(package, nullptr) << error;
  // Stopped while inflating, by the ratio or the part limit, before 96 MiB.
  EXPECT_FALSE(package->read("word/document.xml", error));
  EXPECT_NE(error.find(" expands "), std::string::npos) << error;
  expect_malformed(*read(bytes), "word/document.xml");
}

TEST(DocxLimits, DeepNestingIsCutOffNotFollowed) {
  std::string body;
  for (int i = 0; i < 5000; ++i) body += "<w:sdt><w:sdtContent>";
  body += para("deep");
  for (int i = 0; i < 5000; ++i) body += "</w:sdtContent></w:sdt>";
  body += para("shallow");
  const auto f = read(docx(body));
  ASSERT_EQ(f->problems.size(), 1u);
  EXPECT_NE(f->problems[0].message.find("nests"), std::string::npos);
  ASSERT_EQ(f->blocks.size(), 1u);
  EXPECT_EQ(f->blocks[0].text.str(), "shallow");
}

}  // namespace
}  // namespace concord::formats
