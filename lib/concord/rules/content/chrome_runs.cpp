#include "concord/rules/content/chrome_runs.hpp"

namespace concord::rules {
namespace {

bool anchors(const ChromeCandidate& c) { return c.anchor && !c.barrier; }

// A block that may stand between two anchors: a label, not prose.
bool bridges(const ChromeCandidate& c) { return c.label_like && !c.anchor && !c.barrier; }

}  // namespace

std::vector<ChromeRun> chrome_runs(const std::vector<ChromeCandidate>& blocks) {
  std::vector<ChromeRun> runs;
  const std::size_t n = blocks.size();
  for (std::size_t i = 0; i < n;) {
    if (!anchors(blocks[i])) {
      ++i;
      continue;
    }
    ChromeRun run{i, i};
    for (;;) {
      std::size_t next = run.last + 1;
      // A label-like anchor introduces the list under it (溫馨提示 and the
      // site's rules); an item of a list introduces nothing.
      const ChromeCandidate& end = blocks[run.last];
      if (end.anchor && end.label_like && !end.list_item && next < n && blocks[next].list_item &&
          !blocks[next].barrier) {
        while (next < n && blocks[next].list_item && !blocks[next].barrier) ++next;
        run.last = next - 1;
        continue;
      }
      // Labels up to the next anchor join the run; prose ends it.
      while (next < n && bridges(blocks[next])) ++next;
      if (next < n && anchors(blocks[next])) {
        run.last = next;
        continue;
      }
      break;
    }
    bool strong = false;
    for (std::size_t k = run.first; k <= run.last; ++k) strong |= blocks[k].anchor && blocks[k].strong;
    if (strong) runs.push_back(run);
    i = run.last + 1;
  }
  return runs;
}

}  // namespace concord::rules
