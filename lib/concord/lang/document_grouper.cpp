#include "concord/lang/document_grouper.hpp"

#include <filesystem>
#include <map>

#include "concord/lang/language_tag.hpp"

namespace concord::lang {
namespace {

bool is_separator(char c) { return c == '.' || c == '_' || c == '-'; }

// "code-of-conduct.zh-tw" → {"code-of-conduct", "zh-Hant"}: the longest run
// of trailing subtags that is a language tag, after a separator.
std::optional<std::pair<std::string, std::string>> split_stem_tag(const std::string& stem) {
  std::vector<std::size_t> seps;
  for (std::size_t i = 0; i < stem.size(); ++i)
    if (is_separator(stem[i])) seps.push_back(i);
  const std::size_t n = seps.size();
  for (std::size_t k = std::min<std::size_t>(3, n); k >= 1; --k) {
    const std::size_t at = seps[n - k];
    std::string candidate = stem.substr(at + 1);
    // Subtags inside a tag are joined by '-' or '_', never '.'.
    if (candidate.find('.') != std::string::npos) continue;
    if (auto tag = parse_tag(candidate)) return std::make_pair(stem.substr(0, at), *tag);
  }
  return std::nullopt;
}

}  // namespace

PathLanguage path_language(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path p(path);
  const std::string dir = p.parent_path().generic_string();
  const std::string stem = p.stem().string();
  const std::string prefix = dir.empty() ? "" : dir + "/";

  if (auto tag = parse_tag(stem)) return {prefix.empty() ? "." : dir, *tag};
  if (auto split = split_stem_tag(stem)) return {prefix + split->first, split->second};

  // Locale folders: the deepest directory named by a language tag.
  std::vector<std::string> parts;
  for (const auto& part : p.parent_path()) parts.push_back(part.string());
  for (std::size_t i = parts.size(); i-- > 0;) {
    if (auto tag = parse_tag(parts[i])) {
      std::string key;
      for (std::size_t j = 0; j < parts.size(); ++j) {
        if (!key.empty() && key.back() != '/') key += "/";
        key += j == i ? "*" : parts[j];
      }
      return {key + "/" + stem, *tag};
    }
  }
  return {path, std::nullopt};
}

std::vector<FileGroup> group_files(const std::vector<std::string>& paths) {
  std::vector<FileGroup> groups;
  std::map<std::string, std::size_t> by_key;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    PathLanguage pl = path_language(paths[i]);
    // Untagged files are documents of their own, keyed by their full path.
    auto [it, inserted] = by_key.try_emplace(pl.document_key, groups.size());
    if (inserted) groups.push_back({pl.lang ? pl.document_key : paths[i], {}, {}});
    groups[it->second].files.push_back(i);
    groups[it->second].langs.push_back(pl.lang);
  }
  return groups;
}

}  // namespace concord::lang
