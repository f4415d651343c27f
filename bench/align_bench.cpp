// Alignment cost against document length: a synthetic English–Japanese pair
// of N sentences each (paragraphs of five under a heading every twenty, the
// Japanese about 0.45 times as long, one sentence in fifty missing), read,
// analysed and aligned. scripts/make-synthetic-pair.py writes the same shape
// to files for whole-process timings.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "concord/align/alignment.hpp"
#include "concord/engine/workspace.hpp"
#include "concord/formats/loader.hpp"

namespace concord::bench {
namespace {

std::pair<std::string, std::string> synthetic_pair(int n) {
  static const char* const kWords[] = {"policy", "data",    "service", "account", "user",    "security", "privacy",
                                       "notice", "terms",   "content", "provider", "access", "request",  "review"};
  static const char* const kKanji[] = {"情", "報", "利", "用", "者", "安", "全", "管", "理", "規", "約", "提", "供"};
  static const char* const kKana[] = {"あ", "い", "う", "か", "き", "す", "の", "に", "を", "は", "で", "と", "ま"};
  std::mt19937 rng(7);
  std::string en, ja;
  for (int i = 0; i < n; ++i) {
    if (i % 20 == 0) {
      en += "\n## Section " + std::to_string(i / 20 + 1) + "\n\n";
      ja += "\n## 第" + std::to_string(i / 20 + 1) + "節\n\n";
    }
    std::string sentence;
    const int words = std::uniform_int_distribution<int>(6, 24)(rng);
    for (int w = 0; w < words; ++w) sentence += std::string(w ? " " : "") + kWords[rng() % std::size(kWords)];
    sentence[0] = static_cast<char>(sentence[0] - 'a' + 'A');  // a new sentence to ICU
    std::string jp;
    for (std::size_t c = 0; c < sentence.size() * 45 / 100; ++c) jp += (c % 3 ? kKana : kKanji)[rng() % 13];
    if (i % 7 == 0) {
      const std::string number = std::to_string(2 + rng() % 900);
      sentence += " within " + number + " days";
      jp += number + "日以内";
    }
    en += sentence + ". ";
    if (i % 50 != 49) ja += jp + "。";
    if (i % 5 == 4) {
      en += "\n\n";
      ja += "\n\n";
    }
  }
  return {en, ja};
}

void BM_AlignSynthetic(benchmark::State& state) {
  const auto [en, ja] = synthetic_pair(static_cast<int>(state.range(0)));
  const auto en_file = formats::parse_bytes("en.md", en, model::Format::markdown);
  const auto ja_file = formats::parse_bytes("ja.md", ja, model::Format::markdown);
  const auto documents = engine::build_documents({en_file.get(), ja_file.get()}, "");
  const model::Document& document = documents.at(0);
  const text::DocumentText text = text::analyze(document);
  const structure::DocumentOutline outline = structure::build_outlines(document, text);
  std::size_t beads = 0;
  for (auto _ : state) {
    const align::DocumentAlignment alignment = align::align_document(document, text, outline, "en");
    beads = alignment.pairs.empty() ? 0 : alignment.pairs[0].beads.size();
    benchmark::DoNotOptimize(alignment);
  }
  state.counters["sentences"] = static_cast<double>(state.range(0));
  state.counters["beads"] = static_cast<double>(beads);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * state.range(0)));
}
BENCHMARK(BM_AlignSynthetic)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AlignSynthetic)->Arg(100000)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace concord::bench
