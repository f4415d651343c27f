#pragma once
// The zip container of a DOCX, read from memory with libzip under limits a
// hostile file cannot talk its way past: the sizes in zip headers can lie, so
// the limits hold while decompressing. libzip stays in the .cpp file.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct zip;  // libzip's archive (zip_t)

namespace concord::formats {

struct DocxLimits {
  static constexpr std::uint64_t kMaxPartBytes = 64ull << 20;      // one uncompressed part
  static constexpr std::uint64_t kMaxPackageBytes = 256ull << 20;  // all parts read, together
  // XML compresses well, but not a thousandfold: past the first MiB a part
  // may expand at most this many times its compressed size.
  static constexpr std::uint64_t kMaxCompressionRatio = 200;
  static constexpr std::uint64_t kRatioGraceBytes = 1ull << 20;
};

class DocxPackage {
 public:
  /// Opens the zip in `bytes`, which must outlive the package. Nothing, with
  /// `error` set, when the bytes are not a readable zip.
  static std::unique_ptr<DocxPackage> open(std::string_view bytes, std::string& error);
  ~DocxPackage();
  DocxPackage(const DocxPackage&) = delete;
  DocxPackage& operator=(const DocxPackage&) = delete;

  /// The uncompressed bytes of part `name` (case-insensitive, as OPC part
  /// names are). Nothing with `error` empty when the part is absent; nothing
  /// with `error` set when it cannot be read or breaks a limit.
  std::optional<std::string> read(std::string_view name, std::string& error);

 private:
  explicit DocxPackage(::zip* archive) : archive_(archive) {}
  ::zip* archive_;
  std::uint64_t bytes_read_ = 0;
};

}  // namespace concord::formats
