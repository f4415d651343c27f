#pragma once
// Inputs for the benchmarks: the bundled real corpora, concatenated per
// language into about 1 MB of text each.
#include <filesystem>
#include <fstream>
#include <string>

namespace concord::bench {

/// The text of every corpora/real file whose name starts with `lang_prefix`
/// (en, ja, zh-CN, zh-TW), repeated up to about `target_bytes`.
inline std::string corpus_text(const std::string& lang_prefix, std::size_t target_bytes = 1u << 20) {
  namespace fs = std::filesystem;
  std::string all;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(std::string(CONCORD_SOURCE_DIR) + "/corpora/real"))
    if (e.is_regular_file() && e.path().stem() == lang_prefix && e.path().extension() == ".md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    std::ifstream in(p, std::ios::binary);
    all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::string out;
  while (!all.empty() && out.size() < target_bytes) out += all;
  return out;
}

}  // namespace concord::bench
