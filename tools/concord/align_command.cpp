// `concord align PATH...`: how the language versions of each document line
// up, section by section and sentence by sentence.
#include <memory>

#include "commands.hpp"
#include "common_options.hpp"
#include "concord/align/units.hpp"
#include "concord/report/align_report.hpp"
#include "load_inputs.hpp"

namespace concord::cli {
namespace {

struct AlignOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::size_t width = 160;
};

int run_align(const AlignOptions& o) {
  configure_logging(o.common);
  const std::optional<engine::Config> config = load_settings(o.common);
  if (!config) return kUsage;
  const std::optional<engine::Workspace> workspace = load_inputs(o.common, o.paths);
  if (!workspace) return kPath;
  const std::string reference = !o.common.reference.empty() ? o.common.reference : config->reference.value_or("en");
  const auto& documents = workspace->documents();
  // Analyses per document, alive while the views point into them.
  std::vector<text::DocumentText> texts(documents.size());
  std::vector<structure::DocumentOutline> outlines(documents.size());
  std::vector<align::DocumentAlignment> alignments(documents.size());
  std::vector<report::AlignView> views;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    texts[d] = text::analyze(documents[d]);
    outlines[d] = structure::build_outlines(documents[d], texts[d]);
    alignments[d] = align::align_document(documents[d], texts[d], outlines[d], reference);
    report::AlignView view{&documents[d], &texts[d], &outlines[d], &alignments[d], {}};
    view.units = align::build_units(documents[d], alignments[d], outlines[d]);
    views.push_back(std::move(view));
  }
  Output output(o.common.output);
  if (o.common.format == "json") {
    report::write_align_json(output.stream(), views);
  } else {
    for (std::size_t i = 0; i < views.size(); ++i) {
      if (i > 0) output.stream() << '\n';
      report::write_align_text(output.stream(), views[i], o.width);
    }
  }
  return output.commit() ? kClean : kPath;
}

}  // namespace

Runner add_align_command(CLI::App& app) {
  auto o = std::make_shared<AlignOptions>();
  CLI::App* cmd = app.add_subcommand(
      "align", "Show how the language versions line up, section by section and sentence by sentence");
  add_common_options(*cmd, o->common, {"text", "json"});
  cmd->add_option("paths", o->paths, "Files and directories")->required();
  cmd->add_option("--width", o->width, "Width of the text view in columns (default 160)");
  return [o] { return run_align(*o); };
}

}  // namespace concord::cli
