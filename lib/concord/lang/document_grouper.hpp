#pragma once
// Which files are versions of one document (CONTRACT.md, "How versions of one
// document are found"): sibling files whose names carry a language tag
// (privacy.en.md, privacy_zh-TW.md), files named by a tag alone in one folder
// (en.md, zh-CN.md), and locale folders at any depth (content/ja/x.md).
#include <optional>
#include <string>
#include <vector>

namespace concord::lang {

struct PathLanguage {
  std::string document_key;        // files with equal keys are one document
  std::optional<std::string> lang;  // normalized tag found in the path
};

/// What a path says about its document and language.
PathLanguage path_language(const std::string& path);

struct FileGroup {
  std::string id;                    // the document id shown in reports
  std::vector<std::size_t> files;    // indices into the input list, in input order
  std::vector<std::optional<std::string>> langs;  // per file, from its path
};

/// Groups `paths` (in the order given) into documents, ordered by their
/// first file.
std::vector<FileGroup> group_files(const std::vector<std::string>& paths);

}  // namespace concord::lang
