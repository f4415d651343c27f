#include "concord/engine/workspace.hpp"

#include <spdlog/spdlog.h>

#include "concord/engine/parallel.hpp"
#include "concord/io/read_file.hpp"
#include "concord/lang/document_grouper.hpp"
#include "concord/lang/version_splitter.hpp"

namespace concord::engine {

std::vector<model::Document> build_documents(const std::vector<const model::ParsedFile*>& files,
                                             const std::string& forced_lang) {
  std::vector<std::string> paths;
  for (const auto* f : files) paths.push_back(f->file().path());
  std::vector<model::Document> documents;
  for (const lang::FileGroup& group : lang::group_files(paths)) {
    model::Document doc;
    doc.id = group.id;
    for (std::size_t k = 0; k < group.files.size(); ++k) {
      const model::ParsedFile& file = *files[group.files[k]];
      doc.files.push_back(&file);
      if (file.unreadable()) continue;
      if (auto bilingual = lang::bilingual_versions(file); !bilingual.empty()) {
        for (model::Version& v : bilingual) doc.versions.push_back(std::move(v));
        continue;
      }
      lang::SplitOptions split;
      if (group.langs[k]) {
        split.known_lang = *group.langs[k];
        split.known_source = model::LangSource::name;
      } else if (!file.declared_lang.empty()) {
        split.known_lang = file.declared_lang;
        split.known_source = model::LangSource::format;
      } else if (!forced_lang.empty()) {
        split.known_lang = forced_lang;
        split.known_source = model::LangSource::option;
      }
      for (model::Version& v : lang::split_versions(file, split)) doc.versions.push_back(std::move(v));
    }
    documents.push_back(std::move(doc));
  }
  return documents;
}

Workspace Workspace::load(const std::vector<std::string>& files, const WorkspaceOptions& options) {
  Workspace ws;
  std::vector<std::unique_ptr<model::ParsedFile>> parsed(files.size());
  std::vector<std::optional<ReadFailure>> failures(files.size());
  parallel_for(files.size(), options.jobs, [&](std::size_t i) {
    io::ReadResult read = io::read_file(files[i]);
    if (read.error) {
      failures[i] = ReadFailure{files[i], read.error->message};
      return;
    }
    const model::Format format = formats::format_for_path(files[i]).value_or(model::Format::plain_text);
    spdlog::debug("reading {} as {}", files[i], model::to_string(format));
    parsed[i] = formats::parse_bytes(files[i], std::move(read.bytes), format, options.load);
  });
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (failures[i]) ws.failures_.push_back(*failures[i]);
    if (parsed[i]) ws.files_.push_back(std::move(parsed[i]));
  }
  std::vector<const model::ParsedFile*> views;
  for (const auto& f : ws.files_) views.push_back(f.get());
  ws.documents_ = build_documents(views, options.forced_lang);
  return ws;
}

}  // namespace concord::engine
