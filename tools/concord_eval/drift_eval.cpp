#include "drift_eval.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <set>

#include "concord/align/alignment.hpp"
#include "concord/engine/checker.hpp"
#include "concord/engine/workspace.hpp"
#include "concord/formats/loader.hpp"
#include "concord/io/utf8.hpp"
#include "concord/lang/chinese_variants.hpp"
#include "concord/lang/language_tag.hpp"
#include "concord/report/resolved.hpp"
#include "concord/rules/declarative/rule_pack_registration.hpp"

namespace concord::eval {
namespace {

namespace fs = std::filesystem;

struct InputFile {
  std::string path;
  std::string bytes;
  model::Format format;
};

// A document set read once: its files, and concord's view of the original.
struct DocumentSet {
  std::vector<InputFile> files;
  std::vector<std::unique_ptr<model::ParsedFile>> parsed;
  model::Document document;
  text::DocumentText text;
  structure::DocumentOutline outline;
  align::DocumentAlignment alignment;
};

// One injected defect: the changed file and where the report must stand.
struct Defect {
  std::string kind;
  std::size_t file = 0;       // index in DocumentSet::files
  std::string bytes;          // the file's new content
  std::string rule;           // the rule expected to report it
  std::uint32_t begin = 0;    // the report must start in [begin, end] (bytes of the new content)
  std::uint32_t end = 0;
  std::string what;           // for --show
  std::string path;           // the changed file
  std::int32_t reference_sentence = -1;  // delete-sentence: the reference sentence left without a counterpart
};

std::vector<std::unique_ptr<DocumentSet>> load_sets(const std::string& corpus_dir) {
  std::vector<std::unique_ptr<DocumentSet>> out;
  std::vector<fs::path> folders;
  for (const auto& source : fs::directory_iterator(corpus_dir))
    if (source.is_directory())
      for (const auto& doc : fs::directory_iterator(source.path()))
        if (doc.is_directory()) folders.push_back(doc.path());
  std::sort(folders.begin(), folders.end());
  for (const fs::path& folder : folders) {
    auto set = std::make_unique<DocumentSet>();
    std::vector<fs::path> paths;
    for (const auto& f : fs::directory_iterator(folder))
      if (f.is_regular_file() && formats::format_for_path(f.path().string())) paths.push_back(f.path());
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) {
      std::ifstream in(p, std::ios::binary);
      set->files.push_back({p.string(), std::string(std::istreambuf_iterator<char>(in), {}),
                            *formats::format_for_path(p.string())});
    }
    std::vector<const model::ParsedFile*> views;
    for (const InputFile& f : set->files) {
      set->parsed.push_back(formats::parse_bytes(f.path, f.bytes, f.format));
      views.push_back(set->parsed.back().get());
    }
    auto documents = engine::build_documents(views, "");
    if (documents.size() != 1 || documents[0].versions.size() < 2) continue;
    set->document = std::move(documents[0]);
    set->text = text::analyze(set->document);
    set->outline = structure::build_outlines(set->document, set->text);
    set->alignment = align::align_document(set->document, set->text, set->outline, "en");
    if (set->alignment.reference < 0) continue;
    out.push_back(std::move(set));
  }
  return out;
}

std::size_t file_index(const DocumentSet& set, const model::ParsedFile* file) {
  for (std::size_t i = 0; i < set.parsed.size(); ++i)
    if (set.parsed[i].get() == file) return i;
  return 0;
}

// The source range of sentence `s` of version `v` (decoded = original bytes
// for the UTF-8 files of the corpus).
model::SourceRange sentence_range(const DocumentSet& set, std::size_t v, std::uint32_t s) {
  const text::Sentence& sentence = set.text.versions[v].sentences[s];
  const model::Block& block = set.document.versions[v].file->blocks[sentence.block];
  return block.text.to_source(sentence.begin, sentence.end);
}

bool is_cjk(std::string_view lang) { return lang::is_chinese(lang) || lang::primary_language(lang) == "ja"; }

// The pair (reference, v) and the bead of sentence s of v in it.
const align::Bead* bead_of(const DocumentSet& set, std::size_t v, std::uint32_t s) {
  const align::PairAlignment* p = set.alignment.find(static_cast<std::uint32_t>(set.alignment.reference),
                                                     static_cast<std::uint32_t>(v));
  if (p == nullptr || p->bead_of_b[s] < 0) return nullptr;
  return &p->beads[static_cast<std::size_t>(p->bead_of_b[s])];
}

// Sentences of v that stand in a plain 1–1 bead with the reference, long
// enough to matter, and whose source is a verbatim run of their file.
std::vector<std::uint32_t> candidates(const DocumentSet& set, std::size_t v) {
  std::vector<std::uint32_t> out;
  const auto& sentences = set.text.versions[v].sentences;
  const auto& features = set.alignment.versions[v].features;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const align::Bead* b = bead_of(set, v, s);
    if (b == nullptr || b->a.size() != 1 || b->b.size() != 1 || features[s].length < 8 || features[s].heading) continue;
    const model::Block& block = set.document.versions[v].file->blocks[sentences[s].block];
    if (!block.text.is_verbatim(sentences[s].begin, sentences[s].end)) continue;
    out.push_back(s);
  }
  return out;
}

class Injector {
 public:
  Injector(const DocumentSet& set, std::mt19937& rng) : set_(set), rng_(rng) {}

  std::optional<Defect> make(const std::string& kind) {
    // Versions other than the reference, with text.
    std::vector<std::size_t> versions;
    // Versions with a few sentences at least: deleting the one sentence of a
    // stub makes an untranslated placeholder, not a missing sentence.
    for (std::size_t v = 0; v < set_.document.versions.size(); ++v)
      if (static_cast<std::int32_t>(v) != set_.alignment.reference && set_.text.versions[v].sentences.size() >= 5)
        versions.push_back(v);
    if (kind == "traditional-copy")
      std::erase_if(versions, [&](std::size_t v) { return set_.document.versions[v].lang != "zh-Hans"; });
    if (kind == "untranslated")
      std::erase_if(versions, [&](std::size_t v) { return !is_cjk(set_.document.versions[v].lang); });
    if (versions.empty()) return std::nullopt;
    const std::size_t v = versions[pick(versions.size())];
    if (kind == "delete-section") return delete_section(v);
    std::vector<std::uint32_t> sentences = candidates(set_, v);
    if (kind == "change-number") std::erase_if(sentences, [&](std::uint32_t s) { return !digits_in(v, s); });
    if (kind == "change-link") std::erase_if(sentences, [&](std::uint32_t s) { return !link_in(v, s); });
    // A copy stands as a sentence of its own only after a sentence that ends
    // like one; after a heading or a label it would just lengthen it.
    if (kind == "duplicate-sentence" || kind == "traditional-copy")
      std::erase_if(sentences, [&](std::uint32_t s) { return !ends_a_sentence(v, s); });
    if (sentences.empty()) return std::nullopt;
    const std::uint32_t s = sentences[pick(sentences.size())];
    if (kind == "delete-sentence") return delete_sentence(v, s);
    if (kind == "duplicate-sentence") return insert_copy(v, s, false);
    if (kind == "traditional-copy") return insert_copy(v, s, true);
    if (kind == "change-number") return change_number(v, s);
    if (kind == "change-link") return change_link(v, s);
    if (kind == "untranslated") return untranslate(v, s);
    return std::nullopt;
  }

 private:
  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

  const std::string& bytes_of(std::size_t v) const {
    return set_.files[file_index(set_, set_.document.versions[v].file)].bytes;
  }

  Defect base(const std::string& kind, std::size_t v, const std::string& rule) const {
    Defect d;
    d.kind = kind;
    d.file = file_index(set_, set_.document.versions[v].file);
    d.bytes = set_.files[d.file].bytes;
    d.rule = rule;
    return d;
  }

  // The end of the sentence before `s` in its version (where a report of a
  // missing unit stands), or the sentence's own start.
  std::uint32_t previous_end(std::size_t v, std::uint32_t s) const {
    return s > 0 ? sentence_range(set_, v, s - 1).end : sentence_range(set_, v, s).begin;
  }

  std::optional<Defect> delete_sentence(std::size_t v, std::uint32_t s) {
    const model::SourceRange r = sentence_range(set_, v, s);
    Defect d = base("delete-sentence", v, "parity/missing-segment");
    std::uint32_t end = r.end;
    while (end < d.bytes.size() && d.bytes[end] == ' ') ++end;  // and the space after it
    d.bytes.erase(r.begin, end - r.begin);
    d.begin = previous_end(v, s);
    d.end = r.begin + 1;
    d.what = "deleted " + std::string(bytes_of(v).substr(r.begin, r.end - r.begin).substr(0, 80));
    d.path = set_.files[d.file].path;
    if (const align::Bead* b = bead_of(set_, v, s)) d.reference_sentence = static_cast<std::int32_t>(b->a[0]);
    return d;
  }

  std::optional<Defect> delete_section(std::size_t v) {
    const structure::Outline& o = set_.outline.versions[v];
    // Sections the reference has too: deleting one the reference lacks drifts nothing.
    std::vector<bool> has_counterpart(o.sections.size(), false);
    if (const align::PairAlignment* p = set_.alignment.find(static_cast<std::uint32_t>(set_.alignment.reference),
                                                            static_cast<std::uint32_t>(v)))
      for (const align::SectionPair& sp : p->sections)
        if (sp.a >= 0 && sp.b >= 0) has_counterpart[static_cast<std::size_t>(sp.b)] = true;
    std::vector<std::uint32_t> sections;
    for (std::uint32_t k = 0; k < o.sections.size(); ++k) {
      const structure::Section& sec = o.sections[k];
      if (!has_counterpart[k]) continue;
      // A section of a few sentences, not the whole document, written by the author.
      if (sec.marker.rendered || sec.end_sentence <= sec.first_sentence || sec.parent < 0) continue;
      if (sec.end_sentence - sec.first_sentence > 15) continue;
      if (sec.end_section >= o.sections.size()) continue;  // the next section marks where it ends
      sections.push_back(k);
    }
    if (sections.empty()) return std::nullopt;
    const std::uint32_t k = sections[pick(sections.size())];
    const structure::Section& sec = o.sections[k];
    const model::ParsedFile& file = *set_.document.versions[v].file;
    const std::uint32_t begin = file.blocks[sec.block].source.begin;
    const std::uint32_t end = file.blocks[o.sections[sec.end_section].block].source.begin;
    if (end <= begin) return std::nullopt;
    Defect d = base("delete-section", v, "parity/missing-section");
    d.bytes.erase(begin, end - begin);
    d.begin = sec.first_sentence > 0 ? sentence_range(set_, v, sec.first_sentence - 1).end : begin;
    d.end = begin + 1;
    d.what = "deleted section " + sec.title;
    return d;
  }

  std::optional<Defect> insert_copy(std::size_t v, std::uint32_t s, bool traditional) {
    const model::SourceRange r = sentence_range(set_, v, s);
    std::string copy = bytes_of(v).substr(r.begin, r.end - r.begin);
    if (traditional) {
      const auto& variants = lang::ChineseVariants::instance();
      std::string converted;
      for (std::size_t p = 0; p < copy.size();) utf8::append(converted, variants.to_traditional(utf8::next(copy, p)));
      if (converted == copy) return std::nullopt;  // nothing to convert
      copy = converted;
    }
    const bool cjk = is_cjk(set_.document.versions[v].lang);
    const std::string inserted = (cjk ? "" : " ") + copy;
    Defect d = base(traditional ? "traditional-copy" : "duplicate-sentence", v, "parity/duplicated-segment");
    d.bytes.insert(r.end, inserted);
    d.begin = r.end;
    d.end = static_cast<std::uint32_t>(r.end + inserted.size());
    d.what = "repeated " + copy.substr(0, 80);
    return d;
  }

  bool digits_in(std::size_t v, std::uint32_t s) const {
    for (const text::Entity& e : set_.text.versions[v].sentences[s].entities)
      if ((e.kind == text::EntityKind::number || e.kind == text::EntityKind::percent ||
           e.kind == text::EntityKind::amount || e.kind == text::EntityKind::duration) &&
          e.number >= 1 && std::isdigit(static_cast<unsigned char>(sentence_text_of(v, s, e)[0])))
        return true;
    return false;
  }

  std::string_view sentence_text_of(std::size_t v, std::uint32_t s, const text::Entity& e) const {
    const text::Sentence& sentence = set_.text.versions[v].sentences[s];
    return set_.document.versions[v].file->blocks[sentence.block].text.view().substr(e.begin, e.end - e.begin);
  }

  std::optional<Defect> change_number(std::size_t v, std::uint32_t s) {
    const text::Sentence& sentence = set_.text.versions[v].sentences[s];
    const model::Block& block = set_.document.versions[v].file->blocks[sentence.block];
    for (const text::Entity& e : sentence.entities) {
      const std::string_view written = sentence_text_of(v, s, e);
      if (written.empty() || !std::isdigit(static_cast<unsigned char>(written[0]))) continue;
      // An item's own number ("3.要求…") is structure: the numbering rules
      // watch it, not the parity rules.
      if (e.begin == sentence.begin) continue;
      std::size_t digits = 0;
      while (digits < written.size() && std::isdigit(static_cast<unsigned char>(written[digits]))) ++digits;
      const model::SourceRange r = block.text.to_source(e.begin, static_cast<std::uint32_t>(e.begin + digits));
      Defect d = base("change-number", v, "parity/number-mismatch");
      const long value = std::stol(std::string(written.substr(0, digits)));
      const std::string changed = std::to_string(value + 7);
      d.bytes.replace(r.begin, r.end - r.begin, changed);
      const model::SourceRange whole = sentence_range(set_, v, s);
      d.begin = whole.begin;
      d.end = static_cast<std::uint32_t>(whole.end + changed.size());
      d.what = "changed " + std::string(written) + " to " + changed + " in \"" +
               std::string(text::sentence_text(set_.document.versions[v], sentence)) + "\"";
      return d;
    }
    return std::nullopt;
  }

  bool ends_a_sentence(std::size_t v, std::uint32_t s) const {
    const std::string_view t = text::sentence_text(set_.document.versions[v], set_.text.versions[v].sentences[s]);
    std::size_t p = t.size();
    const char32_t last = utf8::prev(t, p);
    return std::u32string_view(U"。！？.!?").find(last) != std::u32string_view::npos;
  }

  bool link_in(std::size_t v, std::uint32_t s) const { return !set_.alignment.versions[v].features[s].links.empty(); }

  // Changes the first link of the sentence in the source: its host gains a
  // label ("example.com" → "example-drift.com").
  std::optional<Defect> change_link(std::size_t v, std::uint32_t s) {
    const model::SourceRange r = sentence_range(set_, v, s);
    const std::string_view file = bytes_of(v);
    // Markdown keeps a link's target after its text: a sentence that ends
    // with a link's text ends before the target ("…[policy](https://…)").
    std::size_t window_end = r.end;
    if (const std::size_t open = file.find("](", r.end); open != std::string_view::npos && open <= r.end + 3)
      window_end = std::min(file.size(), file.find(')', open + 2));
    const std::string_view source = file.substr(r.begin, window_end - r.begin);
    for (std::string_view scheme : {"https://", "http://", "mailto:"}) {
      const std::size_t at = source.find(scheme);
      if (at == std::string_view::npos) continue;
      std::size_t host_end = at + scheme.size();
      while (host_end < source.size() && source[host_end] != '.' && source[host_end] != '/' && source[host_end] != ')' &&
             source[host_end] != '@' && source[host_end] != ' ')
        ++host_end;
      Defect d = base("change-link", v, "parity/link-mismatch");
      d.bytes.insert(r.begin + host_end, "-drift");
      d.begin = r.begin;
      d.end = r.end + 6;
      d.what = "changed link in " + std::string(source.substr(at, 60));
      return d;
    }
    return std::nullopt;
  }

  std::optional<Defect> untranslate(std::size_t v, std::uint32_t s) {
    const align::Bead* b = bead_of(set_, v, s);
    if (b == nullptr || b->a.size() != 1 || b->b.size() != 1) return std::nullopt;
    const auto ref = static_cast<std::size_t>(set_.alignment.reference);
    const text::Sentence& en = set_.text.versions[ref].sentences[b->a[0]];
    const std::string english(text::sentence_text(set_.document.versions[ref], en));
    // Prose, not a template's shortcode ({{< newsletter >}}).
    if (english.size() < 20 || english.find_first_of("{<") != std::string::npos) return std::nullopt;
    const model::SourceRange r = sentence_range(set_, v, s);
    Defect d = base("untranslated", v, "parity/untranslated");
    d.bytes.replace(r.begin, r.end - r.begin, english);
    d.begin = r.begin;
    d.end = static_cast<std::uint32_t>(r.begin + english.size());
    d.what = "English back in place: " + english.substr(0, 60);
    return d;
  }

  const DocumentSet& set_;
  std::mt19937& rng_;
};

struct Key {
  std::string rule, file, message;
  bool operator<(const Key& o) const {
    return std::tie(rule, file, message) < std::tie(o.rule, o.file, o.message);
  }
};

std::vector<rules::Finding> run_parity(const engine::Checker& checker, const model::Document& d) {
  std::vector<rules::Finding> out;
  for (rules::Finding& f : checker.check(d))
    if (f.rule.rfind("parity/", 0) == 0) out.push_back(std::move(f));
  return out;
}

// The first `bytes` bytes of a text, not cutting a character.
std::string_view head(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return text.substr(0, bytes);
}

// For a missed deletion (--show-errors): the bead that now holds the
// reference sentence whose counterpart was deleted, as "2-1 [its sentences]".
void show_reference_bead(const model::Document& changed, const Defect& defect) {
  const text::DocumentText text = text::analyze(changed);
  const structure::DocumentOutline outline = structure::build_outlines(changed, text);
  const align::DocumentAlignment alignment = align::align_document(changed, text, outline, "en");
  const auto ref = static_cast<std::size_t>(alignment.reference);
  for (const align::PairAlignment& p : alignment.pairs) {
    if (p.a != ref || changed.versions[p.b].file->file().path() != defect.path) continue;
    const auto e = static_cast<std::size_t>(defect.reference_sentence);
    if (e >= p.bead_of_a.size() || p.bead_of_a[e] < 0) continue;
    const align::Bead& bead = p.beads[static_cast<std::size_t>(p.bead_of_a[e])];
    std::cerr << "    bead " << bead.a.size() << "-" << bead.b.size() << " score " << bead.score << ":";
    for (std::uint32_t s : bead.a)
      std::cerr << " [en " << head(text::sentence_text(changed.versions[ref], text.versions[ref].sentences[s]), 60) << "]";
    for (std::uint32_t s : bead.b)
      std::cerr << " [" << head(text::sentence_text(changed.versions[p.b], text.versions[p.b].sentences[s]), 90) << "]";
    std::cerr << "\n";
  }
}

}  // namespace

std::map<std::string, DriftScore> evaluate_drift(const std::string& corpus_dir, const DriftOptions& options) {
  static const rules::Registry registry = [] {
    rules::Registry r;
    std::string error;
    rules::register_all_rules(r, error);
    return r;
  }();
  engine::RuleSelection selection;
  selection.enable = {"parity/"};
  std::string error;
  std::optional<engine::Checker> checker = engine::Checker::create(registry, selection, error);
  checker->set_reference("en");
  const auto sets = load_sets(corpus_dir);
  std::map<std::string, DriftScore> scores;
  std::mt19937 rng(options.seed);
  const std::vector<std::string> kinds = {"delete-sentence", "delete-section", "duplicate-sentence", "change-number",
                                          "change-link",     "untranslated",   "traditional-copy"};
  for (const std::string& kind : kinds) {
    DriftScore& score = scores[kind];
    std::set<std::pair<std::string, std::uint32_t>> injected;  // each defect once
    for (std::size_t attempt = 0; score.injected < options.per_kind && attempt < options.per_kind * 20; ++attempt) {
      const DocumentSet& set = *sets[std::uniform_int_distribution<std::size_t>(0, sets.size() - 1)(rng)];
      Injector injector(set, rng);
      const std::optional<Defect> defect = injector.make(kind);
      if (!defect || !injected.insert({set.files[defect->file].path, defect->begin}).second) continue;
      // The set with the one file changed.
      auto changed = formats::parse_bytes(set.files[defect->file].path, defect->bytes, set.files[defect->file].format);
      std::vector<const model::ParsedFile*> views;
      for (std::size_t i = 0; i < set.parsed.size(); ++i)
        views.push_back(i == defect->file ? changed.get() : set.parsed[i].get());
      const auto documents = engine::build_documents(views, "");
      if (documents.size() != 1) continue;
      ++score.injected;
      std::map<Key, int> before;
      for (const rules::Finding& f : run_parity(*checker, set.document)) ++before[{f.rule, f.file->path(), f.message}];
      bool found = false;
      for (const rules::Finding& f : run_parity(*checker, documents[0])) {
        if (before[{f.rule, f.file->path(), f.message}]-- > 0) continue;  // there before the defect
        ++score.added;
        // At the defect's place, by line: a missing unit is reported at the end
        // of the sentence before it, which a reader finds on that line.
        const bool here = f.file == &changed->file() &&
                          f.file->position(f.range.begin).line >= f.file->position(defect->begin).line &&
                          f.file->position(f.range.begin).line <= f.file->position(defect->end).line;
        if (here && f.rule == defect->rule) {
          ++score.correct;
          found = true;
        } else if (options.show) {
          std::cerr << kind << ": false alarm " << f.rule << " in " << f.file->path() << " at "
                    << f.file->position(f.range.begin).line << ": " << f.message.substr(0, 120) << "\n"
                    << "    after: " << defect->what << " (line " << changed->file().position(defect->begin).line
                    << ")\n";
        }
      }
      if (found) ++score.found;
      else if (options.show) {
        std::cerr << kind << ": missed in " << set.files[defect->file].path << ": " << defect->what << "\n";
        if (defect->reference_sentence >= 0) show_reference_bead(documents[0], *defect);
      }
    }
  }
  return scores;
}

}  // namespace concord::eval
