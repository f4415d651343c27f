#include "concord/rules/text/repeated_phrase_rule.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"
#include "concord/text/words.hpp"

namespace concord::rules {
namespace {

// Conjunctions that join two things; a phrase on both sides of one is a
// duplication (支持和支持).
constexpr std::array<std::string_view, 15> kCjkConjunctions = {
    "以及", "或者", "および", "及び", "または", "和", "与", "與", "及", "或", "跟", "、", "と", "や", "並"};
// "&" joins names (Bird & Bird), not repeated words.
constexpr std::array<std::string_view, 2> kLatinConjunctions = {" and ", " or "};

// English repetitions that are grammatical or idiomatic.
constexpr std::array<std::string_view, 16> kLatinRepeatsAllowed = {
    "that", "had", "is", "was", "do", "bye", "no", "so", "very", "ha", "now", "well", "again", "more", "over", "on"};

constexpr std::size_t kMinCjkPhrase = 2;        // code points, coordinated
constexpr std::size_t kMinCjkRepeat = 3;        // code points, back to back (两字 ABAB is reduplication)
constexpr std::size_t kMaxPhrase = 16;          // code points

bool is_phrase_char(char32_t cp) { return lang::is_cjk_letter(cp); }

// After the second copy, these end the coordinated phrase: 拒绝或拒绝与…
bool is_function_char(char32_t cp) {
  return std::u32string_view(U"与與和及或并並且以在对對等").find(cp) != std::u32string_view::npos;
}

// Adverbs that only modify verbs; a verb coordinated with itself
// (积极支持和支持组织) is a slip whatever follows it.
constexpr std::array<std::string_view, 16> kVerbAdverbs = {
    "积极", "積極", "充分", "全面", "认真", "認真", "及时", "及時", "有效", "严格", "嚴格", "共同", "主动", "主動", "切实", "切實"};

bool follows_verb_adverb(std::string_view block_text, std::uint32_t left_begin) {
  const std::string_view before = block_text.substr(0, left_begin);
  for (std::string_view a : kVerbAdverbs)
    if (before.ends_with(a)) return true;
  return false;
}

struct Cp {
  std::uint32_t begin, end;
  char32_t cp;
};

std::vector<Cp> code_points(std::string_view s, std::uint32_t base) {
  std::vector<Cp> out;
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t b = pos;
    const char32_t cp = utf8::next(s, pos);
    out.push_back({base + static_cast<std::uint32_t>(b), base + static_cast<std::uint32_t>(pos), cp});
  }
  return out;
}

// Whether the coordination ends with the second copy, so that the two copies
// say the same thing (and not "服务和服务更新", "我们及我们的", where the
// copies head different phrases).
bool ends_phrase(const std::vector<Cp>& cps, std::size_t after_right) {
  if (after_right >= cps.size()) return true;
  const char32_t next = cps[after_right].cp;
  if (next == U'、' || next == U'・') return false;  // the list goes on
  return !lang::is_cjk_letter(next) || is_function_char(next);
}

bool same_run(const std::vector<Cp>& cps, std::size_t a, std::size_t b, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (cps[a + i].cp != cps[b + i].cp || !is_phrase_char(cps[a + i].cp)) return false;
  return true;
}

bool allowed_latin_repeat(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kLatinRepeatsAllowed.begin(), kLatinRepeatsAllowed.end(), lower) != kLatinRepeatsAllowed.end();
}

struct Hit {
  std::uint32_t begin, end;         // whole repetition, block text offsets
  std::uint32_t drop_begin, drop_end;  // what the fix removes
  std::string phrase;
  std::string how;
};

// X conj X inside one sentence of CJK text, X on word boundaries.
void coordinated_cjk(std::string_view block_text, std::uint32_t sb, std::uint32_t se, std::string_view lang,
                     std::vector<Hit>& hits) {
  const std::string_view sentence = block_text.substr(sb, se - sb);
  const std::vector<Cp> cps = code_points(sentence, sb);
  for (std::string_view conj : kCjkConjunctions) {
    for (std::size_t at = sentence.find(conj); at != std::string_view::npos; at = sentence.find(conj, at + 1)) {
      const auto conj_begin = sb + static_cast<std::uint32_t>(at);
      const auto conj_end = conj_begin + static_cast<std::uint32_t>(conj.size());
      auto left_end = std::find_if(cps.begin(), cps.end(), [&](const Cp& c) { return c.begin >= conj_begin; });
      auto right_begin = std::find_if(cps.begin(), cps.end(), [&](const Cp& c) { return c.begin >= conj_end; });
      const std::size_t li = static_cast<std::size_t>(left_end - cps.begin());
      const std::size_t ri = static_cast<std::size_t>(right_begin - cps.begin());
      for (std::size_t n = std::min({kMaxPhrase, li, cps.size() - ri}); n >= kMinCjkPhrase; --n) {
        if (!same_run(cps, li - n, ri, n)) continue;
        // Both copies must be whole words: 数据安全和安全 is not a repetition.
        const std::uint32_t left_begin = cps[li - n].begin - sb, right_end = cps[ri + n - 1].end - sb;
        if (!text::is_word_boundary(sentence, lang, left_begin) || !text::is_word_boundary(sentence, lang, right_end))
          continue;
        if (!ends_phrase(cps, ri + n) && !follows_verb_adverb(block_text, cps[li - n].begin)) continue;
        hits.push_back({cps[li - n].begin, cps[ri + n - 1].end, conj_begin, cps[ri + n - 1].end,
                        std::string(block_text.substr(cps[ri].begin, cps[ri + n - 1].end - cps[ri].begin)),
                        "is coordinated with itself"});
        break;
      }
    }
  }
}

// Japanese enumerates with particles: 賠償責任も責任も (A も B も), where B
// may be the tail of A. A copy ending in one of these, after a longer word, is
// such an enumeration.
bool ends_with_enumerating_particle(char32_t cp) { return std::u32string_view(U"もとやか").find(cp) != std::u32string_view::npos; }

// X X back to back in CJK text (X of three or more characters).
void back_to_back_cjk(std::string_view block_text, std::uint32_t sb, std::uint32_t se, std::vector<Hit>& hits) {
  const std::vector<Cp> cps = code_points(block_text.substr(sb, se - sb), sb);
  for (std::size_t i = 0; i < cps.size();) {
    bool found = false;
    for (std::size_t n = std::min(kMaxPhrase, (cps.size() - i) / 2); n >= kMinCjkRepeat; --n) {
      if (!same_run(cps, i, i + n, n)) continue;
      // Not inside a longer run of the same character (ーーー, 〇〇〇).
      bool uniform = true;
      for (std::size_t k = 1; k < n; ++k) uniform &= cps[i + k].cp == cps[i].cp;
      if (uniform) continue;
      if (i > 0 && lang::is_cjk_letter(cps[i - 1].cp) && ends_with_enumerating_particle(cps[i + n - 1].cp)) continue;
      hits.push_back({cps[i].begin, cps[i + 2 * n - 1].end, cps[i + n].begin, cps[i + 2 * n - 1].end,
                      std::string(block_text.substr(cps[i].begin, cps[i + n - 1].end - cps[i].begin)), "is repeated"});
      i += 2 * n;
      found = true;
      break;
    }
    if (!found) ++i;
  }
}

// "the the" and "users and users" in Latin text.
void latin(std::string_view block_text, std::uint32_t sb, std::uint32_t se, std::vector<Hit>& hits) {
  struct Word {
    std::uint32_t begin, end;
  };
  std::vector<Word> words;
  for (std::uint32_t p = sb; p < se;) {
    if (!std::isalpha(static_cast<unsigned char>(block_text[p]))) {
      ++p;
      continue;
    }
    std::uint32_t e = p;
    while (e < se && (std::isalnum(static_cast<unsigned char>(block_text[e])) || block_text[e] == '\'')) ++e;
    words.push_back({p, e});
    p = e;
  }
  auto text_of = [&](const Word& w) { return block_text.substr(w.begin, w.end - w.begin); };
  auto same = [&](const Word& a, const Word& b) {
    const std::string_view x = text_of(a), y = text_of(b);
    if (x.size() != y.size()) return false;
    for (std::size_t k = 0; k < x.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(x[k])) != std::tolower(static_cast<unsigned char>(y[k]))) return false;
    return true;
  };
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string_view gap = block_text.substr(words[i].end, words[i + 1].begin - words[i].end);
    if (gap == " " && same(words[i], words[i + 1]) && !allowed_latin_repeat(text_of(words[i]))) {
      hits.push_back({words[i].begin, words[i + 1].end, words[i].end, words[i + 1].end,
                      std::string(text_of(words[i + 1])), "is repeated"});
      continue;
    }
    for (std::string_view conj : kLatinConjunctions) {
      if (i + 1 >= words.size() || gap != conj) continue;
      // Lower-case words only: capitalised ones are names (Johnson and Johnson).
      if (same(words[i], words[i + 1]) && words[i].end - words[i].begin >= 4 &&
          std::islower(static_cast<unsigned char>(block_text[words[i].begin])) &&
          !allowed_latin_repeat(text_of(words[i])))
        hits.push_back({words[i].begin, words[i + 1].end, words[i].end, words[i + 1].end,
                        std::string(text_of(words[i + 1])), "is coordinated with itself"});
    }
  }
}

// Whether sentence `later` repeats the end of sentence `earlier` (a fragment
// pasted twice: "…完整性和安全性。 性。").
bool repeats_tail(std::string_view earlier, std::string_view later) {
  if (later.empty() || later.size() > earlier.size()) return false;
  if (earlier.substr(earlier.size() - later.size()) != later) return false;
  std::size_t letters = 0;
  for (std::size_t p = 0; p < later.size();) {
    const char32_t cp = utf8::next(later, p);
    const lang::CharClass c = lang::classify(cp);
    letters += c == lang::CharClass::latin ? 0 : lang::is_cjk_letter(cp);
  }
  // A repeated Latin fragment needs two words to be more than chance.
  return letters > 0 || std::count(later.begin(), later.end(), ' ') >= 1;
}

}  // namespace

RepeatedPhraseRule::RepeatedPhraseRule() {
  meta_.id = "text/repeated-phrase";
  meta_.summary = "a word or phrase repeated back to back or coordinated with itself";
  meta_.why = "Repetitions like 支持和支持 or 'the the' are editing slips that make the text look careless and can "
              "hide a lost word (the second item of a list).";
  meta_.severity = Severity::warning;
  meta_.fix = FixAvailability::sometimes;
  meta_.examples = {
      {"zh-Hans", "管理层应积极«支持和支持»组织内的安全。", true},
      {"zh-Hans", "8\t«信息安全事件和信息安全事件»", true},
      {"ja", "セキュリティ要件に«必要な必要な»サポートを提供します。", true},
      {"en", "Please review «the the» policy.", true},
      {"zh-Hans", "删除、编辑或«拒绝或拒绝»与本行为准则相悖的评论。", true},
      {"zh-Hans", "我们会研究研究，并讨论数据安全和安全措施。", false},
      {"zh-Hans", "备份用户信息、软件和软件设置，我们及我们的服务提供商不再提供服务和服务更新。", false},
      {"en", "He said that that was fine, more and more users agree.", false},
      {"en", "Contact Bird & Bird or Johnson and Johnson.", false},
      {"ja", "いかなる賠償責任も責任も負いません。", false},
  };
}

void RepeatedPhraseRule::check(const Context& context, Sink& sink) const {
  for (std::size_t vi = 0; vi < context.versions().size(); ++vi) {
    const model::Version& version = context.versions()[vi];
    const text::VersionText& vt = context.text(vi);
    const bool cjk = version.lang.starts_with("zh") || version.lang == "ja";
    for (std::size_t si = 0; si < vt.sentences.size(); ++si) {
      const text::Sentence& s = vt.sentences[si];
      const model::Block& block = version.file->blocks[s.block];
      const std::string_view bt = block.text.view();
      std::vector<Hit> hits;
      if (cjk) {
        coordinated_cjk(bt, s.begin, s.end, version.lang, hits);
        back_to_back_cjk(bt, s.begin, s.end, hits);
      }
      latin(bt, s.begin, s.end, hits);
      // A fragment of the previous sentence of the same block, pasted again.
      if (si > 0 && vt.sentences[si - 1].block == s.block) {
        const text::Sentence& prev = vt.sentences[si - 1];
        if (repeats_tail(bt.substr(prev.begin, prev.end - prev.begin), bt.substr(s.begin, s.end - s.begin))) {
          hits.push_back({s.begin, s.end, prev.end, s.end, std::string(bt.substr(s.begin, s.end - s.begin)),
                          "repeats the end of the sentence before it"});
        }
      }
      // Hits were gathered most telling first (coordination, then back to
      // back, then pasted fragments); keep those that do not overlap an
      // earlier one, then report in text order.
      std::vector<Hit> kept;
      for (const Hit& h : hits) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(),
                                          [&](const Hit& k) { return h.begin < k.end && k.begin < h.end; });
        if (!overlaps && !model::in_span(block, h.begin, model::InlineSpan::Kind::code)) kept.push_back(h);
      }
      std::sort(kept.begin(), kept.end(), [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
      for (const Hit& h : kept) {
        Finding& f = sink.report(version, block, h.begin, h.end, "\"" + h.phrase + "\" " + h.how);
        if (auto e = edit_at(version, block, h.drop_begin, h.drop_end, "")) f.fix = Fix{"Remove the repetition", {*e}};
      }
    }
  }
}

}  // namespace concord::rules
