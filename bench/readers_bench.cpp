// Throughput of each format reader (decode, parse, blocks with source maps),
// one core. Markdown and HTML read the bundled corpora; DOCX, XLIFF and TMX
// inputs are built in memory from the corpus paragraphs, about 1 MB of text
// each.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "concord/formats/loader.hpp"
#include "support/zip_writer.hpp"

namespace concord::bench {
namespace {

struct Input {
  std::string path;
  std::string bytes;
};

std::vector<Input> corpus_files(const std::string& extension) {
  namespace fs = std::filesystem;
  std::vector<Input> out;
  for (const auto& e : fs::recursive_directory_iterator(std::string(CONCORD_SOURCE_DIR) + "/corpora/real")) {
    if (!e.is_regular_file() || e.path().extension() != extension) continue;
    std::ifstream in(e.path(), std::ios::binary);
    out.push_back({e.path().filename().string(), std::string(std::istreambuf_iterator<char>(in), {})});
  }
  std::sort(out.begin(), out.end(), [](const Input& a, const Input& b) { return a.bytes < b.bytes; });
  return out;
}

std::vector<std::string> paragraphs(const std::string& lang_prefix) {
  const std::string text = corpus_text(lang_prefix);
  std::vector<std::string> out;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

Input docx_input() {
  std::string body;
  for (const std::string& p : paragraphs("zh-CN"))
    body += "<w:p><w:r><w:t xml:space=\"preserve\">" + xml_escape(p) + "</w:t></w:r></w:p>";
  static const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
      body + "</w:body></w:document>";
  return {"bench.docx", test::zip_parts({{"word/document.xml", document}})};
}

Input xliff_input() {
  const auto en = paragraphs("en"), zh = paragraphs("zh-CN");
  std::string units;
  for (std::size_t i = 0; i < std::min(en.size(), zh.size()); ++i)
    units += "<trans-unit id=\"" + std::to_string(i) + "\"><source>" + xml_escape(en[i]) + "</source><target>" +
             xml_escape(zh[i]) + "</target></trans-unit>\n";
  return {"bench.xlf",
          "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file "
          "source-language=\"en\" target-language=\"zh-CN\" datatype=\"plaintext\" original=\"b\"><body>" +
              units + "</body></file></xliff>"};
}

Input tmx_input() {
  const auto en = paragraphs("en"), ja = paragraphs("ja");
  std::string units;
  for (std::size_t i = 0; i < std::min(en.size(), ja.size()); ++i)
    units += "<tu><tuv xml:lang=\"en\"><seg>" + xml_escape(en[i]) + "</seg></tuv><tuv xml:lang=\"ja\"><seg>" +
             xml_escape(ja[i]) + "</seg></tuv></tu>\n";
  return {"bench.tmx", "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"en\"/><body>" + units +
                           "</body></tmx>"};
}

void read_all(benchmark::State& state, const std::vector<Input>& inputs, model::Format format) {
  std::size_t bytes = 0;
  for (const Input& in : inputs) bytes += in.bytes.size();
  for (auto _ : state)
    for (const Input& in : inputs) benchmark::DoNotOptimize(formats::parse_bytes(in.path, in.bytes, format));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["files"] = static_cast<double>(inputs.size());
  state.counters["input_MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_ReadPlainText(benchmark::State& state) {
  static const std::vector<Input> inputs = {{"zh.txt", corpus_text("zh-CN")}, {"en.txt", corpus_text("en")}};
  read_all(state, inputs, model::Format::plain_text);
}
void BM_ReadMarkdown(benchmark::State& state) {
  static const std::vector<Input> inputs = corpus_files(".md");
  read_all(state, inputs, model::Format::markdown);
}
void BM_ReadHtml(benchmark::State& state) {
  static const std::vector<Input> inputs = corpus_files(".html");
  read_all(state, inputs, model::Format::html);
}
void BM_ReadDocx(benchmark::State& state) {
  static const std::vector<Input> inputs = {docx_input()};
  read_all(state, inputs, model::Format::docx);
}
void BM_ReadXliff(benchmark::State& state) {
  static const std::vector<Input> inputs = {xliff_input()};
  read_all(state, inputs, model::Format::xliff);
}
void BM_ReadTmx(benchmark::State& state) {
  static const std::vector<Input> inputs = {tmx_input()};
  read_all(state, inputs, model::Format::tmx);
}
BENCHMARK(BM_ReadPlainText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadMarkdown)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadDocx)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadXliff)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadTmx)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace concord::bench
