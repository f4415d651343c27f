// libFuzzer target: the Markdown reader (cmark-gfm, front matter, directives), then the whole
// pipeline on what it read. Any input must give findings, never a crash,
// a leak or a sanitizer report.
#include "fuzz_pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::fuzz::run_pipeline(data, size, "fuzz.md", concord::model::Format::markdown);
  return 0;
}
