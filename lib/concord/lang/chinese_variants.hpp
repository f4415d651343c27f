#pragma once
// Which Chinese characters belong to one written standard only, and the
// character-level Traditional→Simplified fold used for comparison.
//
// The table is generated at build time from OpenCC's conversion tables
// (STCharacters, TSCharacters, and the Taiwan and Hong Kong variant tables)
// plus `rules/script/variants-accepted.tsv`; see
// tools/gen_variant_table/main.cpp for the definitions. Characters shared by
// both standards (后 里 干 只 云 面) belong to neither.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace concord::lang {

class ChineseVariants {
 public:
  /// The process-wide tables, expanded on first use (thread-safe).
  static const ChineseVariants& instance();

  bool traditional_only(char32_t cp) const { return flag(cp) & kTraditionalOnly; }
  bool simplified_only(char32_t cp) const { return flag(cp) & kSimplifiedOnly; }

  /// The Simplified form of a Traditional character (itself when none).
  char32_t to_simplified(char32_t cp) const;
  /// The usual Traditional form of a Simplified character (itself when none).
  char32_t to_traditional(char32_t cp) const;

  /// Folds a whole string character by character (for comparison only).
  std::string fold_to_simplified(std::string_view text) const;

 private:
  ChineseVariants();
  static constexpr unsigned char kTraditionalOnly = 1;
  static constexpr unsigned char kSimplifiedOnly = 2;
  unsigned char flag(char32_t cp) const;

  struct Forms {
    unsigned char flags = 0;
    char32_t simplified = 0;
    char32_t traditional = 0;
  };
  // The BMP in three flat arrays (flags, Simplified form, Traditional form;
  // 0 = unchanged) so that the hot fold loop touches 64 + 128 KB, not 768.
  std::vector<unsigned char> bmp_flags_;
  std::vector<char16_t> bmp_simplified_;
  std::vector<char16_t> bmp_traditional_;
  std::unordered_map<char32_t, Forms> astral_;  // other planes, and BMP→astral forms
};

}  // namespace concord::lang
