#include "concord/text/entities.hpp"

#include <limits>
#include <optional>

#include "concord/io/utf8.hpp"
#include "concord/text/datetimes.hpp"
#include "concord/text/identifiers.hpp"
#include "concord/text/latin_terms.hpp"
#include "concord/text/match.hpp"
#include "concord/text/numerals.hpp"
#include "concord/text/ordinals.hpp"
#include "concord/text/quantities.hpp"
#include "concord/text/scan.hpp"
#include "concord/text/start_filter.hpp"
#include "concord/text/versions.hpp"
#include "concord/text/web_anchors.hpp"

namespace concord::text {

std::string_view to_string(EntityKind kind) {
  switch (kind) {
    case EntityKind::number: return "number";
    case EntityKind::percent: return "percent";
    case EntityKind::amount: return "amount";
    case EntityKind::date: return "date";
    case EntityKind::time: return "time";
    case EntityKind::datetime: return "datetime";
    case EntityKind::duration: return "duration";
    case EntityKind::version: return "version";
    case EntityKind::identifier: return "identifier";
    case EntityKind::url: return "url";
    case EntityKind::email: return "email";
    case EntityKind::latin_term: return "latin_term";
    case EntityKind::ordinal: return "ordinal";
  }
  return "unknown";
}

namespace {
using namespace detail;

// What the characters after the digits at `pos` allow them to start: a date continues with
// - / . 年 月, a space and a month name, or "th"; a time with : ： 时 時 点 點 or am/pm.
struct Continuation {
  bool date = false;
  bool time = false;
};

Continuation what_may_follow_digits(std::string_view v, std::size_t pos) {
  std::size_t end = pos;
  std::size_t len = 0;
  while (digit_at(v, end, len) >= 0) end += len;
  Continuation c;
  const char b = byte_at(v, end);
  if (b == '-' || b == '/' || b == '.') c.date = true;
  if (b == ':' || at(v, end, "\xEF\xBC\x9A")) c.time = true;
  const std::size_t u = skip_spaces(v, end);
  const char w = to_lower(byte_at(v, u));
  if (is_alpha(w)) {
    c.date = c.date || u != end || w == 's' || w == 'n' || w == 'r' || w == 't';  // 27 Dec, 27th
    c.time = c.time || w == 'a' || w == 'p';                                      // 9 am, 9pm
  } else if (static_cast<unsigned char>(w) >= 0x80) {
    c.date = c.date || at(v, u, "年") || at(v, u, "月");
    c.time = c.time || at(v, u, "时") || at(v, u, "時") || at(v, u, "点") || at(v, u, "點");
  }
  return c;
}

// A list label "(1)", "（2）": a position in an enumeration, which translations often write as (a)
// or (i). Returns the end after the closing bracket, or 0.
std::size_t enumerator_end(std::string_view v, std::size_t pos) {
  if (!before(v, pos, "(") && !before(v, pos, "（")) return 0;
  std::size_t p = pos;
  int digits = 0;
  if (read_int(v, p, 2, &digits) < 0) return 0;
  p = skip_spaces(v, p);  // "(4 )"
  if (byte_at(v, p) == ')') return p + 1;
  if (at(v, p, "）")) return p + 3;
  return 0;
}

bool is_cjk_numeral_start(char32_t cp) {
  switch (cp) {
    case U'〇': case U'零': case U'一': case U'二': case U'两': case U'兩': case U'三': case U'四': case U'五':
    case U'六': case U'七': case U'八': case U'九': case U'十':
      return true;
    default:
      return false;
  }
}

std::size_t alnum_end(std::string_view s, std::size_t pos) {
  while (pos < s.size() && is_alnum(s[pos])) ++pos;
  return pos;
}

class Extractor {
 public:
  Extractor(std::string_view text, LangProfile profile)
      : text_(text), profile_(profile), starts_(start_table()), keywords_(english_keywords()) {}

  std::vector<Entity> run() {
    out_.reserve(text_.size() / 32 + 8);
    std::size_t pos = 0;
    for (const WebSpan& web : find_web_spans(text_)) {
      if (web.begin < pos) continue;
      scan(text_.substr(0, web.begin), pos);
      pos = emit(web.begin, web_match(text_, web));
    }
    scan(text_, pos);
    return std::move(out_);
  }

 private:
  // Finds the entities of `v` from `pos` to its end.
  void scan(std::string_view v, std::size_t pos) {
    while ((pos = next_start(v, pos)) < v.size()) pos = handle(v, pos);
  }

  // The next offset at or after `pos` where an entity may start. This loop reads every byte of
  // every document, so it only classifies; the matchers run in handle().
  std::size_t next_start(std::string_view v, std::size_t pos) const {
    const auto* d = reinterpret_cast<const unsigned char*>(v.data());
    const std::size_t size = v.size();
    const StartTable& starts = starts_;
    const bool cjk = profile_.cjk();
    while (pos < size) {
      const ByteClass cls = kByteClasses[d[pos]];
      if (cls == ByteClass::skip) {
        ++pos;
      } else if (cls == ByteClass::letter) {
        if (pos > 0 && is_word_byte(d[pos - 1])) {
          pos = word_bytes_end(d, pos, size);  // inside a word: not a start
          continue;
        }
        if (cjk) return pos;
        const std::size_t word_end = letter_run_end(d, pos + 1, size);
        if (english_candidate(v, pos, word_end)) return pos;
        pos = word_bytes_end(d, word_end, size);
      } else if (cls == ByteClass::lead3) {
        // Three-byte sequences, the bulk of CJK text, in a loop of their own.
        const std::size_t limit = size >= 2 ? size - 2 : 0;  // the last offset with two bytes after it
        while (pos < limit && (d[pos] & 0xF0) == 0xE0) {
          std::uint16_t tail = 0;
          std::memcpy(&tail, d + pos + 1, 2);
          if ((tail & 0xC0C0) != 0x8080) {
            ++pos;  // an invalid sequence: one byte at a time
            continue;
          }
          if (starts.test(d[pos], d[pos + 1], d[pos + 2])) return pos;
          pos += 3;
        }
        if (pos < size && pos >= limit && (d[pos] & 0xF0) == 0xE0) ++pos;  // cut off at the end
      } else if (cls == ByteClass::lead2) {
        if (pos + 1 < size && (d[pos + 1] & 0xC0) == 0x80) {
          const auto cp = static_cast<char32_t>(((d[pos] & 0x1F) << 6) | (d[pos + 1] & 0x3F));
          if (StartTable::test2(cp)) return pos;
          pos += 2;
        } else {
          ++pos;
        }
      } else {
        return pos;  // a digit, '$' or '+'
      }
    }
    return size;
  }

  // Runs the matchers at a possible start and returns where scanning resumes.
  [[gnu::noinline]] std::size_t handle(std::string_view v, std::size_t pos) {
    const unsigned char c = static_cast<unsigned char>(v[pos]);
    if (is_digit(static_cast<char>(c))) return emit(pos, at_digit(v, pos));
    if (is_alpha(static_cast<char>(c))) {
      const auto* d = reinterpret_cast<const unsigned char*>(v.data());
      if (auto m = at_word(v, pos, letter_run_end(d, pos, v.size()))) return emit(pos, std::move(*m));
      return alnum_end(v, pos);
    }
    if (c == '$' || c == '+') {
      auto m = c == '$' ? match_currency_prefix(v, pos, profile_) : match_digit_id(v, pos);
      return m ? emit(pos, std::move(*m)) : pos + 1;
    }
    std::size_t next = pos;
    const char32_t cp = utf8::next(v, next);
    if (auto m = at_symbol(v, pos, cp)) return emit(pos, std::move(*m));
    return next;
  }

  bool is_keyword(std::string_view word) const {
    return keywords_.may_contain(word.front(), word.back(), word.size()) && keywords_.contains(word);
  }

  // A word is worth the matchers in English text when it is a keyword, an all-caps prefix (ISO,
  // USD, CVE-), glued to digits (v1.3, RFC8555) or followed by a domain label.
  bool english_candidate(std::string_view v, std::size_t pos, std::size_t word_end) const {
    if (is_keyword(v.substr(pos, word_end - pos))) return true;
    const char next = byte_at(v, word_end);
    if (next == ' ' || next == '/' || next == '-')
      return word_end - pos >= 2 && is_upper(v[pos]) && is_upper(v[pos + 1]);
    if (is_digit(next) || next == '$') return true;
    return next == '.' && is_alpha(byte_at(v, word_end + 1));
  }

  Match at_digit(std::string_view v, std::size_t pos) {
    if (pos > 0) {
      // Digits glued to a word are part of it: IPv6, AES-256 and HTTP-01 in English text.
      const char before = v[pos - 1];
      if (is_alpha(before) || ((before == '-' || before == '_') && pos > 1 && is_alpha(v[pos - 2]))) {
        std::size_t end = pos;
        while (end < v.size() && (is_alnum(v[end]) || v[end] == '-' || v[end] == '_')) ++end;
        return silent_match(end);
      }
    }
    if (const std::size_t end = enumerator_end(v, pos)) return silent_match(end);
    const Continuation next = what_may_follow_digits(v, pos);
    if (next.date)
      if (auto m = match_date_at_number(v, pos, profile_)) return std::move(*m);
    if (next.time)
      if (auto m = match_time_entity(v, pos, profile_)) return std::move(*m);
    if (is_digit(v[pos])) {
      if (auto m = match_digit_id(v, pos)) return std::move(*m);
      if (auto m = match_dotted_version(v, pos)) return std::move(*m);
    }
    if (auto n = parse_arabic(v, pos, profile_)) return finish_number(v, pos, *n, profile_);
    std::size_t end = pos;
    std::size_t len = 0;
    while (digit_at(v, end, len) >= 0) end += len;
    return silent_match(end);  // too long to be a quantity
  }

  // Matchers are tried only where the word can start them: month names and keywords, all-caps
  // prefixes (ISO, USD, US$), "v" before a digit.
  std::optional<Match> at_word(std::string_view v, std::size_t pos, std::size_t word_end) {
    const char next = byte_at(v, word_end);
    if (next == '.' && is_alpha(byte_at(v, word_end + 1)))
      if (auto m = match_bare_domain(v, pos)) return m;
    const std::string_view word = v.substr(pos, word_end - pos);
    const bool keyword = is_keyword(word);
    if (is_upper(word[0])) {
      if (keyword)
        if (auto m = match_date_at_month(v, pos, profile_)) return m;
      if (word.size() >= 2 && is_upper(word[1])) {
        if (auto m = match_standard_id(v, pos)) return m;
        if (next == '$' || word.size() == 3)
          if (auto m = match_currency_prefix(v, pos, profile_)) return m;
      }
    }
    if (keyword || (word.size() == 1 && is_digit(next)))
      if (auto m = match_prefixed_version(v, pos)) return m;
    if (keyword)
      if (auto m = match_english_ordinal(v, pos)) return m;
    if (profile_.cjk()) return match_latin_term(v, pos);
    if (keyword)
      if (auto n = parse_english(v, pos)) return finish_number(v, pos, *n, profile_);
    return std::nullopt;
  }

  std::optional<Match> at_symbol(std::string_view v, std::size_t pos, char32_t cp) {
    if (cp >= U'０' && cp <= U'９') return at_digit(v, pos);
    if (is_cjk_numeral_start(cp)) {
      const std::size_t run_end = cjk_run_end(v, pos, profile_);
      // 数十人, 几十年: "some tens", not a count.
      if (before(v, pos, "数") || before(v, pos, "數") || before(v, pos, "几") || before(v, pos, "幾"))
        return silent_match(run_end);
      const std::size_t after = skip_spaces(v, run_end);
      if (run_end == pos + 3 && !may_qualify_cjk_numeral(v, after)) return silent_match(run_end);
      // Dates and times of CJK numerals continue with 年, 月, 时/時 or 点/點.
      if (at(v, after, "年") || at(v, after, "月")) {
        if (auto m = match_date_at_number(v, pos, profile_)) return m;
      } else if (at(v, after, "时") || at(v, after, "時") || at(v, after, "点") || at(v, after, "點")) {
        if (auto m = match_time_entity(v, pos, profile_)) return m;
      }
      if (auto n = parse_cjk(v, pos, profile_)) return finish_number(v, pos, *n, profile_);
      return silent_match(run_end);  // 三四十: an approximation
    }
    // Each start character leads a few words only; the character after it decides cheaply.
    const std::size_t after = pos + 3;
    switch (cp) {
      case U'百': return at(v, after, "分之") ? match_chinese_percent(v, pos, profile_) : std::nullopt;
      case U'第': return match_cjk_ordinal(v, pos, profile_);
      case U'令': case U'昭':
        return at(v, after, "和") ? match_date_at_number(v, pos, profile_) : std::nullopt;
      case U'平': return at(v, after, "成") ? match_date_at_number(v, pos, profile_) : std::nullopt;
      case U'大': return at(v, after, "正") ? match_date_at_number(v, pos, profile_) : std::nullopt;
      case U'民':
        return at(v, after, "國") || at(v, after, "国") ? match_date_at_number(v, pos, profile_) : std::nullopt;
      case U'午':
        return at(v, after, "前") || at(v, after, "後") ? match_time_entity(v, pos, profile_) : std::nullopt;
      case U'上': case U'下': return at(v, after, "午") ? match_time_entity(v, pos, profile_) : std::nullopt;
      case U'人': return at(v, after, "民") ? match_currency_prefix(v, pos, profile_) : std::nullopt;
      // A currency named before its amount: 美金五百元, 港幣 100 元, 日元 500.
      case U'美': case U'港': case U'欧': case U'歐': case U'日': case U'英':
        return match_currency_prefix(v, pos, profile_);
      case U'新':
        return at(v, after, "台") || at(v, after, "臺") ? match_currency_prefix(v, pos, profile_) : std::nullopt;
      case U'版': return at(v, after, "本") ? match_prefixed_version(v, pos) : std::nullopt;
      case U'バ': return at(v, after, "ージョン") ? match_prefixed_version(v, pos) : std::nullopt;
      case U'§': return match_english_ordinal(v, pos);
      default: return match_currency_prefix(v, pos, profile_);  // ＄ ￥ € ¥ £
    }
  }

  // Records `m` found at `begin` and returns where scanning resumes.
  std::size_t emit(std::size_t begin, Match&& m) {
    if (m.end <= begin) {
      std::size_t next = begin;
      utf8::next(text_, next);
      return next;
    }
    if (!m.silent) {
      Entity& e = out_.emplace_back();
      e.kind = m.kind;
      e.begin = static_cast<std::uint32_t>(begin);
      e.end = static_cast<std::uint32_t>(m.end);
      if (m.value.empty()) e.value.assign(m.written);
      else e.value.swap(m.value);
      e.number = m.number;
    }
    return m.end;
  }

  std::string_view text_;
  LangProfile profile_;
  const StartTable& starts_;
  const EnglishKeywords& keywords_;
  std::vector<Entity> out_;
};

}  // namespace

std::vector<Entity> extract_entities(std::string_view text, std::string_view lang) {
  // Offsets are 32-bit: a text beyond 4 GiB is read up to there.
  if (text.size() > std::numeric_limits<std::uint32_t>::max())
    text = text.substr(0, std::numeric_limits<std::uint32_t>::max());
  return Extractor(text, profile_for(lang)).run();
}

}  // namespace concord::text
