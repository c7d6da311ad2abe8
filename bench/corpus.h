// bench/corpus.h — deterministic synthetic inputs for the benchmarks.
//
//  - make_corpus: Indonesian-like news articles (datelines, persons with their
//    titles, meeting / greeting / planned-meeting sentences, country relations,
//    filler, bylines) built from the names of a gazetteer with a seeded PRNG.
//    The same seed, size and gazetteer always give the same bytes.
//  - write_synthetic_gazetteer: a gazetteer folder (gazetteers/README.md
//    layout) with N synthetic person names, loadable with
//    gazetteer::load({dir}, true) on top of the builtin copy.
//  - pathological inputs: one title repeated, a run of capitalised words, one
//    very long line.
#ifndef JUMPA_BENCH_CORPUS_H_
#define JUMPA_BENCH_CORPUS_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "jumpa/gazetteer.h"

namespace jumpa_bench {

// splitmix64: tiny, fast, and the same on every platform and standard library
// (std::uniform_int_distribution is not).
class rng {
 public:
  explicit rng(std::uint64_t seed) : s_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
  bool chance(double p) { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0) < p; }
  template <class V>
  const typename V::value_type& pick(const V& v) { return v[below(v.size())]; }

 private:
  std::uint64_t s_;
};

struct corpus_options {
  std::size_t bytes = 8u << 20;  // stop after at least this many bytes
  std::uint64_t seed = 20250303;
  // Extra person names (e.g. from write_synthetic_gazetteer) mixed in with
  // this probability per person slot.
  const std::vector<std::string>* extra_persons = nullptr;
  double extra_share = 0.0;
};

// Articles of roughly 1–3.4 KB each (2.2 KB on average).
std::vector<std::string> make_corpus(const jumpa::gazetteer& g, const corpus_options& o = {});

// Writes `dir`/entities/synthetic_persons.tsv with persons whose names and
// aliases add up to `aliases` forms (each person: a name and one alias, plus a
// short form that is not counted). Returns the full names written.
std::vector<std::string> write_synthetic_gazetteer(const std::filesystem::path& dir, std::size_t aliases,
                                                   std::uint64_t seed = 7);

// Pathological inputs.
std::string repeated_title(std::size_t bytes, const std::string& title = "Presiden");
std::string capitalised_run(std::size_t words, std::uint64_t seed = 11);
// Articles joined with spaces instead of line breaks: one line of `bytes`.
std::string single_line(const jumpa::gazetteer& g, std::size_t bytes, std::uint64_t seed = 5);

}  // namespace jumpa_bench

#endif  // JUMPA_BENCH_CORPUS_H_
