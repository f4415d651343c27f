#pragma once
// List numbering from word/numbering.xml: which format and level text each
// level of a list uses, and the running counters that turn a numbered
// paragraph into its marker ("1.", "(a)", "第一条", "•"). pugixml stays in
// the .cpp file.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "concord/formats/xml_tree.hpp"

namespace concord::formats {

class DocxNumbering {
 public:
  static constexpr int kLevels = 9;

  /// Reads numbering.xml; an unreadable part leaves the numbering empty and
  /// returns false with `error` set.
  bool parse(std::string_view xml, XmlError& error);

  /// The marker of the next paragraph numbered (num_id, level), advancing the
  /// counters (deeper levels restart); nothing when the list is unknown.
  std::optional<std::string> next_marker(int num_id, int level);

  struct Level {
    int start = 1;
    std::string format = "decimal";  // w:numFmt
    std::string text;                // w:lvlText, "%1." ; empty until read
    bool legal = false;              // w:isLgl: every number in decimal
    int restart_after = -1;          // w:lvlRestart; -1 = after any shallower level
  };
  struct Instance {
    int abstract_id = -1;
    std::array<std::optional<Level>, kLevels> overrides;     // w:lvlOverride/w:lvl
    std::array<std::optional<int>, kLevels> start_overrides;  // w:lvlOverride/w:startOverride
    bool restarts() const;  // whether it numbers on its own, not with its abstract list
  };

 private:
  const Level& level_of(const Instance& instance, int level) const;
  std::string render(const Instance& instance, const std::array<std::optional<int>, kLevels>& counters,
                     int level) const;

  std::map<int, std::array<Level, kLevels>> abstracts_;
  std::map<int, Instance> instances_;
  // Counters per list: instances that share an abstract list without
  // overriding a start continue its numbering, as Word does.
  std::map<std::pair<bool, int>, std::array<std::optional<int>, kLevels>> counters_;
};

}  // namespace concord::formats
