#pragma once
// Translation units of XLIFF 1.2 (<file source-language target-language>,
// <trans-unit> with <source> and <target>) and XLIFF 2.x (<xliff srcLang
// trgLang>, <unit> whose <segment>s and <ignorable>s join into one source
// and one target text). pugixml stays in the .cpp files.
#include <string_view>

#include "concord/model/parsed_file.hpp"

namespace pugi {
class xml_node;
}  // namespace pugi

namespace concord::formats {

/// Whether the <xliff> root is XLIFF 2 (version 2.x, the 2.0 namespace, or
/// srcLang).
bool is_xliff2(const pugi::xml_node& root);

/// Appends a source and a target block per unit under `root`, parsed by
/// parse_xml_verbatim() from `text`.
void read_xliff1_units(const pugi::xml_node& root, std::string_view text, model::ParsedFile& file);
void read_xliff2_units(const pugi::xml_node& root, std::string_view text, model::ParsedFile& file);

}  // namespace concord::formats
