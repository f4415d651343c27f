#pragma once
// The subcommands. Each registers its options on the CLI11 app and returns a
// runner that gives the exit code.
#include <functional>

#include <CLI/CLI.hpp>

namespace concord::cli {

using Runner = std::function<int()>;

Runner add_check_command(CLI::App& app);
Runner add_align_command(CLI::App& app);
Runner add_segment_command(CLI::App& app);
Runner add_rules_command(CLI::App& app);

}  // namespace concord::cli
