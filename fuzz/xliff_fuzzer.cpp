// libFuzzer target: the XLIFF 1.2 and 2.x reader (pugixml), then the whole
// pipeline on what it read. Any input must give findings, never a crash,
// a leak or a sanitizer report.
#include "fuzz_pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::fuzz::run_pipeline(data, size, "fuzz.xlf", concord::model::Format::xliff);
  return 0;
}
