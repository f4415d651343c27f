#include "concord/text/ordinals.hpp"

#include "concord/text/numerals.hpp"

namespace concord::text::detail {
namespace {

// Markers of a part of a text after 第 + numeral. 期, 版, 回, 次 are left out: 第一期 is "the first
// period", 第一次 "the first time", which English writes without a number.
constexpr std::string_view kPartMarkers[] = {
    "条", "條", "章", "节", "節", "款", "项", "項", "编", "編", "篇", "部分", "部", "卷", "目", "号", "號",
    "段", "則", "则",
};

std::size_t marker_end(std::string_view s, std::size_t pos) {
  for (std::string_view m : kPartMarkers)
    if (at(s, pos, m)) return pos + m.size();
  return 0;
}

// An Arabic or CJK integer after 第 (or 之 / の).
std::optional<ParsedNumber> ordinal_number(std::string_view s, std::size_t pos, const LangProfile& profile) {
  if (digit_starts(s, pos)) {
    std::size_t p = pos;
    int digits = 0;
    const long v = read_int(s, p, 6, &digits);
    if (v < 0) return std::nullopt;
    ParsedNumber n;
    n.value = decimal_from_integer(static_cast<std::uint64_t>(v));
    n.int_digits = digits;
    n.end = p;
    return n;
  }
  return parse_small_int(s, pos, profile, 999999);
}

int roman_value(char c) {
  switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;  // L and C are left out: "Appendix C" is a letter, not 100
    default: return 0;
  }
}

// An uppercase Roman numeral that is a whole word ("IV"); returns the end, or 0.
std::size_t roman_end(std::string_view s, std::size_t pos, int& value) {
  std::size_t p = pos;
  value = 0;
  while (p < s.size() && roman_value(s[p]) != 0 && p - pos < 8) {
    const int v = roman_value(s[p]);
    const int next = roman_value(byte_at(s, p + 1));
    value += v < next ? -v : v;
    ++p;
  }
  if (p == pos || is_alnum(byte_at(s, p))) return 0;
  return p;
}

}  // namespace

std::size_t read_subdivisions(std::string_view s, std::size_t pos, std::string& value) {
  std::size_t p = pos;
  for (;;) {
    // "(a)" or, in CJK text, "（a）": the value is written with ASCII brackets.
    const bool wide = at(s, p, "（");
    if (!wide && byte_at(s, p) != '(') break;
    const std::size_t open = p + (wide ? 3 : 1);
    std::size_t q = open;
    while (q < s.size() && is_alnum(s[q]) && q - open < 4) ++q;
    if (q == open) break;
    const std::size_t close = wide && at(s, q, "）") ? q + 3 : !wide && byte_at(s, q) == ')' ? q + 1 : 0;
    if (close == 0) break;
    value += "(" + std::string(s.substr(open, q - open)) + ")";
    p = close;
  }
  return p;
}

namespace {

// The paragraphs and items of an article, as English numbers them: 第5条第2款 → "(2)",
// 第2條第(b)項(1) → "(b)(1)", 第二条b款第(1)项 → "(b)(1)". Returns the end of what was read.
std::size_t paragraph_parts(std::string_view s, std::size_t pos, const LangProfile& profile, std::string& value) {
  std::size_t end = pos;
  while (true) {
    std::size_t p = skip_spaces(s, end);
    const bool numbered = at(s, p, "第");
    if (numbered) p = skip_spaces(s, p + 3);
    std::string part;
    bool bracketed = false;
    if (byte_at(s, p) == '(') {
      const std::size_t close = read_subdivisions(s, p, part);
      if (close == p) break;
      p = close;
      bracketed = true;
    } else if (is_lower(byte_at(s, p)) && !is_alnum(byte_at(s, p + 1))) {
      part = std::string("(") + s[p] + ")";
      ++p;
    } else if (numbered) {
      auto n = ordinal_number(s, p, profile);
      if (!n) break;
      part = "(" + n->value.to_string() + ")";
      p = n->end;
    } else {
      break;
    }
    const std::size_t m = skip_spaces(s, p);
    std::size_t after = 0;
    for (std::string_view marker : {"款", "項", "项", "目", "号", "號"})
      if (at(s, m, marker)) after = m + marker.size();
    if (after == 0 && !bracketed) break;
    value += part;
    end = after != 0 ? after : p;
  }
  return end;
}

Match ordinal(std::size_t end, std::string value, double number) {
  return make_match(EntityKind::ordinal, end, std::move(value), number);
}

}  // namespace

std::optional<Match> match_cjk_ordinal(std::string_view s, std::size_t pos, const LangProfile& profile) {
  if (!at(s, pos, "第")) return std::nullopt;
  const std::size_t p = skip_spaces(s, pos + 3);
  auto n = ordinal_number(s, p, profile);
  if (!n) return std::nullopt;
  std::string value = n->value.to_string();
  // 第 4(a) 点: subdivisions written before the marker.
  const std::size_t number_end = read_subdivisions(s, n->end, value);
  const std::size_t q = skip_spaces(s, number_end);
  const std::size_t marker = marker_end(s, q);
  if (marker == 0) {
    if (n->cjk) return silent_match(n->end);  // 第三方, 第一次: not numbering
    return ordinal(number_end, std::move(value), n->value.to_double());
  }
  std::size_t end = marker;
  // 第五条之一 / 第5条の2: an inserted article.
  for (std::string_view joiner : {"之", "の"}) {
    if (!at(s, end, joiner)) continue;
    if (auto sub = ordinal_number(s, end + joiner.size(), profile)) {
      if (marker_end(s, sub->end) == 0) {
        value += '-';
        value += sub->value.to_string();
        end = sub->end;
      }
    }
  }
  const std::string_view article_marker = s.substr(q, marker - q);
  if (article_marker == "条" || article_marker == "條") end = paragraph_parts(s, end, profile, value);
  // 第2条(b)(1): the subdivisions English writes the same way.
  end = read_subdivisions(s, end, value);
  return ordinal(end, std::move(value), n->value.to_double());
}

std::optional<Match> match_english_ordinal(std::string_view s, std::size_t pos) {
  std::size_t p = 0;
  if (at(s, pos, "\xC2\xA7")) {  // §, §§
    p = pos + 2;
    if (at(s, p, "\xC2\xA7")) p += 2;
    p = skip_spaces(s, p);
  } else {
    static constexpr std::string_view kKeywords[] = {
        "articles", "article",    "art.",  "sections", "section",  "sec.",     "chapters", "chapter",
        "clauses",  "clause",     "paragraphs", "paragraph", "para.", "parts", "part", "annex",
        "appendix", "schedule",
    };
    for (std::string_view k : kKeywords) {
      if (!at_ci(s, pos, k)) continue;
      const std::size_t after = pos + k.size();
      if (k.back() != '.' && is_alpha(byte_at(s, after))) continue;
      p = after;
      break;
    }
    if (p == 0) return std::nullopt;
    const std::size_t spaced = skip_spaces(s, p);
    if (spaced == p) return std::nullopt;
    p = spaced;
  }
  std::string value;
  double number = 0;
  std::size_t end = 0;
  if (is_digit(byte_at(s, p))) {
    end = digits_end(s, p);
    number = std::stod(std::string(s.substr(p, std::min<std::size_t>(end - p, 9))));
    while (byte_at(s, end) == '.' && is_digit(byte_at(s, end + 1))) end = digits_end(s, end + 1);
    if (is_alpha(byte_at(s, end)) && is_alpha(byte_at(s, end + 1))) return std::nullopt;  // "Section 3rd"?
    value.assign(s.substr(p, end - p));
    // Leading zeros are numbering style, not value: "Article 04" is Article 4.
    while (value.size() > 1 && value[0] == '0' && is_digit(value[1])) value.erase(0, 1);
  } else {
    int roman = 0;
    end = roman_end(s, p, roman);
    if (end == 0 || roman == 0) return std::nullopt;
    number = roman;
    value = std::to_string(roman);
  }
  end = read_subdivisions(s, end, value);
  return ordinal(end, std::move(value), number);
}

}  // namespace concord::text::detail
