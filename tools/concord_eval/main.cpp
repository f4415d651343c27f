// concord-eval: measures concord against hand-made gold alignments
// (`concord-eval gold`) and against drift injected into real documents
// (`concord-eval drift`). The figures go in docs/accuracy.md.
#include <cstdio>
#include <iostream>
#include <map>
#include <string>

#include <CLI/CLI.hpp>

#include "alignment_eval.hpp"
#include "drift_eval.hpp"

namespace {

void print_row(const std::string& name, const concord::eval::Score& sections, const concord::eval::Score& sentences) {
  std::printf("| %s | %zu | %.3f | %.3f | %.3f | %zu | %.3f | %.3f | %.3f |\n", name.c_str(), sections.gold,
              sections.precision(), sections.recall(), sections.f1(), sentences.gold, sentences.precision(),
              sentences.recall(), sentences.f1());
}

int run_gold(const std::string& root, const std::string& gold_dir, double min_section_f1, double min_sentence_f1,
             bool show) {
  std::vector<std::string> errors;
  const auto results = concord::eval::evaluate_gold(root, gold_dir, errors, show);
  for (const std::string& e : errors) std::cerr << "concord-eval: " << e << '\n';
  std::printf("| document | pair | sections | P | R | F1 | sentence beads | P | R | F1 |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
  concord::eval::Score all_sections, all_sentences;
  std::map<std::string, std::pair<concord::eval::Score, concord::eval::Score>> by_pair;
  for (const auto& r : results) {
    print_row(r.document + " | " + r.a + "–" + r.b, r.sections, r.sentences);
    all_sections.add(r.sections);
    all_sentences.add(r.sentences);
    auto& p = by_pair[r.a + "–" + r.b];
    p.first.add(r.sections);
    p.second.add(r.sentences);
  }
  for (const auto& [pair, scores] : by_pair) print_row("**all** | " + pair, scores.first, scores.second);
  print_row("**all** | **all pairs**", all_sections, all_sentences);
  if (!errors.empty()) return 2;
  if (all_sections.f1() < min_section_f1 || all_sentences.f1() < min_sentence_f1) {
    std::fprintf(stderr, "concord-eval: section F1 %.3f (needs %.2f), sentence F1 %.3f (needs %.2f)\n",
                 all_sections.f1(), min_section_f1, all_sentences.f1(), min_sentence_f1);
    return 1;
  }
  return 0;
}

int run_drift(const std::string& root, const concord::eval::DriftOptions& options, double min_recall,
              double min_precision) {
  const auto scores = concord::eval::evaluate_drift(root + "/corpora/real", options);
  std::printf("| defect | injected | found | recall | parity findings added | of them the defect | precision |\n");
  std::printf("|---|---|---|---|---|---|---|\n");
  concord::eval::DriftScore all;
  bool below = false;
  for (const auto& [kind, s] : scores) {
    std::printf("| %s | %zu | %zu | %.3f | %zu | %zu | %.3f |\n", kind.c_str(), s.injected, s.found, s.recall(), s.added,
                s.correct, s.precision());
    all.injected += s.injected;
    all.found += s.found;
    all.added += s.added;
    all.correct += s.correct;
    below |= s.recall() < min_recall || s.precision() < min_precision;
  }
  std::printf("| **all** | %zu | %zu | %.3f | %zu | %zu | %.3f |\n", all.injected, all.found, all.recall(), all.added,
              all.correct, all.precision());
  return below ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"concord-eval: alignment accuracy and drift recall of concord"};
  app.require_subcommand(1);
  std::string root = ".";
  app.add_option("--root", root, "Project root (paths in the gold files are relative to it)");
  CLI::App* gold = app.add_subcommand("gold", "Score the alignment against corpora/gold");
  std::string gold_dir = "corpora/gold";
  double min_section = 0, min_sentence = 0;
  gold->add_option("--gold-dir", gold_dir, "Folder of gold alignments");
  gold->add_option("--min-section-f1", min_section, "Fail below this section F1 (all pairs)");
  gold->add_option("--min-sentence-f1", min_sentence, "Fail below this sentence F1 (all pairs)");
  bool show = false;
  gold->add_flag("--show-errors", show, "Print the beads that differ from the gold to stderr");
  CLI::App* drift = app.add_subcommand("drift", "Inject drift into corpora/real and measure what is reported");
  concord::eval::DriftOptions drift_options;
  double min_recall = 0, min_precision = 0;
  drift->add_option("--seed", drift_options.seed, "Random seed (the same seed injects the same defects)");
  drift->add_option("--per-kind", drift_options.per_kind, "Defects injected per kind");
  drift->add_flag("--show-errors", drift_options.show, "Print missed defects and false alarms to stderr");
  drift->add_option("--min-recall", min_recall, "Fail when a kind's recall is below this");
  drift->add_option("--min-precision", min_precision, "Fail when a kind's precision is below this");
  CLI11_PARSE(app, argc, argv);
  if (drift->parsed()) return run_drift(root, drift_options, min_recall, min_precision);
  if (gold->parsed()) return run_gold(root, root + "/" + gold_dir, min_section, min_sentence, show);
  return 2;
}
