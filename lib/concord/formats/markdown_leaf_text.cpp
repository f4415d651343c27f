#include "concord/formats/markdown_leaf_text.hpp"

#include "concord/formats/markdown_attributes.hpp"
#include "concord/formats/markdown_comments.hpp"
#include "concord/formats/markdown_source_aligner.hpp"
#include "concord/formats/markdown_text_builder.hpp"

namespace concord::formats::markdown {
namespace {

class InlineReader {
 public:
  InlineReader(std::string_view text, model::SourceRange range, LeafKind kind,
               std::vector<model::Directive>& directives)
      : text_(text),
        aligner_(text, range),
        builder_(attribute_ranges(text, range, kind == LeafKind::heading)),
        directives_(directives) {}

  SourceAligner& aligner() { return aligner_; }

  void enter(const Node& node) {
    switch (node.type) {
      case NodeType::text: {
        const auto pieces = aligner_.locate(node.literal, LiteralKind::text);
        if (!in_image_) builder_.append(pieces);
        break;
      }
      case NodeType::code: {
        const auto pieces = aligner_.locate(node.literal, LiteralKind::code_span);
        if (in_image_) break;
        builder_.open_span(model::InlineSpan::Kind::code);
        builder_.append(pieces);
        builder_.close_span();
        break;
      }
      case NodeType::softbreak:
      case NodeType::linebreak: {
        const std::uint32_t at = aligner_.skip_line_break();
        if (!in_image_) builder_.line_break(at);
        break;
      }
      case NodeType::html_inline: read_html(node.literal); break;
      case NodeType::link:
      case NodeType::image:
        forms_.push_back(aligner_.link_form());
        if (node.type == NodeType::image)
          ++in_image_;
        else if (!in_image_)
          builder_.open_span(model::InlineSpan::Kind::link, node.url);
        break;
      default: break;  // emphasis, strong, strikethrough: their children are read
    }
  }

  void exit(const Node& node) {
    if (node.type != NodeType::link && node.type != NodeType::image) return;
    if (node.type == NodeType::image)
      --in_image_;
    else if (!in_image_)
      builder_.close_span();
    if (!forms_.empty()) {
      aligner_.skip_link_tail(forms_.back());
      forms_.pop_back();
    }
  }

  void finish(model::Block& block) { builder_.finish(block); }

 private:
  // Inline HTML is not prose; an inline comment is a directive.
  void read_html(std::string_view html) {
    aligner_.locate(html, LiteralKind::html);
    if (!html.starts_with("<!--")) return;
    const model::SourceRange found = aligner_.last_match();
    if (found.end > found.begin)
      add_comment_directives(text_, found, directives_);
    else
      directives_.push_back({found, comment_body(html)});
  }

  std::string_view text_;
  SourceAligner aligner_;
  BlockTextBuilder builder_;
  std::vector<model::Directive>& directives_;
  int in_image_ = 0;                            // an image's description is not read
  std::vector<SourceAligner::LinkForm> forms_;  // of the open links and images
};

void append(model::MappedText& text, const AlignedPiece& piece) {
  if (piece.verbatim)
    text.append_source(piece.text, piece.source);
  else
    text.append_synthetic(piece.text, piece.source, piece.source_length);
}

}  // namespace

std::uint32_t read_inline_text(const Tree& tree, std::uint32_t leaf, std::string_view text, model::SourceRange range,
                               LeafKind kind, model::Block& block, std::vector<model::Directive>& directives) {
  InlineReader reader(text, range, kind, directives);
  // Lines that cmark-gfm moved out of a table's way (no position) keep their
  // definitions as text.
  if (kind == LeafKind::paragraph && tree.nodes[leaf].start_line > 0) reader.aligner().skip_reference_definitions();
  std::vector<std::uint32_t> open;  // nodes entered and not yet left
  for (std::uint32_t i = leaf + 1; i < tree.nodes[leaf].end; ++i) {
    while (!open.empty() && tree.nodes[open.back()].end <= i) {
      reader.exit(tree.nodes[open.back()]);
      open.pop_back();
    }
    reader.enter(tree.nodes[i]);
    open.push_back(i);
  }
  while (!open.empty()) {
    reader.exit(tree.nodes[open.back()]);
    open.pop_back();
  }
  reader.finish(block);
  return reader.aligner().text_begin();
}

model::MappedText read_code_text(std::string_view text, model::SourceRange range, std::string_view code, bool fenced) {
  model::MappedText out;
  SourceAligner aligner(text, range);
  if (fenced) aligner.skip_line_break();  // past the opening fence
  if (code.ends_with('\n')) code.remove_suffix(1);
  for (std::size_t pos = 0; pos <= code.size();) {
    std::size_t end = code.find('\n', pos);
    if (end == std::string_view::npos) end = code.size();
    if (pos > 0) {
      const std::uint32_t at = aligner.skip_line_break();
      if (at < text.size() && text[at] == '\n')
        out.append_source("\n", at);
      else
        out.append_synthetic("\n", at, at < text.size() ? 1 : 0);
    }
    for (const AlignedPiece& piece : aligner.locate(code.substr(pos, end - pos), LiteralKind::code_line))
      append(out, piece);
    pos = end + 1;
  }
  return out;
}

}  // namespace concord::formats::markdown
