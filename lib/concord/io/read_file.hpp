#pragma once
// Reading a whole file into memory, with failures as values.
#include <optional>
#include <string>

namespace concord::io {

struct ReadError {
  std::string message;  // one line, names the path and the reason
};

struct ReadResult {
  std::string bytes;
  std::optional<ReadError> error;
};

/// Reads the file at `path`. Files larger than `max_bytes` are refused.
ReadResult read_file(const std::string& path, std::size_t max_bytes = 256u << 20);

}  // namespace concord::io
