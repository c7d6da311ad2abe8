// What the layout promises, checked on the sources: small files, no word of
// a language in the library's C++, stage headers that do not pull in the
// extractor.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "gazetteer_schema.h"
#include "jumpa/jumpa.h"
#include "jumpa/text.h"
#include "lexicon_types.h"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> library_sources() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(JUMPA_SOURCE_DIR) / "lib"))
    if (e.path().extension() == ".cc" || e.path().extension() == ".h") out.push_back(e.path());
  return out;
}

// Values the gazetteer schema itself uses (column values, not words of a
// language), and the names of the output's closed vocabularies (relation
// types such as "met"), which are field values, not rules.
std::set<std::string> schema_words() {
  std::set<std::string> out = {"yes", "no"};
  for (auto t : {jumpa::relation_type::met, jumpa::relation_type::country_relation, jumpa::relation_type::affiliation})
    out.insert(jumpa::to_string(t));
  using namespace jumpa::detail;
  out.insert(organization_kinds().begin(), organization_kinds().end());
  out.insert(location_kinds().begin(), location_kinds().end());
  for (const char* n : enum_names<role_class>::names) out.insert(n);
  for (const auto& [table, schema] : jumpa::detail::lexicon_schemas())
    for (const auto& c : schema.columns) out.insert(c.values.begin(), c.values.end());
  return out;
}

}  // namespace

TEST_CASE("architecture: no file of the library is over 600 lines", "[architecture]") {
  for (const auto& p : library_sources()) {
    std::string text = read(p);
    INFO(p.filename().string());
    CHECK(std::count(text.begin(), text.end(), '\n') <= 600);
  }
}

TEST_CASE("architecture: no lexicon form is a string literal in the library", "[architecture]") {
  std::set<std::string> forms;
  const auto& g = jumpa::gazetteer::builtin();
  for (const auto& lang : g.languages())
    for (const auto& [table, rows] : g.language(lang)->tables)
      for (const auto& row : rows) forms.insert(jumpa::fold(row.form));
  REQUIRE(forms.size() > 100);
  const std::set<std::string> allowed = schema_words();
  const std::regex literal(R"re("((?:[^"\\\n]|\\.)*)")re");
  for (const auto& p : library_sources()) {
    std::istringstream lines(read(p));
    std::string line;
    std::size_t n = 0;
    while (std::getline(lines, line)) {
      ++n;
      std::string code = line.substr(0, line.find("//"));
      if (code.find("#include") != std::string::npos) continue;
      for (std::sregex_iterator it(code.begin(), code.end(), literal), end; it != end; ++it) {
        std::string raw = (*it)[1].str();
        // A fragment of a message joined to other text ("' of ", " in ") is prose, not a rule.
        if (!raw.empty() && (raw.front() == ' ' || raw.front() == '\'' || raw.back() == ' ')) continue;
        std::string f = jumpa::fold(raw);
        if (f.empty() || allowed.count(f)) continue;
        INFO(p.filename().string() << ":" << n << ": " << (*it)[0].str());
        CHECK(forms.count(f) == 0);
      }
    }
  }
}

TEST_CASE("architecture: graph and writers do not depend on the extractor", "[architecture]") {
  for (const char* h : {"graph.h", "writers.h", "document.h", "entities.h", "relations.h"}) {
    std::string text = read(fs::path(JUMPA_SOURCE_DIR) / "include" / "jumpa" / h);
    INFO(h);
    CHECK(text.find("jumpa/extractor.h") == std::string::npos);
    CHECK(text.find("jumpa/matcher.h") == std::string::npos);
  }
}

TEST_CASE("architecture: every word class and value has a name the files use", "[architecture]") {
  using namespace jumpa::detail;
  for (std::size_t i = 0; i < enum_names<word_class>::size; ++i) {
    auto c = static_cast<word_class>(i);
    CHECK(parse_enum<word_class>(name_of(c)) == c);
  }
  CHECK_FALSE(parse_enum<word_class>("speeches").has_value());
  CHECK(parse_enum<modality_type>("cancel") == modality_type::cancel);
}
