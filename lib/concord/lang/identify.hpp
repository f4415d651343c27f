#pragma once
// Language and script identification from character statistics: which
// scripts a text is written in, and for Chinese, which standard (counts of
// characters that only one of Simplified or Traditional uses).
#include <cstdint>
#include <string>
#include <string_view>

namespace concord::lang {

struct ScriptCounts {
  std::uint32_t latin = 0;
  std::uint32_t han = 0;
  std::uint32_t kana = 0;
  std::uint32_t hangul = 0;
  std::uint32_t cyrillic = 0;
  std::uint32_t greek = 0;
  std::uint32_t other_letters = 0;
  std::uint32_t traditional_only = 0;
  std::uint32_t simplified_only = 0;

  void add(const ScriptCounts& o);
  /// How much a text says about its language: CJK characters carry about as
  /// much as a short Latin word, so they weigh three letters each.
  std::uint32_t evidence() const;
};

ScriptCounts count_scripts(std::string_view text);

/// en, ja, zh-Hans, zh-Hant, zh (Chinese of unknown standard), ko, ru, el,
/// or "und" when the text has too few letters to tell.
std::string identify(const ScriptCounts& counts);

inline std::string identify(std::string_view text) { return identify(count_scripts(text)); }

}  // namespace concord::lang
