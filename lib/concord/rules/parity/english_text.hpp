#pragma once
// Whether a sentence of a Chinese or Japanese version is still English prose:
// Latin script, several words, and the small words English sentences are
// made of (not a product name, a list of terms or a code sample).
#include <string_view>

#include "concord/align/alignment.hpp"

namespace concord::rules::parity {

bool reads_as_english(const align::SentenceFeatures& f, std::string_view key);

/// Whether most of a version (by length) reads as English.
bool mostly_english(const align::VersionAnalysis& version);

}  // namespace concord::rules::parity
