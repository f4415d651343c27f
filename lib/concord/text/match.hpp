#pragma once
// What a matcher found at an offset: an entity, or text it consumed so that nothing else reads it
// (the "三" of 第三方, the "256" of AES-256 in English text).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "concord/text/decimal.hpp"
#include "concord/text/entities.hpp"

namespace concord::text::detail {

struct Match {
  EntityKind kind = EntityKind::number;
  std::size_t end = 0;
  std::string value;
  std::string_view written;  // the value when it is the text as written (no copy until emitted)
  double number = 0;
  bool silent = false;
};

/// An entity whose value is the text as written (a Latin term, a URL).
inline Match written_match(EntityKind kind, std::size_t end, std::string_view written) {
  Match m;
  m.kind = kind;
  m.end = end;
  m.written = written;
  return m;
}

inline Match silent_match(std::size_t end) {
  Match m;
  m.end = end;
  m.silent = true;
  return m;
}

inline Match make_match(EntityKind kind, std::size_t end, std::string value, double number = 0) {
  Match m;
  m.kind = kind;
  m.end = end;
  m.value = std::move(value);
  m.number = number;
  return m;
}

/// An entity whose value is the number itself (number, ordinal).
inline Match number_match(EntityKind kind, std::size_t end, const Decimal& value) {
  Match m;
  m.kind = kind;
  m.end = end;
  m.value = value.to_string();
  m.number = value.to_double(m.value);
  return m;
}

}  // namespace concord::text::detail
