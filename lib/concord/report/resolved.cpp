#include "concord/report/resolved.hpp"

#include <algorithm>
#include <tuple>

namespace concord::report {

std::vector<ResolvedFinding> resolve(const std::vector<rules::Finding>& findings) {
  std::vector<ResolvedFinding> out;
  out.reserve(findings.size());
  for (const rules::Finding& f : findings) {
    ResolvedFinding r;
    r.rule = f.rule;
    r.severity = f.severity;
    r.message = f.message;
    r.file = f.file->path();
    r.lang = f.lang;
    r.source = f.file;
    if (f.raw_position) {
      r.begin = r.end = *f.raw_position;
      r.end.column = r.begin.column + 1;
      r.length = r.begin.offset < f.file->bytes().size() ? 1 : 0;
      r.source = nullptr;  // nothing decodable to show
    } else {
      r.begin = f.file->position(f.range.begin);
      r.end = f.file->position(f.range.end);
      r.length = r.end.offset - r.begin.offset;
    }
    for (const rules::Related& rel : f.related)
      r.related.push_back({rel.file->path(), rel.file->position(rel.range.begin), rel.message});
    if (f.fix) {
      ResolvedFix fix{f.fix->description, {}};
      for (const rules::Edit& e : f.fix->edits) {
        const std::uint32_t b = f.file->source_map().to_original(e.range.begin);
        const std::uint32_t en = f.file->source_map().to_original(e.range.end);
        fix.edits.push_back({b, en - b, e.replacement});
      }
      r.fix = std::move(fix);
    }
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(), [](const ResolvedFinding& a, const ResolvedFinding& b) {
    return std::tie(a.file, a.begin.line, a.begin.column, a.rule, a.message) <
           std::tie(b.file, b.begin.line, b.begin.column, b.rule, b.message);
  });
  return out;
}

Summary summarize(const std::vector<ResolvedFinding>& findings, std::size_t files) {
  Summary s;
  s.files = files;
  s.findings = findings.size();
  for (const auto& f : findings) {
    switch (f.severity) {
      case rules::Severity::error: ++s.error; break;
      case rules::Severity::warning: ++s.warning; break;
      case rules::Severity::info: ++s.info; break;
    }
  }
  return s;
}

}  // namespace concord::report
