#include "concord/formats/markdown_front_matter.hpp"

#include <string>
#include <utility>

#include "concord/formats/markdown_lines.hpp"

namespace concord::formats::markdown {
namespace {

enum class Syntax { yaml, toml };

bool is_fence(std::string_view line, std::string_view fence) { return trim_blanks(line) == fence; }

bool closes(std::string_view line, Syntax syntax) {
  return syntax == Syntax::toml ? is_fence(line, "+++") : is_fence(line, "---") || is_fence(line, "...");
}

// A quoted scalar without its quotes and escapes; nothing when it is not
// closed on its line.
std::optional<std::string> unquote(std::string_view value) {
  const char quote = value.front();
  std::string out;
  for (std::size_t i = 1; i < value.size(); ++i) {
    const char c = value[i];
    if (quote == '"' && c == '\\' && i + 1 < value.size()) {
      const char e = value[++i];
      out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
    } else if (c == quote) {
      // YAML doubles a single quote inside single quotes.
      if (quote == '\'' && i + 1 < value.size() && value[i + 1] == '\'') {
        out += '\'';
        ++i;
      } else {
        return out;
      }
    } else {
      out += c;
    }
  }
  return std::nullopt;
}

// A plain scalar ends where a comment starts (" #").
std::string_view without_comment(std::string_view value) {
  for (std::size_t i = 1; i < value.size(); ++i)
    if (value[i] == '#' && is_blank_char(value[i - 1])) return trim_blanks(value.substr(0, i));
  return value;
}

// The value of a `key: value` (YAML) or `key = value` (TOML) line when it is
// a scalar; nested mappings, lists, block scalars and arrays are not.
std::optional<std::string> scalar(std::string_view value) {
  value = trim_blanks(value);
  if (value.empty()) return std::nullopt;
  const char first = value.front();
  if (first == '[' || first == '{' || first == '|' || first == '>' || first == '&' || first == '*')
    return std::nullopt;
  if (value.starts_with("\"\"\"") || value.starts_with("'''")) return std::nullopt;
  if (first == '"' || first == '\'') {
    if (auto unquoted = unquote(value)) return unquoted;
    return std::string(value);
  }
  return std::string(without_comment(value));
}

std::string key_of(std::string_view key) {
  key = trim_blanks(key);
  if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
    key = key.substr(1, key.size() - 2);
  return std::string(key);
}

std::optional<std::pair<std::string, std::string>> yaml_field(std::string_view line) {
  if (line.empty() || is_blank_char(line.front()) || line.front() == '#' || line.front() == '-') return std::nullopt;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != ':' || (i + 1 < line.size() && !is_blank_char(line[i + 1]))) continue;
    auto value = scalar(line.substr(i + 1));
    if (!value || i == 0) return std::nullopt;
    return std::pair{key_of(line.substr(0, i)), std::move(*value)};
  }
  return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> toml_field(std::string_view line) {
  line = trim_blanks(line);
  if (line.empty() || line.front() == '#') return std::nullopt;
  const std::size_t eq = line.find('=');
  if (eq == std::string_view::npos || eq == 0) return std::nullopt;
  auto value = scalar(line.substr(eq + 1));
  if (!value) return std::nullopt;
  return std::pair{key_of(line.substr(0, eq)), std::move(*value)};
}

// A block between two `---` lines is front matter only if it reads as a YAML
// mapping; otherwise the lines are a thematic break and Markdown.
bool looks_like_mapping(std::string_view first_line, Syntax syntax) {
  const std::string_view s = trim_blanks(first_line);
  if (s.empty() || s.front() == '#') return true;
  if (syntax == Syntax::toml) return s.front() == '[' || s.find('=') != std::string_view::npos;
  return s.back() == ':' || s.find(": ") != std::string_view::npos || s.find(":\t") != std::string_view::npos;
}

}  // namespace

std::optional<model::FrontMatter> read_front_matter(std::string_view text) {
  const TextLine opening = line_at(text, 0);
  Syntax syntax;
  if (is_fence(opening.text, "---")) {
    syntax = Syntax::yaml;
  } else if (is_fence(opening.text, "+++")) {
    syntax = Syntax::toml;
  } else {
    return std::nullopt;
  }
  if (opening.next == opening.end) return std::nullopt;  // nothing after the opening line

  model::FrontMatter front;
  bool first = true;
  bool in_toml_table = false;
  for (std::uint32_t pos = opening.next; pos < text.size();) {
    const TextLine line = line_at(text, pos);
    if (closes(line.text, syntax)) {
      front.source = {0, line.end};
      return front;
    }
    if (first && !is_blank_line(line.text)) {
      if (!looks_like_mapping(line.text, syntax)) return std::nullopt;
      first = false;
    }
    if (syntax == Syntax::yaml) {
      if (auto field = yaml_field(line.text)) front.fields.push_back(std::move(*field));
    } else {
      // Keys after a `[table]` header belong to the table, not the top level.
      if (trim_blanks(line.text).starts_with('[')) in_toml_table = true;
      if (!in_toml_table)
        if (auto field = toml_field(line.text)) front.fields.push_back(std::move(*field));
    }
    if (line.next == line.end) break;
    pos = line.next;
  }
  return std::nullopt;  // never closed: not front matter
}

}  // namespace concord::formats::markdown
