#pragma once
// What a format reader makes of one file: the block list, the directives
// (comments that carry suppressions), front-matter fields, and any problem
// that kept the reader from reading it.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "concord/model/block.hpp"
#include "concord/model/source_file.hpp"

namespace concord::model {

/// A comment in the source kept for its instructions to concord
/// (`<!-- concord-disable parity/extra-section -->`).
struct Directive {
  SourceRange source;
  std::string text;  // the comment body, trimmed
};

/// Why a file could not be read (or read completely): `input/undecodable` or
/// `input/malformed`, at a position in the original file.
struct InputProblem {
  std::string rule;
  std::string message;
  Position position;
};

struct FrontMatter {
  SourceRange source;
  std::vector<std::pair<std::string, std::string>> fields;  // in file order

  const std::string* find(std::string_view key) const;
};

struct ParsedFile {
  std::unique_ptr<SourceFile> source;
  std::vector<Block> blocks;
  std::vector<Directive> directives;
  FrontMatter front_matter;
  std::vector<InputProblem> problems;
  std::string declared_lang;  // a language the file itself declares (xml:lang, <html lang>)

  const SourceFile& file() const { return *source; }
  /// Whether the file could not be read at all (its blocks are empty).
  bool unreadable() const { return !problems.empty() && blocks.empty(); }
};

}  // namespace concord::model
