#pragma once
// Drift recall: inject one defect at a time into a real document set
// (delete a sentence or a section, duplicate a sentence, change a number or
// a link, put the English back in place of a translation, paste a
// Traditional copy after a Simplified sentence) and check that concord
// reports it with the right rule at the right place, and how many of the
// parity findings the defect adds are that report.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace concord::eval {

struct DriftScore {
  std::size_t injected = 0;  // defects injected
  std::size_t found = 0;     // reported with the right rule at the right place
  std::size_t added = 0;     // parity findings the defects added
  std::size_t correct = 0;   // of those, the reports of the defect
  double recall() const { return injected ? static_cast<double>(found) / injected : 0.0; }
  double precision() const { return added ? static_cast<double>(correct) / added : 1.0; }
};

struct DriftOptions {
  unsigned seed = 1;
  std::size_t per_kind = 40;
  bool show = false;  // print the defects that were missed and the false alarms
};

/// Scores per kind of defect on the document sets under `corpus_dir`.
std::map<std::string, DriftScore> evaluate_drift(const std::string& corpus_dir, const DriftOptions& options);

}  // namespace concord::eval
