#include "concord/model/source_file.hpp"

#include <algorithm>

namespace concord::model {

std::string_view to_string(Format f) {
  switch (f) {
    case Format::plain_text: return "text";
    case Format::markdown: return "markdown";
    case Format::mdx: return "mdx";
    case Format::html: return "html";
    case Format::docx: return "docx";
    case Format::xliff: return "xliff";
    case Format::tmx: return "tmx";
  }
  return "text";
}

SourceFile::SourceFile(std::string path, std::string bytes, io::Decoded decoded, Format format)
    : path_(std::move(path)), bytes_(std::move(bytes)), decoded_(std::move(decoded)), format_(format) {
  lines_ = io::LineIndex(decoded_.text);
}

Position SourceFile::position(std::uint32_t offset) const {
  const io::LineColumn lc = lines_.locate(offset);
  return {lc.line, lc.column, decoded_.map.to_original(offset)};
}

Position SourceFile::raw_position(std::uint32_t original_offset) const {
  original_offset = std::min<std::uint32_t>(original_offset, static_cast<std::uint32_t>(bytes_.size()));
  const std::string_view before = std::string_view(bytes_).substr(0, original_offset);
  const auto line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n')) + 1;
  const std::size_t nl = before.rfind('\n');
  const auto line_start = nl == std::string_view::npos ? 0 : static_cast<std::uint32_t>(nl + 1);
  return {line, original_offset - line_start + 1, original_offset};
}

}  // namespace concord::model
