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
  struct entry {
    std::string word;
    std::uint32_t langs = 0;  // bit per language
  };
  std::uint32_t langs_of(std::string_view w, std::uint64_t h) const noexcept;

  std::vector<entry> words_;        // sorted by word, unique
  std::vector<std::uint32_t> slots_;  // open addressing: index into words_ + 1, 0 empty
  std::uint64_t mask_ = 0;            // slots_.size() - 1 (a power of two)
};

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_LANGUAGE_DETECT_H_
