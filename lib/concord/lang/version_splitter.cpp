#include "concord/lang/version_splitter.hpp"

#include <algorithm>
#include <limits>

#include "concord/lang/identify.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::lang {
namespace {

// A language run needs this much evidence (see ScriptCounts::evidence) to
// stand as a version of its own; smaller runs (a kana word in a Chinese
// table, a row of numbers) belong to their neighbours.
constexpr std::uint32_t kMinRunEvidence = 60;
// Parallel versions are of comparable size; a run under a quarter of the
// largest is a foreign passage inside a version (an English advert at the
// end of a Japanese page), not a translation.
constexpr double kMinVersionShare = 0.25;

struct Run {
  std::string lang;
  ScriptCounts counts;
  std::size_t first = 0;  // indices into the top-level list
  std::size_t end = 0;
};

bool compatible(const std::string& a, const std::string& b) {
  if (a == b) return true;
  return (a == "zh" && is_chinese(b)) || (b == "zh" && is_chinese(a));
}

std::string merged_lang(const std::string& a, const std::string& b) { return a == "zh" ? b : a; }

void merge_into(Run& into, const Run& from, bool keep_lang) {
  into.first = std::min(into.first, from.first);
  into.end = std::max(into.end, from.end);
  if (!keep_lang) into.lang = merged_lang(into.lang, from.lang);
  into.counts.add(from.counts);
}

void merge_adjacent(std::vector<Run>& runs) {
  for (std::size_t i = 1; i < runs.size();) {
    if (compatible(runs[i - 1].lang, runs[i].lang)) {
      merge_into(runs[i - 1], runs[i], false);
      runs.erase(runs.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      ++i;
    }
  }
}

// Folds the weakest run below `threshold` into its larger neighbour, until
// none is left or one run remains.
void absorb_weak(std::vector<Run>& runs, auto&& below_threshold) {
  while (runs.size() > 1) {
    std::size_t weakest = runs.size();
    for (std::size_t i = 0; i < runs.size(); ++i) {
      if (!below_threshold(runs[i])) continue;
      if (weakest == runs.size() || runs[i].counts.evidence() < runs[weakest].counts.evidence()) weakest = i;
    }
    if (weakest == runs.size()) return;
    std::size_t into;
    if (weakest == 0) into = 1;
    else if (weakest + 1 == runs.size()) into = weakest - 1;
    else into = runs[weakest - 1].counts.evidence() >= runs[weakest + 1].counts.evidence() ? weakest - 1 : weakest + 1;
    merge_into(runs[into], runs[weakest], true);
    runs.erase(runs.begin() + static_cast<std::ptrdiff_t>(weakest));
    merge_adjacent(runs);
  }
}

ScriptCounts count_range(const model::ParsedFile& file, std::uint32_t first, std::uint32_t end) {
  ScriptCounts c;
  for (std::uint32_t b = first; b < end; ++b) c.add(count_scripts(file.blocks[b].text.view()));
  return c;
}

}  // namespace

std::vector<std::uint32_t> top_level_blocks(const model::ParsedFile& file) {
  std::vector<std::uint32_t> tops;
  for (std::uint32_t i = 0; i < file.blocks.size(); ++i)
    if (file.blocks[i].parent < 0) tops.push_back(i);
  return tops;
}

void line_range(const model::ParsedFile& file, std::uint32_t first_block, std::uint32_t end_block,
                std::uint32_t& line, std::uint32_t& end_line) {
  line = end_line = 1;
  if (first_block >= end_block) return;
  const auto& lines = file.file().lines();
  std::uint32_t begin = file.blocks[first_block].source.begin, end = begin;
  for (std::uint32_t b = first_block; b < end_block; ++b) {
    begin = std::min(begin, file.blocks[b].source.begin);
    end = std::max(end, file.blocks[b].source.end);
  }
  line = lines.line_of(begin);
  end_line = end > begin ? lines.line_of(end - 1) : line;
}

std::vector<model::Version> bilingual_versions(const model::ParsedFile& file) {
  std::vector<model::Version> versions;
  const model::Format format = file.file().format();
  if (format != model::Format::xliff && format != model::Format::tmx) return versions;
  for (std::uint32_t b = 0; b < file.blocks.size(); ++b) {
    const std::string& lang = file.blocks[b].lang;
    if (lang.empty()) continue;
    auto it = std::find_if(versions.begin(), versions.end(), [&](const model::Version& v) { return v.lang == lang; });
    if (it == versions.end()) {
      model::Version v;
      v.lang = lang;
      v.lang_source = model::LangSource::format;
      v.file = &file;
      v.first_block = 0;
      v.end_block = static_cast<std::uint32_t>(file.blocks.size());
      v.filter_by_block_lang = true;
      v.line = std::numeric_limits<std::uint32_t>::max();
      v.end_line = 0;
      versions.push_back(v);
      it = versions.end() - 1;
    }
    std::uint32_t line, end_line;
    line_range(file, b, b + 1, line, end_line);
    it->line = std::min(it->line, line);
    it->end_line = std::max(it->end_line, end_line);
  }
  return versions;
}

std::vector<model::Version> split_versions(const model::ParsedFile& file, const SplitOptions& options) {
  std::vector<model::Version> versions;
  const std::vector<std::uint32_t> tops = top_level_blocks(file);
  const auto block_count = static_cast<std::uint32_t>(file.blocks.size());
  auto top_end = [&](std::size_t t) { return t + 1 < tops.size() ? tops[t + 1] : block_count; };

  auto make_version = [&](std::string lang, model::LangSource source, std::uint32_t first, std::uint32_t end) {
    model::Version v;
    v.lang = std::move(lang);
    v.lang_source = source;
    v.file = &file;
    v.first_block = first;
    v.end_block = end;
    line_range(file, first, end, v.line, v.end_line);
    return v;
  };

  if (!options.known_lang.empty()) {
    std::string lang = options.known_lang;
    if (lang == "zh") {  // a bare "zh": the text says which standard
      const std::string found = identify(count_range(file, 0, block_count));
      if (is_chinese(found)) lang = found;
    }
    versions.push_back(make_version(lang, options.known_source, 0, block_count));
    return versions;
  }
  if (tops.empty()) return versions;

  std::vector<Run> runs;
  for (std::size_t t = 0; t < tops.size(); ++t) {
    const ScriptCounts counts = count_range(file, tops[t], top_end(t));
    const std::string lang = identify(counts);
    if (lang == "und" && !runs.empty()) {
      runs.back().end = t + 1;
      runs.back().counts.add(counts);
    } else if (!runs.empty() && (runs.back().lang == "und" || compatible(runs.back().lang, lang))) {
      Run& r = runs.back();
      r.lang = r.lang == "und" ? lang : merged_lang(r.lang, lang);
      r.end = t + 1;
      r.counts.add(counts);
    } else {
      runs.push_back({lang, counts, t, t + 1});
    }
  }
  absorb_weak(runs, [](const Run& r) { return r.counts.evidence() < kMinRunEvidence; });
  std::uint32_t largest = 0;
  for (const Run& r : runs) largest = std::max(largest, r.counts.evidence());
  absorb_weak(runs, [&](const Run& r) { return r.counts.evidence() < kMinVersionShare * largest; });

  for (const Run& r : runs) {
    const std::uint32_t first = r.first == 0 ? 0 : tops[r.first];
    const std::uint32_t end = top_end(r.end - 1);
    versions.push_back(make_version(r.lang, model::LangSource::content, first, end));
  }
  return versions;
}

}  // namespace concord::lang
