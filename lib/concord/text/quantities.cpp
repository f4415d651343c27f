#include "concord/text/quantities.hpp"

#include "concord/text/ordinals.hpp"
#include "concord/text/versions.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <initializer_list>

namespace concord::text::detail {
namespace {

struct Currency {
  std::string_view text;
  std::string_view code;
};

// Longer forms first where one is a prefix of another.
constexpr Currency kCjkCurrencySuffixes[] = {
    {"美元", "USD"},   {"美金", "USD"},   {"米ドル", "USD"}, {"ドル", "USD"},   {"欧元", "EUR"},
    {"歐元", "EUR"},   {"ユーロ", "EUR"}, {"日元", "JPY"},   {"日圓", "JPY"},   {"日圆", "JPY"},
    {"円", "JPY"},     {"英镑", "GBP"},   {"英鎊", "GBP"},   {"ポンド", "GBP"}, {"港币", "HKD"},
    {"港幣", "HKD"},   {"港元", "HKD"},   {"新台币", "TWD"}, {"新臺幣", "TWD"}, {"新台幣", "TWD"},
    {"台币", "TWD"},   {"臺幣", "TWD"},   {"台幣", "TWD"},   {"人民币", "CNY"}, {"人民幣", "CNY"},
    {"人民元", "CNY"},
};

constexpr Currency kEnglishCurrencyWords[] = {
    {"us dollars", "USD"}, {"u.s. dollars", "USD"}, {"dollars", "USD"}, {"dollar", "USD"}, {"usd", "USD"},
    {"euros", "EUR"},      {"euro", "EUR"},         {"eur", "EUR"},     {"yen", "JPY"},    {"jpy", "JPY"},
    {"yuan", "CNY"},       {"renminbi", "CNY"},     {"rmb", "CNY"},     {"cny", "CNY"},    {"gbp", "GBP"},
    {"hkd", "HKD"},        {"twd", "TWD"},
};

struct Unit {
  std::string_view text;
  char unit;
  bool time_part;
};

constexpr Unit kEnglishUnits[] = {
    {"seconds", 'S', true}, {"second", 'S', true}, {"secs", 'S', true},  {"sec", 'S', true},
    {"minutes", 'M', true}, {"minute", 'M', true}, {"mins", 'M', true},  {"min", 'M', true},
    {"hours", 'H', true},   {"hour", 'H', true},   {"hrs", 'H', true},   {"hr", 'H', true},
    {"days", 'D', false},   {"day", 'D', false},   {"weeks", 'W', false}, {"week", 'W', false},
    {"months", 'M', false}, {"month", 'M', false}, {"years", 'Y', false}, {"year", 'Y', false},
};

// Units that always make a duration after a number in Chinese or Japanese text.
constexpr Unit kCjkUnits[] = {
    {"个工作日", 'D', false}, {"個工作日", 'D', false}, {"个工作天", 'D', false}, {"個工作天", 'D', false},
    {"工作日", 'D', false},   {"工作天", 'D', false},   {"个自然日", 'D', false}, {"個自然日", 'D', false},
    {"自然日", 'D', false},   {"営業日", 'D', false},   {"日間", 'D', false},     {"个小时", 'H', true},
    {"個小時", 'H', true},    {"个钟头", 'H', true},    {"個鐘頭", 'H', true},    {"小时", 'H', true},
    {"小時", 'H', true},      {"钟头", 'H', true},      {"鐘頭", 'H', true},      {"時間", 'H', true},
    {"分钟", 'M', true},      {"分鐘", 'M', true},      {"分間", 'M', true},      {"秒钟", 'S', true},
    {"秒鐘", 'S', true},      {"秒間", 'S', true},      {"秒", 'S', true},        {"个星期", 'W', false},
    {"個星期", 'W', false},   {"星期", 'W', false},     {"週間", 'W', false},     {"个月", 'M', false},
    {"個月", 'M', false},     {"か月", 'M', false},     {"ヶ月", 'M', false},     {"カ月", 'M', false},
    {"ケ月", 'M', false},     {"ヵ月", 'M', false},     {"箇月", 'M', false},
};

// After 周/週, words in which it is not a week: 周年 (anniversary), 周岁 (age), 周末, 周期, 周边, 周围.
constexpr std::string_view kNotWeek[] = {"年", "岁", "歲", "末", "期", "边", "邊", "围", "圍"};

// After 年, words in which it is not a period of years: 3年生, 2年目, 2024年度, 年代, 年月, 年号.
constexpr std::string_view kNotYears[] = {"生", "目", "级", "級", "度", "代", "月", "号", "號"};

// Counters after which a lone CJK digit (三, 两) is a count: 三个, 两次, 二つ.
constexpr std::string_view kCounters[] = {
    "个", "個", "份", "项", "項", "次", "名", "位", "人", "条", "條", "种", "種", "件", "倍", "家",
    "台", "张", "張", "类", "類", "级", "級", "层", "層", "步", "页", "頁", "句", "字", "行", "封",
    "笔", "筆", "本", "套", "组", "組", "批", "轮", "輪", "所", "座", "款", "点", "點", "つ", "回",
    "社", "枚", "冊", "通", "桁", "箇所", "か所", "ヶ所",
};

// After 日 or a year-like 年, these make a duration: 30日以内, 1年間, 7日后.
constexpr std::string_view kDurationContext[] = {
    "間", "间", "内", "內", "以内", "以內", "之内", "之內", "後", "后", "以後", "以后", "以上", "未満",
    "期间", "期間", "経過", "が経過", "を経過", "超",
};

// The first three bytes of a word packed in one integer: a search compares one integer per word
// before comparing bytes (CJK words share their first byte, often their second).
constexpr std::uint32_t lead_key(std::string_view word) {
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < 3; ++i) key = (key << 8) | (i < word.size() ? static_cast<unsigned char>(word[i]) : 0u);
  return key;
}

template <typename T, std::size_t N, typename Word>
constexpr std::array<std::uint32_t, N> lead_keys(const T (&items)[N], Word word) {
  std::array<std::uint32_t, N> keys{};
  for (std::size_t i = 0; i < N; ++i) keys[i] = lead_key(word(items[i]));
  return keys;
}

constexpr auto text_of = [](const auto& item) { return std::string_view(item.text); };
constexpr auto itself = [](std::string_view word) { return word; };
constexpr auto kCjkCurrencyKeys = lead_keys(kCjkCurrencySuffixes, text_of);
constexpr auto kCjkUnitKeys = lead_keys(kCjkUnits, text_of);
constexpr auto kCounterKeys = lead_keys(kCounters, itself);
constexpr auto kDurationContextKeys = lead_keys(kDurationContext, itself);

// The index of the first of `items` written at `pos` (their keys in `keys`), or N when none is.
template <typename T, std::size_t N, typename Word>
std::size_t find_at(std::string_view s, std::size_t pos, const T (&items)[N], const std::array<std::uint32_t, N>& keys,
                    Word word) {
  const std::uint32_t key = lead_key(s.substr(std::min(pos, s.size()), 3));
  for (std::size_t i = 0; i < N; ++i)
    if (keys[i] == key && at(s, pos, word(items[i]))) return i;
  return N;
}

bool counter_at(std::string_view s, std::size_t pos) {
  return find_at(s, pos, kCounters, kCounterKeys, itself) < std::size(kCounters);
}

bool duration_context_at(std::string_view s, std::size_t pos) {
  return find_at(s, pos, kDurationContext, kDurationContextKeys, itself) < std::size(kDurationContext);
}

// First code points of every CJK word that can follow a number and change what it is (units,
// currencies, counters, 年 月 日…): when the character after a number is none of them, all the
// literal comparisons below are skipped.
class CjkSuffixStarts {
 public:
  CjkSuffixStarts() {
    for (const Currency& c : kCjkCurrencySuffixes) add(c.text);
    for (const Unit& u : kCjkUnits) add(u.text);
    for (std::string_view c : kCounters) add(c);
    for (std::string_view w : {"元", "天", "周", "週", "分", "日", "年", "岁", "歲", "歳", "才", "月", "割", "版"}) add(w);
  }
  bool at(std::string_view s, std::size_t pos) const {
    const char32_t cp = char_at(s, pos);
    return cp < 0x10000 && bits_[cp];
  }

 private:
  void add(std::string_view word) { bits_.set(char_at(word, 0)); }
  std::bitset<0x10000> bits_;
};

const CjkSuffixStarts& cjk_suffix_starts() {
  static const CjkSuffixStarts starts;
  return starts;
}

std::size_t match_any(std::string_view s, std::size_t pos, std::initializer_list<std::string_view> literals) {
  for (std::string_view lit : literals)
    if (at(s, pos, lit)) return pos + lit.size();
  return 0;
}

bool any_at(std::string_view s, std::size_t pos, const auto& literals) {
  for (std::string_view lit : literals)
    if (at(s, pos, lit)) return true;
  return false;
}

// An English duration unit word at `pos` ("days", "business days"); returns its end.
std::size_t english_unit_at(std::string_view s, std::size_t pos, const Unit*& unit) {
  std::size_t p = pos;
  for (std::string_view adjective : {"business ", "working ", "calendar "})
    if (at_ci(s, p, adjective)) {
      if (at_word_ci(s, p + adjective.size(), "days") || at_word_ci(s, p + adjective.size(), "day"))
        p += adjective.size();
      break;
    }
  const char first = to_lower(byte_at(s, p));
  for (const Unit& u : kEnglishUnits)
    if (u.text[0] == first && at_word_ci(s, p, u.text)) {
      unit = &u;
      return p + u.text.size();
    }
  return 0;
}

// The end of a bracketed confirmation of the same value after a number: "thirty (30) days",
// "30 (thirty) days", "三十 (30) 日". Returns `pos` when absent.
std::size_t skip_confirmation(std::string_view s, std::size_t pos, const ParsedNumber& n,
                              const LangProfile& profile) {
  std::size_t open = skip_spaces(s, pos);
  if (byte_at(s, open) == '(') ++open;
  else if (at(s, open, "（")) open += 3;
  else return pos;
  std::optional<ParsedNumber> other =
      (n.spelled || n.cjk) ? parse_arabic(s, open, profile) : parse_english(s, open);
  if (!other) return pos;
  std::size_t close = other->end;
  if (byte_at(s, close) == ')') ++close;
  else if (at(s, close, "）")) close += 3;
  else return pos;
  if (other->value.to_string() != n.value.to_string()) return pos;
  return close;
}

Match amount(std::size_t end, std::string_view code, const Decimal& value) {
  std::string text(code);
  text += ' ';
  text += value.to_string();
  return make_match(EntityKind::amount, end, std::move(text), value.to_double());
}

// ISO 8601 duration of `count` in `unit` (S, M, H time units when `time_part`; D, W, M, Y otherwise).
std::string iso_duration(const Decimal& count, char unit, bool time_part) {
  std::string out = time_part ? "PT" : "P";
  out += count.to_string();
  out += unit;
  return out;
}

Match duration(std::size_t end, const Decimal& count, char unit, bool time_part) {
  return make_match(EntityKind::duration, end, iso_duration(count, unit, time_part), count.to_double());
}

Match plain_number(std::size_t end, const Decimal& value) {
  return number_match(EntityKind::number, end, value);
}

// The end of a run of characters a glued token is made of (AES-256, 3h0m0s, 2FA).
std::size_t token_end(std::string_view s, std::size_t pos) {
  while (pos < s.size() && (is_alnum(s[pos]) || s[pos] == '_' || s[pos] == '-')) ++pos;
  return pos;
}

std::optional<Match> percent_after(std::string_view s, std::size_t q, const ParsedNumber& n) {
  std::size_t end = match_any(s, q, {"%", "\xEF\xBC\x85", "&#37;", "パーセント"});  // ％
  if (end == 0 && byte_at(s, q) == ' ') end = match_any(s, skip_spaces(s, q), {"%", "\xEF\xBC\x85", "パーセント"});
  if (end == 0 && byte_at(s, q) == ' ') {
    if (at_word_ci(s, q + 1, "percent")) end = q + 8;
    else if (at_word_ci(s, q + 1, "per cent")) end = q + 9;
  }
  if (end == 0) return std::nullopt;
  return make_match(EntityKind::percent, end, n.value.to_string() + "%", n.value.to_double());
}

std::optional<Match> currency_after(std::string_view s, std::size_t q, const ParsedNumber& n,
                                    const LangProfile& profile) {
  const std::size_t u = skip_spaces(s, q);
  const std::size_t i = find_at(s, u, kCjkCurrencySuffixes, kCjkCurrencyKeys, text_of);
  if (i < std::size(kCjkCurrencySuffixes)) {
    const Currency& c = kCjkCurrencySuffixes[i];
    return amount(u + c.text.size(), c.code, n.value);
  }
  if (profile.zh && at(s, u, "元") && !at(s, u + 3, "素")) return amount(u + 3, "CNY", n.value);
  if (byte_at(s, q) == ' ' && u == q + 1) {
    const char first = to_lower(byte_at(s, u));
    for (const Currency& c : kEnglishCurrencyWords)
      if (c.text[0] == first && at_word_ci(s, u, c.text)) return amount(u + c.text.size(), c.code, n.value);
  }
  return std::nullopt;
}

bool year_like(const ParsedNumber& n) {
  if (n.cjk) return n.digit_by_digit && n.cjk_chars == 4;
  const long long v = n.value.as_integer();
  return n.int_digits == 4 && !n.fraction && !n.grouped && !n.scaled && v >= 1000 && v <= 2999;
}

std::optional<Match> cjk_duration_after(std::string_view s, std::size_t q, const ParsedNumber& n,
                                        const LangProfile& profile) {
  const std::size_t u = skip_spaces(s, q);
  const std::size_t i = find_at(s, u, kCjkUnits, kCjkUnitKeys, text_of);
  if (i < std::size(kCjkUnits) && (profile.ja || kCjkUnits[i].text != "時間")) {
    const Unit& unit = kCjkUnits[i];
    return duration(u + unit.text.size(), n.value, unit.unit, unit.time_part);
  }
  if (profile.zh && at(s, u, "天")) return duration(u + 3, n.value, 'D', false);
  if (at(s, u, "周") || at(s, u, "週")) {
    if (!any_at(s, u + 3, kNotWeek)) return duration(u + 3, n.value, 'W', false);
  }
  // Japanese 分 is minutes (not 3分の1, a fraction; not the 十分 of "enough"); 50 分の通話 is
  // fifty minutes of calls.
  int digit_value = 0;
  const bool fraction = at(s, u + 3, "の") && (digit_starts(s, u + 6) ||
                                              cjk_numeral(char_at(s, u + 6), digit_value, profile) != CjkNumeral::none);
  if (profile.ja && at(s, u, "分") && !fraction && !(n.cjk && n.cjk_chars == 1))
    return duration(u + 3, n.value, 'M', true);
  // 日 is also the day of a month: a duration only with a word of extent (30日以内, 6日間);
  // in Japanese 30日前 is "30 days before", in Chinese "before the 30th".
  if (at(s, u, "日") && (duration_context_at(s, u + 3) || (profile.ja && at(s, u + 3, "前"))))
    return duration(u + 3, n.value, 'D', false);
  if (at(s, u, "年")) {
    const std::size_t after_year = u + 3;
    if (any_at(s, after_year, kNotYears)) return std::nullopt;
    if (duration_context_at(s, after_year) || !year_like(n)) return duration(after_year, n.value, 'Y', false);
  }
  return std::nullopt;
}

std::optional<Match> english_duration_after(std::string_view s, std::size_t q, const ParsedNumber& n) {
  std::size_t u = skip_spaces(s, q);
  if (u == q) {
    if (byte_at(s, q) != '-') return std::nullopt;  // "30-day"
    u = q + 1;
  }
  const Unit* unit = nullptr;
  const std::size_t end = english_unit_at(s, u, unit);
  if (end == 0) return std::nullopt;
  // Ages are counts, not periods: "13 years old", "a 13-year-old".
  if (unit->unit == 'Y' && !unit->time_part) {
    if (at_word_ci(s, end, " old") || at_word_ci(s, end, " of age") || at_word_ci(s, end, "-old"))
      return plain_number(n.end, n.value);
  }
  return duration(end, n.value, unit->unit, unit->time_part);
}

// Letters written right after digits: an ordinal suffix (3rd), a unit (24h, 10GB, 5k), or a token
// the digits belong to (2FA, 3h0m0s), which is no quantity.
Match glued_letters(std::string_view s, std::size_t q, const ParsedNumber& n) {
  const std::size_t letters = letters_end(s, q);
  const std::string_view suffix = s.substr(q, letters - q);
  if (!is_alnum(byte_at(s, letters)) && byte_at(s, letters) != '_') {
    if (!n.fraction)
      for (std::string_view ord : {"st", "nd", "rd", "th"})
        if (suffix.size() == 2 && at_ci(suffix, 0, ord)) {
          // "3rd party" is the third party of 第三方: a name, not a rank.
          if (at_ci(s, letters, "-part") || at_ci(s, letters, " part")) return silent_match(letters);
          return number_match(EntityKind::ordinal, letters, n.value);
        }
    if (suffix == "h" || suffix == "hr" || suffix == "hrs") return duration(letters, n.value, 'H', true);
    if (suffix == "min" || suffix == "mins") return duration(letters, n.value, 'M', true);
    if (suffix == "k" || suffix == "K") return plain_number(letters, n.value.scaled(3));
    for (std::string_view unit : {"kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "kbps", "mbps", "gbps",
                                  "ms", "x", "px", "hz", "khz", "mhz", "ghz", "bit", "bits"})
      if (suffix.size() == unit.size() && at_ci(suffix, 0, unit)) return plain_number(n.end, n.value);
  }
  return silent_match(token_end(s, q));
}

}  // namespace

Match finish_number(std::string_view s, std::size_t begin, ParsedNumber n, const LangProfile& profile) {
  if (!n.cjk) apply_english_scale(s, n);
  const std::size_t q = skip_confirmation(s, n.end, n, profile);
  if (q != n.end) n.weak = false;
  const std::size_t u = skip_spaces(s, q);
  const bool cjk_word_follows = static_cast<unsigned char>(byte_at(s, u)) >= 0x80 && cjk_suffix_starts().at(s, u);

  // CJK digits read one by one are a year (二〇二四) or an approximation (三四天, 一一): not a quantity.
  if (n.cjk && n.digit_by_digit) {
    if (n.has_zero_char || (n.cjk_chars == 4 && at(s, u, "年"))) return plain_number(n.end, n.value);
    return silent_match(n.end);
  }
  if (auto m = percent_after(s, q, n)) return *m;
  if (cjk_word_follows || is_alpha(byte_at(s, u)))
    if (auto m = currency_after(s, q, n, profile)) return *m;
  if (cjk_word_follows) {
    // 2.1 版 (zh), 1.2 版: the version of a document.
    if (profile.cjk() && n.fraction && !n.cjk && !n.grouped && !n.scaled && at(s, u, "版")) {
      if (auto m = version_at(s, begin, u + (at(s, u + 3, "本") ? 6 : 3))) return *m;
    }
    if (profile.ja && at(s, q, "割") && n.value.is_integer() && n.value.as_integer() <= 10) {
      const Decimal pct = n.value.scaled(1);
      return make_match(EntityKind::percent, q + 3, pct.to_string() + "%", pct.to_double());
    }
    if (auto m = cjk_duration_after(s, q, n, profile)) return *m;
    // Ages are counts: 13 歳, 13岁.
    if (match_any(s, u, {"周岁", "周歲", "歳", "岁", "歲"}) != 0) return plain_number(n.end, n.value);
    if (profile.ja && at(s, u, "才")) return plain_number(n.end, n.value);
    // 3分の1 is a fraction, 12月 a month's name: neither is a quantity of its own.
    if (at(s, u, "分の")) return silent_match(u + 3);
    if (at(s, u, "月") && n.value.is_integer() && n.value.as_integer() >= 1 && n.value.as_integer() <= 12)
      return silent_match(u + 3);
  } else if (is_alpha(byte_at(s, u)) || byte_at(s, q) == '-') {
    if (auto m = english_duration_after(s, q, n)) return *m;
  }

  if (!n.cjk && !n.spelled && is_alpha(byte_at(s, n.end))) return glued_letters(s, n.end, n);
  // 4(a), 5(1): a reference to a numbered part, as "Section 4(a)" without its keyword.
  if (!n.cjk && !n.spelled && !n.fraction && !n.grouped && byte_at(s, n.end) == '(') {
    std::string value = n.value.to_string();
    const std::size_t end = read_subdivisions(s, n.end, value);
    if (end != n.end) return make_match(EntityKind::ordinal, end, std::move(value), n.value.to_double());
  }

  if (n.spelled) {
    if (n.weak) return silent_match(n.end);
    if (byte_at(s, n.end) == '-' && is_alpha(byte_at(s, n.end + 1))) return silent_match(n.end);  // two-factor
    return plain_number(q, n.value);
  }
  if (n.cjk && !n.fraction) {
    if (n.cjk_chars == 1) {
      const long long v = n.value.as_integer();
      // 一 before a counter is an article ("一个账户" = "an account"); 零 alone is rarely a count.
      if (v <= 1 || !cjk_word_follows || u != n.end || !counter_at(s, n.end)) return silent_match(n.end);
      if (at(s, begin, "二") && at(s, n.end, "次")) return silent_match(n.end);  // 二次: secondary, not twice
    }
  }
  return plain_number(q, n.value);
}

bool may_qualify_cjk_numeral(std::string_view s, std::size_t pos) {
  const char c = byte_at(s, pos);
  if (static_cast<unsigned char>(c) < 0x80) return c == '%' || c == '(' || c == '&';
  return cjk_suffix_starts().at(s, pos) || at(s, pos, "时") || at(s, pos, "（") || at(s, pos, "％") ||
         at(s, pos, "パ");
}

std::optional<Match> match_currency_prefix(std::string_view s, std::size_t pos, const LangProfile& profile) {
  enum class Form { sign, code, word };  // $ € ¥; USD; 人民币 (which may end with 元)
  struct Prefix {
    std::string_view text;
    std::string_view code;  // empty: ¥, whose currency depends on the language
    Form form;
  };
  static constexpr Prefix kPrefixes[] = {
      {"US$", "USD", Form::sign},   {"HK$", "HKD", Form::sign},   {"NT$", "TWD", Form::sign},
      {"$", "USD", Form::sign},     {"\xEF\xBC\x84", "USD", Form::sign},  // ＄
      {"\xE2\x82\xAC", "EUR", Form::sign},                                // €
      {"\xC2\xA3", "GBP", Form::sign},                                    // £
      {"\xC2\xA5", "", Form::sign},                                       // ¥
      {"\xEF\xBF\xA5", "", Form::sign},                                   // ￥
      {"USD", "USD", Form::code},   {"EUR", "EUR", Form::code},   {"JPY", "JPY", Form::code},
      {"CNY", "CNY", Form::code},   {"RMB", "CNY", Form::code},   {"GBP", "GBP", Form::code},
      {"HKD", "HKD", Form::code},   {"TWD", "TWD", Form::code},   {"人民币", "CNY", Form::word},
      {"人民幣", "CNY", Form::word}, {"新台币", "TWD", Form::word}, {"新臺幣", "TWD", Form::word},
      {"新台幣", "TWD", Form::word}, {"美金", "USD", Form::word},   {"美元", "USD", Form::word},
      {"港币", "HKD", Form::word},   {"港幣", "HKD", Form::word},   {"欧元", "EUR", Form::word},
      {"歐元", "EUR", Form::word},   {"日元", "JPY", Form::word},   {"日圓", "JPY", Form::word},
      {"英镑", "GBP", Form::word},   {"英鎊", "GBP", Form::word},
  };
  const char first = byte_at(s, pos);
  for (const Prefix& prefix : kPrefixes) {
    if (prefix.text[0] != first || !at(s, pos, prefix.text)) continue;
    std::size_t p = pos + prefix.text.size();
    if (prefix.form == Form::code && is_alpha(byte_at(s, p))) return std::nullopt;
    p = skip_spaces(s, p);
    std::optional<ParsedNumber> n = parse_arabic(s, p, profile);
    if (!n && prefix.form == Form::word) n = parse_cjk(s, p, profile);  // 人民币五元
    if (!n) return std::nullopt;
    if (!n->cjk) apply_english_scale(s, *n);
    std::size_t end = n->end;
    if (prefix.form == Form::word) {  // 人民币 5 元, 美金五百元
      const std::size_t u = skip_spaces(s, end);
      if (at(s, u, "元") || at(s, u, "圓")) end = u + 3;
    }
    const std::string_view code = prefix.code.empty() ? (profile.zh ? "CNY" : "JPY") : prefix.code;
    return amount(end, code, n->value);
  }
  return std::nullopt;
}

std::optional<Match> match_chinese_percent(std::string_view s, std::size_t pos, const LangProfile& profile) {
  if (!at(s, pos, "百分之")) return std::nullopt;
  const std::size_t p = skip_spaces(s, pos + 9);
  std::optional<ParsedNumber> n = parse_arabic(s, p, profile);
  if (!n) n = parse_cjk(s, p, profile, /*allow_leading_unit=*/true);
  if (!n) return std::nullopt;
  return make_match(EntityKind::percent, n->end, n->value.to_string() + "%", n->value.to_double());
}

}  // namespace concord::text::detail
