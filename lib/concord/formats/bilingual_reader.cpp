#include "concord/formats/bilingual_reader.hpp"

#include <exception>

#include <pugixml.hpp>

#include "concord/formats/tmx_units.hpp"
#include "concord/formats/xliff_units.hpp"
#include "concord/formats/xml_tree.hpp"

namespace concord::formats {
namespace {

void report(model::ParsedFile& file, std::string message, std::uint32_t offset) {
  file.problems.push_back({"input/malformed", std::move(message), file.file().position(offset)});
}

// The root element of the file's XML when it is well-formed and named
// `expected`; otherwise the file gets its problem and an empty node.
pugi::xml_node parse_root(pugi::xml_document& doc, model::ParsedFile& file, std::string_view format,
                          std::string_view expected) {
  XmlError error;
  if (!parse_xml_verbatim(doc, file.file().text(), error)) {
    report(file, "malformed XML: " + error.description, error.offset);
    return {};
  }
  const pugi::xml_node root = doc.document_element();
  if (element_name(root) != expected) {
    const std::ptrdiff_t at = root.offset_debug();
    report(file,
           "not " + std::string(format) + ": the root element is <" + root.name() + ">, not <" +
               std::string(expected) + ">",
           at > 0 ? static_cast<std::uint32_t>(at - 1) : 0);
    return {};
  }
  return root;
}

// Readers never throw: running out of memory on a hostile file is a
// problem of that file.
template <typename Read>
void guarded(model::ParsedFile& file, Read&& read) {
  try {
    read();
  } catch (const std::exception& e) {
    file.blocks.clear();
    report(file, std::string("could not read the file: ") + e.what(), 0);
  }
}

}  // namespace

void read_xliff(model::ParsedFile& file) {
  guarded(file, [&] {
    pugi::xml_document doc;
    const pugi::xml_node root = parse_root(doc, file, "XLIFF", "xliff");
    if (!root) return;
    if (is_xliff2(root)) read_xliff2_units(root, file.file().text(), file);
    else read_xliff1_units(root, file.file().text(), file);
  });
}

void read_tmx(model::ParsedFile& file) {
  guarded(file, [&] {
    pugi::xml_document doc;
    const pugi::xml_node root = parse_root(doc, file, "TMX", "tmx");
    if (root) read_tmx_units(root, file.file().text(), file);
  });
}

}  // namespace concord::formats
