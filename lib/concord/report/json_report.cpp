#include <nlohmann/json.hpp>

#include "concord/report/check_report.hpp"

namespace concord::report {

void write_json(std::ostream& out, const CheckReport& report, std::string_view version) {
  using json = nlohmann::ordered_json;
  json root;
  root["tool"] = {{"name", "concord"}, {"version", std::string(version)}};
  json documents = json::array();
  if (report.documents) {
    for (const model::Document& d : *report.documents) {
      json versions = json::array();
      for (const model::Version& v : d.versions) {
        versions.push_back(
            {{"lang", v.lang}, {"file", v.file->file().path()}, {"line", v.line}, {"end_line", v.end_line}});
      }
      documents.push_back({{"id", d.id}, {"versions", versions}});
    }
  }
  root["documents"] = documents;

  json findings = json::array();
  for (const ResolvedFinding& f : report.findings) {
    json j;
    j["rule"] = f.rule;
    j["severity"] = rules::to_string(f.severity);
    j["message"] = f.message;
    j["file"] = f.file;
    if (!f.lang.empty()) j["lang"] = f.lang;
    j["line"] = f.begin.line;
    j["column"] = f.begin.column;
    j["end_line"] = f.end.line;
    j["end_column"] = f.end.column;
    j["offset"] = f.begin.offset;
    j["length"] = f.length;
    if (!f.related.empty()) {
      json related = json::array();
      for (const ResolvedRelated& r : f.related)
        related.push_back({{"file", r.file}, {"line", r.position.line}, {"column", r.position.column},
                           {"message", r.message}});
      j["related"] = related;
    }
    if (f.fix) {
      json edits = json::array();
      for (const ResolvedEdit& e : f.fix->edits)
        edits.push_back({{"offset", e.offset}, {"length", e.length}, {"replacement", e.replacement}});
      j["fix"] = {{"description", f.fix->description}, {"edits", edits}};
    }
    findings.push_back(std::move(j));
  }
  root["findings"] = findings;
  const Summary& s = report.summary;
  root["summary"] = {{"files", s.files}, {"findings", s.findings}, {"error", s.error}, {"warning", s.warning},
                     {"info", s.info}};
  out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace concord::report
