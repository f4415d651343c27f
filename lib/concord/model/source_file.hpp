#pragma once
// One input file: its original bytes, the decoded text every reader works on,
// and the maps that turn decoded offsets into what reports print.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "concord/io/decode.hpp"
#include "concord/io/line_index.hpp"

namespace concord::model {

enum class Format : std::uint8_t { plain_text, markdown, mdx, html, docx, xliff, tmx };
std::string_view to_string(Format f);

/// Where a finding points: 1-based line, 1-based code-point column, and the
/// byte offset in the original file.
struct Position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::uint32_t offset = 0;
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string bytes, io::Decoded decoded, Format format);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  const std::string& path() const { return path_; }
  std::string_view bytes() const { return bytes_; }
  std::string_view text() const { return decoded_.text; }
  const std::string& encoding() const { return decoded_.encoding; }
  Format format() const { return format_; }
  const io::LineIndex& lines() const { return lines_; }
  const io::SourceMap& source_map() const { return decoded_.map; }

  /// Position of the decoded byte at `offset`.
  Position position(std::uint32_t offset) const;

  /// Position of an original byte offset in a file that could not be
  /// decoded: lines are counted on the raw bytes, columns in bytes.
  Position raw_position(std::uint32_t original_offset) const;

 private:
  std::string path_;
  std::string bytes_;
  io::Decoded decoded_;
  io::LineIndex lines_;
  Format format_;
};

}  // namespace concord::model
