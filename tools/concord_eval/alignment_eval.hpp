#pragma once
// Precision, recall and F1 of concord's alignment against the gold
// alignments: strict (a bead counts only when it matches exactly), per
// language pair and over all pairs.
#include <string>
#include <vector>

namespace concord::eval {

struct Score {
  std::size_t system = 0, gold = 0, correct = 0;
  double precision() const { return system ? static_cast<double>(correct) / system : 1.0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  void add(const Score& o) {
    system += o.system;
    gold += o.gold;
    correct += o.correct;
  }
};

struct PairResult {
  std::string document;
  std::string a, b;  // languages
  Score sections, sentences;
};

/// Scores every gold file under `gold_dir` (paths in them relative to `root`).
/// Problems (a gold file that no longer matches concord's sentences) go to `errors`.
/// With `show` set, the beads that differ are printed to stderr.
std::vector<PairResult> evaluate_gold(const std::string& root, const std::string& gold_dir,
                                      std::vector<std::string>& errors, bool show = false);

}  // namespace concord::eval
