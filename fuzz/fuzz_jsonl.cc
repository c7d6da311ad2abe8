// fuzz_jsonl: bytes → read_jsonl_document. Must never crash or throw; a
// document it accepts must survive to_jsonl → read_jsonl_document again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>

#include <nlohmann/json.hpp>

#include "fuzz_common.h"

namespace {

// JUMPA_FUZZ_SKIP_KNOWN=1 skips inputs that hit the bugs already saved in
// fuzz/regressions/fuzz_jsonl (numbers nlohmann cannot hold, numbers that do
// not fit the unsigned offsets), so that a long run can look for new ones.
bool number_out_of_range(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::number_float:
    case nlohmann::json::value_t::number_integer:
      return true;  // negative or fractional
    case nlohmann::json::value_t::number_unsigned:
      return j.get<std::uint64_t>() > std::numeric_limits<std::uint32_t>::max();
    case nlohmann::json::value_t::array:
    case nlohmann::json::value_t::object:
      for (const auto& x : j)
        if (number_out_of_range(x)) return true;
      return false;
    default:
      return false;
  }
}

bool known_bug(std::string_view line) {
  static const bool skip = std::getenv("JUMPA_FUZZ_SKIP_KNOWN") != nullptr;
  if (!skip) return false;
  try {
    return number_out_of_range(nlohmann::json::parse(line.begin(), line.end()));
  } catch (const nlohmann::json::out_of_range&) {
    return true;
  } catch (const nlohmann::json::exception&) {
    return false;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  if (known_bug(line)) return 0;
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
