#include "concord/rules/content/boilerplate_rule.hpp"

#include <algorithm>

#include "concord/io/utf8.hpp"
#include "concord/rules/content/chrome_runs.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/declarative/pattern_set.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

// Labels ("Videos", "評論", "Zoho CRM Training") are short and end no sentence.
constexpr std::size_t kLabelLength = 40;

bool is_label_like(std::string_view text) {
  if (text.empty() || utf8::length(text) > kLabelLength) return false;
  std::size_t end = text.size();
  const char32_t last = utf8::prev(text, end);
  return std::u32string_view(U"。．.！!？?；;").find(last) == std::u32string_view::npos;
}

std::string join_labels(const std::vector<std::string>& labels) {
  std::string out;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i > 0) out += i + 1 == labels.size() ? " and " : ", ";
    out += labels[i];
  }
  return out;
}

std::string quote_phrases(const std::vector<std::string>& phrases) {
  constexpr std::size_t kShown = 3;
  std::string out;
  for (std::size_t i = 0; i < phrases.size() && i < kShown; ++i) out += (i ? ", \"" : "\"") + phrases[i] + "\"";
  if (phrases.size() > kShown) out += ", …";
  return out;
}

void replace_all(std::string& s, std::string_view key, const std::string& value) {
  for (std::size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + value.size()))
    s.replace(at, key.size(), value);
}

// What one block holds: whether it anchors chrome, with which labels and phrases.
struct BlockChrome {
  const model::Block* block = nullptr;
  ChromeCandidate candidate;
  std::vector<std::string> labels;
  std::vector<std::string> phrases;
  std::vector<std::size_t> patterns;  // of each phrase
};

BlockChrome find_chrome(const PatternSet& phrases, const model::Version& version, const model::Block& block) {
  BlockChrome chrome;
  chrome.block = &block;
  ChromeCandidate& c = chrome.candidate;
  // Chrome surrounds the policy; a table is the policy's own.
  c.barrier = block.kind == model::BlockKind::table_cell;
  c.list_item = block.kind == model::BlockKind::list_item;
  const std::string_view text = block.text.view();
  c.label_like = is_label_like(text);
  if (c.barrier) return chrome;
  const auto prose = [&](std::uint32_t b, std::uint32_t) { return !outside_prose(version, block, b); };
  std::vector<PatternSet::Match> found = phrases.find(text, version.lang, prose);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  for (const PatternSet::Match& m : found) {
    const PatternSpec& spec = phrases.specs()[m.pattern];
    chrome.labels.push_back(spec.label.empty() ? "web-page chrome" : spec.label);
    chrome.phrases.emplace_back(text.substr(m.begin, m.end - m.begin));
    chrome.patterns.push_back(m.pattern);
    c.strong |= !spec.weak;
  }
  c.anchor = !found.empty();
  return chrome;
}

// The message for a run: `message` with {what} (each label once) and {match}
// (one phrase for each pattern first: page counters "_第1頁", "_第2頁" say the
// same thing), and the lines it covers, which one-line reports do not show.
std::string describe(const std::string& message_template, const std::vector<BlockChrome>& run,
                     const model::SourceFile& file, model::SourceRange range) {
  std::vector<std::string> labels, phrases, others;
  std::vector<std::size_t> patterns;
  for (const BlockChrome& b : run) {
    for (const auto& l : b.labels)
      if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
    for (std::size_t k = 0; k < b.phrases.size(); ++k) {
      if (std::find(patterns.begin(), patterns.end(), b.patterns[k]) == patterns.end()) {
        patterns.push_back(b.patterns[k]);
        phrases.push_back(b.phrases[k]);
      } else if (std::find(others.begin(), others.end(), b.phrases[k]) == others.end()) {
        others.push_back(b.phrases[k]);
      }
    }
  }
  for (const auto& p : others)
    if (std::find(phrases.begin(), phrases.end(), p) == phrases.end()) phrases.push_back(p);
  std::string message = message_template.empty() ? "{what}, not part of the policy: {match}" : message_template;
  replace_all(message, "{what}", join_labels(labels));
  replace_all(message, "{match}", quote_phrases(phrases));
  const std::uint32_t first_line = file.position(range.begin).line;
  const std::uint32_t last_line = file.position(range.end > range.begin ? range.end - 1 : range.end).line;
  if (last_line > first_line)
    message += " (lines " + std::to_string(first_line) + "–" + std::to_string(last_line) + ")";
  return message;
}

}  // namespace

BoilerplateRule::BoilerplateRule() {
  meta_.id = "content/boilerplate";
  meta_.summary = "web-page or download-site chrome mixed into the policy";
  meta_.why = "Text copied from a web page or a document-download site keeps its page counters, download buttons, "
              "comment boxes and adverts. They are not part of the policy, confuse readers and cost translators "
              "time. The phrases that mark chrome are listed in rules/content/boilerplate.xml; the rule reports "
              "each run of chrome blocks once, and takes in short labels and the list under a chrome heading but "
              "never a paragraph of the policy.";
  meta_.severity = Severity::warning;
  meta_.examples = {
      {"zh-Hant", "«網絡平臺信息安全責任合同書_第1頁\n\n下載本文檔»\n\n第一條 本合同旨在明確甲乙雙方的權利。", true},
      {"zh-Hant",
       "第一條 本合同旨在明確甲乙雙方的權利。\n\n«溫馨提示\n\n  • 1. 本站所有資源如無特殊說明,都需要安裝PDF閱讀器。\n"
       "  • 2. 下載文件中如有侵權,請與我們聯系。\n\n評論\n\n0/150\n\n提交評論»",
       true},
      {"zh-Hans", "«已阅读5页,还剩1页未读 继续免费阅读»\n\n第一条 为保护用户个人信息，制定本政策。", true},
      {"ja", "第1条 当社は個人情報を保護します。\n\n«Zoho CRM 管理者向けトレーニング\n\nZoho CRM Training\n\n"
             "日々の営業活動を効率的に管理するための方法を学びましょう。»",
       true},
      {"en",
       "We keep your data for 30 days.\n\n«Sign up for our webinars and learn the basics.\n\nCRM Tips\n\n"
       "Make the most of Zoho CRM with these useful tips.»",
       true},
      {"zh-Hans", "温馨提示：请您在使用本服务前仔细阅读本协议。", false},
      {"zh-Hant", "溫馨提示\n\n本合同自雙方簽字之日起生效。", false},
      {"en", "Print\n\nThis policy explains what we collect.\n\nShare", false},
      {"en", "Print this page and keep it for your records.", false},
      {"ja", "お客様は、いつでもデータをダウンロードできます。", false},
  };
}

BoilerplateRule::~BoilerplateRule() = default;

std::unique_ptr<Rule> BoilerplateRule::with_phrases(const PatternRuleSpec& list, std::string& error) {
  int line = list.line;
  std::unique_ptr<PatternSet> phrases = PatternSet::compile(list.patterns, error, &line);
  if (!phrases) return nullptr;
  auto rule = std::make_unique<BoilerplateRule>();
  rule->phrases_ = std::move(phrases);
  if (!list.meta.summary.empty()) rule->meta_.summary = list.meta.summary;
  if (!list.meta.why.empty()) rule->meta_.why = list.meta.why;
  rule->meta_.severity = list.meta.severity;
  rule->meta_.languages = list.meta.languages;
  rule->meta_.enabled_by_default = list.meta.enabled_by_default;
  rule->meta_.examples.insert(rule->meta_.examples.end(), list.meta.examples.begin(), list.meta.examples.end());
  rule->message_ = list.message;
  return rule;
}

void BoilerplateRule::check(const Context& context, Sink& sink) const {
  if (!phrases_) return;
  for (const model::Version& version : context.versions()) {
    std::vector<BlockChrome> blocks;
    std::vector<ChromeCandidate> candidates;
    for_each_text_block(version, [&](std::uint32_t, const model::Block& block) {
      blocks.push_back(find_chrome(*phrases_, version, block));
      candidates.push_back(blocks.back().candidate);
    });
    for (const ChromeRun& run : chrome_runs(candidates)) {
      const std::vector<BlockChrome> in_run(blocks.begin() + static_cast<std::ptrdiff_t>(run.first),
                                            blocks.begin() + static_cast<std::ptrdiff_t>(run.last) + 1);
      const model::Block& first = *in_run.front().block;
      const model::Block& last = *in_run.back().block;
      const model::SourceRange begin = first.text.to_source(0, static_cast<std::uint32_t>(first.text.size()));
      const model::SourceRange end = last.text.to_source(0, static_cast<std::uint32_t>(last.text.size()));
      const model::SourceRange range{begin.begin, std::max(begin.end, end.end)};
      const model::SourceFile& file = version.file->file();
      sink.report(file, range, version.lang, describe(message_, in_run, file, range));
    }
  }
}

}  // namespace concord::rules
