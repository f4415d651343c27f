#include "concord/rules/sink.hpp"

namespace concord::rules {

Finding& Sink::report(const model::Version& version, const model::Block& block, std::uint32_t begin,
                      std::uint32_t end, std::string message) {
  return report(version.file->file(), block.text.to_source(begin, end), version.lang, std::move(message));
}

Finding& Sink::report(const model::SourceFile& file, model::SourceRange range, std::string lang,
                      std::string message) {
  Finding f;
  f.rule = meta_.id;
  f.severity = severity_;
  f.message = std::move(message);
  f.file = &file;
  f.range = range;
  f.lang = std::move(lang);
  out_.push_back(std::move(f));
  return out_.back();
}

Related related_at(const model::Version& version, const model::Block& block, std::uint32_t begin, std::uint32_t end,
                   std::string message) {
  return {&version.file->file(), block.text.to_source(begin, end), std::move(message)};
}

bool can_fix(const model::SourceFile& file) {
  return file.format() != model::Format::docx && file.encoding() == "UTF-8";
}

std::optional<Edit> edit_at(const model::Version& version, const model::Block& block, std::uint32_t begin,
                            std::uint32_t end, std::string replacement) {
  const model::SourceFile& file = version.file->file();
  if (!can_fix(file) || !block.text.is_verbatim(begin, end)) return std::nullopt;
  return Edit{block.text.to_source(begin, end), std::move(replacement)};
}

}  // namespace concord::rules
