#pragma once
// A numbering marker as written in a document — `3.`, `(a)`, `（一）`,
// `第五条之一`, `Article 4`, `①` — with its parsed value, so that the outline
// can nest sections and the numbering rules can compare neighbours.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord::structure {

enum class MarkerStyle : std::uint8_t {
  heading,        // a heading block with no number of its own
  decimal,        // 1.  1)  (1)  1、
  decimal_multi,  // 1.2  1.2.3: one value per part
  alpha,          // a.  a)  (a)  A.
  roman,          // i.  i)  (i)  IV.
  circled,        // ①  ⑴  ⒈
  cjk,            // 一、  (一)  （一）
  cjk_ordinal,    // 第五条  第三章  第二節之一: `unit` says which part
  word,           // Article 4, Section 2, Chapter 3, §5: `unit` names the word
  table_item,     // a table row keyed by the number in its first column
};

/// The punctuation around the number, part of the style's identity: `1.` and
/// `(1)` are two levels in the same document.
enum class MarkerForm : std::uint8_t {
  bare,      // no punctuation: table items, words, CJK ordinals
  dot,       // 1.  a．
  paren,     // 1)  a）
  enclosed,  // (1)  （一）
  comma,     // 一、 1、
};

struct Marker {
  MarkerStyle style = MarkerStyle::heading;
  MarkerForm form = MarkerForm::bare;
  bool upper = false;       // A. and I. number differently from a. and i.
  std::string unit;         // cjk_ordinal: 章 节 条 款 项 编 (Simplified); word: article, section…
  std::vector<int> values;  // the number (several for 1.2.3); empty when it was lost (第條)
  int sub = 0;              // 第五条之一 → 1: an article inserted after 第五条
  std::uint32_t begin = 0;  // the marker's span in its block's text
  std::uint32_t end = 0;
  /// Numbered by the format (Markdown, HTML and DOCX lists): what the reader
  /// sees, but not something the author typed, so the numbering rules skip it.
  bool rendered = false;

  bool numbered() const { return !values.empty(); }
  int value() const { return values.empty() ? 0 : values.back(); }
};

/// The identity of a numbering style: two markers with the same key are
/// siblings when nothing of another style stands between them.
std::string style_key(const Marker& m);

/// How the marker reads: "第5条之1", "(a)", "3.", "Article 4", "1.2.3".
std::string describe(const Marker& m);

/// `value` as that style writes it: 3 → "三" (cjk), "c" (alpha), "iii" (roman).
std::string spell_value(const Marker& m, int value);

std::string_view to_string(MarkerStyle style);

}  // namespace concord::structure
