// Build-time generator: reads EDICT (Debian's `edict` package, the
// Electronic Dictionary Research and Development Group's Japanese–English
// dictionary, EUC-JP) and writes the English–CJK word table concord
// compiles in (lang/english_cjk_words.cpp includes it).
//
// Each English word that EDICT gives as a whole gloss ("protect", "online")
// is listed with the Japanese words it glosses, each also written in
// Traditional then Simplified Chinese characters through OpenCC (権利 → 權利
// → 权利): legal and technical Chinese shares most of its kanji words with
// Japanese, so the one table serves both.
//
// Usage: concord_gen_word_table EDICT_FILE OPENCC_DIR OUTPUT_INC
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <opencc/SimpleConverter.hpp>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "concord/lang/english_base_words.hpp"

namespace {

// An English word glossing more Japanese words than this says nothing
// ("set", "take", "line").
constexpr std::size_t kMaxForms = 80;

std::string to_utf8(UConverter* euc_jp, const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), euc_jp, status);
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Text without its parenthesised notes: "(p)", "(n)", "{comp}".
std::string without_notes(const std::string& s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(' || c == '{') ++depth;
    else if ((c == ')' || c == '}') && depth > 0) --depth;
    else if (depth == 0) out += c;
  }
  return out;
}

// Whether a Japanese form says enough to be looked for: a kanji, or three
// katakana (オンライン); kana words of grammar (する, もの) would be found
// everywhere.
bool meaningful_form_of(const icu::UnicodeString& u) {
  if (u.countChar32() < 2) return false;
  int kanji = 0, katakana = 0, other = 0;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) ++kanji;
    else if (c >= 0x30A0 && c <= 0x30FF) ++katakana;
    else if (!(c >= 0x3040 && c <= 0x309F)) ++other;
  }
  if (other > 0) return false;
  return kanji > 0 || katakana >= 3;
}

bool meaningful_form(const std::string& form) { return meaningful_form_of(icu::UnicodeString::fromUTF8(form)); }

// A verb or adjective without its last kana (取り消す → 取り消, 備える →
// 備え), as a text that conjugates it still writes it (取り消し, 備えて);
// empty when too little would be left.
std::string verb_stem(const std::string& form) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(form);
  const int32_t last = u.moveIndex32(u.length(), -1);
  const UChar32 c = u.char32At(last);
  if (!(c >= 0x3041 && c <= 0x309F)) return {};
  const icu::UnicodeString stem = u.tempSubString(0, last);
  if (stem.countChar32() < 2 || !meaningful_form_of(stem)) return {};
  std::string out;
  stem.toUTF8String(out);
  return out;
}

// "to protect" → "protect"; "(p)" and other notes removed; only a single
// lower-case word of three letters or more is kept.
bool gloss_word(std::string gloss, std::string& word) {
  gloss = without_notes(gloss);
  std::size_t b = gloss.find_first_not_of(' '), e = gloss.find_last_not_of(' ');
  if (b == std::string::npos) return false;
  gloss = gloss.substr(b, e - b + 1);
  for (const char* article : {"to ", "a ", "an ", "the "})
    if (gloss.rfind(article, 0) == 0) gloss = gloss.substr(std::char_traits<char>::length(article));
  if (gloss.size() < 3) return false;
  for (char& c : gloss) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!(c >= 'a' && c <= 'z') && c != '-') return false;
  }
  word = gloss;
  return true;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) out.push_back(part);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: concord_gen_word_table EDICT_FILE OPENCC_DIR OUTPUT_INC\n";
    return 2;
  }
  try {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + argv[1] + " (install Debian's edict package)");
    const std::string opencc_dir = argv[2];
    const opencc::SimpleConverter to_traditional(opencc_dir + "/jp2t.json");
    const opencc::SimpleConverter to_simplified(opencc_dir + "/t2s.json");
    UErrorCode status = U_ZERO_ERROR;
    UConverter* euc_jp = ucnv_open("EUC-JP", &status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU has no EUC-JP converter");
    // "漢字;漢じ [かんじ] /(n) kanji/Chinese characters/"
    std::map<std::string, std::set<std::string>> table;
    std::string raw;
    while (std::getline(in, raw)) {
      const std::string line = to_utf8(euc_jp, raw);
      const std::size_t body = line.find(" /");
      if (body == std::string::npos || line.size() < body + 3) continue;
      std::string heads = line.substr(0, body), readings;
      if (const std::size_t open = heads.find(" ["); open != std::string::npos) {
        readings = heads.substr(open + 2, heads.find(']', open) - open - 2);
        heads = heads.substr(0, open);
      }
      std::string glosses = line.substr(body + 2);
      if (!glosses.empty() && glosses.back() == '/') glosses.pop_back();
      std::set<std::string> forms;
      for (const std::string& field : {heads, readings})
        for (std::string form : split(field, ';')) {
          form = without_notes(form);
          if (!meaningful_form(form)) continue;
          forms.insert(form);
        }
      if (forms.empty()) continue;
      for (const std::string& gloss : split(glosses, '/')) {
        std::string word;
        if (gloss_word(gloss, word)) table[word].insert(forms.begin(), forms.end());
      }
    }
    ucnv_close(euc_jp);
    // An inflected gloss has its own entry only for the senses EDICT lists
    // it under ("experiences" → 場数), so the base word's translations are
    // added to it (経験): a text that writes "experiences" means those too.
    // The endings are those the lookup strips from a word without an entry.
    std::map<std::string, std::set<std::string>> from_base;
    for (const auto& [word, headwords] : table)
      concord::lang::visit_base_words(word, [&](std::string_view base) {
        if (const auto it = table.find(std::string(base)); it != table.end())
          from_base[word].insert(it->second.begin(), it->second.end());
        return false;  // every base word, not only the first
      });
    for (const auto& [word, headwords] : from_base) table[word].insert(headwords.begin(), headwords.end());
    std::ofstream out(argv[3], std::ios::binary);
    out << "// Generated by concord_gen_word_table from EDICT (CC BY-SA 4.0, EDRDG). Do not edit.\n";
    out << "// One line per English word: the word, a tab, its CJK forms separated by '|'.\n";
    // Raw string literals have a length limit in some compilers: one per word block.
    out << "static constexpr const char* kWordTableChunks[] = {\n";
    std::size_t words = 0, in_chunk = 0;
    out << "R\"concord(";
    for (const auto& [word, headwords] : table) {
      if (headwords.size() > kMaxForms) continue;
      // Each Japanese word as written, without its last kana, and in
      // Simplified Chinese characters.
      std::set<std::string> forms;
      for (const std::string& headword : headwords)
        for (const std::string& f : {headword, verb_stem(headword)}) {
          if (f.empty()) continue;
          forms.insert(f);
          forms.insert(to_simplified.Convert(to_traditional.Convert(f)));
        }
      out << word << '\t';
      bool first = true;
      for (const std::string& f : forms) {
        out << (first ? "" : "|") << f;
        first = false;
      }
      out << '\n';
      ++words;
      if (++in_chunk == 2000) {
        out << ")concord\",\nR\"concord(";
        in_chunk = 0;
      }
    }
    out << ")concord\"};\n";
    std::cerr << "concord_gen_word_table: " << words << " English words\n";
  } catch (const std::exception& e) {
    std::cerr << "concord_gen_word_table: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
