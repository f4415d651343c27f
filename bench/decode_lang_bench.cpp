// Decode and language identification throughput, per language.
#include <benchmark/benchmark.h>

#include <unicode/ucnv.h>

#include "bench_support.hpp"
#include "concord/formats/loader.hpp"
#include "concord/io/decode.hpp"
#include "concord/lang/identify.hpp"
#include "concord/lang/version_splitter.hpp"

namespace concord::bench {
namespace {

const char* const kLangs[] = {"en", "ja", "zh-CN", "zh-TW"};

const std::string& text_for(int index) {
  static const std::string texts[] = {corpus_text(kLangs[0]), corpus_text(kLangs[1]), corpus_text(kLangs[2]),
                                      corpus_text(kLangs[3])};
  return texts[index];
}

void BM_DecodeUtf8(benchmark::State& state) {
  const std::string& text = text_for(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(io::decode(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel(kLangs[state.range(0)]);
}
BENCHMARK(BM_DecodeUtf8)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void BM_DecodeGb18030(benchmark::State& state) {
  const std::string& text = text_for(2);
  UErrorCode status = U_ZERO_ERROR;
  std::string gb(text.size() * 2, '\0');
  gb.resize(static_cast<std::size_t>(ucnv_convert("GB18030", "UTF-8", gb.data(), static_cast<int32_t>(gb.size()),
                                                  text.data(), static_cast<int32_t>(text.size()), &status)));
  for (auto _ : state) benchmark::DoNotOptimize(io::decode(gb));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * gb.size()));
  state.SetLabel("zh-CN as GB18030, detected");
}
BENCHMARK(BM_DecodeGb18030)->Unit(benchmark::kMillisecond);

void BM_IdentifyLanguage(benchmark::State& state) {
  const std::string& text = text_for(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(lang::identify(lang::count_scripts(text)));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel(kLangs[state.range(0)]);
}
BENCHMARK(BM_IdentifyLanguage)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// Decode, read as plain text, identify every block and split versions.
void BM_DecodeReadIdentify(benchmark::State& state) {
  const std::string& text = text_for(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto parsed = formats::parse_bytes("bench.txt", text, model::Format::plain_text);
    benchmark::DoNotOptimize(lang::split_versions(*parsed, {}));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel(kLangs[state.range(0)]);
}
BENCHMARK(BM_DecodeReadIdentify)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace concord::bench
