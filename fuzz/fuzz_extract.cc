// fuzz_extract: arbitrary bytes → extractor over the builtin gazetteer →
// to_jsonl → read_jsonl_document, which must succeed. Also checks spans and
// indexes, and that the literal and RE2 matcher engines give the same result
// (matcher.h promises identical results).
#include <cstddef>
#include <cstdint>
#include <optional>

#include "fuzz_common.h"

namespace {

const jumpa::extractor& extractor_for(jumpa::match_engine engine) {
  static std::optional<jumpa::extractor> ex[2];
  auto& slot = ex[engine == jumpa::match_engine::re2 ? 1 : 0];
  if (!slot) {
    jumpa::extractor_options o;
    o.matcher.engine = engine;
    auto r = jumpa::extractor::create(jumpa::gazetteer::builtin(), o);
    if (!r) jumpa_fuzz::fail("extractor::create(builtin) failed: " + r.error().to_string());
    slot = std::move(*r);
  }
  return *slot;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  extractor_for(jumpa::match_engine::literal);
  extractor_for(jumpa::match_engine::re2);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  // The options come from the length so that every byte stays text.
  jumpa::extract_options eo;
  eo.id = "fuzz";
  eo.explain = (size & 1) != 0;
  eo.keep_unhappened = (size & 2) == 0;
  if (size & 4) eo.published = jumpa::date{2024, 2, 29};

  jumpa::document doc = extractor_for(jumpa::match_engine::literal).extract(text, eo);
  jumpa_fuzz::check_document(doc, size);
  jumpa_fuzz::check_jsonl_round_trip(doc, eo.explain);

  // Differential: the RE2 engine must agree (it is slow, so small inputs only).
  if (size <= 4096) {
    jumpa::document other = extractor_for(jumpa::match_engine::re2).extract(text, eo);
    jumpa::jsonl_options jo;
    jo.explain = true;
    std::string a = jumpa::to_jsonl(doc, jo), b = jumpa::to_jsonl(other, jo);
    if (a != b) jumpa_fuzz::fail("literal and re2 engines disagree:\nliteral: " + a + "re2:     " + b);
  }
  return 0;
}
