// `concord segment FILE`: show what concord sees in a file.
#include <memory>

#include "commands.hpp"
#include "common_options.hpp"
#include "concord/engine/file_collector.hpp"
#include "concord/engine/workspace.hpp"
#include "concord/lang/language_tag.hpp"
#include "concord/report/segment_report.hpp"
#include "concord/structure/outline.hpp"
#include "concord/text/analysis.hpp"

namespace concord::cli {
namespace {

struct SegmentOptions {
  CommonOptions common;
  std::vector<std::string> files;
  bool tokens = false;
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
  // Sentences and outlines per document, kept alive while the views point into them.
  std::vector<text::DocumentText> analyses;
  std::vector<structure::DocumentOutline> outlines;
  for (const auto& doc : workspace.documents()) {
    analyses.push_back(text::analyze(doc));
    outlines.push_back(structure::build_outlines(doc, analyses.back()));
  }
  Output output(o.common.output);
  bool first = true;
  if (o.common.format == "json" && workspace.files().size() > 1) output.stream() << "[\n";
  for (const auto& file : workspace.files()) {
    report::SegmentView view;
    view.file = file.get();
    for (std::size_t d = 0; d < workspace.documents().size(); ++d) {
      const auto& doc = workspace.documents()[d];
      for (std::size_t k = 0; k < doc.versions.size(); ++k) {
        if (doc.versions[k].file != file.get()) continue;
        view.versions.push_back(&doc.versions[k]);
        view.outlines.push_back(&outlines[d].versions[k]);
        if (o.tokens) view.texts.push_back(&analyses[d].versions[k]);
      }
    }
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
  cmd->add_flag("--tokens", o->tokens, "Also show sentences, tokens and extracted entities");
  return [o] { return run_segment(*o); };
}

}  // namespace concord::cli
