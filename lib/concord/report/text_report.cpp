#include <string>

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/report/check_report.hpp"

namespace concord::report {
namespace {

// Source excerpts are cut to a window around the finding so that a
// one-line contract of 5,000 characters stays readable.
constexpr int kContextColumns = 40;
constexpr int kMaxSpanColumns = 80;

int width_of(char32_t cp) { return cp == '\t' ? 4 : lang::display_width(cp); }

void append_display(std::string& out, char32_t cp) {
  if (cp == '\t') out += "    ";
  else utf8::append(out, cp);
}

void write_excerpt(std::ostream& out, const ResolvedFinding& f) {
  if (f.source == nullptr) return;
  const std::string_view line = f.source->lines().line_text(f.begin.line);
  const std::uint32_t last_column = f.end.line == f.begin.line ? f.end.column : 0;

  // Columns before the span, the span itself (on this line), and after.
  std::string before, span, after;
  int before_width = 0, span_width = 0;
  std::uint32_t column = 1;
  for (std::size_t pos = 0; pos < line.size(); ++column) {
    const char32_t cp = utf8::next(line, pos);
    if (column < f.begin.column) {
      append_display(before, cp);
      before_width += width_of(cp);
    } else if (last_column == 0 || column < last_column) {
      append_display(span, cp);
      span_width += width_of(cp);
    } else {
      append_display(after, cp);
    }
  }
  auto trim_front = [](std::string& s, int& width, int keep) {
    while (width > keep) {
      std::size_t pos = 0;
      const char32_t cp = utf8::next(s, pos);
      width -= width_of(cp);
      s.erase(0, pos);
    }
  };
  if (before_width > kContextColumns) {
    trim_front(before, before_width, kContextColumns);
    before = "…" + before;
    before_width += 1;
  }
  if (span_width > kMaxSpanColumns) {
    std::string cut;
    int w = 0;
    for (std::size_t pos = 0; pos < span.size() && w < kMaxSpanColumns;) {
      const char32_t cp = utf8::next(span, pos);
      append_display(cut, cp);
      w += width_of(cp);
    }
    span = cut + "…";
    span_width = w + 1;
    after.clear();
  }
  if (utf8::length(after) > static_cast<std::size_t>(kContextColumns)) {
    std::string cut;
    std::size_t pos = 0;
    for (int n = 0; n < kContextColumns && pos < after.size(); ++n) utf8::append(cut, utf8::next(after, pos));
    after = cut + "…";
  }
  const std::string number = std::to_string(f.begin.line);
  const std::string gutter(number.size(), ' ');
  out << ' ' << number << " | " << before << span << after << '\n';
  out << ' ' << gutter << " | " << std::string(static_cast<std::size_t>(before_width), ' ')
      << std::string(static_cast<std::size_t>(std::max(1, span_width)), '^') << '\n';
}

}  // namespace

void write_text(std::ostream& out, const CheckReport& report, const TextOptions& options) {
  for (const ResolvedFinding& f : report.findings) {
    out << f.file << ':' << f.begin.line << ':' << f.begin.column << ": " << rules::to_string(f.severity) << ": "
        << f.message << " [" << f.rule << "]\n";
    if (options.show_source) write_excerpt(out, f);
    for (const ResolvedRelated& r : f.related)
      out << "  note: " << r.file << ':' << r.position.line << ':' << r.position.column << ": " << r.message << '\n';
  }
  if (options.show_summary) {
    const Summary& s = report.summary;
    out << s.findings << (s.findings == 1 ? " finding" : " findings") << " (" << s.error << " error"
        << (s.error == 1 ? "" : "s") << ", " << s.warning << " warning" << (s.warning == 1 ? "" : "s") << ", "
        << s.info << " info) in " << s.files << (s.files == 1 ? " file" : " files") << '\n';
  }
}

}  // namespace concord::report
