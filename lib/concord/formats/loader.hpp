#pragma once
// Reading one file into the document model: pick the reader by extension,
// decode, parse. Problems become InputProblems on the result; nothing throws.
#include <memory>
#include <optional>
#include <string>

#include "concord/model/parsed_file.hpp"

namespace concord::formats {

/// The format a path's extension names, or nothing for files concord does
/// not read (when walking directories).
std::optional<model::Format> format_for_path(const std::string& path);

struct LoadOptions {
  std::string forced_encoding;  // --encoding
};

/// Parses `bytes` (the content of `path`) as `format`.
std::unique_ptr<model::ParsedFile> parse_bytes(const std::string& path, std::string bytes, model::Format format,
                                               const LoadOptions& options = {});

}  // namespace concord::formats
