#include "concord/formats/markdown_entities.hpp"

#include <cmark-gfm.h>

#include <unordered_map>

#include "concord/formats/markdown_cmark_lock.hpp"

namespace concord::formats::markdown {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Length of the entity syntax at the start of `s` (`&name;`, `&#123;`,
// `&#x1F;`), whether or not the name is known; 0 when there is none.
std::size_t entity_syntax_length(std::string_view s) {
  if (s.size() < 3 || s[0] != '&') return 0;
  std::size_t i = 1;
  std::size_t count = 0, max_count = 31;  // digits or name characters
  bool (*allowed)(char) = nullptr;
  if (s[1] == '#') {
    ++i;
    if (i < s.size() && (s[i] == 'x' || s[i] == 'X')) {
      ++i;
      allowed = is_hex;
    } else {
      allowed = is_digit;
    }
    max_count = 8;  // cmark-gfm 0.29 reads up to 8 digits (out of range: U+FFFD)
  } else if (is_alpha(s[1])) {
    allowed = [](char c) { return is_alpha(c) || is_digit(c); };
  } else {
    return 0;
  }
  while (i < s.size() && count < max_count && allowed(s[i])) {
    ++i;
    ++count;
  }
  return count > 0 && i < s.size() && s[i] == ';' ? i + 1 : 0;
}

// cmark's own table decides: the entity alone is parsed as a document and
// its text read back.
std::string decode_with_cmark(std::string_view entity) {
  cmark_node* document = nullptr;
  {
    const auto lock = lock_cmark_parsing();
    document = cmark_parse_document(entity.data(), entity.size(), CMARK_OPT_DEFAULT);
  }
  if (!document) return std::string(entity);
  std::string text;
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_TEXT)
      if (const char* literal = cmark_node_get_literal(node)) text += literal;
  }
  cmark_iter_free(iter);
  cmark_node_free(document);
  return text;
}

}  // namespace

std::optional<DecodedEntity> decode_entity(std::string_view s) {
  const std::size_t length = entity_syntax_length(s);
  if (length == 0) return std::nullopt;
  const std::string_view entity = s.substr(0, length);
  // Files are read in parallel: each thread keeps its own cache.
  thread_local std::unordered_map<std::string, std::string> cache;
  auto it = cache.find(std::string(entity));
  if (it == cache.end()) {
    if (cache.size() > 4096) cache.clear();
    it = cache.emplace(std::string(entity), decode_with_cmark(entity)).first;
  }
  if (it->second == entity || it->second.empty()) return std::nullopt;  // not an entity cmark knows
  return DecodedEntity{it->second, static_cast<std::uint32_t>(length)};
}

}  // namespace concord::formats::markdown
