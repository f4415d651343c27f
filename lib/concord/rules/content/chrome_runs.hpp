#pragma once
// Grouping the blocks of a version into runs of web-page chrome. A run starts
// at an anchor (a block holding a chrome phrase) and ends at an anchor or at
// the end of a list an anchor introduces. Between anchors it takes only
// blocks that read like labels (short, no sentence end: "Videos", "Zoho CRM
// Training"); after a label-like anchor that is no list item ("溫馨提示") it
// takes the list that follows. Anything else, such as a paragraph of the
// policy, ends the run: prose is never swallowed. A run whose anchors are all
// weak ("溫馨提示", "評論" may head a notice of the policy) is no chrome.
#include <cstddef>
#include <vector>

namespace concord::rules {

struct ChromeCandidate {
  bool anchor = false;      // holds a chrome phrase
  bool strong = false;      // holds a phrase that is chrome on its own
  bool label_like = false;  // short, no sentence end
  bool list_item = false;
  bool barrier = false;     // never part of a run (a table cell)
};

struct ChromeRun {
  std::size_t first = 0;  // indices into the candidates, inclusive
  std::size_t last = 0;
};

std::vector<ChromeRun> chrome_runs(const std::vector<ChromeCandidate>& blocks);

}  // namespace concord::rules
