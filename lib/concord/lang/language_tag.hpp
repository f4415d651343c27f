#pragma once
// BCP 47 language tags as concord speaks them: en, zh-Hans, zh-Hant, ja, and
// any other tag passed through with canonical casing (CONTRACT.md, "Names").
#include <optional>
#include <string>
#include <string_view>

namespace concord::lang {

/// Normalizes a tag: zh-CN/zh-SG → zh-Hans; zh-TW/zh-HK/zh-MO → zh-Hant;
/// ja-JP → ja; en-US/en-GB → en; `_` becomes `-`; casing is canonical.
std::string normalize_tag(std::string_view tag);

/// Parses `text` as a language tag only if it looks like one: a known
/// two-letter ISO 639-1 language, optionally followed by a script (4 letters)
/// and/or a region (2 letters or 3 digits). Used on file and folder names,
/// so it is strict. Returns the normalized tag.
std::optional<std::string> parse_tag(std::string_view text);

/// The primary language subtag ("zh" for "zh-Hant").
std::string_view primary_language(std::string_view tag);

bool is_chinese(std::string_view tag);

/// Japanese or Chinese: the languages the English–CJK word table covers.
bool is_japanese_or_chinese(std::string_view tag);

}  // namespace concord::lang
