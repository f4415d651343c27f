#include <gtest/gtest.h>

#include "concord/text/normalizer.hpp"

namespace concord::text {
namespace {

TEST(Normalizer, ComparisonKeyFoldsWidthCaseAndStandard) {
  EXPECT_EQ(comparison_key("ＩＳＯ　２７００１"), "iso 27001");
  EXPECT_EQ(comparison_key("其運行的穩定和安全。"), comparison_key("其运行的稳定和安全。"));
  EXPECT_EQ(comparison_key("  Use   Strong\tpasswords "), "use strong passwords");
  EXPECT_EQ(comparison_key("ｶﾀｶﾅ"), "カタカナ");
}

TEST(Normalizer, NfkcKeepsCase) { EXPECT_EQ(nfkc("ＡＢＣ１２３"), "ABC123"); }

}  // namespace
}  // namespace concord::text
