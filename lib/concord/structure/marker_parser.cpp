#include "concord/structure/marker_parser.hpp"

#include <algorithm>
#include <array>

#include "concord/lang/char_class.hpp"
#include "concord/text/numerals.hpp"
#include "concord/text/scan.hpp"

namespace concord::structure {
namespace {

using text::detail::at;
using text::detail::byte_at;
using text::detail::char_at;
using text::detail::digit_at;
using text::detail::is_alpha;
using text::detail::is_digit;
using text::detail::is_lower;
using text::detail::is_upper;
using text::detail::LangProfile;

constexpr int kMaxValue = 999;

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000; }

std::size_t skip_space(std::string_view s, std::size_t pos) {
  while (pos < s.size()) {
    std::size_t next = pos;
    if (!is_space(char_at(s, pos, next))) break;
    pos = next;
  }
  return pos;
}

bool is_cjk(char32_t cp) { return lang::is_cjk_letter(cp); }

// ---- numbers ---------------------------------------------------------------

// 1 to 3 digits, ASCII or full-width.
int read_decimal(std::string_view s, std::size_t pos, std::size_t& end) {
  int value = 0, digits = 0;
  std::size_t len = 0;
  end = pos;
  for (int d; (d = digit_at(s, end, len)) >= 0; end += len) {
    if (++digits > 3) return -1;
    value = value * 10 + d;
  }
  return digits == 0 || value == 0 ? -1 : value;
}

// A CJK integer such as 三, 十二, 一百零五 (not 二〇二四: digit by digit is a year).
int read_cjk(std::string_view s, std::size_t pos, const LangProfile& profile, std::size_t& end) {
  const auto n = text::detail::parse_cjk(s, pos, profile);
  if (!n || n->digit_by_digit || n->fraction) return -1;
  const long long v = n->value.as_integer();
  if (v <= 0 || v > kMaxValue) return -1;
  end = n->end;
  return static_cast<int>(v);
}

int roman_digit(char c) {
  switch (c) {
    case 'i': case 'I': return 1;
    case 'v': case 'V': return 5;
    case 'x': case 'X': return 10;
    case 'l': case 'L': return 50;
    default: return 0;
  }
}

// A Roman numeral in one case, written the canonical way (iv, not iiii).
int read_roman(std::string_view s, std::size_t pos, bool upper, std::size_t& end) {
  end = pos;
  int value = 0;
  while (end < s.size() && roman_digit(s[end]) != 0 && is_upper(s[end]) == upper && end - pos < 8) {
    const int v = roman_digit(s[end]);
    const int next = end + 1 < s.size() && is_upper(s[end + 1]) == upper ? roman_digit(s[end + 1]) : 0;
    value += v < next ? -v : v;
    ++end;
  }
  if (end == pos || value <= 0) return -1;
  Marker probe;
  probe.style = MarkerStyle::roman;
  probe.upper = upper;
  return spell_value(probe, value) == s.substr(pos, end - pos) ? value : -1;
}

// ---- what may follow a marker -------------------------------------------------

// After a marker at the start of a block: the end, white space, or, in
// Chinese and Japanese, the text itself (1.被告知…, 一、总则, （一）甲方…).
bool body_may_follow(std::string_view s, std::size_t end, const LangProfile& profile, MarkerForm form) {
  if (end >= s.size()) return true;
  const char32_t cp = char_at(s, end);
  if (is_space(cp)) return true;
  if (cp < 0x80 && (is_digit(static_cast<char>(cp)) || cp == '.' || cp == ',')) return false;
  if (form == MarkerForm::dot) return profile.cjk() && (cp >= 0x80 || is_alpha(static_cast<char>(cp)));
  return true;
}

// ---- the marker kinds -----------------------------------------------------------

struct Unit {
  std::string_view written;
  std::string_view key;  // Simplified, so that 第五條 and 第五条 are one style
};
constexpr std::array<Unit, 12> kUnits = {{{"部分", "部分"}, {"编", "编"}, {"編", "编"}, {"章", "章"}, {"节", "节"},
                                          {"節", "节"}, {"条", "条"}, {"條", "条"}, {"款", "款"}, {"项", "项"},
                                          {"項", "项"}, {"篇", "篇"}}};

const Unit* unit_at(std::string_view s, std::size_t pos) {
  for (const Unit& u : kUnits)
    if (at(s, pos, u.written)) return &u;
  return nullptr;
}

// What follows 第五條 when it is quoted rather than used as a heading:
// 第五條規定, 第五條第二款, 第五條所述, 第三条至第五条, 第五條、第六條.
bool followed_like_a_reference(std::string_view s, std::size_t pos) {
  static constexpr std::string_view kFollowers[] = {
      "规定", "規定", "所", "的", "中", "至", "第", "款", "项", "項", "、", "和", "及", "或", "与", "與", "以", "之规", "之規"};
  // Japanese particles: 第3条の条件, 第3条に基づき, 第3条で定める.
  static constexpr std::string_view kParticles[] = {"の", "に", "で", "を", "が", "は", "も", "と", "及び", "から", "まで"};
  for (std::string_view f : kFollowers)
    if (at(s, pos, f)) return true;
  for (std::string_view f : kParticles)
    if (at(s, pos, f)) return true;
  // 第二条a款: a letter and 款; 第3条(a)の: a subdivision is quoted, not headed.
  if (is_alpha(byte_at(s, pos)) && at(s, pos + 1, "款")) return true;
  if (byte_at(s, pos) == '(' && is_alpha(byte_at(s, pos + 1)) && byte_at(s, pos + 2) == ')') return true;
  return at(s, pos, "（") && is_alpha(byte_at(s, pos + 3)) && at(s, pos + 4, "）");
}

// 第 + number + unit (+ 之 + number), or 第 + unit when the number was lost.
std::optional<Marker> cjk_ordinal_at(std::string_view s, std::size_t pos, const LangProfile& profile) {
  if (!at(s, pos, "第")) return std::nullopt;
  std::size_t p = pos + 3, end = p;
  Marker m;
  m.style = MarkerStyle::cjk_ordinal;
  int value = digit_at(s, p, end) >= 0 ? read_decimal(s, p, end) : read_cjk(s, p, profile, end);
  if (value > 0) p = end;
  const Unit* unit = unit_at(s, p);
  if (unit == nullptr) return std::nullopt;
  if (value > 0) m.values.push_back(value);
  m.unit = std::string(unit->key);
  p += unit->written.size();
  if (at(s, p, "之")) {  // 第五条之一
    std::size_t sub_end = p;
    const int sub = read_cjk(s, p + 3, profile, sub_end);
    if (sub > 0) {
      m.sub = sub;
      p = sub_end;
    }
  }
  m.begin = static_cast<std::uint32_t>(pos);
  m.end = static_cast<std::uint32_t>(p);
  return m;
}

// (1) (a) (i) (一) and their full-width forms.
std::optional<MarkerReading> enclosed_at(std::string_view s, std::size_t pos, const LangProfile& profile) {
  std::size_t p;
  bool full;
  if (byte_at(s, pos) == '(') {
    p = pos + 1;
    full = false;
  } else if (at(s, pos, "（")) {
    p = pos + 3;
    full = true;
  } else {
    return std::nullopt;
  }
  auto close = [&](std::size_t q) -> std::size_t {
    if (byte_at(s, q) == ')') return q + 1;
    if (at(s, q, "）")) return q + 3;
    return 0;
  };
  MarkerReading r;
  r.marker.form = MarkerForm::enclosed;
  r.marker.begin = static_cast<std::uint32_t>(pos);
  std::size_t end = p, after;
  if (int v = read_decimal(s, p, end); v > 0 && (after = close(end))) {
    r.marker.style = MarkerStyle::decimal;
    r.marker.values = {v};
  } else if (int c = read_cjk(s, p, profile, end); c > 0 && (after = close(end))) {
    r.marker.style = MarkerStyle::cjk;
    r.marker.values = {c};
  } else if (is_alpha(byte_at(s, p)) && (after = close(p + 1))) {
    const char letter = s[p];
    const bool upper = is_upper(letter);
    std::size_t roman_end = p;
    const int roman = read_roman(s, p, upper, roman_end);
    r.marker.upper = upper;
    r.marker.style = MarkerStyle::alpha;
    r.marker.values = {(upper ? letter - 'A' : letter - 'a') + 1};
    if (roman > 0) {  // (i), (v), (x): roman, or a letter
      Marker alpha = r.marker;
      r.marker.style = MarkerStyle::roman;
      r.marker.values = {roman};
      r.alternative = alpha;
    }
  } else if (is_alpha(byte_at(s, p))) {
    const bool upper = is_upper(s[p]);
    const int roman = read_roman(s, p, upper, end);
    if (roman <= 0 || !(after = close(end))) return std::nullopt;
    r.marker.style = MarkerStyle::roman;
    r.marker.upper = upper;
    r.marker.values = {roman};
  } else {
    return std::nullopt;
  }
  (void)full;
  r.marker.end = static_cast<std::uint32_t>(after);
  return r;
}

// 1. 1) 1、 1.2.3 a. a) i. I. 一、
std::optional<MarkerReading> punctuated_at(std::string_view s, std::size_t pos, const LangProfile& profile) {
  MarkerReading r;
  Marker& m = r.marker;
  m.begin = static_cast<std::uint32_t>(pos);
  std::size_t end = pos;
  auto form_at = [&](std::size_t q, std::size_t& after) -> std::optional<MarkerForm> {
    const char c = byte_at(s, q);
    if (c == '.') return after = q + 1, MarkerForm::dot;
    if (c == ')') return after = q + 1, MarkerForm::paren;
    if (at(s, q, "．")) return after = q + 3, MarkerForm::dot;
    if (at(s, q, "）")) return after = q + 3, MarkerForm::paren;
    if (at(s, q, "、")) return after = q + 3, MarkerForm::comma;
    return std::nullopt;
  };
  std::size_t after = 0;
  if (int v = read_decimal(s, pos, end); v > 0) {
    m.style = MarkerStyle::decimal;
    m.values = {v};
    // 1.2 and 1.2.3: parts joined by dots.
    while (byte_at(s, end) == '.' && digit_at(s, end + 1, after) >= 0 && m.values.size() < 5) {
      std::size_t part_end = end + 1;
      const int part = read_decimal(s, end + 1, part_end);
      if (part <= 0 || part > 99) return std::nullopt;
      m.values.push_back(part);
      end = part_end;
    }
    if (m.values.size() > 1) {
      m.style = MarkerStyle::decimal_multi;
      m.form = MarkerForm::bare;
      after = end;
      if (byte_at(s, end) == '.') after = end + 1;  // 1.2. Title
      m.end = static_cast<std::uint32_t>(after);
      return r;
    }
  } else if (int c = read_cjk(s, pos, profile, end); c > 0) {
    m.style = MarkerStyle::cjk;
    m.values = {c};
    if (!at(s, end, "、")) return std::nullopt;  // 一、 only: 一.  reads as text
  } else if (is_alpha(byte_at(s, pos)) && !is_alpha(byte_at(s, pos + 1))) {
    const char letter = s[pos];
    m.upper = is_upper(letter);
    m.style = MarkerStyle::alpha;
    m.values = {(m.upper ? letter - 'A' : letter - 'a') + 1};
    end = pos + 1;
    std::size_t roman_end = pos;
    if (const int roman = read_roman(s, pos, m.upper, roman_end); roman > 0) {
      Marker alpha = m;
      m.style = MarkerStyle::roman;
      m.values = {roman};
      r.alternative = alpha;
    }
  } else if (is_alpha(byte_at(s, pos))) {
    const bool upper = is_upper(s[pos]);
    const int roman = read_roman(s, pos, upper, end);
    if (roman <= 0) return std::nullopt;
    m.style = MarkerStyle::roman;
    m.upper = upper;
    m.values = {roman};
  } else {
    return std::nullopt;
  }
  const auto form = form_at(end, after);
  if (!form) return std::nullopt;
  m.form = *form;
  if (r.alternative) r.alternative->form = *form;
  if (m.form == MarkerForm::comma && m.style != MarkerStyle::cjk && m.style != MarkerStyle::decimal)
    return std::nullopt;
  m.end = static_cast<std::uint32_t>(after);
  if (r.alternative) r.alternative->end = m.end;
  return r;
}

// ①–⑳ (circled), ⑴–⒇ (parenthesized), ⒈–⒛ (with a full stop).
std::optional<MarkerReading> circled_at(std::string_view s, std::size_t pos) {
  std::size_t next = pos;
  const char32_t cp = char_at(s, pos, next);
  MarkerReading r;
  r.marker.style = MarkerStyle::circled;
  if (cp >= 0x2460 && cp <= 0x2473) {
    r.marker.form = MarkerForm::bare;
    r.marker.values = {static_cast<int>(cp - 0x2460 + 1)};
  } else if (cp >= 0x2474 && cp <= 0x2487) {
    r.marker.form = MarkerForm::enclosed;
    r.marker.values = {static_cast<int>(cp - 0x2474 + 1)};
  } else if (cp >= 0x2488 && cp <= 0x249B) {
    r.marker.form = MarkerForm::dot;
    r.marker.values = {static_cast<int>(cp - 0x2488 + 1)};
  } else {
    return std::nullopt;
  }
  r.marker.begin = static_cast<std::uint32_t>(pos);
  r.marker.end = static_cast<std::uint32_t>(next);
  return r;
}

struct Word {
  std::string_view written;  // lowercase
  bool letter_numbers;       // Appendix A
};
constexpr std::array<Word, 10> kWords = {{{"article", false},
                                          {"section", false},
                                          {"chapter", false},
                                          {"part", false},
                                          {"clause", false},
                                          {"paragraph", false},
                                          {"annex", true},
                                          {"appendix", true},
                                          {"schedule", true},
                                          {"rule", false}}};

// Article 4, Section 2, CHAPTER III, Appendix B, § 5 — capitalised, as a
// heading writes them. What follows decides whether it heads the block
// ("Article 1 (Purpose)", "Section 1 – Definitions.") or is a sentence about
// it ("Section 2 of this policy applies").
std::optional<MarkerReading> word_at(std::string_view s, std::size_t pos, bool heading) {
  MarkerReading r;
  Marker& m = r.marker;
  std::size_t p = pos;
  if (at(s, pos, "§")) {
    m.unit = "§";
    p = skip_space(s, pos + 2);
  } else {
    if (!is_upper(byte_at(s, pos))) return std::nullopt;
    for (const Word& w : kWords) {
      if (!text::detail::at_word_ci(s, pos, w.written)) continue;
      m.unit = std::string(w.written);
      p = pos + w.written.size();
      break;
    }
    if (m.unit.empty() || byte_at(s, p) != ' ') return std::nullopt;
    p = skip_space(s, p);
  }
  std::size_t end = p;
  int value = read_decimal(s, p, end);
  if (value <= 0) value = read_roman(s, p, true, end);
  if (value <= 0 && m.unit != "§") {
    const bool letters = std::any_of(kWords.begin(), kWords.end(),
                                     [&](const Word& w) { return w.written == m.unit && w.letter_numbers; });
    if (letters && is_upper(byte_at(s, p)) && !is_alpha(byte_at(s, p + 1))) {
      value = s[p] - 'A' + 1;
      end = p + 1;
    }
  }
  if (value <= 0 || is_alpha(byte_at(s, end)) || digit_at(s, end, p) >= 0) return std::nullopt;
  m.style = MarkerStyle::word;
  m.values = {value};
  m.begin = static_cast<std::uint32_t>(pos);
  // "Section 2." or "Article 4:" keep their punctuation out of the title.
  std::size_t marker_end = end;
  if (byte_at(s, marker_end) == '.' || byte_at(s, marker_end) == ':') ++marker_end;
  m.end = static_cast<std::uint32_t>(marker_end);
  if (heading) return r;
  const std::size_t next = skip_space(s, marker_end);
  if (next >= s.size()) return r;
  const char32_t cp = char_at(s, next);
  if (cp == '(' || cp == U'（' || cp == U'–' || cp == U'—' || cp == '-' || cp == ':' || is_cjk(cp)) return r;
  if (marker_end > end) return r;  // "Article 4. Scope"
  if (is_upper(byte_at(s, next))) return r;  // "Article 4 Scope of Application"
  return std::nullopt;
}

// Words that make the number before them a quantity, never a section title:
// "1.2 版，2023 年 11 月 1 日生效" is version 1.2, not section 1.2. A unit is
// a word of its own only when no other word runs on from it: "3.2 年齢制限"
// (age limits), "5.1 版权声明" and "1.1 日本国外への移転" are titles.
bool unit_follows(std::string_view s, std::size_t pos) {
  static constexpr std::string_view kUnits[] = {"版", "年", "个月", "個月", "か月", "ヶ月", "月", "日", "天", "小时",
                                                "小時", "時間", "分钟", "分鐘", "秒", "万", "萬", "亿", "億", "倍", "元"};
  // What may follow a unit: a particle or a word that keeps it a quantity.
  static constexpr std::string_view kAfterUnit[] = {"の", "内", "內", "以", "前", "后", "後", "起", "间", "間",
                                                    "左", "余", "餘", "多", "生", "有", "未"};
  for (std::string_view u : kUnits) {
    if (!at(s, pos, u)) continue;
    const std::size_t next = pos + u.size();
    if (next >= s.size() || !is_cjk(char_at(s, next))) return true;
    for (std::string_view a : kAfterUnit)
      if (at(s, next, a)) return true;
  }
  return false;
}

}  // namespace

std::optional<MarkerReading> parse_leading_marker(std::string_view text, std::string_view lang, bool heading) {
  const LangProfile profile = text::detail::profile_for(lang);
  const std::size_t pos = skip_space(text, 0);
  if (pos >= text.size()) return std::nullopt;
  std::optional<MarkerReading> r;
  if (auto ordinal = cjk_ordinal_at(text, pos, profile)) {
    const std::size_t after = ordinal->end;
    if (after < text.size() && !is_space(char_at(text, after)) && followed_like_a_reference(text, after))
      return std::nullopt;
    return MarkerReading{*ordinal, std::nullopt};
  }
  if ((r = word_at(text, pos, heading))) return r;
  if ((r = circled_at(text, pos))) return r;
  if ((r = enclosed_at(text, pos, profile))) {
    if (!body_may_follow(text, r->marker.end, profile, r->marker.form)) return std::nullopt;
    return r;
  }
  if ((r = punctuated_at(text, pos, profile))) {
    const Marker& m = r->marker;
    if (m.style == MarkerStyle::decimal_multi) {
      // 2.1 Scope, not 2.5 million: a heading, or a title that starts like one.
      const std::size_t next = skip_space(text, m.end);
      if (next == m.end && next < text.size()) return std::nullopt;
      if (!heading && next < text.size()) {
        const char32_t cp = char_at(text, next);
        if (!is_cjk(cp) && !is_upper(byte_at(text, next))) return std::nullopt;
        if (unit_follows(text, next)) return std::nullopt;  // 1.2 版, 2.5 万: a quantity
      }
      return r;
    }
    if (!body_may_follow(text, m.end, profile, m.form)) return std::nullopt;
    return r;
  }
  return std::nullopt;
}

std::optional<MarkerReading> parse_list_marker(std::string_view marker, std::string_view lang) {
  auto r = parse_leading_marker(marker, lang, true);
  if (!r) return std::nullopt;
  // The whole marker must be read: "1.2.3" yes, "-" or "1 2" no.
  if (skip_space(marker, r->marker.end) != marker.size()) return std::nullopt;
  return r;
}

namespace {

// Characters after which 第X條 is quoted, not a heading: 依第五條, 按照第三章,
// 本合同第二條, 第三条至第五条.
bool preceded_like_a_reference(std::string_view s, std::size_t pos) {
  static constexpr std::string_view kBefore[] = {"依", "照", "据", "據", "按", "见", "見", "于", "於", "如", "及",
                                                 "和", "与", "與", "或", "至", "、", "本", "前", "该", "該", "在",
                                                 "第", "之", "此", "同", "条", "條", "款", "项", "項", "述", "即"};
  for (std::string_view b : kBefore)
    if (text::detail::before(s, pos, b)) return true;
  return false;
}

// Where a structural marker may start in running text: after the end of a
// sentence or clause, or after a blank to fill in (合同編號:____第二條).
bool after_a_break(std::string_view s, std::size_t pos) {
  if (pos == 0) return true;
  std::size_t p = pos;
  const char32_t cp = utf8::prev(s, p);
  return std::u32string_view(U"。！？；;：:_＿!?」』）)").find(cp) != std::u32string_view::npos || is_space(cp);
}

// Where a sentence ends before `pos` (white space skipped), or the text starts.
bool after_a_sentence(std::string_view s, std::size_t pos) {
  std::size_t p = pos;
  while (p > 0) {
    std::size_t q = p;
    const char32_t cp = utf8::prev(s, q);
    if (!is_space(cp)) return std::u32string_view(U"。！？!?").find(cp) != std::u32string_view::npos;
    p = q;
  }
  return true;
}

// Code points between two offsets that end a clause (a title has none).
bool clause_break_between(std::string_view s, std::size_t from, std::size_t to) {
  for (std::size_t p = from; p < to;) {
    const char32_t cp = char_at(s, p, p);
    if (std::u32string_view(U"。！？；;，,：:").find(cp) != std::u32string_view::npos) return true;
  }
  return false;
}

// CJK characters between two offsets: how long a title is (pinyin glosses and
// other Latin insertions do not count).
std::size_t cjk_letters_between(std::string_view s, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t p = from; p < to;) n += is_cjk(char_at(s, p, p)) ? 1 : 0;
  return n;
}

// Characters before （一） that make it a reference or a label, not an item:
// 第(一)項, 附件(一), 表(一), 公式(一).
bool labels_a_thing(std::string_view s, std::size_t pos) {
  static constexpr std::string_view kBefore[] = {"第", "件", "表", "图", "圖", "式", "款", "项", "項"};
  for (std::string_view b : kBefore)
    if (text::detail::before(s, pos, b)) return true;
  if (pos == 0) return false;
  const char c = s[pos - 1];
  return is_alpha(c) || is_digit(c);
}

constexpr std::size_t kTitleWindow = 16;  // CJK characters: a title after 第X條 is short

}  // namespace

std::vector<Marker> find_inline_markers(std::string_view text, std::string_view lang) {
  std::vector<Marker> out;
  const LangProfile profile = text::detail::profile_for(lang);
  if (!profile.cjk()) return out;
  std::size_t last_strong_end = std::string_view::npos;  // end of the last 第X條 read
  int last_item = 0;                                      // value of the last （一） under it
  // After a marker, its title: a short run with no clause break.
  auto follows_a_title = [&](std::size_t pos) {
    return last_strong_end != std::string_view::npos && last_strong_end <= pos &&
           cjk_letters_between(text, last_strong_end, pos) <= kTitleWindow &&
           !clause_break_between(text, last_strong_end, pos);
  };
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t next = pos;
    const char32_t cp = char_at(text, pos, next);
    if (cp == U'第') {
      auto m = cjk_ordinal_at(text, pos, profile);
      // Chapters are named, not quoted, in running text (本章, not 第三章);
      // articles must stand after a break or a chapter's title.
      const bool part = m && (m->unit == "章" || m->unit == "编" || m->unit == "节");
      if (m && (part || m->unit == "条") && !followed_like_a_reference(text, m->end) &&
          !preceded_like_a_reference(text, pos) && (part || after_a_break(text, pos) || follows_a_title(pos))) {
        last_strong_end = m->end;
        last_item = 0;
        pos = m->end;
        out.push_back(std::move(*m));
        continue;
      }
    } else if ((cp == '(' || cp == U'（') && !labels_a_thing(text, pos)) {
      auto r = enclosed_at(text, pos, profile);
      if (r && (r->marker.style == MarkerStyle::cjk || r->marker.style == MarkerStyle::decimal)) {
        const int v = r->marker.value();
        // An enumeration starts at one, under an article (after its title
        // or a clause) or, with none, after a sentence: "您可以：(1) 下載…；
        // 以及 (2) 查看…" enumerates inside one sentence, as the English
        // does. Its next items follow a clause break and keep counting.
        const bool under_article = last_strong_end != std::string_view::npos;
        const bool starts = v == 1 && (under_article || after_a_sentence(text, pos));
        const bool continues = last_item > 0 && v >= last_item && v <= last_item + 3 && after_a_break(text, pos);
        if (starts || continues) {
          last_item = v;
          pos = r->marker.end;
          out.push_back(std::move(r->marker));
          continue;
        }
      }
    }
    pos = next;
  }
  return out;
}

}  // namespace concord::structure
