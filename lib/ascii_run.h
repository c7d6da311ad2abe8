// Private: the tokenizer's fast path — a run of ASCII letters and digits,
// found and lower-cased sixteen bytes at a time where SSE2 is available.
#ifndef JUMPA_LIB_ASCII_RUN_H_
#define JUMPA_LIB_ASCII_RUN_H_

#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jumpa::detail {

// What a run holds. `first_letter` is the offset of its first letter, or -1.
struct ascii_run {
  std::size_t size = 0;
  bool letter = false, upper = false, lower = false;
  int first_letter = -1;
  bool first_upper = false;  // the first letter is upper case
};

namespace ascii_run_detail {

inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Adds the bytes of one block to `r`: `letters`, `uppers` are bit masks over
// the block's first `len` bytes, starting at offset `at` of the run.
// (Without branches on the bytes: words are too varied to predict.)
inline void note_block(ascii_run& r, std::size_t at, unsigned letters, unsigned uppers) {
  r.upper |= uppers != 0;
  r.lower |= (letters & ~uppers) != 0;
  const unsigned k = static_cast<unsigned>(__builtin_ctz(letters | (1u << 31)));  // 31: none
  const bool first = !r.letter && letters != 0;  // the run's first letter is in this block
  r.first_letter = first ? static_cast<int>(at + k) : r.first_letter;
  r.first_upper = first ? ((uppers >> k) & 1u) != 0 : r.first_upper;
  r.letter |= letters != 0;
}

inline std::size_t scalar_block(const unsigned char* s, std::size_t n, char* d, ascii_run& r, std::size_t at) {
  unsigned letters = 0, uppers = 0;
  std::size_t k = 0;
  for (; k < n && k < 32; ++k) {
    const unsigned char c = s[k];
    if (is_upper(c)) uppers |= 1u << k;
    else if (!is_lower(c) && !is_digit(c)) break;
    if (!is_digit(c)) letters |= 1u << k;
    d[k] = static_cast<char>(c | 0x20);  // lowers letters, keeps digits
  }
  note_block(r, at, letters, uppers);
  return k;
}

}  // namespace ascii_run_detail

// The run of ASCII letters and digits at s[0, n), written lower-cased to
// d[0, size). `d` must have room for size + 16 bytes (a block is written whole).
inline ascii_run scan_ascii_run(const unsigned char* s, std::size_t n, char* d) {
  using namespace ascii_run_detail;
  ascii_run r;
#if defined(__SSE2__)
  const __m128i bit20 = _mm_set1_epi8(0x20);
  while (n - r.size >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + r.size));
    const __m128i low = _mm_or_si128(v, bit20);
    // Signed compares: bytes >= 0x80 are negative, so never in a range.
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(low, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(low, _mm_set1_epi8('z' + 1)));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(d + r.size), low);
    const unsigned word = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
    // The run ends at the first byte that is neither (bit 16 stops a full block).
    const unsigned len = static_cast<unsigned>(__builtin_ctz(~word));
    const unsigned keep = (1u << len) - 1;
    note_block(r, r.size, static_cast<unsigned>(_mm_movemask_epi8(letter)) & keep,
               static_cast<unsigned>(_mm_movemask_epi8(upper)) & keep);
    r.size += len;
    if (len < 16) return r;
  }
#endif
  while (r.size < n) {
    const std::size_t k = scalar_block(s + r.size, n - r.size, d + r.size, r, r.size);
    r.size += k;
    if (k < 32) break;
  }
  return r;
}

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_ASCII_RUN_H_
