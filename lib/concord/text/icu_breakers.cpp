#include "concord/text/icu_breakers.hpp"

#include <map>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "concord/io/utf8.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::text {
namespace {

// The ICU locale for a language: "@ss=standard" turns on ICU's sentence-break
// suppressions (abbreviations such as "e.g." and "Mr.").
std::string icu_locale(std::string_view lang, BreakKind kind) {
  const std::string primary(lang::primary_language(lang));
  if (primary == "zh" || primary == "ja" || primary == "ko") return primary;
  return kind == BreakKind::sentence ? (primary.empty() ? "en" : primary) + "@ss=standard" : "en";
}

icu::BreakIterator* create_breaker(std::string_view lang, BreakKind kind) {
  // One iterator per thread, per locale and kind.
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
  const std::string locale = icu_locale(lang, kind);
  const std::string key = locale + (kind == BreakKind::sentence ? "#s" : "#w");
  auto it = cache.find(key);
  if (it != cache.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(kind == BreakKind::sentence
                                             ? icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status)
                                             : icu::BreakIterator::createWordInstance(icu::Locale(locale.c_str()), status));
  if (U_FAILURE(status)) bi.reset();
  return cache.emplace(key, std::move(bi)).first->second.get();
}

// The iterator for `lang` and `kind`. Blocks come in runs of one language, so
// the last one asked for is remembered per kind: most calls skip building the
// locale name and the map look-up.
icu::BreakIterator* breaker_for(std::string_view lang, BreakKind kind) {
  struct Last {
    std::string lang;
    icu::BreakIterator* breaker = nullptr;
  };
  thread_local Last last[2];
  Last& l = last[kind == BreakKind::sentence ? 0 : 1];
  if (l.breaker == nullptr || l.lang != lang) {
    l.breaker = create_breaker(lang, kind);
    l.lang.assign(lang);
  }
  return l.breaker;
}

WordStatus status_of(int32_t rule_status) {
  if (rule_status >= UBRK_WORD_IDEO) return WordStatus::ideo;
  if (rule_status >= UBRK_WORD_KANA) return WordStatus::kana;
  if (rule_status >= UBRK_WORD_LETTER) return WordStatus::letter;
  if (rule_status >= UBRK_WORD_NUMBER) return WordStatus::number;
  return WordStatus::none;
}

// UTF-16 copy of the text and, for every UTF-16 index, the UTF-8 offset it
// came from. ICU breaks UTF-16 about twice as fast as UTF-8 through UText,
// and the conversion costs far less than the difference. Buffers are reused
// per thread.
struct Utf16Text {
  icu::UnicodeString units;
  std::vector<std::uint32_t> utf8_offset;  // size units.length() + 1

  void assign(std::string_view text) {
    // Written straight into ICU's buffer: appending code point by code point
    // costs more than the break iteration itself.
    units.remove();
    utf8_offset.resize(text.size() + 1);
    char16_t* out = units.getBuffer(static_cast<int32_t>(text.size()) + 1);
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();) {
      const auto at = static_cast<std::uint32_t>(pos);
      const auto byte = static_cast<unsigned char>(text[pos]);
      if (byte < 0x80) {  // ASCII: one unit, no decoding
        ++pos;
        out[n] = byte;
        utf8_offset[n++] = at;
        continue;
      }
      const char32_t cp = utf8::next(text, pos);
      if (cp >= 0x10000) {
        out[n] = static_cast<char16_t>(0xD7C0 + (cp >> 10));
        utf8_offset[n++] = at;
        out[n] = static_cast<char16_t>(0xDC00 | (cp & 0x3FF));
      } else {
        out[n] = static_cast<char16_t>(cp);
      }
      utf8_offset[n++] = at;
    }
    units.releaseBuffer(static_cast<int32_t>(n));
    utf8_offset[n] = static_cast<std::uint32_t>(text.size());
  }
};

}  // namespace

std::vector<Boundary> break_text(std::string_view text, std::string_view lang, BreakKind kind) {
  std::vector<Boundary> out;
  if (text.empty()) return out;
  icu::BreakIterator* bi = breaker_for(lang, kind);
  if (bi == nullptr) {
    out.push_back({static_cast<std::uint32_t>(text.size()), WordStatus::none});
    return out;
  }
  thread_local Utf16Text utf16;
  utf16.assign(text);
  bi->setText(utf16.units);
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
    out.push_back({utf16.utf8_offset[static_cast<std::size_t>(b)],
                   kind == BreakKind::word ? status_of(bi->getRuleStatus()) : WordStatus::none});
  }
  return out;
}

}  // namespace concord::text
