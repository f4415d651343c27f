#include "concord/engine/file_collector.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "concord/formats/loader.hpp"

namespace concord::engine {
namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

void walk(const fs::path& dir, std::vector<std::string>& out) {
  std::vector<fs::path> entries;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(it->path());
  std::sort(entries.begin(), entries.end());
  for (const fs::path& p : entries) {
    if (hidden(p)) continue;
    std::error_code sec;
    if (fs::is_directory(p, sec)) {
      walk(p, out);
    } else if (fs::is_regular_file(p, sec) && formats::format_for_path(p.string())) {
      out.push_back(p.generic_string());
    }
  }
}

}  // namespace

Collected collect_files(const std::vector<std::string>& paths) {
  Collected result;
  std::set<std::string> seen;
  for (const std::string& arg : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      result.error = CollectError{arg, "no such file or directory"};
      return result;
    }
    std::vector<std::string> found;
    if (fs::is_directory(st)) {
      walk(arg, found);
    } else {
      found.push_back(fs::path(arg).generic_string());
    }
    for (auto& f : found)
      if (seen.insert(f).second) result.files.push_back(std::move(f));
  }
  return result;
}

}  // namespace concord::engine
