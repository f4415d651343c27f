// `concord segment FILE`: show what concord sees in a file.
#include <memory>

#include "commands.hpp"
#include "common_options.hpp"
#include "concord/engine/file_collector.hpp"
#include "concord/engine/workspace.hpp"
#include "concord/lang/language_tag.hpp"
#include "concord/report/segment_report.hpp"

namespace concord::cli {
namespace {

struct SegmentOptions {
  CommonOptions common;
  std::vector<std::string> files;
};

int run_segment(const SegmentOptions& o) {
  configure_logging(o.common);
  const engine::Collected collected = engine::collect_files(o.files);
  if (collected.error) {
    print_error(collected.error->path + ": " + collected.error->message);
    return kPath;
  }
  engine::WorkspaceOptions wo;
  wo.forced_lang = o.common.lang.empty() ? "" : lang::normalize_tag(o.common.lang);
  wo.load.forced_encoding = o.common.encoding;
  wo.jobs = o.common.effective_jobs();
  const engine::Workspace workspace = engine::Workspace::load(collected.files, wo);
  if (!workspace.failures().empty()) {
    print_error(workspace.failures().front().message);
    return kPath;
  }
  Output output(o.common.output);
  bool first = true;
  if (o.common.format == "json" && workspace.files().size() > 1) output.stream() << "[\n";
  for (const auto& file : workspace.files()) {
    report::SegmentView view;
    view.file = file.get();
    for (const auto& doc : workspace.documents())
      for (const auto& v : doc.versions)
        if (v.file == file.get()) view.versions.push_back(&v);
    if (o.common.format == "json") {
      if (!first) output.stream() << ",\n";
      report::write_segment_json(output.stream(), view);
    } else {
      if (!first) output.stream() << '\n';
      report::write_segment_text(output.stream(), view);
    }
    first = false;
  }
  if (o.common.format == "json" && workspace.files().size() > 1) output.stream() << "]\n";
  return output.commit() ? kClean : kPath;
}

}  // namespace

Runner add_segment_command(CLI::App& app) {
  auto o = std::make_shared<SegmentOptions>();
  CLI::App* cmd = app.add_subcommand("segment", "Show versions, languages, blocks as concord sees them");
  add_common_options(*cmd, o->common, {"text", "json"});
  cmd->add_option("file", o->files, "File(s) to show")->required();
  return [o] { return run_segment(*o); };
}

}  // namespace concord::cli
