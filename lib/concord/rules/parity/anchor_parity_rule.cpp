#include <algorithm>
#include <map>

#include "concord/rules/parity/english_text.hpp"
#include "concord/rules/parity/parity_rules.hpp"
#include "concord/rules/parity/parity_support.hpp"

namespace concord::rules {
namespace {

using parity::PairView;
using text::EntityKind;

bool is_numeric(EntityKind k) {
  switch (k) {
    case EntityKind::number: case EntityKind::percent: case EntityKind::amount: case EntityKind::date:
    case EntityKind::time: case EntityKind::datetime: case EntityKind::duration: case EntityKind::version:
    case EntityKind::ordinal:
      return true;
    default:
      return false;
  }
}

// An anchor as compared (value) and as a message shows it (written).
struct Anchor {
  std::string value;
  std::string written;
  bool significant = true;  // worth a finding when the other side simply lacks it
};

bool looks_like_acronym(std::string_view w) {
  int upper = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (!(c >= '0' && c <= '9') && c != '-') return false;
  }
  return upper >= 2 && w.size() >= 2;
}

// Words written in capitals in a sentence that is not itself in capitals
// (GDPR, ISRG, AES-256 — not a shouted disclaimer).
std::vector<std::string> acronyms(std::string_view text) {
  std::vector<std::string> out;
  int words = 0, capital_words = 0;
  std::vector<std::string> found;
  for (std::size_t p = 0; p < text.size();) {
    while (p < text.size() && !std::isalnum(static_cast<unsigned char>(text[p]))) ++p;
    std::size_t e = p;
    while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
    if (e == p) break;
    std::string_view w = text.substr(p, e - p);
    while (!w.empty() && w.back() == '-') w.remove_suffix(1);
    ++words;
    if (looks_like_acronym(w)) {
      ++capital_words;
      found.emplace_back(w);
    }
    p = e;
  }
  if (capital_words * 3 > words) return out;
  return found;
}

class AnchorReader {
 public:
  AnchorReader(const Context& context, AnchorParityRule::Kind kind) : context_(context), kind_(kind) {}

  std::vector<Anchor> of(std::uint32_t version, const std::vector<std::uint32_t>& sentences) const {
    std::vector<Anchor> out;
    const model::Version& v = context_.versions()[version];
    const text::VersionText& t = context_.text(version);
    const align::VersionAnalysis& a = context_.alignment().versions[version];
    for (std::uint32_t s : sentences) {
      const text::Sentence& sentence = t.sentences[s];
      const std::string_view block_text = v.file->blocks[sentence.block].text.view();
      switch (kind_) {
        case AnchorParityRule::Kind::number:
          for (const text::Entity& e : sentence.entities) {
            if (!is_numeric(e.kind)) continue;
            Anchor anchor{e.value, std::string(block_text.substr(e.begin, e.end - e.begin)), true};
            // A bare small count or an ordinal may be written out or left implicit.
            anchor.significant = !((e.kind == EntityKind::number || e.kind == EntityKind::ordinal) && e.number < 10);
            out.push_back(std::move(anchor));
          }
          break;
        case AnchorParityRule::Kind::link:
          for (const std::string& l : a.features[s].links) out.push_back({l, l, true});
          break;
        case AnchorParityRule::Kind::term:
          for (const text::Entity& e : sentence.entities)
            if (e.kind == EntityKind::identifier) out.push_back({lowered(e.value), e.value, true});
          if (a.features[s].latin_text)
            for (const std::string& w : acronyms(text::sentence_text(v, sentence))) out.push_back({lowered(w), w, false});
          break;
      }
    }
    return out;
  }

  static std::string lowered(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }

 private:
  const Context& context_;
  AnchorParityRule::Kind kind_;
};

// Values of `a` not in `b`, counting repeats.
std::vector<const Anchor*> missing_from(const std::vector<Anchor>& a, const std::vector<Anchor>& b) {
  std::map<std::string, int> left;
  for (const Anchor& x : b) ++left[x.value];
  std::vector<const Anchor*> out;
  for (const Anchor& x : a)
    if (left[x.value]-- <= 0) out.push_back(&x);
  return out;
}

std::string listing(const std::vector<const Anchor*>& anchors) {
  std::string out;
  for (std::size_t i = 0; i < anchors.size() && i < 3; ++i)
    out += (i ? ", " : "") + std::string("\"") + anchors[i]->written + "\"";
  if (anchors.size() > 3) out += " and " + std::to_string(anchors.size() - 3) + " more";
  return out;
}

// Sentences of the beads around bead `i` on one side (for tolerance: an
// anchor that moved to the next sentence is not lost).
std::vector<std::uint32_t> around(const align::PairAlignment& pair, std::size_t i, bool side_a) {
  std::vector<std::uint32_t> out;
  for (std::size_t k = i > 0 ? i - 1 : 0; k <= i + 1 && k < pair.beads.size(); ++k) {
    const auto& s = side_a ? pair.beads[k].a : pair.beads[k].b;
    out.insert(out.end(), s.begin(), s.end());
  }
  return out;
}

// Whether another version (neither the reference nor `other`) keeps `term`
// in its counterpart of reference sentence `s`.
bool kept_elsewhere(const Context& context, std::uint32_t other, std::uint32_t s, const std::string& term) {
  const auto& alignment = context.alignment();
  for (const align::PairAlignment& p : alignment.pairs) {
    if (static_cast<std::int32_t>(p.a) != alignment.reference || p.b == other) continue;
    const std::int32_t bead = p.bead_of_a[s];
    if (bead < 0) continue;
    for (std::uint32_t t : p.beads[static_cast<std::size_t>(bead)].b)
      if (align::contains_word(alignment.versions[p.b].keys[t], term)) return true;
  }
  return false;
}

}  // namespace

AnchorParityRule::AnchorParityRule(Kind kind) : kind_(kind) {
  switch (kind) {
    case Kind::number:
      meta_.id = "parity/number-mismatch";
      meta_.summary = "numbers, dates, percentages or amounts differ between aligned units (CJK numerals count)";
      meta_.why = "A number that changed in translation changes the policy: a deadline, a limit, a price, a "
                  "section reference. Numbers are compared by value: 六天 and six days agree, 16:02 UTC and "
                  "01:02 JST the next day are the same time.";
      meta_.severity = Severity::error;
      break;
    case Kind::link:
      meta_.id = "parity/link-mismatch";
      meta_.summary = "URLs or e-mail addresses differ between aligned units";
      meta_.why = "A link or address that differs sends the readers of one version elsewhere. Language "
                  "segments (/en-US/, /ja/, ?lang=) are ignored.";
      meta_.severity = Severity::warning;
      break;
    case Kind::term:
      meta_.id = "parity/term-mismatch";
      meta_.summary = "a Latin-script term or a glossary term of the reference is missing from its counterpart";
      meta_.why = "Identifiers (ISO/IEC 27001, CVE numbers) and the acronyms the other translations keep "
                  "(GDPR, ISRG) name things readers look up; a version that drops them loses the reference.";
      meta_.severity = Severity::warning;
      break;
  }
}

void AnchorParityRule::check(const Context& context, Sink& sink) const {
  const AnchorReader reader(context, kind_);
  for (const PairView& view : parity::reference_pairs(context)) {
    if (parity::mostly_english(*view.other_analysis)) continue;
    const std::string ref_name = parity::language_name(view.ref->lang);
    const auto& beads = view.pair->beads;
    const bool other_latin_script = view.other->lang.rfind("en", 0) == 0;
    for (std::size_t i = 0; i < beads.size(); ++i) {
      const align::Bead& bead = beads[i];
      if (bead.a.empty() || bead.b.empty()) continue;
      const std::vector<Anchor> ref = reader.of(view.pair->a, bead.a);
      const std::vector<Anchor> other = reader.of(view.pair->b, bead.b);
      if (ref.empty() && other.empty()) continue;
      std::vector<const Anchor*> lost, added;
      if (kind_ == Kind::term) {
        if (other_latin_script) continue;
        std::string window;
        for (std::uint32_t s : around(*view.pair, i, false)) window += view.other_analysis->keys[s] + " ";
        for (const Anchor& a : ref) {
          if (align::contains_word(window, a.value)) continue;
          const bool identifier = std::any_of(a.value.begin(), a.value.end(), ::isdigit);
          if (!identifier && !kept_elsewhere(context, view.pair->b, bead.a.front(), a.value)) continue;
          lost.push_back(&a);
        }
      } else {
        const auto near_ref = reader.of(view.pair->a, around(*view.pair, i, true));
        const auto near_other = reader.of(view.pair->b, around(*view.pair, i, false));
        for (const Anchor* a : missing_from(ref, other))
          if (missing_from(std::vector<Anchor>{*a}, near_other).size() == 1) lost.push_back(a);
        for (const Anchor* a : missing_from(other, ref))
          if (missing_from(std::vector<Anchor>{*a}, near_ref).size() == 1) added.push_back(a);
        // Only a lost or an added anchor: report it when it matters on its own.
        if (added.empty() && std::none_of(lost.begin(), lost.end(), [](const Anchor* a) { return a->significant; }))
          lost.clear();
        if (lost.empty() && std::none_of(added.begin(), added.end(), [](const Anchor* a) { return a->significant; }))
          added.clear();
      }
      if (lost.empty() && added.empty()) continue;
      std::string message;
      const std::string what = kind_ == Kind::number ? "says" : kind_ == Kind::link ? "links to" : "names";
      if (!lost.empty() && !added.empty())
        message = "The " + ref_name.substr(4) + " " + what + " " + listing(lost) + "; this version " + what + " " +
                  listing(added);
      else if (!lost.empty())
        message = "The " + ref_name.substr(4) + " " + what + " " + listing(lost) + "; this version does not";
      else
        message = "This version " + what + " " + listing(added) + "; " + ref_name + " does not";
      Finding& f = parity::report_sentence(sink, *view.other, *view.other_text, bead.b.front(), std::move(message));
      f.related.push_back(
          parity::related_sentence(*view.ref, *view.ref_text, bead.a.front(), "the sentence in " + ref_name));
    }
  }
}

}  // namespace concord::rules
