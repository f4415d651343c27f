#include "concord/formats/docx_paragraph.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <pugixml.hpp>

#include "concord/formats/docx_properties.hpp"
#include "concord/formats/xml_tree.hpp"
#include "concord/io/utf8.hpp"

namespace concord::formats {
namespace {

// Hyperlinks, content controls and revisions nest a few levels; a hostile
// file may nest thousands. Deeper content is skipped.
constexpr int kMaxNesting = 64;
constexpr std::size_t kMaxOpenFields = 64;

// Splits a field instruction into words, quoted arguments kept whole.
std::vector<std::string> field_words(std::string_view instruction) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < instruction.size()) {
    while (i < instruction.size() && std::isspace(static_cast<unsigned char>(instruction[i]))) ++i;
    if (i >= instruction.size()) break;
    std::string word;
    if (instruction[i] == '"') {
      const std::size_t close = instruction.find('"', i + 1);
      const std::size_t end = close == std::string_view::npos ? instruction.size() : close;
      word = std::string(instruction.substr(i + 1, end - i - 1));
      i = end + 1;
    } else {
      while (i < instruction.size() && !std::isspace(static_cast<unsigned char>(instruction[i])))
        word += instruction[i++];
    }
    words.push_back(std::move(word));
  }
  return words;
}

// A w:sym character, unless it lives in a symbol font's private use area.
std::string symbol(const pugi::xml_node& sym) {
  std::uint32_t cp = 0;
  const std::string_view hex = attribute_named(sym, "char");
  const auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), cp, 16);
  if (ec != std::errc() || end != hex.data() + hex.size()) return {};
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp >= 0xD800) return {};
  return utf8::encode(static_cast<char32_t>(cp));
}

bool is_line_break(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

}  // namespace

ParagraphText DocxParagraphReader::read(const pugi::xml_node& paragraph) {
  current_ = ParagraphText();
  read_runs(paragraph, 0);
  // Links of fields still open end with the paragraph.
  for (Field& field : fields_) {
    if (field.link) close_link(*field.link);
    field.link.reset();
  }
  return std::move(current_);
}

void DocxParagraphReader::read_runs(const pugi::xml_node& container, int depth) {
  if (depth > kMaxNesting) {
    too_deep_ = true;
    return;
  }
  for (pugi::xml_node child = container.first_child(); child; child = child.next_sibling()) {
    const std::string_view name = element_name(child);
    if (name == "r") {
      read_run(child);
    } else if (name == "hyperlink") {
      std::string target;
      if (const Relationship* r = relationships_.by_id(attribute_named(child, "id"))) target = r->target;
      const std::string_view anchor = attribute_named(child, "anchor");
      if (!anchor.empty()) target += "#" + std::string(anchor);
      const std::size_t span = open_link(std::move(target));
      read_runs(child, depth + 1);
      close_link(span);
    } else if (name == "fldSimple") {
      std::string target = hyperlink_field_target(attribute_named(child, "instr"));
      const std::optional<std::size_t> span =
          target.empty() ? std::nullopt : std::optional<std::size_t>(open_link(std::move(target)));
      read_runs(child, depth + 1);
      if (span) close_link(*span);
    } else if (name == "sdt") {
      read_runs(child_named(child, "sdtContent"), depth + 1);
    } else if (name == "ins" || name == "moveTo" || name == "smartTag" || name == "customXml" || name == "dir" ||
               name == "bdo") {
      read_runs(child, depth + 1);
    }
    // w:del and w:moveFrom hold deleted text; drawings, text boxes and
    // equations are not the paragraph's text.
  }
}

void DocxParagraphReader::read_run(const pugi::xml_node& run) {
  if (property_on(child_named(child_named(run, "rPr"), "vanish"))) return;  // hidden text
  for (pugi::xml_node child = run.first_child(); child; child = child.next_sibling()) {
    const std::string_view name = element_name(child);
    if (name == "t") append(child.text().get());
    else if (name == "tab" || name == "ptab") append("\t");
    else if (name == "br" || name == "cr") append(" ");
    else if (name == "noBreakHyphen") append("-");
    else if (name == "sym") append(symbol(child));
    else if (name == "fldChar") read_field_character(child);
    else if (name == "instrText" && !fields_.empty() && fields_.back().in_instruction)
      fields_.back().instruction += child.text().get();
  }
}

void DocxParagraphReader::read_field_character(const pugi::xml_node& fld_char) {
  const std::string_view type = attribute_named(fld_char, "fldCharType");
  if (type == "begin") {
    if (fields_.size() < kMaxOpenFields) fields_.push_back({});
  } else if (type == "separate" && !fields_.empty()) {
    Field& field = fields_.back();
    field.in_instruction = false;
    std::string target = hyperlink_field_target(field.instruction);
    if (!target.empty()) field.link = open_link(std::move(target));
  } else if (type == "end" && !fields_.empty()) {
    if (fields_.back().link) close_link(*fields_.back().link);
    fields_.pop_back();
  }
}

void DocxParagraphReader::append(std::string_view text) {
  // Text between a field's begin and separate is its code, not its result.
  if (std::any_of(fields_.begin(), fields_.end(), [](const Field& f) { return f.in_instruction; })) return;
  std::string& out = current_.text;
  for (std::size_t p = 0; p < text.size();) {
    const std::size_t start = p;
    const char32_t cp = utf8::next(text, p);
    if (is_line_break(cp)) out += ' ';                  // one paragraph, one line
    else if (cp == 0xFFFD) out += "\xEF\xBF\xBD";       // also for a byte that is not UTF-8
    else out.append(text.substr(start, p - start));
  }
}

std::size_t DocxParagraphReader::open_link(std::string target) {
  const auto at = static_cast<std::uint32_t>(current_.text.size());
  current_.links.push_back({model::InlineSpan::Kind::link, at, at, std::move(target)});
  return current_.links.size() - 1;
}

void DocxParagraphReader::close_link(std::size_t span) {
  if (span < current_.links.size()) current_.links[span].end = static_cast<std::uint32_t>(current_.text.size());
}

std::string hyperlink_field_target(std::string_view instruction) {
  const std::vector<std::string> words = field_words(instruction);
  if (words.empty()) return {};
  std::string keyword = words[0];
  for (char& c : keyword) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (keyword != "HYPERLINK") return {};
  std::string url, anchor;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "\\l" && i + 1 < words.size()) anchor = words[++i];
    else if ((w == "\\o" || w == "\\t") && i + 1 < words.size()) ++i;  // tooltip, target frame
    else if (!w.starts_with('\\') && url.empty()) url = w;
  }
  if (url.empty() && anchor.empty()) return {};
  return anchor.empty() ? url : url + "#" + anchor;
}

}  // namespace concord::formats
