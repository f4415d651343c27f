// concord: a linter for policy documents published in several languages.
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "common_options.hpp"
#include "concord/version.hpp"

int main(int argc, char** argv) {
  using namespace concord::cli;
  CLI::App app{"concord: checks that the language versions of a policy document say the same thing"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(concord::version()));

  const std::map<std::string, Runner> runners = {
      {"check", add_check_command(app)},
      {"align", add_align_command(app)},
      {"segment", add_segment_command(app)},
      {"rules", add_rules_command(app)},
  };
  app.add_subcommand("version", "Print the version");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kClean : kUsage;
  }
  CLI::App* chosen = app.get_subcommands().front();
  if (chosen->get_name() == "version") {
    std::cout << "concord " << concord::version() << '\n';
    return kClean;
  }
  try {
    return runners.at(chosen->get_name())();
  } catch (const std::exception& e) {
    print_error(std::string("internal error: ") + e.what());
    return kUsage;
  }
}
