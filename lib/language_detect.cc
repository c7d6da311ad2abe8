// Language detection by counting function words.
#include "language_detect.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace jumpa::detail {
namespace {

// Per byte: the lower-case letter for an ASCII letter, 0 for any other byte.
struct letter_table {
  unsigned char lower[256] = {};
  constexpr letter_table() {
    for (int c = 'a'; c <= 'z'; ++c) lower[c] = static_cast<unsigned char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) lower[c] = static_cast<unsigned char>(c + ('a' - 'A'));
  }
};
constexpr letter_table kLetters;

// Per length: which bytes of three words belong to a word, and their 0x20
// (lower case of an ASCII letter is the letter | 0x20), in memory order.
struct word_masks {
  std::uint64_t keep[25][3], lower[25][3];
  word_masks() {
    for (std::size_t len = 0; len <= 24; ++len) {
      unsigned char k[24] = {}, l[24] = {};
      for (std::size_t b = 0; b < len; ++b) k[b] = 0xFF, l[b] = 0x20;
      std::memcpy(keep[len], k, sizeof k);
      std::memcpy(lower[len], l, sizeof l);
    }
  }
};
const word_masks kMasks;

// The lower-case word of `len` (<= 24) ASCII letters at p, zero-padded to three
// words; `room`: 24 bytes can be read at p (whole-word loads, no byte stores).
void load_lower(const unsigned char* p, std::size_t len, bool room, std::uint64_t (&w)[3]) {
  if (room) {
    std::memcpy(w, p, 24);
  } else {
    unsigned char buf[24] = {};
    std::memcpy(buf, p, len);
    std::memcpy(w, buf, 24);
  }
  for (std::size_t k = 0; k < 3; ++k) w[k] = (w[k] & kMasks.keep[len][k]) | kMasks.lower[len][k];
}

}  // namespace

void language_detector::add(std::uint32_t lang, std::string_view word) {
  if (lang >= 32 || word.empty() || word.size() > kMaxWord) return;
  std::string w;
  for (char ch : word) {
    const unsigned char l = kLetters.lower[static_cast<unsigned char>(ch)];
    if (l == 0) return;  // phrases and non-ASCII forms do not count
    w.push_back(static_cast<char>(l));
  }
  words_.push_back({std::move(w), 1u << lang});
}

inline std::uint64_t language_detector::hash(const std::uint64_t (&w)[kMaxWord / 8]) noexcept {
  std::uint64_t h = (w[0] * 0x9E3779B97F4A7C15ull) ^ w[1];
  h = (h * 0xff51afd7ed558ccdull) ^ w[2];
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 31);
}

void language_detector::finish() {
  std::sort(words_.begin(), words_.end(), [](const entry& a, const entry& b) { return a.word < b.word; });
  std::vector<entry> merged;
  for (entry& e : words_) {
    if (!merged.empty() && merged.back().word == e.word) merged.back().langs |= e.langs;
    else merged.push_back(std::move(e));
  }
  std::size_t size = 16;
  while (size < 2 * merged.size()) size *= 2;
  slots_.assign(size, slot{});
  mask_ = size - 1;
  for (const entry& e : merged) {
    slot x;
    load_lower(reinterpret_cast<const unsigned char*>(e.word.data()), e.word.size(), false, x.w);  // already lower case
    x.langs = e.langs;
    const std::uint64_t h = hash(x.w);
    filter_[(h >> 40) & 63] |= std::uint64_t{1} << ((h >> 46) & 63);
    std::uint64_t s = h & mask_;
    while (slots_[s].langs != 0) s = (s + 1) & mask_;
    slots_[s] = x;
  }
  words_.clear();
  words_.shrink_to_fit();
}

inline std::uint32_t language_detector::langs_of(const std::uint64_t (&w)[kMaxWord / 8]) const noexcept {
  if (slots_.empty()) return 0;
  const std::uint64_t h = hash(w);
  if (!((filter_[(h >> 40) & 63] >> ((h >> 46) & 63)) & 1u)) return 0;
  for (std::uint64_t s = h & mask_;; s = (s + 1) & mask_) {
    const slot& x = slots_[s];
    if (x.langs == 0) return 0;
    if (x.w[0] == w[0] && x.w[1] == w[1] && x.w[2] == w[2]) return x.langs;
  }
}

std::uint32_t language_detector::detect(std::string_view text, std::uint32_t fallback) const noexcept {
  std::array<std::uint32_t, 32> count{};
  const std::size_t n = std::min(text.size(), kSampleBytes);
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  while (i < n) {
    if (kLetters.lower[p[i]] == 0) {
      ++i;
      continue;
    }
    // A word of ASCII letters (it may run past the sample); one followed by a
    // non-ASCII byte or a digit, or longer than kMaxWord, is skipped.
    std::size_t j = i + 1;
    while (j < text.size() && kLetters.lower[p[j]] != 0) ++j;
    const std::size_t len = j - i;
    const bool cut = j < text.size() && (p[j] >= 0x80 || (p[j] >= '0' && p[j] <= '9'));
    if (len <= kMaxWord && !cut) {
      std::uint64_t w[kMaxWord / 8];
      load_lower(p + i, len, text.size() - i >= kMaxWord, w);
      std::uint32_t langs = langs_of(w);
      for (std::uint32_t l = 0; langs != 0; ++l, langs >>= 1)
        if (langs & 1u) ++count[l];
    }
    i = j;
  }
  std::uint32_t best = fallback;
  std::uint32_t best_count = 0;
  for (std::uint32_t l = 0; l < 32; ++l)
    if (count[l] > best_count) best = l, best_count = count[l];
  return best;
}

}  // namespace jumpa::detail
