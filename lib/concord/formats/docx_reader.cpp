#include "concord/formats/docx_reader.hpp"

namespace concord::formats {

std::unique_ptr<model::ParsedFile> read_docx(const std::string& path, std::string bytes) {
  auto parsed = std::make_unique<model::ParsedFile>();
  io::Decoded none;
  none.map = io::SourceMap::shifted(0, static_cast<std::uint32_t>(bytes.size()));
  parsed->source = std::make_unique<model::SourceFile>(path, std::move(bytes), std::move(none), model::Format::docx);
  parsed->problems.push_back({"input/malformed", "DOCX is not supported yet", {1, 1, 0}});
  return parsed;
}

}  // namespace concord::formats
