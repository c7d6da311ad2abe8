// Language detection by counting function words.
#include "language_detect.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "fnv.h"

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

}  // namespace

void language_detector::add(std::uint32_t lang, std::string_view word) {
  if (lang >= 32 || word.empty() || word.size() > 24) return;
  std::string w;
  for (char ch : word) {
    const unsigned char l = kLetters.lower[static_cast<unsigned char>(ch)];
    if (l == 0) return;  // phrases and non-ASCII forms do not count
    w.push_back(static_cast<char>(l));
  }
  words_.push_back({std::move(w), 1u << lang});
}

void language_detector::finish() {
  std::sort(words_.begin(), words_.end(), [](const entry& a, const entry& b) { return a.word < b.word; });
  std::vector<entry> merged;
  for (entry& e : words_) {
    if (!merged.empty() && merged.back().word == e.word) merged.back().langs |= e.langs;
    else merged.push_back(std::move(e));
  }
  words_ = std::move(merged);
  std::size_t size = 16;
  while (size < 2 * words_.size()) size *= 2;
  slots_.assign(size, 0);
  mask_ = size - 1;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    std::uint64_t s = fnv1a(words_[k].word) & mask_;
    while (slots_[s] != 0) s = (s + 1) & mask_;
    slots_[s] = static_cast<std::uint32_t>(k + 1);
  }
}

std::uint32_t language_detector::langs_of(std::string_view w, std::uint64_t h) const noexcept {
  if (slots_.empty()) return 0;
  for (std::uint64_t s = h & mask_;; s = (s + 1) & mask_) {
    std::uint32_t k = slots_[s];
    if (k == 0) return 0;
    const std::string& x = words_[k - 1].word;
    if (x.size() == w.size() && std::memcmp(x.data(), w.data(), w.size()) == 0) return words_[k - 1].langs;
  }
}

std::uint32_t language_detector::detect(std::string_view text, std::uint32_t fallback) const noexcept {
  std::array<std::uint32_t, 32> count{};
  const std::size_t n = std::min(text.size(), kSampleBytes);
  char buf[25];
  std::size_t i = 0;
  while (i < n) {
    if (kLetters.lower[static_cast<unsigned char>(text[i])] == 0) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    bool fits = true;
    std::size_t j = i;
    std::uint64_t h = kFnvOffset;  // of the lower-case word, hashed as it is read
    // A word of ASCII letters; one touching a non-ASCII byte or a digit is skipped.
    for (; j < text.size(); ++j) {
      const unsigned char d = static_cast<unsigned char>(text[j]);
      const unsigned char l = kLetters.lower[d];
      if (l == 0) {
        if (d >= 0x80 || (d >= '0' && d <= '9')) fits = false;
        break;
      }
      if (len < sizeof buf - 1) {
        buf[len++] = static_cast<char>(l);
        h = fnv1a_step(h, l);
      } else {
        fits = false;
      }
    }
    if (fits) {
      std::string_view w(buf, len);
      std::uint32_t langs = langs_of(w, h);
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
