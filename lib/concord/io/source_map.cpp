#include "concord/io/source_map.hpp"

#include <algorithm>

namespace concord::io {

SourceMap SourceMap::shifted(std::uint32_t shift, std::uint32_t original_size) {
  SourceMap m;
  m.shift_ = shift;
  m.original_size_ = original_size;
  return m;
}

SourceMap SourceMap::transcoded(std::uint32_t original_size) {
  SourceMap m;
  m.transcoded_ = true;
  m.original_size_ = original_size;
  return m;
}

void SourceMap::add_anchor(std::uint32_t decoded, std::uint32_t original) {
  anchors_.push_back({decoded, original});
}

std::uint32_t SourceMap::to_original(std::uint32_t decoded) const {
  if (!transcoded_) return std::min(decoded + shift_, original_size_);
  // Last anchor at or before `decoded`.
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), decoded,
                             [](std::uint32_t d, const Anchor& a) { return d < a.decoded; });
  if (it == anchors_.end()) {
    // Past the last code point: the end of the file.
    if (!anchors_.empty() && decoded == anchors_.back().decoded) return anchors_.back().original;
    return original_size_;
  }
  if (it == anchors_.begin()) return 0;
  return std::prev(it)->original;
}

}  // namespace concord::io
