#pragma once
// The parity rules: what drifted between the reference version and the
// others, read off the alignment. Each class is one rule; the ones that
// share their logic take the kind they report as a constructor argument.
#include <cstdint>
#include <set>
#include <utility>

#include "concord/rules/rule.hpp"

namespace concord::rules {

namespace parity {
struct PairView;
}

/// parity/missing-section, parity/extra-section, parity/order-mismatch.
class SectionParityRule final : public Rule {
 public:
  enum class Kind { missing, extra, moved };
  explicit SectionParityRule(Kind kind);
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  Kind kind_;
  RuleMeta meta_;
};

/// parity/missing-segment, parity/extra-segment.
class SegmentParityRule final : public Rule {
 public:
  enum class Kind { missing, extra };
  explicit SegmentParityRule(Kind kind);
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  void check_missing(const parity::PairView& view, Sink& sink) const;
  void check_extra(const parity::PairView& view, const std::set<std::pair<std::uint32_t, std::uint32_t>>& duplicates,
                   Sink& sink) const;

  Kind kind_;
  RuleMeta meta_;
};

/// parity/duplicated-segment.
class DuplicatedSegmentRule final : public Rule {
 public:
  DuplicatedSegmentRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

/// parity/number-mismatch, parity/link-mismatch, parity/term-mismatch.
class AnchorParityRule final : public Rule {
 public:
  enum class Kind { number, link, term };
  explicit AnchorParityRule(Kind kind);
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  Kind kind_;
  RuleMeta meta_;
};

/// parity/untranslated.
class UntranslatedRule final : public Rule {
 public:
  UntranslatedRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

/// parity/length-ratio.
class LengthRatioRule final : public Rule {
 public:
  LengthRatioRule();
  const RuleMeta& meta() const override { return meta_; }
  void check(const Context& context, Sink& sink) const override;

 private:
  RuleMeta meta_;
};

class Registry;

/// Registers every parity rule.
void register_parity_rules(Registry& registry);

}  // namespace concord::rules
