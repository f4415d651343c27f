#pragma once
// Builds one block's text from aligned pieces the way a reader reads it:
// lines joined like wrapped lines (no space between CJK characters, one
// otherwise, mapped to the line break), white space at line ends dropped,
// attribute syntax left out, inline spans (code, links) kept in text offsets.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "concord/formats/markdown_source_aligner.hpp"
#include "concord/model/block.hpp"

namespace concord::formats::markdown {

class BlockTextBuilder {
 public:
  /// Source bytes inside `excluded` (sorted) never reach the text.
  explicit BlockTextBuilder(std::vector<model::SourceRange> excluded = {});

  void append(const AlignedPiece& piece);
  void append(const std::vector<AlignedPiece>& pieces) {
    for (const AlignedPiece& p : pieces) append(p);
  }

  /// A soft or hard line break whose terminator is at `at`.
  void line_break(std::uint32_t at);

  /// Spans cover the content appended between open and close (without
  /// surrounding white space); empty spans are dropped.
  void open_span(model::InlineSpan::Kind kind, std::string target = {});
  void close_span();

  /// Moves the text and its spans (sorted by begin) into `block`.
  void finish(model::Block& block);

 private:
  struct HeldSpace {
    std::string text;
    std::uint32_t source;
    std::uint32_t source_length;
    bool verbatim;
  };
  struct OpenSpan {
    model::InlineSpan span;
    bool started = false;
  };

  void append_kept(const AlignedPiece& piece);
  void append_content(const AlignedPiece& piece);
  void hold_space(const AlignedPiece& piece);
  bool excluded(std::uint32_t offset) const;

  std::vector<model::SourceRange> excluded_;
  model::MappedText text_;
  std::vector<HeldSpace> held_;              // white space kept only if content follows on its line
  std::optional<std::uint32_t> pending_break_;
  std::vector<OpenSpan> open_;
  std::vector<model::InlineSpan> spans_;
};

}  // namespace concord::formats::markdown
