// Build-time generator: reads OpenCC's character conversion tables and writes
// the flat table concord compiles in (lang/chinese_variants.cpp includes it).
//
// A character is Traditional-only when OpenCC converts it to something else
// and no table uses it as a Simplified form (後, 戶, 運); Simplified-only when
// the reverse holds and no Traditional standard (OpenCC's, Taiwan's, Hong
// Kong's, or rules/script/variants-accepted.tsv) uses it (并, 运).
//
// Usage: concord_gen_variant_table OPENCC_DIR ACCEPTED_TSV OUTPUT_INC
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <opencc/Exception.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>

namespace {

using Table = std::map<char32_t, std::vector<char32_t>>;

// Decodes `s` when it is exactly one UTF-8 code point.
bool single_code_point(const std::string& s, char32_t& cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n;
  if (s.empty()) return false;
  if (p[0] < 0x80) { cp = p[0]; n = 1; }
  else if ((p[0] & 0xE0) == 0xC0) { cp = p[0] & 0x1F; n = 2; }
  else if ((p[0] & 0xF0) == 0xE0) { cp = p[0] & 0x0F; n = 3; }
  else if ((p[0] & 0xF8) == 0xF0) { cp = p[0] & 0x07; n = 4; }
  else return false;
  if (s.size() != n) return false;
  for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (p[i] & 0x3F);
  return true;
}

Table load_characters(const std::string& path) {
  Table table;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> fp(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!fp) throw std::runtime_error("cannot open OpenCC table " + path);
  const opencc::MarisaDictPtr dict = opencc::MarisaDict::NewFromFile(fp.get());
  for (const auto& entry : *dict->GetLexicon()) {
    char32_t key;
    if (!single_code_point(entry->Key(), key)) continue;
    auto& values = table[key];
    for (const std::string& v : entry->Values()) {
      char32_t cp;
      if (single_code_point(v, cp)) values.push_back(cp);
    }
  }
  return table;
}

bool maps_to_itself(const Table& t, char32_t cp) {
  auto it = t.find(cp);
  if (it == t.end()) return false;
  for (char32_t v : it->second)
    if (v == cp) return true;
  return false;
}

std::set<char32_t> all_values(const Table& t) {
  std::set<char32_t> out;
  for (const auto& [k, vs] : t) out.insert(vs.begin(), vs.end());
  return out;
}

std::set<char32_t> load_accepted(const std::string& path) {
  std::set<char32_t> out;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    char32_t cp;
    if (single_code_point(line.substr(0, line.find('\t')), cp)) out.insert(cp);
  }
  return out;
}

struct Entry {
  unsigned flags = 0;  // 1 = Traditional-only, 2 = Simplified-only
  char32_t simplified = 0;
  char32_t traditional = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: concord_gen_variant_table OPENCC_DIR ACCEPTED_TSV OUTPUT_INC\n";
    return 2;
  }
  try {
    const std::string dir = argv[1];
    const Table st = load_characters(dir + "/STCharacters.ocd2");
    const Table ts = load_characters(dir + "/TSCharacters.ocd2");
    const Table tw = load_characters(dir + "/TWVariants.ocd2");
    const Table hk = load_characters(dir + "/HKVariants.ocd2");
    const std::set<char32_t> accepted = load_accepted(argv[2]);

    const std::set<char32_t> simplified_forms = all_values(ts);
    const std::set<char32_t> traditional_forms = all_values(st);
    const std::set<char32_t> tw_forms = all_values(tw);
    const std::set<char32_t> hk_forms = all_values(hk);

    std::map<char32_t, Entry> entries;
    for (const auto& [cp, values] : ts) {
      if (values.empty()) continue;
      if (values.front() != cp) entries[cp].simplified = values.front();
      if (!maps_to_itself(ts, cp) && !st.count(cp) && !simplified_forms.count(cp)) entries[cp].flags |= 1;
    }
    for (const auto& [cp, values] : st) {
      if (values.empty()) continue;
      if (values.front() != cp) entries[cp].traditional = values.front();
      if (!maps_to_itself(st, cp) && !ts.count(cp) && !traditional_forms.count(cp) && !tw_forms.count(cp) &&
          !hk_forms.count(cp) && !accepted.count(cp))
        entries[cp].flags |= 2;
    }
    // Taiwan and Hong Kong spell some characters differently from OpenCC's
    // standard Traditional (群 for 羣, 裡 for 裏): they fold too.
    for (const Table* variants : {&tw, &hk}) {
      for (const auto& [standard, forms] : *variants) {
        auto it = entries.find(standard);
        const char32_t simplified = it != entries.end() && it->second.simplified ? it->second.simplified : standard;
        for (char32_t form : forms) {
          Entry& e = entries[form];
          if (form != standard && e.simplified == 0 && simplified != form) e.simplified = simplified;
        }
      }
    }

    std::ofstream out(argv[3]);
    out << "// Generated by concord_gen_variant_table from OpenCC's tables; do not edit.\n"
        << "// {code point, flags (1 Traditional-only, 2 Simplified-only), Simplified form, Traditional form}\n";
    for (const auto& [cp, e] : entries) {
      if (e.flags == 0 && e.simplified == 0 && e.traditional == 0) continue;
      out << "{0x" << std::hex << static_cast<unsigned>(cp) << ",0x" << e.flags << ",0x"
          << static_cast<unsigned>(e.simplified) << ",0x" << static_cast<unsigned>(e.traditional) << "},\n";
    }
    return out.good() ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "concord_gen_variant_table: " << e.what() << '\n';
    return 1;
  }
}
