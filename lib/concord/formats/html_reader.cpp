#include "concord/formats/html_reader.hpp"

#include <exception>
#include <string>

#include "concord/formats/html_block_builder.hpp"
#include "concord/formats/html_source_tree.hpp"

namespace concord::formats {
namespace {

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n\f") == std::string_view::npos; }

// <html lang="…">: the language the page says it is written in.
std::string page_language(const html::SourceTree& tree) {
  for (std::uint32_t child : tree.nodes.front().children) {
    const html::Node& node = tree.nodes[child];
    if (!node.is_element("html")) continue;
    std::string lang;
    html::declared_language(node, lang);
    return lang;
  }
  return {};
}

void read(model::ParsedFile& file) {
  const std::string_view text = file.file().text();
  const html::SourceTree tree = html::parse_source_tree(text);
  if (!tree.parsed) {
    file.problems.push_back({"input/malformed", "the HTML parser could not read this file",
                             file.file().position(tree.stopped_at)});
  } else if (tree.stopped_at < text.size() && !blank(text.substr(tree.stopped_at))) {
    file.problems.push_back({"input/malformed", "the HTML parser stopped reading here; the rest of the file is not checked",
                             file.file().position(tree.stopped_at)});
  }
  if (tree.nodes.empty()) return;

  file.declared_lang = page_language(tree);
  for (const html::Comment& comment : tree.comments) file.directives.push_back({comment.source, comment.body});
  html::build_blocks(tree, file.declared_lang, file.blocks);
}

}  // namespace

void read_html(model::ParsedFile& file) {
  // Nothing may escape a reader; running out of memory on a huge page ends
  // the reading of that file only.
  try {
    read(file);
  } catch (const std::exception& e) {
    file.blocks.clear();
    file.problems.push_back({"input/malformed", std::string("the HTML reader failed: ") + e.what(), file.file().position(0)});
  }
}

}  // namespace concord::formats
