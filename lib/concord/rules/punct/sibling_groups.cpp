#include "concord/rules/punct/sibling_groups.hpp"

#include <map>
#include <utility>

namespace concord::rules::punct {
namespace {

using model::Block;
using model::BlockKind;

bool descends_from(const std::vector<Block>& blocks, std::uint32_t block, std::uint32_t ancestor) {
  for (std::int32_t p = blocks[block].parent; p >= 0; p = blocks[static_cast<std::size_t>(p)].parent)
    if (static_cast<std::uint32_t>(p) == ancestor) return true;
  return false;
}

// --- table columns -----------------------------------------------------------

struct CellRef {
  std::uint32_t block;
  std::int32_t row_block;
  std::uint16_t column;
};

// The last filled column of each row block.
std::map<std::int32_t, std::uint16_t> last_filled_columns(const std::vector<Block>& blocks,
                                                          const std::vector<CellRef>& cells) {
  std::map<std::int32_t, std::uint16_t> last;
  for (const CellRef& c : cells) {
    if (blocks[c.block].text.empty()) continue;
    auto [it, fresh] = last.emplace(c.row_block, c.column);
    if (!fresh && c.column > it->second) it->second = c.column;
  }
  return last;
}

// A row that stops at `column` while most rows go on past it is a title row.
bool stops_early(const std::map<std::int32_t, std::uint16_t>& last, std::int32_t row_block, std::uint16_t column) {
  const auto own = last.find(row_block);
  if (own == last.end() || own->second > column) return false;
  std::size_t longer = 0;
  for (const auto& [row, col] : last) longer += col > column;
  return longer * 2 > last.size();
}

void add_columns(const model::Version& version, std::vector<SiblingGroup>& out) {
  const std::vector<Block>& blocks = version.file->blocks;
  std::map<std::int32_t, std::vector<CellRef>> by_table;  // table block → body cells
  for (std::uint32_t b = version.first_block; b < version.end_block; ++b) {
    const Block& cell = blocks[b];
    if (cell.kind != BlockKind::table_cell || !version.contains(b) || cell.row == 0 || cell.parent < 0) continue;
    const std::int32_t table = blocks[static_cast<std::size_t>(cell.parent)].parent;
    by_table[table].push_back({b, cell.parent, cell.column});
  }
  for (const auto& [table, cells] : by_table) {
    const auto last = last_filled_columns(blocks, cells);
    std::map<std::uint16_t, SiblingGroup> columns;
    for (const CellRef& c : cells) {
      if (stops_early(last, c.row_block, c.column)) continue;
      SiblingGroup& g = columns[c.column];
      g.kind = SiblingGroup::Kind::column;
      g.blocks.push_back(c.block);
    }
    for (auto& [column, group] : columns) out.push_back(std::move(group));
  }
}

// --- lists -------------------------------------------------------------------

// Whether `block`, met after list items, lies inside the list at `level`
// under `parent` without ending it: a deeper item, or content of an item.
bool inside_list(const std::vector<Block>& blocks, std::uint32_t block, std::int32_t parent, std::uint16_t level) {
  const Block& b = blocks[block];
  if (b.kind == BlockKind::list_item && b.level > level) return true;
  for (std::int32_t p = b.parent; p >= 0 && p != parent; p = blocks[static_cast<std::size_t>(p)].parent) {
    const Block& a = blocks[static_cast<std::size_t>(p)];
    if (a.kind == BlockKind::list_item && a.parent == parent && a.level == level) return true;
  }
  return false;
}

void add_lists(const model::Version& version, std::vector<SiblingGroup>& out) {
  const std::vector<Block>& blocks = version.file->blocks;
  // Open lists by (parent, level), with the index of their group in `out`.
  std::map<std::pair<std::int32_t, std::uint16_t>, std::size_t> open;
  for (std::uint32_t b = version.first_block; b < version.end_block; ++b) {
    if (!version.contains(b)) continue;
    const Block& block = blocks[b];
    // Close the lists this block does not belong inside.
    for (auto it = open.begin(); it != open.end();) {
      const bool same_list = block.kind == BlockKind::list_item && block.parent == it->first.first &&
                             block.level == it->first.second;
      if (same_list || inside_list(blocks, b, it->first.first, it->first.second)) {
        ++it;
      } else {
        it = open.erase(it);
      }
    }
    if (block.kind != BlockKind::list_item) continue;
    const auto key = std::make_pair(block.parent, block.level);
    auto found = open.find(key);
    if (found == open.end()) {
      out.push_back({SiblingGroup::Kind::list, {}});
      found = open.emplace(key, out.size() - 1).first;
    }
    out[found->second].blocks.push_back(b);
  }
}

}  // namespace

std::vector<SiblingGroup> sibling_groups(const model::Version& version) {
  std::vector<SiblingGroup> out;
  add_columns(version, out);
  add_lists(version, out);
  return out;
}

bool has_nested_list(const model::Version& version, std::uint32_t item) {
  const std::vector<Block>& blocks = version.file->blocks;
  const Block& own = blocks[item];
  for (std::uint32_t b = item + 1; b < version.end_block; ++b) {
    const Block& next = blocks[b];
    // Plain text has no parents: a deeper item right after is nested.
    if (b == item + 1 && next.kind == BlockKind::list_item && next.parent == own.parent && next.level > own.level)
      return true;
    if (!descends_from(blocks, b, item)) return false;
    if (next.kind == BlockKind::list_item) return true;
  }
  return false;
}

}  // namespace concord::rules::punct
