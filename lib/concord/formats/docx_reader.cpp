#include "concord/formats/docx_reader.hpp"

#include <algorithm>
#include <exception>

#include "concord/formats/docx_body.hpp"
#include "concord/formats/docx_numbering.hpp"
#include "concord/formats/docx_package.hpp"
#include "concord/formats/docx_relationships.hpp"
#include "concord/formats/docx_styles.hpp"
#include "concord/io/line_index.hpp"

namespace concord::formats {
namespace {

constexpr std::string_view kDefaultDocument = "word/document.xml";

// The relationships part of `part`: word/document.xml → word/_rels/document.xml.rels.
std::string relationships_part(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  const std::string_view dir = slash == std::string_view::npos ? std::string_view() : part.substr(0, slash + 1);
  return std::string(dir) + "_rels/" + std::string(part.substr(dir.size())) + ".rels";
}

class DocxReader {
 public:
  DocxReader(std::string_view bytes, DocxBody& body, std::vector<model::InputProblem>& problems)
      : bytes_(bytes), body_(body), problems_(problems) {}

  void run() {
    std::string error;
    package_ = DocxPackage::open(bytes_, error);
    if (!package_) return fail("not a DOCX file: " + error);

    const std::string document_name = main_document();
    const std::optional<std::string> document = package_->read(document_name, error);
    if (!document) return fail(error.empty() ? "not a DOCX file: the package has no " + document_name : error);

    DocxRelationships relationships;
    read_part(relationships_part(document_name), relationships);
    DocxStyles styles;
    read_related_part(relationships, document_name, "styles", "word/styles.xml", styles);
    DocxNumbering numbering;
    read_related_part(relationships, document_name, "numbering", "word/numbering.xml", numbering);

    XmlError xml_error;
    if (!read_docx_body(*document, {styles, numbering, relationships}, body_, xml_error)) {
      body_ = DocxBody();
      return xml_problem(document_name, *document, xml_error);
    }
    if (body_.too_deep)
      fail(document_name + " nests content more than 64 levels deep; the deeper content was skipped");
  }

 private:
  void fail(std::string message, model::Position position = {1, 1, 0}) {
    problems_.push_back({"input/malformed", std::move(message), position});
  }

  // XML problems point into the part: line and column of the part's text.
  void xml_problem(const std::string& part, std::string_view xml, const XmlError& error) {
    const std::uint32_t offset = std::min<std::uint32_t>(error.offset, static_cast<std::uint32_t>(xml.size()));
    const io::LineColumn at = io::LineIndex(xml).locate(offset);
    fail(part + " is not well-formed XML (line " + std::to_string(at.line) + ", column " + std::to_string(at.column) +
             " of that part): " + error.description,
         {at.line, at.column, offset});
  }

  // The main document named by the package relationships (it is not always
  // word/document.xml).
  std::string main_document() {
    DocxRelationships package_relationships;
    if (!read_part("_rels/.rels", package_relationships)) return std::string(kDefaultDocument);
    const Relationship* office = package_relationships.by_kind("officeDocument");
    return office ? resolve_part_name("", office->target) : std::string(kDefaultDocument);
  }

  // The part of `kind` the document's relationships name, or the usual
  // part when they name none or one that is not there.
  template <typename Part>
  void read_related_part(const DocxRelationships& relationships, const std::string& document, std::string_view kind,
                         const std::string& usual, Part& into) {
    const Relationship* r = relationships.by_kind(kind);
    const std::string named = r ? resolve_part_name(document, r->target) : usual;
    const std::size_t problems = problems_.size();
    if (!read_part(named, into) && named != usual && problems_.size() == problems) read_part(usual, into);
  }

  // Reads an optional part into `into`; a part that breaks a limit or is
  // malformed is a problem, a missing part is not.
  template <typename Part>
  bool read_part(const std::string& name, Part& into) {
    std::string error;
    const std::optional<std::string> bytes = package_->read(name, error);
    if (!bytes) {
      if (!error.empty()) fail(error);
      return false;
    }
    XmlError xml_error;
    if (into.parse(*bytes, xml_error)) return true;
    xml_problem(name, *bytes, xml_error);
    return false;
  }

  std::string_view bytes_;
  DocxBody& body_;
  std::vector<model::InputProblem>& problems_;
  std::unique_ptr<DocxPackage> package_;
};

}  // namespace

std::unique_ptr<model::ParsedFile> read_docx(const std::string& path, std::string bytes) {
  auto parsed = std::make_unique<model::ParsedFile>();
  DocxBody body;
  try {
    DocxReader(bytes, body, parsed->problems).run();
  } catch (const std::exception& e) {  // readers never throw: out of memory is this file's problem
    body = DocxBody();
    parsed->problems.push_back({"input/malformed", std::string("could not read the DOCX: ") + e.what(), {1, 1, 0}});
  }
  // Positions of DOCX findings are in the reader's own text, one line per
  // paragraph (docx_body.hpp): line = paragraph index, column = code point,
  // offset = byte offset in that text, not in the zip.
  io::Decoded decoded;
  decoded.text = std::move(body.text);
  decoded.encoding = "UTF-8";
  decoded.map = io::SourceMap::shifted(0, static_cast<std::uint32_t>(decoded.text.size()));
  parsed->source = std::make_unique<model::SourceFile>(path, std::move(bytes), std::move(decoded), model::Format::docx);
  parsed->blocks = std::move(body.blocks);
  return parsed;
}

}  // namespace concord::formats
