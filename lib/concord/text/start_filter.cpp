#include "concord/text/start_filter.hpp"

#include "concord/text/scan.hpp"

namespace concord::text::detail {

StartTable::StartTable() {
  for (char32_t cp : {U'〇', U'零', U'一', U'二', U'两', U'兩', U'三', U'四', U'五', U'六', U'七', U'八', U'九', U'十',
                      U'百', U'第', U'令', U'平', U'昭', U'大', U'午', U'上', U'下', U'人', U'新', U'版', U'バ', U'美',
                      U'港', U'欧', U'歐', U'日', U'英', U'民', U'＄', U'￥', U'€'})
    set(cp);
  for (char32_t cp = U'０'; cp <= U'９'; ++cp) set(cp);
}

const StartTable& start_table() {
  static const StartTable table;
  return table;
}

EnglishKeywords::EnglishKeywords() {
  for (std::string_view w :
       {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "version", "ver", "article", "articles", "art",
        "section", "sections", "sec", "chapter", "chapters", "clause", "clauses", "paragraph", "paragraphs", "para",
        "part", "parts", "annex", "appendix", "schedule"}) {
    const int first = w.front() - 'a';
    masks_[first][w.back() - 'a'] |= 1u << w.size();
    buckets_[first][sizes_[first]++] = w;
  }
}

bool EnglishKeywords::contains(std::string_view word) const {
  if (word.empty() || !is_alpha(word.front()) || !is_alpha(word.back())) return false;
  if (!may_contain(word.front(), word.back(), word.size())) return false;
  const int bucket = to_lower(word.front()) - 'a';
  for (int i = 0; i < sizes_[bucket]; ++i)
    if (buckets_[bucket][i].size() == word.size() && at_ci(word, 0, buckets_[bucket][i])) return true;
  return false;
}

const EnglishKeywords& english_keywords() {
  static const EnglishKeywords keywords;
  return keywords;
}

}  // namespace concord::text::detail
