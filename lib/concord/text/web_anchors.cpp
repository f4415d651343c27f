#include "concord/text/web_anchors.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "concord/text/scan.hpp"

namespace concord::text::detail {
namespace {

// Top-level domains common in policy text. Two-letter codes that are also English words
// (in, it, be, at, no, me, us, is, to…) are left out: "details.In addition" is a missing space.
constexpr std::string_view kTlds[] = {
    "com", "org", "net", "edu", "gov", "mil", "int", "io",  "co",   "cn",     "jp",   "uk",   "de",
    "fr",  "tw",  "hk",  "kr",  "eu",  "ca",  "au",  "ru",  "ch",   "nl",     "se",   "es",   "br",
    "mx",  "sg",  "nz",  "dk",  "fi",  "pl",  "cz",  "ie",  "il",   "za",     "info", "biz",  "dev",
    "app", "ai",  "xyz", "site", "online", "cloud", "tech",
};

bool is_tld(std::string_view label) {
  for (std::string_view tld : kTlds)
    if (label == tld) return true;
  return false;
}

// Characters a URL is made of (ASCII only: CJK text often follows a URL without a space).
constexpr std::array<bool, 256> make_url_chars() {
  std::array<bool, 256> table{};
  for (int c = 0x21; c < 0x7F; ++c) table[static_cast<std::size_t>(c)] = true;
  for (char c : {'<', '>', '"', '`', '{', '}', '|', '\\', '^'}) table[static_cast<unsigned char>(c)] = false;
  return table;
}
constexpr std::array<bool, 256> kUrlChars = make_url_chars();

bool url_char(char c) { return kUrlChars[static_cast<unsigned char>(c)]; }

// Drops trailing punctuation and closing brackets that have no opening one inside the URL.
std::size_t trim_url_end(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin) {
    const char c = s[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*') {
      --end;
      continue;
    }
    char open = 0;
    if (c == ')') open = '(';
    else if (c == ']') open = '[';
    if (open == 0) break;
    const std::string_view body = s.substr(begin, end - begin);
    if (body.find(open) != std::string_view::npos &&
        std::count(body.begin(), body.end(), open) >= std::count(body.begin(), body.end(), c))
      break;
    --end;
  }
  return end;
}

std::size_t url_end(std::string_view s, std::size_t from) {
  std::size_t end = from;
  while (end < s.size() && url_char(s[end])) ++end;
  return end;
}

bool local_part_char(char c) {
  return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// The end of a host name at `pos` with at least two labels and a last label of letters.
std::size_t host_end(std::string_view s, std::size_t pos, bool need_known_tld) {
  constexpr std::size_t kMaxHostLength = 253;  // DNS limit; also keeps "a.b.c.d…" chains linear
  std::size_t p = pos;
  int labels = 0;
  std::size_t good_end = 0;
  while (p - pos <= kMaxHostLength) {
    const std::size_t label_start = p;
    while (p < s.size() && (is_alnum(s[p]) || s[p] == '-')) ++p;
    if (p == label_start || s[label_start] == '-' || s[p - 1] == '-') break;
    ++labels;
    const std::string_view label = s.substr(label_start, p - label_start);
    bool letters = label.size() >= 2;
    bool lowercase = true;
    for (char c : label) {
      letters = letters && is_alpha(c);
      lowercase = lowercase && !is_upper(c);
    }
    // A known top-level domain must be written in lowercase: "details.In addition" is no domain.
    if (labels >= 2 && letters && (!need_known_tld || (lowercase && is_tld(label)))) good_end = p;
    if (byte_at(s, p) == '.' && is_alnum(byte_at(s, p + 1))) {
      ++p;
      continue;
    }
    break;
  }
  return good_end;
}

// The next occurrence of `needle` at or after `from` (npos when none). string_view::find looks
// for the first byte with memchr, which is fast when that byte is rare (':' and 'w' are, mostly).
std::size_t find_bytes(std::string_view s, std::string_view needle, std::size_t from) {
  return s.find(needle, from);
}

void find_urls(std::string_view s, std::vector<WebSpan>& out) {
  std::size_t covered = 0;  // hits inside a URL already found are part of it
  for (std::size_t hit = find_bytes(s, "://", 0); hit != std::string_view::npos;
       hit = find_bytes(s, "://", hit + 3)) {
    if (hit < covered) continue;
    std::size_t begin = hit;
    while (begin > 0 && (is_alnum(s[begin - 1]) || s[begin - 1] == '+' || s[begin - 1] == '.' || s[begin - 1] == '-'))
      --begin;
    while (begin < hit && !is_alpha(s[begin])) ++begin;
    if (hit - begin < 2 || !url_char(byte_at(s, hit + 3))) continue;
    const std::size_t end = trim_url_end(s, begin, url_end(s, hit + 3));
    if (end <= hit + 3) continue;
    out.push_back({begin, end, EntityKind::url});
    covered = end;
  }
  covered = 0;
  for (std::size_t hit = find_bytes(s, "www.", 0); hit != std::string_view::npos;
       hit = find_bytes(s, "www.", hit + 4)) {
    if (hit < covered) continue;
    if (hit > 0) {
      const char before = s[hit - 1];
      if (is_alnum(before) || before == '.' || before == '/' || before == '@' || before == '-') continue;
    }
    if (host_end(s, hit, false) == 0) continue;
    const std::size_t end = trim_url_end(s, hit, url_end(s, hit));
    out.push_back({hit, end, EntityKind::url});
    covered = end;
  }
}

void find_emails(std::string_view s, std::vector<WebSpan>& out) {
  const char* data = s.data();
  std::size_t from = 0;
  while (from < s.size()) {
    const void* found = std::memchr(data + from, '@', s.size() - from);
    if (!found) break;
    const std::size_t at_sign = static_cast<std::size_t>(static_cast<const char*>(found) - data);
    from = at_sign + 1;
    std::size_t begin = at_sign;
    while (begin > 0 && local_part_char(s[begin - 1])) --begin;
    while (begin < at_sign && (s[begin] == '.' || s[begin] == '-')) ++begin;
    if (begin == at_sign || s[at_sign - 1] == '.') continue;
    const std::size_t end = host_end(s, at_sign + 1, false);
    if (end == 0) continue;
    out.push_back({begin, end, EntityKind::email});
    from = end;
  }
}

}  // namespace

std::vector<WebSpan> find_web_spans(std::string_view s) {
  std::vector<WebSpan> spans;
  find_urls(s, spans);
  find_emails(s, spans);
  if (spans.empty()) return spans;
  // URLs before e-mails at the same start, longer first; then drop what overlaps a kept span.
  std::sort(spans.begin(), spans.end(), [](const WebSpan& a, const WebSpan& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<WebSpan> kept;
  kept.reserve(spans.size());
  for (const WebSpan& span : spans) {
    if (!kept.empty() && span.begin < kept.back().end) {
      // An e-mail inside a URL (user@host) belongs to the URL; a URL that starts inside an
      // e-mail cannot happen (no "://" in an address).
      continue;
    }
    kept.push_back(span);
  }
  return kept;
}

Match web_match(std::string_view s, const WebSpan& span) {
  const std::string_view written = s.substr(span.begin, span.end - span.begin);
  if (span.kind != EntityKind::email) return written_match(span.kind, span.end, written);
  std::string value(written);
  for (char& c : value) c = to_lower(c);
  return make_match(span.kind, span.end, std::move(value));
}

std::optional<Match> match_bare_domain(std::string_view s, std::size_t pos) {
  std::size_t end = host_end(s, pos, true);
  if (end == 0) return std::nullopt;
  // Not the start of something longer: "example.com.evil", "a.com-b".
  if (is_alnum(byte_at(s, end)) || byte_at(s, end) == '-' || byte_at(s, end) == '@') return std::nullopt;
  std::string value(s.substr(pos, end - pos));
  for (char& c : value) c = to_lower(c);
  if (byte_at(s, end) == '/' ) {
    const std::size_t path_end = trim_url_end(s, pos, url_end(s, end));
    value.append(s.substr(end, path_end - end));
    end = path_end;
  }
  return make_match(EntityKind::url, end, std::move(value));
}

}  // namespace concord::text::detail
