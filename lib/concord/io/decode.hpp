#pragma once
// Turning a file's bytes into UTF-8 text: BOMs, UTF-8 validation, ICU charset
// detection and conversion for the legacy CJK encodings. Every decoded byte
// keeps a route back to the original bytes through the SourceMap.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "concord/io/source_map.hpp"

namespace concord::io {

struct DecodeError {
  std::uint32_t offset = 0;  // byte offset in the original file
  std::string message;       // what is wrong there, without the path
};

struct Decoded {
  std::string text;      // UTF-8, without BOM
  std::string encoding;  // "UTF-8", "GB18030", "Big5", "Shift_JIS", "EUC-JP", "UTF-16LE"...
  SourceMap map;
  std::optional<DecodeError> error;  // set when the bytes are not text we can read
};

struct DecodeOptions {
  std::string forced_encoding;  // ICU converter name; empty means detect
};

Decoded decode(std::string_view bytes, const DecodeOptions& options = {});

}  // namespace concord::io
