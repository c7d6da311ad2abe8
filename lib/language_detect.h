// Private: which compiled language a text is written in, from its function
// words (each language's stopwords.tsv). Built once with the model; immutable.
#ifndef JUMPA_LIB_LANGUAGE_DETECT_H_
#define JUMPA_LIB_LANGUAGE_DETECT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jumpa::detail {

class language_detector {
 public:
  // How many bytes from the start of a text are read.
  static constexpr std::size_t kSampleBytes = 8192;

  // Adds the function words of language number `lang` (< 32): lower-case
  // ASCII words; other forms are ignored.
  void add(std::uint32_t lang, std::string_view word);
  // Call once after the last add().
  void finish();
  // The language number with the most function-word tokens in the text's
  // first kSampleBytes; `fallback` when no language has any.
  std::uint32_t detect(std::string_view text, std::uint32_t fallback) const noexcept;

 private:
  static constexpr std::size_t kMaxWord = 24;  // longer words are not function words
  // A word in place, zero-padded: looked up without touching other memory.
  struct slot {
    std::uint64_t w[kMaxWord / 8] = {};
    std::uint32_t langs = 0;  // bit per language; 0 = empty slot
  };
  static std::uint64_t hash(const std::uint64_t (&w)[kMaxWord / 8]) noexcept;
  std::uint32_t langs_of(const std::uint64_t (&w)[kMaxWord / 8]) const noexcept;

  struct entry {
    std::string word;
    std::uint32_t langs = 0;  // bit per language
  };
  std::vector<entry> words_;  // until finish(): sorted, merged, then placed in slots_
  std::vector<slot> slots_;   // open addressing
  std::uint64_t filter_[64] = {};  // bit (hash >> 46) & 63 of word (hash >> 40) & 63: some word has it
  std::uint64_t mask_ = 0;    // slots_.size() - 1 (a power of two)
};

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_LANGUAGE_DETECT_H_
