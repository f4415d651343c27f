#include <algorithm>
#include <map>

#include "concord/rules/parity/english_text.hpp"
#include "concord/rules/parity/merge_evidence.hpp"
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
  double number = -1;       // the numeric value, where one applies
  EntityKind kind = EntityKind::number;
  std::uint32_t sentence = 0;  // where it stands
};

// An identifier without its punctuation and case: "+1-650-903-0800" and
// "+1 650 903 0800" are one number, "ISO/IEC 27001" and "ISO IEC 27001" one standard.
std::string compact(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class AnchorReader {
 public:
  AnchorReader(const Context& context, AnchorParityRule::Kind kind) : context_(context), kind_(kind) {}

  /// The anchors of a group of sentences, each value once: the English
  /// "five hundred dollars ($500)" names one amount.
  std::vector<Anchor> of(std::uint32_t version, const std::vector<std::uint32_t>& sentences) const {
    std::vector<Anchor> all = read(version, sentences);
    std::vector<Anchor> out;
    for (Anchor& a : all)
      if (std::none_of(out.begin(), out.end(), [&](const Anchor& b) { return b.value == a.value; }))
        out.push_back(std::move(a));
    return out;
  }

 private:
  std::vector<Anchor> read(std::uint32_t version, const std::vector<std::uint32_t>& sentences) const {
    std::vector<Anchor> out;
    const model::Version& v = context_.versions()[version];
    const text::VersionText& t = context_.text(version);
    const align::VersionAnalysis& a = context_.alignment().versions[version];
    for (std::uint32_t s : sentences) {
      const text::Sentence& sentence = t.sentences[s];
      const std::string_view block_text = v.file->blocks[sentence.block].text.view();
      const std::size_t first_new = out.size();
      switch (kind_) {
        case AnchorParityRule::Kind::number:
          for (const text::Entity& e : sentence.entities) {
            if (!is_numeric(e.kind) || in_section_marker(version, s, e)) continue;
            // Counts compare by value across kinds; dates and times by their value only.
            const bool count = e.kind == EntityKind::number || e.kind == EntityKind::duration ||
                               e.kind == EntityKind::percent || e.kind == EntityKind::ordinal;
            Anchor anchor{e.value, std::string(block_text.substr(e.begin, e.end - e.begin)), true,
                          count ? e.number : -1, e.kind};
            // A count or a percentage may be paraphrased ("100% accurate" = 完全正確); a date, a
            // time, an amount or a version is not.
            anchor.significant = e.kind == EntityKind::date || e.kind == EntityKind::time ||
                                 e.kind == EntityKind::datetime || e.kind == EntityKind::amount ||
                                 e.kind == EntityKind::version;
            out.push_back(std::move(anchor));
          }
          break;
        case AnchorParityRule::Kind::link:
          for (const std::string& l : a.features[s].links) out.push_back({l, l, true, -1});
          break;
        case AnchorParityRule::Kind::term:
          // Identifiers only (ISO/IEC 27001, CVE-2024-27280, RFC 5280, AES-256): acronyms are
          // translated too often (EU → 欧盟, WIPO → 世界知识产权组织, CA → 证书颁发机构).
          for (const text::Entity& e : sentence.entities)
            if (e.kind == EntityKind::identifier) out.push_back({compact(e.value), e.value, true, -1});
          break;
      }
      for (std::size_t i = first_new; i < out.size(); ++i) out[i].sentence = s;
    }
    return out;
  }

  // A section's own number ("4." of "## 4. Contact", 第五條) is structure:
  // a translator who adds a section renumbers the ones after it, and the
  // numbering rules and the section alignment speak of that.
  bool in_section_marker(std::uint32_t version, std::uint32_t s, const text::Entity& e) const {
    const structure::Outline& outline = context_.outline(version);
    if (s >= outline.section_of_sentence.size() || outline.section_of_sentence[s] < 0) return false;
    const structure::Section& section = outline.sections[static_cast<std::size_t>(outline.section_of_sentence[s])];
    return section.marker.numbered() && section.block == context_.text(version).sentences[s].block &&
           e.begin >= section.marker.begin && e.end <= section.marker.end;
  }

  const Context& context_;
  AnchorParityRule::Kind kind_;
};

// Values of `a` not in `b`, counting repeats. Two numbers of different kinds
// with one value agree (三十 (30) 日 read as a date of the month, "30 days" as a
// duration).
std::vector<const Anchor*> missing_from(const std::vector<Anchor>& a, const std::vector<Anchor>& b) {
  std::map<std::string, int> left;
  for (const Anchor& x : b) ++left[x.value];
  std::vector<const Anchor*> out;
  std::vector<bool> used(b.size(), false);
  for (const Anchor& x : a) {
    if (left[x.value]-- > 0) continue;
    // The same count read as another kind.
    bool matched = false;
    for (std::size_t i = 0; i < b.size() && !matched && x.number >= 0; ++i)
      if (!used[i] && b[i].kind != x.kind && b[i].number == x.number && left[b[i].value] > 0) {
        used[i] = true;
        --left[b[i].value];
        matched = true;
      }
    if (!matched) out.push_back(&x);
  }
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
      meta_.why = "Identifiers (ISO/IEC 27001, CVE-2024-27280, RFC 5280, a phone number) name things readers look "
                  "up and are never translated; a version that drops one loses the reference. Acronyms are not "
                  "checked: translations rightly spell many of them out (EU, WIPO).";
      meta_.severity = Severity::warning;
      break;
  }
}

namespace {

// Removes from `lost` the values `added` has (one for one), and from `added`
// the ones it gave up: an anchor that moved into the neighbouring sentence.
void cancel(std::vector<const Anchor*>& lost, std::vector<const Anchor*>& added) {
  for (auto it = lost.begin(); it != lost.end();) {
    const auto match = std::find_if(added.begin(), added.end(), [&](const Anchor* x) { return x->value == (*it)->value; });
    if (match == added.end()) {
      ++it;
      continue;
    }
    added.erase(match);
    it = lost.erase(it);
  }
}

}  // namespace

void AnchorParityRule::check(const Context& context, Sink& sink) const {
  const AnchorReader reader(context, kind_);
  for (const PairView& view : parity::reference_pairs(context)) {
    if (parity::mostly_english(*view.other_analysis)) continue;
    const std::string ref_name = parity::language_name(view.ref->lang);
    const auto& beads = view.pair->beads;
    const bool other_latin_script = view.other->lang.rfind("en", 0) == 0;
    // Each bead's anchors, and those one side has and the other lacks.
    std::vector<std::vector<Anchor>> ref(beads.size()), other(beads.size());
    std::vector<std::vector<const Anchor*>> lost(beads.size()), added(beads.size());
    // A sentence reported missing (parity/missing-segment) takes its
    // anchors with it: they are not reported again as lost.
    const std::vector<std::uint32_t> dropped = parity::dropped_from_merges(view);
    for (std::size_t i = 0; i < beads.size(); ++i) {
      ref[i] = reader.of(view.pair->a, beads[i].a);
      std::erase_if(ref[i], [&](const Anchor& x) {
        return std::find(dropped.begin(), dropped.end(), x.sentence) != dropped.end();
      });
      other[i] = reader.of(view.pair->b, beads[i].b);
    }
    for (std::size_t i = 0; i < beads.size(); ++i) {
      if (kind_ == Kind::term) {
        if (other_latin_script || beads[i].a.empty() || beads[i].b.empty()) continue;
        std::string window;
        for (std::uint32_t s : around(*view.pair, i, false)) window += compact(view.other_analysis->keys[s]);
        for (const Anchor& a : ref[i])
          if (window.find(a.value) == std::string::npos) lost[i].push_back(&a);
      } else {
        lost[i] = missing_from(ref[i], other[i]);
        added[i] = missing_from(other[i], ref[i]);
      }
    }
    // An anchor the alignment put one bead off is not lost.
    if (kind_ != Kind::term)
      for (std::size_t i = 0; i < beads.size(); ++i)
        for (std::size_t j : {i + 1, i > 0 ? i - 1 : i}) {
          if (j == i || j >= beads.size()) continue;
          cancel(lost[i], added[j]);
        }
    for (std::size_t i = 0; i < beads.size(); ++i) {
      const align::Bead& bead = beads[i];
      if (bead.a.empty() || bead.b.empty()) continue;
      if (kind_ != Kind::term) {
        // A changed anchor is reported; one only lost or only added, when it
        // matters on its own (a date, an amount — not a count a translation may
        // spell out, nor a helpful link it adds).
        auto significant = [](const std::vector<const Anchor*>& v) {
          return std::any_of(v.begin(), v.end(), [](const Anchor* a) { return a->significant; });
        };
        if (lost[i].empty() && (kind_ == Kind::link || !significant(added[i]))) added[i].clear();
        if (added[i].empty() && !significant(lost[i])) lost[i].clear();
      }
      if (lost[i].empty() && added[i].empty()) continue;
      std::string message;
      const std::string what = kind_ == Kind::number ? "says" : kind_ == Kind::link ? "links to" : "names";
      if (!lost[i].empty() && !added[i].empty())
        message = "The " + ref_name.substr(4) + " " + what + " " + listing(lost[i]) + "; this version " + what + " " +
                  listing(added[i]);
      else if (!lost[i].empty())
        message = "The " + ref_name.substr(4) + " " + what + " " + listing(lost[i]) + "; this version does not";
      else
        message = "This version " + what + " " + listing(added[i]) + "; " + ref_name + " does not";
      // On the sentence that holds the changed anchor, against the one that holds the original.
      const std::uint32_t here = added[i].empty() ? bead.b.front() : added[i].front()->sentence;
      const std::uint32_t there = lost[i].empty() ? bead.a.front() : lost[i].front()->sentence;
      Finding& f = parity::report_sentence(sink, *view.other, *view.other_text, here, std::move(message));
      f.related.push_back(parity::related_sentence(*view.ref, *view.ref_text, there, "the sentence in " + ref_name));
    }
  }
}

}  // namespace concord::rules
