#include "concord/formats/docx_package.hpp"

#include <algorithm>

#include <zip.h>

namespace concord::formats {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;

std::string mebibytes(std::uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// Whether `uncompressed` bytes from `compressed` bytes is an expansion no
// real document needs (a zip bomb).
bool too_compressed(std::uint64_t uncompressed, std::uint64_t compressed) {
  return uncompressed > DocxLimits::kRatioGraceBytes &&
         uncompressed / std::max<std::uint64_t>(compressed, 1) > DocxLimits::kMaxCompressionRatio;
}

}  // namespace

std::unique_ptr<DocxPackage> DocxPackage::open(std::string_view bytes, std::string& error) {
  zip_error_t zerror;
  zip_error_init(&zerror);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerror);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zerror) : nullptr;
  if (archive == nullptr) {
    error = std::string("not a readable zip archive (") + zip_error_strerror(&zerror) + ")";
    if (source) zip_source_free(source);  // zip_open_from_source took it only on success
    zip_error_fini(&zerror);
    return nullptr;
  }
  zip_error_fini(&zerror);
  return std::unique_ptr<DocxPackage>(new DocxPackage(archive));
}

DocxPackage::~DocxPackage() { zip_discard(archive_); }

std::optional<std::string> DocxPackage::read(std::string_view name, std::string& error) {
  error.clear();
  const std::string part(name);
  const zip_int64_t index = zip_name_locate(archive_, part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::nullopt;
  const auto entry = static_cast<zip_uint64_t>(index);

  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, entry, 0, &stat) != 0) {
    error = part + ": " + zip_strerror(archive_);
    return std::nullopt;
  }
  const std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
  // What the headers claim, checked before anything is inflated.
  if (stat.valid & ZIP_STAT_SIZE) {
    if (stat.size > DocxLimits::kMaxPartBytes) {
      error = part + " claims " + mebibytes(stat.size) + " uncompressed, over the " +
              mebibytes(DocxLimits::kMaxPartBytes) + " limit";
      return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_COMP_SIZE) && too_compressed(stat.size, compressed)) {
      error = part + " would expand " + std::to_string(stat.size / std::max<std::uint64_t>(compressed, 1)) +
              " times its compressed size: refused as a zip bomb";
      return std::nullopt;
    }
  }

  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive_, entry, 0));
  if (!file) {
    error = part + ": " + zip_strerror(archive_);
    return std::nullopt;
  }
  // What the data does, checked while inflating: the headers may lie.
  std::string out;
  std::string chunk(kChunkBytes, '\0');
  for (;;) {
    const zip_int64_t n = zip_fread(file.get(), chunk.data(), chunk.size());
    if (n < 0) {
      error = part + ": " + zip_file_strerror(file.get());
      return std::nullopt;
    }
    if (n == 0) break;
    out.append(chunk, 0, static_cast<std::size_t>(n));
    if (out.size() > DocxLimits::kMaxPartBytes) {
      error = part + " expands beyond the " + mebibytes(DocxLimits::kMaxPartBytes) + " limit";
      return std::nullopt;
    }
    if (bytes_read_ + out.size() > DocxLimits::kMaxPackageBytes) {
      error = "the parts expand beyond the " + mebibytes(DocxLimits::kMaxPackageBytes) + " limit";
      return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_COMP_SIZE) && too_compressed(out.size(), compressed)) {
      error = part + " expands more than " + std::to_string(DocxLimits::kMaxCompressionRatio) +
              " times its compressed size: refused as a zip bomb";
      return std::nullopt;
    }
  }
  bytes_read_ += out.size();
  return out;
}

}  // namespace concord::formats
