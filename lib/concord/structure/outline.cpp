#include "concord/structure/outline.hpp"

#include "concord/structure/candidates.hpp"

namespace concord::structure {
namespace {

// One open level while reading: the style that opened it and its section.
struct Frame {
  std::string key;             // style_key, or "h<level>" for a heading
  std::uint16_t heading_level;  // 0 for numbered levels
  std::uint32_t section;
  int last_value;
};

class LevelReader {
 public:
  explicit LevelReader(std::vector<Section>& sections) : sections_(sections) {}

  /// Places `c` in the tree; false when the candidate is not a marker after
  /// all (a letter sequence that does not start at a).
  bool place(Candidate& c) {
    if (c.heading_level > 0) return place_heading(c);
    const Marker& m = choose(c.reading, c.list_level);
    const std::string key = key_of(m, c.list_level);
    const std::size_t open = find_open(key);
    if (open == kNone && weak(m) && m.value() != 1) return false;
    if (open != kNone) frames_.resize(open);
    push(m, key, 0, c);
    return true;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  bool place_heading(Candidate& c) {
    // A heading closes the numbered levels and the headings at or below it.
    while (!frames_.empty() &&
           (frames_.back().heading_level == 0 || frames_.back().heading_level >= c.heading_level))
      frames_.pop_back();
    Marker m = c.reading.marker;
    if (!m.numbered()) m.style = MarkerStyle::heading;
    push(m, "h" + std::to_string(c.heading_level), c.heading_level, c);
    return true;
  }

  // Letters and Roman numerals only start a sequence at a / i: "B. Smith"
  // is not the second item of anything.
  static bool weak(const Marker& m) {
    return m.style == MarkerStyle::alpha || m.style == MarkerStyle::roman || m.style == MarkerStyle::circled;
  }

  // The open level with `key` above the innermost heading, or kNone.
  std::size_t find_open(const std::string& key) const {
    for (std::size_t i = frames_.size(); i-- > 0;) {
      if (frames_[i].heading_level > 0) return kNone;
      if (frames_[i].key == key) return i;
    }
    return kNone;
  }

  // A nested list's "1." is not its parent's "1.": the nesting depth is part
  // of a list item's style.
  static std::string key_of(const Marker& m, std::uint16_t list_level) {
    return list_level == 0 ? style_key(m) : style_key(m) + "@" + std::to_string(list_level);
  }

  // i. after h. is the ninth letter; i. elsewhere starts Roman numerals.
  const Marker& choose(MarkerReading& r, std::uint16_t list_level) {
    if (!r.alternative) return r.marker;
    const auto continues = [&](const Marker& m) {
      const std::size_t open = find_open(key_of(m, list_level));
      return open != kNone && frames_[open].last_value == m.value() - 1;
    };
    if (continues(*r.alternative) && !continues(r.marker)) std::swap(r.marker, *r.alternative);
    return r.marker;
  }

  void push(const Marker& m, const std::string& key, std::uint16_t heading_level, Candidate& c) {
    Section s;
    s.marker = m;
    s.block = c.block;
    s.heading_level = heading_level;
    s.parent = frames_.empty() ? -1 : static_cast<std::int32_t>(frames_.back().section);
    s.depth = static_cast<std::uint16_t>(frames_.size() + 1);
    s.title = std::move(c.title);
    s.anchor = std::move(c.anchor);
    s.list_item = c.list_item;
    frames_.push_back({key, heading_level, static_cast<std::uint32_t>(sections_.size()), m.value()});
    sections_.push_back(std::move(s));
  }

  std::vector<Section>& sections_;
  std::vector<Frame> frames_;
};

// Paths: the parent's path, a dot, then the number (with its 之一), or "#n"
// counting unnumbered siblings.
void assign_paths(std::vector<Section>& sections) {
  std::vector<int> unnumbered(sections.size() + 1, 0);  // per parent (+1: the top)
  for (Section& s : sections) {
    std::string own;
    if (s.marker.numbered()) {
      for (std::size_t i = 0; i < s.marker.values.size(); ++i)
        own += (i ? "." : "") + std::to_string(s.marker.values[i]);
      if (s.marker.sub > 0) own += "-" + std::to_string(s.marker.sub);
    } else {
      own = "#" + std::to_string(++unnumbered[static_cast<std::size_t>(s.parent + 1)]);
    }
    s.path = s.parent < 0 ? own : sections[static_cast<std::size_t>(s.parent)].path + "." + own;
  }
}

void assign_extents(Outline& outline, const text::VersionText& text) {
  auto& sections = outline.sections;
  // The innermost section of each sentence: the last one that starts at or
  // before it.
  outline.section_of_sentence.assign(text.sentences.size(), -1);
  std::size_t next = 0;
  std::int32_t current = -1;
  std::vector<std::uint32_t> first(sections.size(), static_cast<std::uint32_t>(text.sentences.size()));
  for (std::size_t i = 0; i < text.sentences.size(); ++i) {
    const text::Sentence& s = text.sentences[i];
    while (next < sections.size() &&
           (sections[next].block < s.block ||
            (sections[next].block == s.block && sections[next].marker.begin <= s.begin))) {
      current = static_cast<std::int32_t>(next);
      first[next] = static_cast<std::uint32_t>(i);
      ++next;
    }
    outline.section_of_sentence[i] = current;
  }
  // A section without sentences of its own starts where the next one does.
  for (std::size_t k = sections.size(); k-- > 0;) {
    if (first[k] == text.sentences.size() || (k + 1 < sections.size() && first[k] > first[k + 1]))
      first[k] = k + 1 < sections.size() ? first[k + 1] : static_cast<std::uint32_t>(text.sentences.size());
    sections[k].first_sentence = first[k];
  }
  // Descendants follow their ancestor; a section ends where the next section
  // that is not its descendant begins.
  std::vector<std::uint32_t> open;
  auto close_to = [&](std::int32_t parent, std::uint32_t at) {
    while (!open.empty() && static_cast<std::int32_t>(open.back()) != parent) {
      Section& s = sections[open.back()];
      s.end_section = at;
      s.end_sentence = at < sections.size() ? sections[at].first_sentence : static_cast<std::uint32_t>(text.sentences.size());
      open.pop_back();
    }
  };
  for (std::uint32_t k = 0; k < sections.size(); ++k) {
    close_to(sections[k].parent, k);
    open.push_back(k);
  }
  close_to(-2, static_cast<std::uint32_t>(sections.size()));
}

}  // namespace

Outline build_outline(const model::Version& version, const text::VersionText& text) {
  Outline outline;
  std::vector<Candidate> candidates = find_candidates(version);
  LevelReader reader(outline.sections);
  for (Candidate& c : candidates) reader.place(c);
  assign_paths(outline.sections);
  assign_extents(outline, text);
  return outline;
}

DocumentOutline build_outlines(const model::Document& document, const text::DocumentText& text) {
  DocumentOutline out;
  out.versions.reserve(document.versions.size());
  for (std::size_t i = 0; i < document.versions.size(); ++i)
    out.versions.push_back(build_outline(document.versions[i], text.versions[i]));
  return out;
}

}  // namespace concord::structure
