#include "concord/io/read_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include <sys/stat.h>

namespace concord::io {

ReadResult read_file(const std::string& path, std::size_t max_bytes) {
  ReadResult r;
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) {
    r.error = ReadError{path + ": " + std::strerror(errno)};
    return r;
  }
  if (S_ISDIR(st.st_mode)) {
    r.error = ReadError{path + ": is a directory"};
    return r;
  }
  if (static_cast<std::size_t>(st.st_size) > max_bytes) {
    r.error = ReadError{path + ": file too large (" + std::to_string(st.st_size) + " bytes)"};
    return r;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    r.error = ReadError{path + ": " + std::strerror(errno)};
    return r;
  }
  r.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) r.error = ReadError{path + ": read error"};
  return r;
}

}  // namespace concord::io
