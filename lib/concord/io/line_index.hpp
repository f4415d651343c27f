#pragma once
// Line starts of a decoded text, for turning byte offsets into the 1-based
// line and code-point column every report shows. Built once per file.
#include <cstdint>
#include <string_view>
#include <vector>

namespace concord::io {

struct LineColumn {
  std::uint32_t line = 1;    // 1-based
  std::uint32_t column = 1;  // 1-based, in code points
};

class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);

  /// Line and column of the byte at `offset` (clamped to the text).
  LineColumn locate(std::uint32_t offset) const;

  /// 1-based line holding `offset`.
  std::uint32_t line_of(std::uint32_t offset) const;

  /// Byte range of a 1-based line, without its line terminator.
  std::string_view line_text(std::uint32_t line) const;
  std::uint32_t line_start(std::uint32_t line) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_;
};

}  // namespace concord::io
