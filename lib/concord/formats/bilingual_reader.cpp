#include "concord/formats/bilingual_reader.hpp"

namespace concord::formats {

void read_xliff(model::ParsedFile& file) {
  file.problems.push_back({"input/malformed", "XLIFF is not supported yet", {1, 1, 0}});
}
void read_tmx(model::ParsedFile& file) {
  file.problems.push_back({"input/malformed", "TMX is not supported yet", {1, 1, 0}});
}

}  // namespace concord::formats
