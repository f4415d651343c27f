#pragma once
// Blocks that play the same part side by side, and so should end alike: the
// cells of one table column (header row and section rows left out) and the
// items of one list level.
#include <cstdint>
#include <vector>

#include "concord/model/document.hpp"

namespace concord::rules::punct {

struct SiblingGroup {
  enum class Kind { column, list } kind = Kind::list;
  std::vector<std::uint32_t> blocks;  // block indices, in document order
};

/// The table columns and lists of `version`. Column groups skip row 0 (the
/// header) and rows that stop at a column where most rows go on (a section
/// title spanning the row: "2 信息安全组织"). List groups gather the items of
/// one parent and level, across the deeper items and the content nested in
/// between; any other block ends the list.
std::vector<SiblingGroup> sibling_groups(const model::Version& version);

/// Whether list item `item` introduces a nested list (a lead-in, which ends
/// like a title rather than like its siblings).
bool has_nested_list(const model::Version& version, std::uint32_t item);

}  // namespace concord::rules::punct
