#pragma once
// The first step of every command that reads documents: collect the files
// under the given paths, read and parse them, group them into documents.
#include <optional>
#include <string>
#include <vector>

#include "common_options.hpp"
#include "concord/engine/workspace.hpp"

namespace concord::cli {

/// The workspace of `paths`, or nothing after printing why (a path that does
/// not exist or cannot be read: exit code kPath).
std::optional<engine::Workspace> load_inputs(const CommonOptions& options, const std::vector<std::string>& paths);

}  // namespace concord::cli
