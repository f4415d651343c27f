#include "load_inputs.hpp"

#include "concord/engine/file_collector.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::cli {

std::optional<engine::Workspace> load_inputs(const CommonOptions& o, const std::vector<std::string>& paths) {
  const engine::Collected collected = engine::collect_files(paths);
  if (collected.error) {
    print_error(collected.error->path + ": " + collected.error->message);
    return std::nullopt;
  }
  engine::WorkspaceOptions wo;
  wo.forced_lang = o.lang.empty() ? "" : lang::normalize_tag(o.lang);
  wo.load.forced_encoding = o.encoding;
  wo.jobs = o.effective_jobs();
  engine::Workspace workspace = engine::Workspace::load(collected.files, wo);
  if (!workspace.failures().empty()) {
    print_error(workspace.failures().front().message);
    return std::nullopt;
  }
  return workspace;
}

}  // namespace concord::cli
