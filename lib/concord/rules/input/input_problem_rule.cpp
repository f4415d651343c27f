#include "concord/rules/input/input_problem_rule.hpp"

#include <memory>

#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {

void InputProblemRule::check(const Context& context, Sink& sink) const {
  for (const model::ParsedFile* file : context.document().files) {
    for (const model::InputProblem& p : file->problems) {
      if (p.rule != meta_.id) continue;
      Finding& f = sink.report(file->file(), {}, file->declared_lang, p.message);
      f.raw_position = p.position;
    }
  }
}

std::unique_ptr<Rule> InputProblemRule::undecodable() {
  RuleMeta m;
  m.id = "input/undecodable";
  m.summary = "bytes that are not text in any supported encoding";
  m.why = "A file concord cannot decode cannot be checked; the finding names the first bad byte.";
  m.severity = Severity::error;
  return std::make_unique<InputProblemRule>(std::move(m));
}

std::unique_ptr<Rule> InputProblemRule::malformed() {
  RuleMeta m;
  m.id = "input/malformed";
  m.summary = "a file its format reader rejects (XML, HTML, DOCX, XLIFF)";
  m.why = "A document that does not parse may render differently from what its authors intended.";
  m.severity = Severity::error;
  return std::make_unique<InputProblemRule>(std::move(m));
}

}  // namespace concord::rules
