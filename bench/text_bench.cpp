// Throughput of each stage of the text layer, per language (one core).
#include <benchmark/benchmark.h>

#include <opencc/SimpleConverter.hpp>
#include <unicode/brkiter.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "bench_support.hpp"
#include "concord/io/data_paths.hpp"
#include "concord/lang/chinese_variants.hpp"
#include "concord/text/analysis.hpp"
#include "concord/text/normalizer.hpp"
#include "concord/text/sentences.hpp"
#include "concord/text/words.hpp"

namespace concord::bench {
namespace {

const char* const kFiles[] = {"en", "ja", "zh-CN", "zh-TW"};
const char* const kLangs[] = {"en", "ja", "zh-Hans", "zh-Hant"};

// The corpus split into paragraphs, as the readers hand text to the layer.
const std::vector<std::string>& paragraphs(int index) {
  static std::vector<std::string> cache[4];
  if (cache[index].empty()) {
    const std::string text = corpus_text(kFiles[index]);
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find("\n\n", start);
      if (end == std::string::npos) end = text.size();
      if (end > start) cache[index].push_back(text.substr(start, end - start));
      start = end + 2;
    }
  }
  return cache[index];
}

std::size_t total_bytes(const std::vector<std::string>& ps) {
  std::size_t n = 0;
  for (const auto& p : ps) n += p.size();
  return n;
}

template <typename Fn>
void run_over_paragraphs(benchmark::State& state, Fn&& fn) {
  const int index = static_cast<int>(state.range(0));
  const auto& ps = paragraphs(index);
  for (auto _ : state)
    for (const auto& p : ps) fn(p, kLangs[index]);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(ps)));
  state.SetLabel(kLangs[index]);
}

void BM_Sentences(benchmark::State& state) {
  run_over_paragraphs(state, [](const std::string& p, const char* lang) {
    benchmark::DoNotOptimize(text::split_sentences(p, lang));
  });
}
BENCHMARK(BM_Sentences)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void BM_Nfkc(benchmark::State& state) {
  run_over_paragraphs(state, [](const std::string& p, const char*) { benchmark::DoNotOptimize(text::nfkc(p)); });
}
BENCHMARK(BM_Nfkc)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void BM_FoldTraditional(benchmark::State& state) {
  const auto& variants = lang::ChineseVariants::instance();
  run_over_paragraphs(state, [&](const std::string& p, const char*) {
    benchmark::DoNotOptimize(variants.fold_to_simplified(p));
  });
}
BENCHMARK(BM_FoldTraditional)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// NFKC with case folding, Traditional folding and space collapsing.
void BM_ComparisonKey(benchmark::State& state) {
  run_over_paragraphs(state, [](const std::string& p, const char*) {
    benchmark::DoNotOptimize(text::comparison_key(p));
  });
}
BENCHMARK(BM_ComparisonKey)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// What the text layer does to every block before the rules run
// (text::analyze_block): sentences, comparison keys (NFKC, case and
// Traditional folding), entities.
void BM_TextLayer(benchmark::State& state) {
  std::vector<text::Sentence> sentences;
  run_over_paragraphs(state, [&](const std::string& p, const char* lang) {
    sentences.clear();
    text::analyze_block(p, lang, 0, sentences);
    benchmark::DoNotOptimize(sentences);
  });
}
BENCHMARK(BM_TextLayer)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void BM_Words(benchmark::State& state) {
  run_over_paragraphs(state, [](const std::string& p, const char* lang) {
    benchmark::DoNotOptimize(text::split_words(p, lang));
  });
}
BENCHMARK(BM_Words)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// The references the targets are set against: OpenCC's phrase conversion
// and ICU's Hant-Hans transliterator, on the Traditional corpus.
void BM_OpenccT2s(benchmark::State& state) {
  static const opencc::SimpleConverter converter(io::opencc_dir() + "/t2s.json");
  const auto& ps = paragraphs(3);
  for (auto _ : state)
    for (const auto& p : ps) benchmark::DoNotOptimize(converter.Convert(p));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(ps)));
  state.SetLabel("zh-Hant, OpenCC t2s (reference)");
}
BENCHMARK(BM_OpenccT2s)->Unit(benchmark::kMillisecond);

void BM_IcuHantHans(benchmark::State& state) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  const auto& ps = paragraphs(3);
  for (auto _ : state) {
    for (const auto& p : ps) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(p);
      t->transliterate(u);
      std::string out;
      benchmark::DoNotOptimize(u.toUTF8String(out));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(ps)));
  state.SetLabel("zh-Hant, ICU Hant-Hans (reference)");
}
BENCHMARK(BM_IcuHantHans)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace concord::bench

namespace concord::bench {
namespace {

// ICU's own speed on UTF-16 strings (the reference for the targets).
void icu_utf16(benchmark::State& state, bool sentences) {
  const int index = static_cast<int>(state.range(0));
  const auto& ps = paragraphs(index);
  std::vector<icu::UnicodeString> units;
  for (const auto& p : ps) units.push_back(icu::UnicodeString::fromUTF8(p));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(index == 0 ? "en" : "zh");
  std::unique_ptr<icu::BreakIterator> bi(sentences ? icu::BreakIterator::createSentenceInstance(locale, status)
                                                   : icu::BreakIterator::createWordInstance(locale, status));
  for (auto _ : state) {
    for (const auto& u : units) {
      bi->setText(u);
      int32_t n = 0;
      for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) ++n;
      benchmark::DoNotOptimize(n);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(ps)));
  state.SetLabel(std::string(kLangs[index]) + ", ICU on UTF-16 (reference)");
}
// ICU's own UTF-8 path: the word iterator reading the UTF-8 text through UText.
void BM_IcuWordsUtf8(benchmark::State& state) {
  const int index = static_cast<int>(state.range(0));
  const auto& ps = paragraphs(index);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createWordInstance(icu::Locale(index == 0 ? "en" : "zh"), status));
  UText* ut = nullptr;
  for (auto _ : state) {
    for (const auto& p : ps) {
      status = U_ZERO_ERROR;
      ut = utext_openUTF8(ut, p.data(), static_cast<int64_t>(p.size()), &status);
      bi->setText(ut, status);
      int32_t n = 0;
      for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) ++n;
      benchmark::DoNotOptimize(n);
    }
  }
  utext_close(ut);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(ps)));
  state.SetLabel(std::string(kLangs[index]) + ", ICU on UTF-8 through UText (reference)");
}
BENCHMARK(BM_IcuWordsUtf8)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

void BM_IcuSentencesUtf16(benchmark::State& state) { icu_utf16(state, true); }
void BM_IcuWordsUtf16(benchmark::State& state) { icu_utf16(state, false); }
BENCHMARK(BM_IcuSentencesUtf16)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuWordsUtf16)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace concord::bench
