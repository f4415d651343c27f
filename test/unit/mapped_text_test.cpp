#include <gtest/gtest.h>

#include "concord/model/mapped_text.hpp"

namespace concord::model {
namespace {

TEST(MappedText, MapsCopiedAndSyntheticPieces) {
  // Source: "abc\ndef" → text "abc def" (the space stands for the newline).
  MappedText t;
  t.append_source("abc", 10);
  t.append_synthetic(" ", 13, 1);
  t.append_source("def", 14);
  EXPECT_EQ(t.str(), "abc def");
  EXPECT_EQ(t.to_source(0), 10u);
  EXPECT_EQ(t.to_source(3), 13u);
  EXPECT_EQ(t.to_source(4), 14u);
  const SourceRange r = t.to_source(2, 5);
  EXPECT_EQ(r.begin, 12u);
  EXPECT_EQ(r.end, 15u);
  EXPECT_TRUE(t.is_verbatim(4, 7));
  EXPECT_FALSE(t.is_verbatim(2, 5));
}

TEST(MappedText, ContiguousSourceExtendsOnePiece) {
  MappedText t;
  t.append_source("ab", 0);
  t.append_source("cd", 2);
  EXPECT_TRUE(t.is_verbatim(0, 4));
  EXPECT_EQ(t.to_source(3), 3u);
}

TEST(MappedText, EntityLikeSyntheticPieceCoversItsSource) {
  MappedText t;
  t.append_source("a ", 0);
  t.append_synthetic("&", 2, 5);  // "&amp;"
  t.append_source(" b", 7);
  const SourceRange r = t.to_source(2, 3);
  EXPECT_EQ(r.begin, 2u);
  EXPECT_EQ(r.end, 7u);
}

}  // namespace
}  // namespace concord::model
