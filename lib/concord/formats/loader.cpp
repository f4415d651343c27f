#include "concord/formats/loader.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "concord/formats/bilingual_reader.hpp"
#include "concord/formats/docx_reader.hpp"
#include "concord/formats/html_reader.hpp"
#include "concord/formats/markdown_reader.hpp"
#include "concord/formats/plain_text_reader.hpp"

namespace concord::formats {

std::optional<model::Format> format_for_path(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".txt" || ext == ".text") return model::Format::plain_text;
  if (ext == ".md" || ext == ".markdown") return model::Format::markdown;
  if (ext == ".mdx") return model::Format::mdx;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return model::Format::html;
  if (ext == ".docx") return model::Format::docx;
  if (ext == ".xlf" || ext == ".xliff") return model::Format::xliff;
  if (ext == ".tmx") return model::Format::tmx;
  return std::nullopt;
}

std::unique_ptr<model::ParsedFile> parse_bytes(const std::string& path, std::string bytes, model::Format format,
                                               const LoadOptions& options) {
  if (format == model::Format::docx) return read_docx(path, std::move(bytes));
  auto parsed = std::make_unique<model::ParsedFile>();
  io::Decoded decoded = io::decode(bytes, {options.forced_encoding});
  const std::optional<io::DecodeError> error = decoded.error;
  parsed->source = std::make_unique<model::SourceFile>(path, std::move(bytes), std::move(decoded), format);
  if (error) {
    parsed->problems.push_back(
        {"input/undecodable", error->message, parsed->source->raw_position(error->offset)});
    return parsed;
  }
  switch (format) {
    case model::Format::plain_text: read_plain_text(*parsed); break;
    case model::Format::markdown: read_markdown(*parsed, false); break;
    case model::Format::mdx: read_markdown(*parsed, true); break;
    case model::Format::html: read_html(*parsed); break;
    case model::Format::xliff: read_xliff(*parsed); break;
    case model::Format::tmx: read_tmx(*parsed); break;
    case model::Format::docx: break;  // handled above
  }
  return parsed;
}

}  // namespace concord::formats
