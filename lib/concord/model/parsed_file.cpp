#include "concord/model/parsed_file.hpp"

namespace concord::model {

const std::string* FrontMatter::find(std::string_view key) const {
  for (const auto& [k, v] : fields)
    if (k == key) return &v;
  return nullptr;
}

}  // namespace concord::model
