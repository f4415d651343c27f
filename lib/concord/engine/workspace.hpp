#pragma once
// Everything one run reads: the parsed files and the documents built from
// them. Owns the files; documents and findings point into it.
#include <memory>
#include <string>
#include <vector>

#include "concord/formats/loader.hpp"
#include "concord/model/document.hpp"

namespace concord::engine {

struct WorkspaceOptions {
  std::string forced_lang;  // --lang: the language of single-language inputs
  formats::LoadOptions load;
  unsigned jobs = 1;
};

struct ReadFailure {
  std::string path;
  std::string message;
};

class Workspace {
 public:
  /// Reads, parses and groups `files`. A file that cannot be read at all
  /// (permissions, vanished) is returned in `failures`.
  static Workspace load(const std::vector<std::string>& files, const WorkspaceOptions& options);

  const std::vector<std::unique_ptr<model::ParsedFile>>& files() const { return files_; }
  const std::vector<model::Document>& documents() const { return documents_; }
  const std::vector<ReadFailure>& failures() const { return failures_; }

 private:
  std::vector<std::unique_ptr<model::ParsedFile>> files_;
  std::vector<model::Document> documents_;
  std::vector<ReadFailure> failures_;
};

/// Builds the documents of already parsed files (exposed for tests).
std::vector<model::Document> build_documents(const std::vector<const model::ParsedFile*>& files,
                                             const std::string& forced_lang);

}  // namespace concord::engine
