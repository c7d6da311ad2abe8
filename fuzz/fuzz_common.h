// fuzz/fuzz_common.h — helpers shared by the libFuzzer targets.
#ifndef JUMPA_FUZZ_COMMON_H_
#define JUMPA_FUZZ_COMMON_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "jumpa/jumpa.h"

namespace jumpa_fuzz {

// Stops the run with a message: libFuzzer saves the input as a crash.
[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "jumpa fuzz invariant violated: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

#define JUMPA_FUZZ_CHECK(cond, msg) \
  do {                              \
    if (!(cond)) ::jumpa_fuzz::fail(std::string(#cond) + ": " + (msg)); \
  } while (0)

// Invariants every extracted document must satisfy for a text of `size` bytes.
inline void check_document(const jumpa::document& doc, std::size_t size) {
  for (const auto& e : doc.entities) {
    JUMPA_FUZZ_CHECK(!e.id.empty(), "entity without id");
    for (const auto& m : e.mentions) {
      JUMPA_FUZZ_CHECK(m.begin < m.end && m.end <= size, "mention span outside the text in " + e.id);
      JUMPA_FUZZ_CHECK(m.text.size() == m.end - m.begin, "mention text does not match its span in " + e.id);
    }
  }
  for (const auto& r : doc.relations) {
    for (std::size_t a : r.args) JUMPA_FUZZ_CHECK(a < doc.entities.size(), "relation argument out of range");
    if (r.place) JUMPA_FUZZ_CHECK(*r.place < doc.entities.size(), "relation place out of range");
    JUMPA_FUZZ_CHECK(r.ev.begin <= r.ev.end && r.ev.end <= size, "evidence span outside the text");
    if (!r.ev.trigger.empty())
      JUMPA_FUZZ_CHECK(r.ev.trigger_begin <= r.ev.trigger_end && r.ev.trigger_end <= size,
                       "trigger span outside the text");
  }
}

// to_jsonl must write one line that read_jsonl_document reads back with the
// same shape.
inline void check_jsonl_round_trip(const jumpa::document& doc, bool explain) {
  jumpa::jsonl_options jo;
  jo.explain = explain;
  std::string line = jumpa::to_jsonl(doc, jo);
  JUMPA_FUZZ_CHECK(!line.empty() && line.back() == '\n', "to_jsonl must end the line");
  JUMPA_FUZZ_CHECK(line.find('\n') == line.size() - 1, "to_jsonl wrote more than one line");
  auto back = jumpa::read_jsonl_document(line, 1);
  if (!back) fail("read_jsonl_document(to_jsonl(doc)) failed: " + back.error().to_string() + "\nline: " + line);
  JUMPA_FUZZ_CHECK(back->entities.size() == doc.entities.size(), "entity count changed in the round trip");
  JUMPA_FUZZ_CHECK(back->relations.size() == doc.relations.size(), "relation count changed in the round trip");
  JUMPA_FUZZ_CHECK(back->published == doc.published, "published date changed in the round trip");
  for (std::size_t i = 0; i < doc.entities.size(); ++i)
    JUMPA_FUZZ_CHECK(back->entities[i].mentions.size() == doc.entities[i].mentions.size(),
                     "mention count changed in the round trip");
}

}  // namespace jumpa_fuzz

#endif  // JUMPA_FUZZ_COMMON_H_
