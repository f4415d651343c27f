#include "concord/rules/punct/width_mix_rule.hpp"

#include <optional>

#include "concord/io/utf8.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/punct/non_prose.hpp"
#include "concord/rules/punct/width_scan.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

// ",", "(" and ")" — each mark once, in the order they come.
std::string list_marks(const std::vector<punct::WrongWidth>& found) {
  std::u32string seen;
  for (const punct::WrongWidth& w : found)
    if (seen.find(w.mark) == std::u32string::npos) seen.push_back(w.mark);
  std::string out;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    if (i > 0) out += i + 1 == seen.size() ? " and " : ", ";
    out += "\"" + utf8::encode(seen[i]) + "\"";
  }
  return out;
}

std::string message_for(const std::vector<punct::WrongWidth>& found, punct::Width want, const std::string& language) {
  const bool full = want == punct::Width::full;
  std::string m = std::string(full ? "half-width " : "full-width ") + list_marks(found) + " in " + language + " text";
  if (found.size() > 1) m += " (" + std::to_string(found.size()) + " in this sentence)";
  m += "; " + language + " uses " + (full ? "full-width" : "half-width") + " punctuation";
  return m;
}

// Replaces every mark of the sentence, or nothing when one of them cannot be
// edited faithfully.
std::optional<Fix> fix_for(const model::Version& version, const model::Block& block,
                           const std::vector<punct::WrongWidth>& found, punct::Width want) {
  Fix fix{want == punct::Width::full ? "Use full-width punctuation" : "Use half-width punctuation", {}};
  for (const punct::WrongWidth& w : found) {
    std::optional<Edit> e = edit_at(version, block, w.edit_begin, w.edit_end, w.replacement);
    if (!e) e = edit_at(version, block, w.begin, w.end, w.bare_replacement);
    if (!e) return std::nullopt;
    fix.edits.push_back(std::move(*e));
  }
  return fix;
}

}  // namespace

WidthMixRule::WidthMixRule() {
  meta_.id = "punct/width-mix";
  meta_.summary = "half-width punctuation in CJK prose, or full-width punctuation in Latin prose";
  meta_.why = "Chinese and Japanese set their punctuation full width (，。：（）) and Latin-script languages half "
              "width; a mark of the other width breaks the rhythm of the line and usually comes from pasting or "
              "typing with the wrong input method. Numbers (3.5, 1,000), times, URLs, e-mail addresses and Latin "
              "runs inside CJK text keep their half-width marks, as do parentheses around Latin text "
              "(作品(Licensed Material)). One finding per sentence, on its first mark. The width each language "
              "wants is set in .concord.toml, by full tag or primary subtag: [rules.options.\"punct/width-mix\"] "
              "ja = \"full\", zh = \"any\", en = \"half\" (\"any\" turns the check off for that language); by "
              "default Chinese and Japanese want full width and every other language half width.";
  meta_.severity = Severity::info;
  meta_.fix = FixAvailability::sometimes;
  meta_.examples = {
      {"zh-Hans", "维护并保护云端基础设施«,»确保其稳定运行和安全性。", true},
      {"zh-Hant", "使用者端設備«(»手機、個人電腦)及網路的安全性。", true},
      {"ja", "お知らせ«:»当社は機械翻訳を用いています。", true},
      {"en", "Personal data«，»as defined in Article 4, is protected.", true},
      {"zh-Hans", "确保服务遵循相关法规要求，如 ISO 27001, GDPR 等规范。", false},
      {"zh-Hans", "版本 3.5 于 09:00 发布，共 1,000 个用户，详见 https://example.com/a,b 。", false},
      {"zh-Hans", "本许可中的作品(Licensed Material)是指许可人授权的材料。", false},
      {"ja", "暗号化を強制します(TLS 1.2 / 1.3)。", false},
      {"en", "Personal data, as defined in Article 4 (GDPR), is protected: see “个人信息（定义）”.", false},
  };
}

void WidthMixRule::check(const Context& context, Sink& sink) const {
  for (std::size_t vi = 0; vi < context.versions().size(); ++vi) {
    const model::Version& version = context.versions()[vi];
    const punct::Width want = punct::preferred_width(context.options(), version.lang);
    if (want == punct::Width::any) continue;
    const std::string language = punct::language_name(version.lang);
    const text::VersionText& vt = context.text(vi);
    std::optional<punct::NonProse> non_prose;
    std::uint32_t non_prose_block = 0;
    for (const text::Sentence& s : vt.sentences) {
      if (!version.contains(s.block)) continue;
      const model::Block& block = version.file->blocks[s.block];
      if (!non_prose || non_prose_block != s.block) {
        non_prose.emplace(context, vi, s.block);
        non_prose_block = s.block;
      }
      const auto found = punct::find_wrong_width(block.text.view(), s.begin, s.end, want,
                                                 [&](std::uint32_t at) { return non_prose->contains(at); });
      if (found.empty()) continue;
      Finding& f = sink.report(version, block, found.front().begin, found.front().end, message_for(found, want, language));
      f.fix = fix_for(version, block, found, want);
    }
  }
}

}  // namespace concord::rules
