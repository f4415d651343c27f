#pragma once
// cmark-gfm 0.29 is not thread-safe while it parses: the inline parser's
// table of special characters is a global that each parse with extensions
// changes (their characters are added at the start and removed at the end).
// Files are read in parallel, so every cmark parse holds this lock; walking
// the finished tree does not need it.
#include <mutex>

namespace concord::formats::markdown {

[[nodiscard]] std::unique_lock<std::mutex> lock_cmark_parsing();

}  // namespace concord::formats::markdown
