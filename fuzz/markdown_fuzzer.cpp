// libFuzzer target: the Markdown and MDX readers must take any bytes without
// crashing, leaking or reading out of bounds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "concord/formats/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  concord::formats::parse_bytes("fuzz.md", bytes, concord::model::Format::markdown);
  concord::formats::parse_bytes("fuzz.mdx", bytes, concord::model::Format::mdx);
  return 0;
}
