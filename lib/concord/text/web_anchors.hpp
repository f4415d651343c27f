#pragma once
// Links and addresses: URLs with a scheme or "www.", e-mail addresses, and bare domains
// ("cybozu.com", "status.zoho.com"). URLs and e-mails are found first, with memchr-speed
// searches for "://", "www." and '@'; the other matchers then never read inside them.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "concord/text/match.hpp"

namespace concord::text::detail {

struct WebSpan {
  std::size_t begin;
  std::size_t end;
  EntityKind kind;  // url or email
};

/// The entity of a span found by find_web_spans: a URL as written, an e-mail address lowercased.
Match web_match(std::string_view s, const WebSpan& span);

/// URLs and e-mail addresses of `s`, sorted and not overlapping.
std::vector<WebSpan> find_web_spans(std::string_view s);

/// A bare domain at `pos` (a word start) whose last label is a well-known top-level domain,
/// with a path when one follows; the value is the lowercased domain and the path as written.
std::optional<Match> match_bare_domain(std::string_view s, std::size_t pos);

}  // namespace concord::text::detail
