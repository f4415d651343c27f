#pragma once
// Which width of punctuation a language wants, from the rule options of
// punct/width-mix in .concord.toml:
//
//   [rules.options."punct/width-mix"]
//   ja = "full"      # full, half or any (= not checked)
//   zh = "any"       # a primary subtag covers zh-Hans and zh-Hant
//
// Defaults: Chinese and Japanese full, every other language half.
#include <string>
#include <string_view>

#include "concord/rules/options.hpp"

namespace concord::rules::punct {

enum class Width { full, half, any };

inline constexpr std::string_view kWidthMixId = "punct/width-mix";

/// The width `lang` wants: the option for the full tag, else for its primary
/// subtag, else the default. An unknown option value counts as unset.
Width preferred_width(const RuleOptions& options, std::string_view lang);

/// The language's name for messages ("Chinese", "Japanese", "English").
std::string language_name(std::string_view lang);

}  // namespace concord::rules::punct
