#pragma once
// A document is one text published in several language versions. A version is
// a contiguous run of top-level blocks in one file: a whole file (privacy.ja.md),
// or one language block of a file that holds several (seed 000).
#include <cstdint>
#include <string>
#include <vector>

#include "concord/model/parsed_file.hpp"

namespace concord::model {

enum class LangSource : std::uint8_t {
  content,  // identified from the text
  name,     // from the file or folder name
  option,   // from --lang
  format,   // declared by the file (xml:lang, TMX/XLIFF language attributes)
};

struct Version {
  std::string lang;  // normalized BCP 47 tag
  LangSource lang_source = LangSource::content;
  const ParsedFile* file = nullptr;
  std::uint32_t first_block = 0;  // range in file->blocks
  std::uint32_t end_block = 0;
  std::uint32_t line = 1;  // first and last line with content
  std::uint32_t end_line = 1;
  /// For bilingual formats (XLIFF, TMX): only blocks with this language
  /// belong to the version, since both sides share one block range.
  bool filter_by_block_lang = false;

  bool contains(std::uint32_t block) const {
    if (block < first_block || block >= end_block) return false;
    return !filter_by_block_lang || file->blocks[block].lang == lang;
  }
};

struct Document {
  std::string id;
  std::vector<Version> versions;
  std::vector<const ParsedFile*> files;  // every file that contributes, in order
};

}  // namespace concord::model
