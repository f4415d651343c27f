#pragma once
// Links to other language versions of a page. Their text is written in the
// language they lead to (<a href="/licenses/by/4.0/legalcode.ja">日本語</a>
// on the Chinese page), so it is foreign text, and a paragraph that is
// mostly such links is a language menu, not part of the document.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace concord::formats::html {

/// The language a link leads to: its hreflang, a lang-like query parameter
/// (?lang=ja, ?hl=zh-TW), or a last path component that is a language tag
/// or ends in one (/ja/, /zh-hant, legalcode.ja, index.zh-CN.html).
/// Normalized with lang::normalize_tag.
std::optional<std::string> link_language(std::string_view href, std::string_view hreflang);

/// Whether a block reads as a language menu: at least three language links
/// that hold most of its letters, or language links and nothing else.
/// Letters: code points that are neither white space nor punctuation.
bool is_language_menu(std::size_t links, std::size_t letters_in_links, std::size_t letters);

}  // namespace concord::formats::html
