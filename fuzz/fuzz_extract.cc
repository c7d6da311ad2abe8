// fuzz_extract: arbitrary bytes → extractor over the builtin gazetteer →
// to_jsonl → read_jsonl_document, which must succeed. Also checks spans and
// indexes, and that the literal and RE2 matcher engines give the same result
// (matcher.h promises identical results). Long texts: inputs up to 64 KiB are
// also extracted with 512-byte windows (window_extraction's merging, spans
// relative to the whole text); a text longer than its window is also fed in
// pieces, which must give the same document as the whole text.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "fuzz_common.h"

namespace {

constexpr std::size_t kSmallWindow = 512;
constexpr std::size_t kSmallWindowInputs = 64 * 1024;

// Literal and RE2 engines with the default window; [2]: literal, 512-byte windows.
const jumpa::extractor& extractor_for(jumpa::match_engine engine, bool small_windows = false) {
  static std::optional<jumpa::extractor> ex[3];
  auto& slot = ex[small_windows ? 2 : engine == jumpa::match_engine::re2 ? 1 : 0];
  if (!slot) {
    jumpa::extractor_options o;
    o.matcher.engine = engine;
    if (small_windows) o.window_bytes = kSmallWindow;
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
  extractor_for(jumpa::match_engine::literal, true);
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

  // Windows: the merged document is sane, and the same whether the text comes
  // whole or in pieces of 333 bytes. 512-byte windows up to 64 KiB (128
  // windows; more would only repeat the same paths, slowly); beyond that the
  // default 1 MiB windows, fed in pieces of 64 KiB + 333 bytes.
  const bool small_windows = size <= kSmallWindowInputs;
  const jumpa::extractor& wex = small_windows ? extractor_for(jumpa::match_engine::literal, true)
                                              : extractor_for(jumpa::match_engine::literal);
  jumpa::document windowed = small_windows ? wex.extract(text, eo) : doc;
  if (small_windows) {
    jumpa_fuzz::check_document(windowed, size);
    jumpa_fuzz::check_jsonl_round_trip(windowed, eo.explain);
  }
  const std::size_t window = small_windows ? kSmallWindow : wex.options().window_bytes;
  if (size > window) {
    const std::size_t piece = small_windows ? 333 : 65536 + 333;
    jumpa::window_extraction wx(wex, eo);
    for (std::size_t i = 0; i < size; i += piece) wx.append(text.substr(i, piece));
    jumpa::jsonl_options jo;
    jo.explain = true;
    if (jumpa::to_jsonl(wx.finish(), jo) != jumpa::to_jsonl(windowed, jo))
      jumpa_fuzz::fail("a text fed in pieces gives another document than the whole text");
  }

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
