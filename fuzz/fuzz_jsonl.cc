// fuzz_jsonl: bytes → read_jsonl_document. Must never crash or throw; a
// document it accepts must survive to_jsonl → read_jsonl_document again.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  auto doc = jumpa::read_jsonl_document(line, 7);
  if (!doc) {
    JUMPA_FUZZ_CHECK(!doc.error().ok(), "a failed read must carry an error");
    JUMPA_FUZZ_CHECK(!doc.error().message().empty(), "an error must say what is wrong");
    return 0;
  }
  // Relations read back refer to entities that exist.
  for (const auto& r : doc->relations) {
    for (std::size_t a : r.args) JUMPA_FUZZ_CHECK(a < doc->entities.size(), "argument index out of range");
    if (r.place) JUMPA_FUZZ_CHECK(*r.place < doc->entities.size(), "place index out of range");
  }
  jumpa_fuzz::check_jsonl_round_trip(*doc, true);
  return 0;
}
