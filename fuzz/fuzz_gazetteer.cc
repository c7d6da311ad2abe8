// fuzz_gazetteer: bytes split into a few pseudo-files → gazetteer::from_files.
// Must never crash; a gazetteer that loads must build an extractor (or fail
// with a status), and both matcher engines must then agree on a text made of
// the gazetteer's own forms.
//
// Input format: pieces separated by "\n@@"; the first byte of each piece picks
// its path from kPaths (modulo), the rest is the file content. At most 8 pieces.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "fuzz_common.h"

namespace {

const char* const kPaths[] = {
    "roles.tsv",           "offices.tsv",          "entities/countries.tsv", "entities/persons.tsv",
    "entities/capitals.tsv", "entities/parties.tsv", "entities/organizations.tsv", "entities/locations.tsv",
    "id/titles.tsv",       "id/triggers.tsv",      "id/modality.tsv",        "id/months.tsv",
    "id/weekdays.tsv",     "id/words.tsv",         "id/honorifics.tsv",      "id/stopwords.tsv",
    "id/relative_dates.tsv", "id/relation_cues.tsv", "id/traps.tsv",          "id/boilerplate.tsv",
    "id/abbreviations.tsv", "en/titles.tsv",        "id/unknown.tsv",         "xx1/titles.tsv",
    "entities/a/b.tsv",    "notes.txt",            "extra.tsv",              "entities/more.tsv",
};
constexpr std::size_t kPathCount = sizeof(kPaths) / sizeof(kPaths[0]);

std::vector<std::pair<std::string, std::string>> split(std::string_view in) {
  std::vector<std::pair<std::string, std::string>> files;
  while (!in.empty() && files.size() < 8) {
    std::size_t sep = in.find("\n@@");
    std::string_view piece = in.substr(0, sep);
    in = sep == std::string_view::npos ? std::string_view() : in.substr(sep + 3);
    if (piece.empty()) continue;
    std::string path = kPaths[static_cast<unsigned char>(piece[0]) % kPathCount];
    files.emplace_back(std::move(path), std::string(piece.substr(1)));
  }
  return files;
}

// A sentence per entity name so that the matchers have something to find.
std::string sample_text(const jumpa::gazetteer& g) {
  std::string t = "JAKARTA, 3 Maret 2025 (ANTARA) - ";
  std::size_t n = 0;
  for (const auto& e : g.entities()) {
    if (++n > 40) break;
    t += e.name + " bertemu dengan ";
    t += e.aliases.empty() ? e.name : e.aliases.front();
    t += " di Jakarta pada Senin (3/3). ";
  }
  if (const jumpa::lexicon* lx = g.language("id"))
    for (const auto& [name, rows] : lx->tables)
      for (std::size_t k = 0; k < rows.size() && k < 5; ++k) t += rows[k].form + " ";
  return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto files = split(std::string_view(reinterpret_cast<const char*>(data), size));
  auto g = jumpa::gazetteer::from_files(files, "fuzz");
  if (!g) {
    JUMPA_FUZZ_CHECK(!g.error().message().empty(), "a failed load must say why");
    return 0;
  }
  (void)g->report();  // ambiguities and counts walk every entity
  std::string text = sample_text(*g);
  std::string outputs[2];
  for (int k = 0; k < 2; ++k) {
    jumpa::extractor_options o;
    o.matcher.engine = k ? jumpa::match_engine::re2 : jumpa::match_engine::literal;
    auto ex = jumpa::extractor::create(*g, o);
    if (!ex) return 0;  // e.g. no "id" lexicon: a clear status is the correct result
    jumpa::document doc = ex->extract(text);
    jumpa_fuzz::check_document(doc, text.size());
    jumpa_fuzz::check_jsonl_round_trip(doc, false);
    jumpa::jsonl_options jo;
    jo.explain = true;
    outputs[k] = jumpa::to_jsonl(doc, jo);
  }
  if (outputs[0] != outputs[1])
    jumpa_fuzz::fail("literal and re2 engines disagree:\nliteral: " + outputs[0] + "re2:     " + outputs[1]);
  return 0;
}
