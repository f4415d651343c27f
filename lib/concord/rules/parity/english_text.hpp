#pragma once
// Whether a sentence of a Chinese or Japanese version is still English prose:
// Latin script, several words, and the small words English sentences are
// made of (not a product name, a list of terms or a code sample).
#include <cstdint>
#include <string_view>
#include <utility>

#include "concord/align/alignment.hpp"

namespace concord::rules::parity {

bool reads_as_english(const align::SentenceFeatures& f, std::string_view key);

/// A run of English prose inside a sentence of another script (an English
/// sentence pasted into the Japanese): its byte range in `text`, or an
/// empty range.
std::pair<std::uint32_t, std::uint32_t> english_run(std::string_view text);

/// Whether a short Latin text is a phrase of English words rather than a
/// name: two words or more, one of them written in lower case ("Downstream
/// recipients.", not "Firefox Focus" or "Bird & Bird DPO Services SRL").
bool english_phrase(std::string_view text);

/// Whether most of a version (by length) reads as English.
bool mostly_english(const align::VersionAnalysis& version);

}  // namespace concord::rules::parity
