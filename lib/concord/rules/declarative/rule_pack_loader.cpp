#include "concord/rules/declarative/rule_pack_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "concord/lang/language_tag.hpp"

namespace concord::rules {
namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct SchemaParserFree {
  void operator()(xmlSchemaParserCtxt* c) const { xmlSchemaFreeParserCtxt(c); }
};
struct SchemaFree {
  void operator()(xmlSchema* s) const { xmlSchemaFree(s); }
};
struct ValidFree {
  void operator()(xmlSchemaValidCtxt* c) const { xmlSchemaFreeValidCtxt(c); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// No network, no external entities, no entity substitution; errors are
// collected, not printed.
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

std::string text_of(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string s = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return s;
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::vector<std::string> split_languages(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string tag;
  while (in >> tag) out.push_back(lang::normalize_tag(tag));
  return out;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Collects libxml2's structured errors for one operation.
struct ErrorCollector {
  std::vector<RulePackError>* errors;
  std::string file;
  static void handle(void* self, xmlErrorPtr e) {
    auto* c = static_cast<ErrorCollector*>(self);
    std::string message = e && e->message ? trim(e->message) : "invalid rule file";
    // One line per problem: libxml2 sometimes wraps its messages.
    for (char& ch : message)
      if (ch == '\n' || ch == '\r') ch = ' ';
    c->errors->push_back({c->file, e ? e->line : 0, message});
  }
};

xmlSchema* schema_for(const std::string& schema_path, std::vector<RulePackError>& errors) {
  // Parsed once per process (per path); xmlSchema is read-only afterwards.
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<xmlSchema, SchemaFree>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(schema_path);
  if (it != cache.end()) return it->second.get();
  std::unique_ptr<xmlSchemaParserCtxt, SchemaParserFree> parser(xmlSchemaNewParserCtxt(schema_path.c_str()));
  xmlSchema* schema = parser ? xmlSchemaParse(parser.get()) : nullptr;
  if (schema == nullptr) errors.push_back({schema_path, 0, "cannot read the rule schema"});
  return cache.emplace(schema_path, std::unique_ptr<xmlSchema, SchemaFree>(schema)).first->second.get();
}

std::optional<PatternRuleSpec> read_rule(const xmlNode* root, const std::string& file,
                                         std::vector<RulePackError>& errors) {
  PatternRuleSpec spec;
  spec.source = file;
  spec.line = static_cast<int>(xmlGetLineNo(root));
  spec.meta.id = attribute(root, "id");
  const std::string type = attribute(root, "type");
  spec.type = type == "substitution" ? PatternRuleSpec::Type::substitution : PatternRuleSpec::Type::existence;
  spec.meta.severity = parse_severity(attribute(root, "severity")).value_or(Severity::warning);
  spec.meta.languages = split_languages(attribute(root, "languages"));
  spec.meta.enabled_by_default = attribute(root, "enabled") != "false";
  const std::string scope = attribute(root, "scope");
  spec.scope = scope == "prose" ? PatternRuleSpec::Scope::prose
               : scope == "headings" ? PatternRuleSpec::Scope::headings
                                     : PatternRuleSpec::Scope::all;
  if (spec.type == PatternRuleSpec::Type::substitution) spec.meta.fix = FixAvailability::always;
  for (const xmlNode* n = root->children; n; n = n->next) {
    if (named(n, "summary")) spec.meta.summary = trim(text_of(n));
    else if (named(n, "why")) spec.meta.why = trim(text_of(n));
    else if (named(n, "message")) spec.message = trim(text_of(n));
    else if (named(n, "patterns")) {
      for (const xmlNode* p = n->children; p; p = p->next) {
        if (!named(p, "pattern")) continue;
        PatternSpec ps;
        ps.regex = trim(text_of(p));
        ps.ignore_case = attribute(p, "case") == "insensitive";
        ps.languages = split_languages(attribute(p, "lang"));
        ps.replacement = attribute(p, "replacement");
        ps.label = attribute(p, "label");
        const std::string weak = attribute(p, "weak");
        ps.weak = weak == "true" || weak == "1";
        ps.line = static_cast<int>(xmlGetLineNo(p));
        if (spec.type == PatternRuleSpec::Type::substitution && !xmlHasProp(p, reinterpret_cast<const xmlChar*>("replacement"))) {
          errors.push_back({file, static_cast<int>(xmlGetLineNo(p)), "a substitution pattern needs a replacement"});
          return std::nullopt;
        }
        spec.patterns.push_back(std::move(ps));
      }
    } else if (named(n, "examples")) {
      for (const xmlNode* e = n->children; e; e = e->next) {
        if (!named(e, "bad") && !named(e, "good")) continue;
        spec.meta.examples.push_back({lang::normalize_tag(attribute(e, "lang")), text_of(e), named(e, "bad")});
      }
    }
  }
  return spec;
}

}  // namespace

RulePacks load_rule_pack_text(const std::string& name, const std::string& xml, const std::string& schema_path) {
  RulePacks packs;
  ErrorCollector collector{&packs.errors, name};
  xmlSetStructuredErrorFunc(&collector, &ErrorCollector::handle);
  DocPtr doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name.c_str(), "UTF-8", kParseOptions));
  if (!doc) {
    if (packs.errors.empty()) packs.errors.push_back({name, 0, "not well-formed XML"});
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    return packs;
  }
  const std::size_t before = packs.errors.size();
  if (xmlSchema* schema = schema_for(schema_path, packs.errors)) {
    std::unique_ptr<xmlSchemaValidCtxt, ValidFree> valid(xmlSchemaNewValidCtxt(schema));
    xmlSchemaSetValidStructuredErrors(valid.get(), &ErrorCollector::handle, &collector);
    if (xmlSchemaValidateDoc(valid.get(), doc.get()) != 0 && packs.errors.size() == before)
      packs.errors.push_back({name, 0, "does not match the rule schema"});
  }
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (packs.errors.size() > before) return packs;

  const xmlNode* root = xmlDocGetRootElement(doc.get());
  std::optional<PatternRuleSpec> spec = read_rule(root, name, packs.errors);
  if (!spec) return packs;
  if (attribute(root, "type") == "patterns") {
    // Validate the expressions now, even though another rule uses them.
    std::string error;
    int line = spec->line;
    if (!PatternRule::create(*spec, error, &line)) {
      packs.errors.push_back({name, line, error});
      return packs;
    }
    packs.pattern_lists.emplace(spec->meta.id, std::move(*spec));
    return packs;
  }
  std::string error;
  int line = spec->line;
  auto rule = PatternRule::create(std::move(*spec), error, &line);
  if (!rule) {
    packs.errors.push_back({name, line, error});
    return packs;
  }
  packs.rules.push_back(std::move(rule));
  return packs;
}

RulePacks load_rule_packs(const std::string& dir) {
  namespace fs = std::filesystem;
  RulePacks all;
  const std::string schema = dir + "/schema/rule.xsd";
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory() && it->path().filename() == "schema") {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && it->path().extension() == ".xml") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    RulePacks one = load_rule_pack_text(f.string(), xml, schema);
    for (auto& r : one.rules) all.rules.push_back(std::move(r));
    for (auto& [id, list] : one.pattern_lists) {
      const auto [it, added] = all.pattern_lists.emplace(id, list);
      if (!added)
        all.errors.push_back({list.source, list.line, "pattern list '" + id + "' is also defined in " + it->second.source});
    }
    for (auto& e : one.errors) all.errors.push_back(std::move(e));
  }
  return all;
}

}  // namespace concord::rules
