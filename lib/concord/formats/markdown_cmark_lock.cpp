#include "concord/formats/markdown_cmark_lock.hpp"

namespace concord::formats::markdown {

std::unique_lock<std::mutex> lock_cmark_parsing() {
  static std::mutex parsing;
  return std::unique_lock<std::mutex>(parsing);
}

}  // namespace concord::formats::markdown
