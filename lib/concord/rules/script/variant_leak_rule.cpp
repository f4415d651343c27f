#include "concord/rules/script/variant_leak_rule.hpp"

#include "concord/io/utf8.hpp"
#include "concord/lang/char_class.hpp"
#include "concord/lang/chinese_variants.hpp"
#include "concord/rules/context.hpp"
#include "concord/rules/sink.hpp"

namespace concord::rules {
namespace {

// Leaked characters closer than this (in code points) are one finding:
// 其運行的穩定 is one mistake, not two.
constexpr std::size_t kClusterGap = 4;

bool ends_clause(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == '.' || cp == '!' || cp == '?' ||
         cp == ';' || cp == '\n';
}

}  // namespace

VariantLeakRule::VariantLeakRule(Direction direction) : direction_(direction) {
  if (direction == Direction::traditional_in_simplified) {
    meta_.id = "script/hant-in-hans";
    meta_.summary = "Traditional-only characters inside a Simplified Chinese version";
    meta_.why = "Readers of Simplified Chinese see a Traditional character as a typo or a sign of careless "
                "conversion; it usually comes from text pasted in from the Traditional version.";
    meta_.languages = {"zh-Hans"};
    meta_.examples = {{"zh-Hans", "用户管理由用«戶»负责。", true}, {"zh-Hans", "以后在这里干活，只有云和面。", false}};
  } else {
    meta_.id = "script/hans-in-hant";
    meta_.summary = "Simplified-only characters inside a Traditional Chinese version";
    meta_.why = "Readers of Traditional Chinese see a Simplified character as a conversion error.";
    meta_.languages = {"zh-Hant"};
    meta_.examples = {{"zh-Hant", "本文檔由用戶提供«并»上傳。", true}, {"zh-Hant", "以後在這裡，社群的人雇用他。", false}};
  }
  meta_.severity = Severity::error;
  meta_.fix = FixAvailability::always;
}

void VariantLeakRule::check(const Context& context, Sink& sink) const {
  const lang::ChineseVariants& variants = lang::ChineseVariants::instance();
  const bool want_simplified = direction_ == Direction::traditional_in_simplified;
  const std::string target = want_simplified ? "zh-Hans" : "zh-Hant";

  auto leaked = [&](char32_t cp) {
    return want_simplified ? variants.traditional_only(cp) : variants.simplified_only(cp);
  };
  auto convert = [&](char32_t cp) { return want_simplified ? variants.to_simplified(cp) : variants.to_traditional(cp); };

  for (const model::Version& version : context.versions()) {
    if (version.lang != target) continue;
    for_each_text_block(version, [&](std::uint32_t, const model::Block& block) {
      const std::string_view text = block.text.view();
      struct Hit {
        std::uint32_t begin, end;
        char32_t cp;
      };
      std::vector<Hit> cluster;
      std::size_t since_last = 0;

      auto flush = [&] {
        if (cluster.empty()) return;
        std::string listed, fixed_hint;
        Fix fix;
        fix.description = want_simplified ? "Convert to Simplified characters" : "Convert to Traditional characters";
        bool fixable = true;
        for (const Hit& h : cluster) {
          if (!listed.empty()) listed += ", ";
          listed += utf8::encode(h.cp) + " (" + utf8::encode(convert(h.cp)) + ")";
          if (auto e = edit_at(version, block, h.begin, h.end, utf8::encode(convert(h.cp)))) fix.edits.push_back(*e);
          else fixable = false;
        }
        const std::string what = want_simplified ? "Traditional" : "Simplified";
        const std::string where = want_simplified ? "Simplified" : "Traditional";
        const std::string noun = cluster.size() == 1 ? " character " : " characters ";
        Finding& f = sink.report(version, block, cluster.front().begin, cluster.back().end,
                                 what + noun + listed + " in " + where + " Chinese text");
        if (fixable && !fix.edits.empty()) f.fix = std::move(fix);
        cluster.clear();
      };

      for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(text, pos);
        if (leaked(cp) && !outside_prose(version, block, static_cast<std::uint32_t>(start))) {
          if (!cluster.empty() && since_last > kClusterGap) flush();
          cluster.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos), cp});
          since_last = 0;
        } else {
          ++since_last;
          if (ends_clause(cp)) flush();
        }
      }
      flush();
    });
  }
}

}  // namespace concord::rules
