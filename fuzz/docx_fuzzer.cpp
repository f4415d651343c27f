// libFuzzer target: the DOCX reader (libzip and pugixml), then the whole
// pipeline on what it read. Any input must give findings, never a crash, a
// leak or a sanitizer report.
//
// Mutating a zip mostly breaks its checksums, so the reader would rarely get
// past libzip. An input that does not start with "PK" is therefore taken as
// the package's parts separated by NUL bytes (document.xml, styles.xml,
// numbering.xml, the document's relationships) and zipped here, so that
// mutations reach the XML readers.
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_pipeline.hpp"
#include "support/zip_writer.hpp"

namespace {

constexpr const char* kPartNames[] = {"word/document.xml", "word/styles.xml", "word/numbering.xml",
                                      "word/_rels/document.xml.rels"};

// The NUL-separated parts of `input`, stored in a zip under kPartNames.
std::string zip_input_parts(std::string_view input) {
  std::vector<std::pair<std::string, std::string_view>> parts;
  for (std::size_t start = 0; parts.size() < std::size(kPartNames);) {
    const std::size_t end = std::min(input.find('\0', start), input.size());
    parts.emplace_back(kPartNames[parts.size()], input.substr(start, end - start));
    if (end == input.size()) break;
    start = end + 1;
  }
  return concord::test::zip_parts(parts, false);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.substr(0, 2) == "PK") {
    concord::fuzz::run_pipeline(data, size, "fuzz.docx", concord::model::Format::docx);
  } else {
    const std::string zipped = zip_input_parts(input);
    concord::fuzz::run_pipeline(reinterpret_cast<const std::uint8_t*>(zipped.data()), zipped.size(), "fuzz.docx",
                                concord::model::Format::docx);
  }
  return 0;
}
