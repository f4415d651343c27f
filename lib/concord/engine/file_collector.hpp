#pragma once
// Expanding the PATH arguments of `concord check` into the files to read.
#include <optional>
#include <string>
#include <vector>

namespace concord::engine {

struct CollectError {
  std::string path;
  std::string message;  // one line
};

struct Collected {
  std::vector<std::string> files;  // in argument order; directories walked in sorted order
  std::optional<CollectError> error;
};

/// Files given explicitly are always read (whatever their extension is);
/// directories contribute the files whose extension concord reads. Hidden
/// files and folders (.git) are skipped.
Collected collect_files(const std::vector<std::string>& paths);

}  // namespace concord::engine
