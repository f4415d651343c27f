#include "concord/align/features.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include <unicode/uchar.h>

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/lang/identify.hpp"
#include "concord/lang/language_tag.hpp"

namespace concord::align {
namespace {

bool is_numeric(text::EntityKind k) {
  using text::EntityKind;
  switch (k) {
    case EntityKind::number: case EntityKind::percent: case EntityKind::amount: case EntityKind::date:
    case EntityKind::time: case EntityKind::datetime: case EntityKind::duration: case EntityKind::version:
    case EntityKind::ordinal:
      return true;
    default:
      return false;
  }
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// Languages whose bare code marks a localized page (/ja/, legalcode.ja). A
// bare code outside them is more likely a word: /my/account, main.ts, by-sa.
constexpr std::string_view kWebLanguages[] = {"ar", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he",
                                              "hi", "hu", "id", "it", "ja", "ko", "nb", "nl", "pl", "pt", "ro",
                                              "ru", "sv", "th", "tr", "uk", "vi", "zh"};

// Path segments and query parameters that name a language: a common
// language's code, or any tag with a region or script (en-US, zh-Hant).
bool is_locale_segment(std::string_view seg) {
  if (seg.empty() || seg.size() > 10) return false;
  const auto tag = lang::parse_tag(seg);
  if (!tag) return false;
  if (seg.find_first_of("-_") != std::string_view::npos) return true;
  const std::string code = lowered(seg);
  return std::find(std::begin(kWebLanguages), std::end(kWebLanguages), code) != std::end(kWebLanguages);
}

// A language suffix on a path segment: legalcode.ja, terms_zh-Hans,
// index-zh-tw. After a hyphen only a tag with a region or script counts
// (by-sa is a licence, how-to a page).
std::string_view without_locale_suffix(std::string_view seg) {
  const std::size_t at = seg.find_last_of("._-");
  if (at == std::string_view::npos || at == 0) return seg;
  // zh-Hans and zh-tw carry a hyphen of their own.
  const std::size_t before = seg.find_last_of("._-", at - 1);
  for (std::size_t cut : {at, before}) {
    if (cut == std::string_view::npos || cut == 0 || cut >= seg.size()) continue;
    const std::string_view suffix = seg.substr(cut + 1);
    const bool qualified = suffix.find('-') != std::string_view::npos;
    if (seg[cut] == '-' && !qualified) continue;
    if (is_locale_segment(suffix)) return seg.substr(0, cut);
  }
  return seg;
}

std::uint32_t visible_length(std::string_view s) {
  std::uint32_t n = 0;
  for (std::size_t p = 0; p < s.size();) {
    const char32_t cp = utf8::next(s, p);
    if (lang::classify(cp) != lang::CharClass::space) ++n;
  }
  return n;
}

// Multiset intersection size of two sorted lists.
int shared_count(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  int n = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++n, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

// The sorted anchors of `field` over a group of sentences, as views (the
// bead cost asks millions of times; copying the strings dominated it).
// `slot` picks the per-thread scratch vector, so that four gathers can be
// alive at once.
const std::vector<std::string_view>& gather(const std::vector<const SentenceFeatures*>& group,
                                            std::vector<std::string> SentenceFeatures::*field, int slot) {
  thread_local std::vector<std::string_view> scratch[4];
  std::vector<std::string_view>& out = scratch[slot];
  out.clear();
  for (const SentenceFeatures* f : group)
    for (const std::string& x : f->*field) out.emplace_back(x);
  if (group.size() > 1) std::sort(out.begin(), out.end());  // one sentence's own are sorted already
  return out;
}

bool all_latin(const std::vector<const SentenceFeatures*>& group) {
  return !group.empty() && std::all_of(group.begin(), group.end(), [](const SentenceFeatures* f) { return f->latin_text; });
}

}  // namespace

std::string normalize_link(std::string_view link) {
  // Punctuation of the text around a bare link is not part of it
  // (https://nodejs.org）); the words of an IRI are (wiki/東京).
  while (!link.empty() && static_cast<unsigned char>(link.back()) >= 0x80) {
    std::size_t p = link.size();
    if (u_ispunct(static_cast<UChar32>(utf8::prev(link, p))) == 0) break;
    link = link.substr(0, p);
  }
  std::string s = lowered(link);
  if (s.find('@') != std::string::npos && s.find('/') == std::string::npos)
    return s.rfind("mailto:", 0) == 0 ? s.substr(7) : s;
  for (std::string_view scheme : {"https://", "http://", "//"})
    if (s.rfind(scheme, 0) == 0) {
      s.erase(0, scheme.size());
      break;
    }
  if (s.rfind("www.", 0) == 0) s.erase(0, 4);
  // Split off the query and fragment; keep only parameters that do not name a language.
  std::string query;
  if (const std::size_t q = s.find_first_of("?#"); q != std::string::npos) {
    const std::string rest = s.substr(q);
    s.erase(q);
    if (rest[0] == '?') {
      std::string kept;
      std::size_t start = 1;
      while (start <= rest.size()) {
        std::size_t end = rest.find_first_of("&#", start);
        if (end == std::string::npos) end = rest.size();
        const std::string param = rest.substr(start, end - start);
        const std::string name = param.substr(0, param.find('='));
        if (!param.empty() && name != "lang" && name != "hl" && name != "locale" && name != "language")
          kept += (kept.empty() ? "?" : "&") + param;
        if (end >= rest.size() || rest[end] == '#') break;
        start = end + 1;
      }
      query = kept;
    }
  }
  std::string out;
  std::size_t start = 0;
  bool host = true;
  while (start <= s.size()) {
    std::size_t end = s.find('/', start);
    if (end == std::string::npos) end = s.size();
    std::string_view seg(s.data() + start, end - start);
    if (!host) seg = without_locale_suffix(seg);
    if (host || !is_locale_segment(seg)) {
      if (!out.empty() && !seg.empty()) out += '/';
      out += seg;
    }
    host = false;
    start = end + 1;
  }
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out + query;
}

std::vector<SentenceFeatures> sentence_features(const model::Version& version, const text::VersionText& text) {
  std::vector<SentenceFeatures> out(text.sentences.size());
  for (std::size_t i = 0; i < text.sentences.size(); ++i) {
    const text::Sentence& s = text.sentences[i];
    const model::Block& block = version.file->blocks[s.block];
    SentenceFeatures& f = out[i];
    const std::string_view sentence = text::sentence_text(version, s);
    // Links read the same in every language: they would skew the length ratio.
    f.length = visible_length(sentence);
    for (const text::Entity& e : s.entities)
      if (e.kind == text::EntityKind::url || e.kind == text::EntityKind::email)
        f.length -= std::min(f.length, visible_length(std::string_view(block.text.view()).substr(e.begin, e.end - e.begin)));
    f.heading = block.kind == model::BlockKind::heading;
    if (f.heading) f.heading_level = block.level;
    f.starts_block = i == 0 || text.sentences[i - 1].block != s.block;
    f.ends_block = i + 1 == text.sentences.size() || text.sentences[i + 1].block != s.block;
    const lang::ScriptCounts counts = lang::count_scripts(sentence);
    f.latin_text = counts.latin > 0 && counts.han + counts.kana + counts.hangul == 0;
    for (const text::Entity& e : s.entities) {
      if (is_numeric(e.kind)) {
        f.numbers.push_back(e.value);
      } else if (e.kind == text::EntityKind::url || e.kind == text::EntityKind::email) {
        f.links.push_back(normalize_link(e.value));
      } else if (e.kind == text::EntityKind::latin_term || e.kind == text::EntityKind::identifier) {
        f.terms.push_back(lowered(e.value));
      }
    }
    for (const model::InlineSpan& span : block.spans)
      if (span.kind == model::InlineSpan::Kind::link && span.begin < s.end && span.end > s.begin &&
          !span.target.empty() && span.target[0] != '#')
        f.links.push_back(normalize_link(span.target));
    std::sort(f.numbers.begin(), f.numbers.end());
    std::sort(f.links.begin(), f.links.end());
    f.links.erase(std::unique(f.links.begin(), f.links.end()), f.links.end());
    std::sort(f.terms.begin(), f.terms.end());
  }
  return out;
}

bool contains_word(std::string_view key, std::string_view term) {
  if (term.empty()) return false;
  for (std::size_t at = key.find(term); at != std::string_view::npos; at = key.find(term, at + 1)) {
    const bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(key[at - 1]));
    std::size_t end = at + term.size();
    // An English plural of the term ("cookies" for Cookie) is the term.
    if (end < key.size() && key[end] == 's' && (end + 1 >= key.size() || !std::isalnum(static_cast<unsigned char>(key[end + 1]))))
      ++end;
    const bool right = end >= key.size() || !std::isalnum(static_cast<unsigned char>(key[end]));
    if (left && right) return true;
  }
  return false;
}

AnchorMatch compare_anchors(const std::vector<const SentenceFeatures*>& a, std::string_view key_a,
                            const std::vector<const SentenceFeatures*>& b, std::string_view key_b) {
  AnchorMatch m;
  for (auto field : {&SentenceFeatures::numbers, &SentenceFeatures::links}) {
    const auto& xa = gather(a, field, 0);
    const auto& xb = gather(b, field, 1);
    const int shared = shared_count(xa, xb);
    m.shared += shared;
    m.only_a += static_cast<int>(xa.size()) - shared;
    m.only_b += static_cast<int>(xb.size()) - shared;
  }
  // Latin terms: in CJK text they are extracted; in English they are simply
  // words of the sentence.
  const auto& ta = gather(a, &SentenceFeatures::terms, 2);
  const auto& tb = gather(b, &SentenceFeatures::terms, 3);
  const bool a_latin = all_latin(a), b_latin = all_latin(b);
  if (a_latin && !b_latin) {
    for (std::string_view t : tb) (contains_word(key_a, t) ? m.shared : m.only_b) += 1;
  } else if (b_latin && !a_latin) {
    for (std::string_view t : ta) (contains_word(key_b, t) ? m.shared : m.only_a) += 1;
  } else {
    const int shared = shared_count(ta, tb);
    m.shared += shared;
    m.only_a += static_cast<int>(ta.size()) - shared;
    m.only_b += static_cast<int>(tb.size()) - shared;
  }
  return m;
}

}  // namespace concord::align
