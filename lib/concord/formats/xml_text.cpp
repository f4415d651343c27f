#include "concord/formats/xml_text.hpp"

#include "concord/io/utf8.hpp"

namespace concord::formats {
namespace {

// The longest reference worth scanning for: `&#x10FFFF;` and `&quot;` fit.
constexpr std::size_t kMaxReferenceLength = 12;

bool is_xml_char(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

// The code point of "#123" or "#x7B", if it is one XML allows.
bool parse_character_reference(std::string_view body, char32_t& cp) {
  if (body.size() < 2 || body[0] != '#') return false;
  const bool hex = body[1] == 'x';
  const std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return false;
  std::uint32_t value = 0;
  for (char c : digits) {
    std::uint32_t d;
    if (c >= '0' && c <= '9') d = static_cast<std::uint32_t>(c - '0');
    else if (hex && c >= 'a' && c <= 'f') d = static_cast<std::uint32_t>(c - 'a' + 10);
    else if (hex && c >= 'A' && c <= 'F') d = static_cast<std::uint32_t>(c - 'A' + 10);
    else return false;
    value = value * (hex ? 16 : 10) + d;
    if (value > 0x10FFFF) return false;
  }
  cp = value;
  return is_xml_char(cp);
}

}  // namespace

std::size_t xml_reference_at(std::string_view raw, std::size_t pos, std::string& out) {
  if (pos >= raw.size() || raw[pos] != '&') return 0;
  const std::size_t semicolon = raw.substr(pos, kMaxReferenceLength).find(';');
  if (semicolon == std::string_view::npos) return 0;
  const std::string_view body = raw.substr(pos + 1, semicolon - 1);
  out.clear();
  if (body == "amp") out = "&";
  else if (body == "lt") out = "<";
  else if (body == "gt") out = ">";
  else if (body == "quot") out = "\"";
  else if (body == "apos") out = "'";
  else if (char32_t cp; parse_character_reference(body, cp)) utf8::append(out, cp);
  else return 0;
  return semicolon + 1;
}

std::string decode_xml_references(std::string_view raw) {
  std::string result, expansion;
  for (std::size_t i = 0; i < raw.size();) {
    if (const std::size_t n = xml_reference_at(raw, i, expansion)) {
      result += expansion;
      i += n;
    } else {
      result += raw[i++];
    }
  }
  return result;
}

void append_xml_characters(model::MappedText& text, std::string_view raw, std::uint32_t source_begin) {
  std::string expansion;
  std::size_t plain_start = 0;
  for (std::size_t i = 0; i < raw.size();) {
    const std::size_t n = raw[i] == '&' ? xml_reference_at(raw, i, expansion) : 0;
    if (n == 0) {
      ++i;
      continue;
    }
    const auto plain_begin = source_begin + static_cast<std::uint32_t>(plain_start);
    text.append_source(raw.substr(plain_start, i - plain_start), plain_begin);
    text.append_synthetic(expansion, source_begin + static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(n));
    i += n;
    plain_start = i;
  }
  text.append_source(raw.substr(plain_start), source_begin + static_cast<std::uint32_t>(plain_start));
}

std::string_view local_name(std::string_view qualified) {
  const std::size_t colon = qualified.rfind(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

}  // namespace concord::formats
