#pragma once
// Builds a zip archive in memory from named parts, with libzip: DOCX inputs
// for the fuzz target and the benchmarks. Header-only so that each consumer
// links libzip itself.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <zip.h>

namespace concord::test {

/// A zip of `parts` (name, content); stored when `deflate` is false.
inline std::string zip_parts(const std::vector<std::pair<std::string, std::string_view>>& parts, bool deflate = true) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(out);
  zip_t* archive = zip_open_from_source(out, ZIP_TRUNCATE, &error);
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer_create(data.data(), data.size(), 0, &error);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), s, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index >= 0)
      zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
  }
  zip_close(archive);
  zip_stat_t st;
  zip_stat_init(&st);
  zip_source_stat(out, &st);
  std::string bytes(st.size, '\0');
  if (zip_source_open(out) == 0) {
    zip_source_read(out, bytes.data(), st.size);
    zip_source_close(out);
  }
  zip_source_free(out);
  zip_error_fini(&error);
  return bytes;
}

}  // namespace concord::test
