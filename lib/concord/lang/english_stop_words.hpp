#pragma once
// The small English words nearly every sentence has ("the", "will",
// "which"): they say nothing about which sentence translates which.
#include <string_view>

namespace concord::lang {

/// Whether a lower-case word is one of them.
bool is_english_stop_word(std::string_view word);

}  // namespace concord::lang
