// libFuzzer target for the HTML reader: any bytes must read without a crash,
// a leak or undefined behaviour, whatever libxml2 makes of them.
#include <cstddef>
#include <cstdint>
#include <string>

#include "concord/formats/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto parsed =
      concord::formats::parse_bytes("fuzz.html", std::string(data, data + size), concord::model::Format::html);
  // Touch every block's mapping so that a bad offset shows up here.
  for (const auto& block : parsed->blocks)
    for (std::uint32_t i = 0; i < block.text.size(); ++i) (void)block.text.to_source(i);
  return 0;
}
