// libFuzzer target: the DOCX reader on arbitrary bytes must neither crash,
// leak nor throw (build with -DCONCORD_BUILD_FUZZERS=ON and clang).
#include <cstddef>
#include <cstdint>
#include <string>

#include "concord/formats/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::formats::parse_bytes("fuzz.docx", std::string(data, data + size), concord::model::Format::docx);
  return 0;
}
