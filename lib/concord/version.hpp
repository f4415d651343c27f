#pragma once
#include <string_view>

namespace concord {

/// The release version (CMake's project version).
std::string_view version();

}  // namespace concord
