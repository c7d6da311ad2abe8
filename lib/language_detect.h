// Private: which compiled language a text is written in, from its function
// words (each language's stopwords.tsv), read off the text's tokens by their
// ids in the model's shared vocabulary (lib/matcher_access.h). Built once
// with the model; immutable.
#ifndef JUMPA_LIB_LANGUAGE_DETECT_H_
#define JUMPA_LIB_LANGUAGE_DETECT_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "jumpa/text.h"

namespace jumpa::detail {

class language_detector {
 public:
  // Tokens that start within this many bytes of a text are read.
  static constexpr std::size_t kSampleBytes = 8192;

  // Token id `id` (> 0) is a function word of language number `lang` (< 32).
  void add(std::uint32_t lang, std::uint32_t id);
  // The language number with the most function-word tokens among the tokens
  // of `text` that start in its first kSampleBytes (the lower number on a
  // tie); `fallback` when no language has any. ids[i] is token i's id.
  std::uint32_t detect(const analyzed_text& text, const std::vector<std::uint32_t>& ids,
                       std::uint32_t fallback) const noexcept;

 private:
  std::vector<std::uint32_t> langs_;  // by token id: bit per language
  std::uint32_t used_ = 0;             // bit per language with a stopword
};

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_LANGUAGE_DETECT_H_
