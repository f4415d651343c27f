#pragma once
// Maps byte offsets in the decoded UTF-8 text back to byte offsets in the
// original file. Findings are computed on decoded text but always reported
// against the original bytes, so this is the one place that knows how the two
// differ (a BOM, or a transcoding from GB18030, Big5, Shift_JIS, UTF-16...).
#include <cstdint>
#include <vector>

namespace concord::io {

class SourceMap {
 public:
  /// Decoded offset d is original offset d + shift (UTF-8 input, with or
  /// without a BOM of `shift` bytes).
  static SourceMap shifted(std::uint32_t shift, std::uint32_t original_size);

  /// An empty map for transcoded input; fill it with add_anchor().
  static SourceMap transcoded(std::uint32_t original_size);

  /// Declares that the code point at decoded offset `decoded` came from the
  /// original bytes starting at `original`. Anchors arrive in increasing order.
  void add_anchor(std::uint32_t decoded, std::uint32_t original);

  /// Original offset of the byte at decoded offset `decoded`. Offsets past the
  /// decoded text map to the end of the original file.
  std::uint32_t to_original(std::uint32_t decoded) const;

  std::uint32_t original_size() const { return original_size_; }
  bool is_identity() const { return anchors_.empty() && shift_ == 0; }

 private:
  struct Anchor {
    std::uint32_t decoded;
    std::uint32_t original;
  };
  std::uint32_t shift_ = 0;
  std::uint32_t original_size_ = 0;
  bool transcoded_ = false;
  std::uint32_t decoded_size_ = 0;
  std::vector<Anchor> anchors_;
};

}  // namespace concord::io
