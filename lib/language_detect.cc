// Language detection by counting function-word tokens.
#include "language_detect.h"

#include <algorithm>
#include <array>

namespace jumpa::detail {

void language_detector::add(std::uint32_t lang, std::uint32_t id) {
  if (lang >= 32 || id == 0) return;
  if (langs_.size() <= std::size_t{id} + 1) langs_.resize(std::size_t{id} + 2, 0);  // the last stays 0
  langs_[id] |= 1u << lang;
  used_ |= 1u << lang;
}

std::uint32_t language_detector::detect(const analyzed_text& text, const std::vector<std::uint32_t>& ids,
                                        std::uint32_t fallback) const noexcept {
  std::array<std::uint32_t, 32> count{};
  // The tokens that start in the sample (they are in text order), then one
  // pass over their ids alone.
  const auto& toks = text.tokens;
  const std::size_t n = static_cast<std::size_t>(
      std::partition_point(toks.begin(), toks.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), toks.size())),
                           [](const token& t) { return t.begin < kSampleBytes; }) -
      toks.begin());
  if (langs_.empty()) return fallback;
  // An id past the table reads its last entry, which is 0 (add keeps it so): no branch on the id.
  const std::uint32_t last = static_cast<std::uint32_t>(langs_.size() - 1);
  const std::uint32_t* id = ids.data();
  // Without branches on the tokens (which of them are stopwords is not predictable):
  // a fixed loop over the languages that have stopwords at all.
  const std::uint32_t used = used_;
  const int top = used == 0 ? 0 : 32 - __builtin_clz(used);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t langs = langs_[std::min(id[i], last)];  // 0: not a word of any lexicon
    for (int l = 0; l < top; ++l) count[static_cast<std::size_t>(l)] += (langs >> l) & 1u;
  }
  std::uint32_t best = fallback;
  std::uint32_t best_count = 0;
  for (std::uint32_t l = 0; l < 32; ++l)
    if (count[l] > best_count) best = l, best_count = count[l];
  return best;
}

}  // namespace jumpa::detail
