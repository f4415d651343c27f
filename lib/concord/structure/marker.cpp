#include "concord/structure/marker.hpp"

namespace concord::structure {
namespace {

std::string_view form_name(MarkerForm f) {
  switch (f) {
    case MarkerForm::bare: return "";
    case MarkerForm::dot: return ".";
    case MarkerForm::paren: return ")";
    case MarkerForm::enclosed: return "()";
    case MarkerForm::comma: return "、";
  }
  return "";
}

std::string cjk_number(int value) {
  static constexpr std::string_view kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (value <= 0 || value >= 1000) return std::to_string(value);
  std::string out;
  const int hundreds = value / 100, tens = value / 10 % 10, ones = value % 10;
  if (hundreds > 0) out += std::string(kDigits[hundreds]) + "百";
  if (tens > 0) {
    if (hundreds > 0 || tens > 1) out += kDigits[tens];
    out += "十";
  } else if (hundreds > 0 && ones > 0) {
    out += "零";
  }
  if (ones > 0) out += kDigits[ones];
  return out;
}

std::string roman_number(int value, bool upper) {
  static constexpr std::pair<int, std::string_view> kParts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                                {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                                {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                                {1, "i"}};
  if (value <= 0 || value >= 4000) return std::to_string(value);
  std::string out;
  for (const auto& [n, s] : kParts)
    while (value >= n) {
      out += s;
      value -= n;
    }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

std::string_view to_string(MarkerStyle style) {
  switch (style) {
    case MarkerStyle::heading: return "heading";
    case MarkerStyle::decimal: return "decimal";
    case MarkerStyle::decimal_multi: return "decimal-multi";
    case MarkerStyle::alpha: return "alpha";
    case MarkerStyle::roman: return "roman";
    case MarkerStyle::circled: return "circled";
    case MarkerStyle::cjk: return "cjk";
    case MarkerStyle::cjk_ordinal: return "cjk-ordinal";
    case MarkerStyle::word: return "word";
    case MarkerStyle::table_item: return "table-item";
  }
  return "heading";
}

std::string style_key(const Marker& m) {
  std::string key(to_string(m.style));
  key += form_name(m.form);
  if (m.upper) key += "^";
  if (!m.unit.empty()) key += ":" + m.unit;
  if (m.style == MarkerStyle::decimal_multi) key += "#" + std::to_string(m.values.size());
  return key;
}

std::string spell_value(const Marker& m, int value) {
  switch (m.style) {
    case MarkerStyle::alpha:
      if (value >= 1 && value <= 26) return std::string(1, static_cast<char>((m.upper ? 'A' : 'a') + value - 1));
      return std::to_string(value);
    case MarkerStyle::roman: return roman_number(value, m.upper);
    case MarkerStyle::cjk:
    case MarkerStyle::cjk_ordinal: return cjk_number(value);
    default: return std::to_string(value);
  }
}

std::string describe(const Marker& m) {
  std::string number;
  for (std::size_t i = 0; i < m.values.size(); ++i) {
    if (i > 0) number += ".";
    number += m.style == MarkerStyle::decimal_multi ? std::to_string(m.values[i]) : spell_value(m, m.values[i]);
  }
  switch (m.style) {
    case MarkerStyle::heading: return "";
    case MarkerStyle::cjk_ordinal:
      return "第" + number + m.unit + (m.sub > 0 ? "之" + cjk_number(m.sub) : std::string());
    case MarkerStyle::word: {
      std::string word = m.unit;
      if (!word.empty() && word != "§") word[0] = static_cast<char>(word[0] - 'a' + 'A');
      return word + (word == "§" ? "" : " ") + number;
    }
    case MarkerStyle::table_item: return number;
    default: break;
  }
  switch (m.form) {
    case MarkerForm::dot: return number + ".";
    case MarkerForm::paren: return number + ")";
    case MarkerForm::enclosed:
      return m.style == MarkerStyle::cjk ? "（" + number + "）" : "(" + number + ")";
    case MarkerForm::comma: return number + "、";
    case MarkerForm::bare: return number;
  }
  return number;
}

}  // namespace concord::structure
