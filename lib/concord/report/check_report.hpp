#pragma once
// The reports of `concord check`: one function per output format.
#include <ostream>
#include <vector>

#include "concord/model/document.hpp"
#include "concord/report/resolved.hpp"

namespace concord::report {

struct CheckReport {
  const std::vector<model::Document>* documents = nullptr;
  std::vector<ResolvedFinding> findings;
  Summary summary;
};

struct TextOptions {
  bool show_source = true;  // the source line and a caret underline
  bool show_summary = true;
};

/// `file:line:col: severity: message [rule]`, then the source line and a
/// caret underline.
void write_text(std::ostream& out, const CheckReport& report, const TextOptions& options = {});

/// The JSON of CONTRACT.md (schemas/concord-check.schema.json).
void write_json(std::ostream& out, const CheckReport& report, std::string_view version);

}  // namespace concord::report
