// Entity extraction throughput on the real corpora, per language.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench_support.hpp"
#include "concord/text/entities.hpp"
#include "support/repetitive_inputs.hpp"

namespace concord::bench {
namespace {

struct Corpus {
  const char* file_prefix;  // corpora/real/**/<prefix>.md
  const char* lang;         // the tag the extractor reads
};
const Corpus kCorpora[] = {{"en", "en"}, {"ja", "ja"}, {"zh-CN", "zh-Hans"}, {"zh-TW", "zh-Hant"}};

const std::string& text_for(int index) {
  static const std::string texts[] = {corpus_text(kCorpora[0].file_prefix), corpus_text(kCorpora[1].file_prefix),
                                      corpus_text(kCorpora[2].file_prefix), corpus_text(kCorpora[3].file_prefix)};
  return texts[index];
}

void BM_ExtractEntities(benchmark::State& state) {
  const int index = static_cast<int>(state.range(0));
  const std::string& text = text_for(index);
  std::size_t found = 0;
  for (auto _ : state) {
    auto entities = text::extract_entities(text, kCorpora[index].lang);
    found = entities.size();
    benchmark::DoNotOptimize(entities);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["entities"] = static_cast<double>(found);
  state.SetLabel(kCorpora[index].lang);
}
BENCHMARK(BM_ExtractEntities)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// Every repetitive input at 40 KB and 400 KB: the time per byte must stay flat.
void BM_ExtractRepetitive(benchmark::State& state) {
  std::vector<std::string> texts;
  for (const char* unit : test::kRepetitiveUnits) {
    std::string text;
    while (text.size() < static_cast<std::size_t>(state.range(0))) text += unit;
    texts.push_back(std::move(text));
  }
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& text : texts) {
      for (const char* lang : {"en", "ja"}) benchmark::DoNotOptimize(text::extract_entities(text, lang));
      bytes += 2 * text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ExtractRepetitive)->Arg(40000)->Arg(400000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace concord::bench
