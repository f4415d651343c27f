#pragma once
// Splitting one file into language versions. A file named for its language
// (privacy.ja.md) is one version; a file holding the same text in several
// languages one after another (seed 000: English, then Traditional, then
// Simplified Chinese) becomes one version per language block.
#include <string>
#include <vector>

#include "concord/model/document.hpp"

namespace concord::lang {

struct SplitOptions {
  std::string known_lang;  // from the file name, --lang or the format; empty = identify
  model::LangSource known_source = model::LangSource::content;
};

std::vector<model::Version> split_versions(const model::ParsedFile& file, const SplitOptions& options);

/// For bilingual files (XLIFF, TMX), whose blocks carry their own language:
/// one version per language, each filtering the shared block range. Empty for
/// other files.
std::vector<model::Version> bilingual_versions(const model::ParsedFile& file);

/// Indices of the top-level blocks of `file`, in order.
std::vector<std::uint32_t> top_level_blocks(const model::ParsedFile& file);

/// First and last line of a block range (lines with content).
void line_range(const model::ParsedFile& file, std::uint32_t first_block, std::uint32_t end_block,
                std::uint32_t& line, std::uint32_t& end_line);

}  // namespace concord::lang
