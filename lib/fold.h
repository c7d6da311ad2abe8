// Private: code-point classes and folding for the tokenizer. ICU is used to
// build a table for the first 8192 code points once; rarer code points go to
// ICU on each call.
#ifndef JUMPA_LIB_FOLD_H_
#define JUMPA_LIB_FOLD_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jumpa::detail {

enum class cclass : std::uint8_t { space, newline, letter, digit, mark, apostrophe, punct, ignorable };

struct cp_props {
  cclass cls = cclass::punct;
  bool upper = false;
};

// Decodes the UTF-8 sequence at s[0..n). Returns its length (1..4) and sets
// cp, or returns 0 when the bytes are not valid UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are invalid).
int decode_utf8(const unsigned char* s, std::size_t n, char32_t& cp) noexcept;

// Length of the bad sequence at s[0..n) (where decode_utf8 returned 0): a
// lead byte with the continuation bytes that follow it, at most as many as
// the lead byte announces (a truncated, overlong or surrogate sequence is one
// problem); 1 for a stray continuation byte or a byte that never starts a
// sequence (0xC0.. are leads, 0xF8..0xFF are not). Requires n > 0.
std::size_t invalid_sequence_length(const unsigned char* s, std::size_t n) noexcept;

cp_props properties(char32_t cp);

// Whether fold(phrase) is empty (no token folds to anything), without building it.
bool folds_to_nothing(std::string_view phrase);
// The folded tokens of one phrase, back to back in one string: reused from
// phrase to phrase, folding allocates nothing once it has grown.
class folded_phrase {
 public:
  std::size_t size() const noexcept { return ends_.size(); }
  bool empty() const noexcept { return ends_.empty(); }
  std::string_view operator[](std::size_t k) const noexcept {
    const std::uint32_t b = k == 0 ? 0 : ends_[k - 1];
    return std::string_view(text_).substr(b, ends_[k] - b);
  }
  std::vector<std::string> strings() const;

 private:
  friend void fold_tokens_into(std::string_view phrase, folded_phrase& out);
  std::string text_;
  std::vector<std::uint32_t> ends_;  // token k is text_[ends_[k - 1], ends_[k]) (from 0 for k = 0)
};
// fold_tokens(phrase) written over `out`.
void fold_tokens_into(std::string_view phrase, folded_phrase& out);
// fold(phrase) written over `out` (a string reused across calls allocates nothing once grown).
void fold_into(std::string_view phrase, std::string& out);
// Appends the folded form of a letter, digit or mark (marks fold to nothing).
void append_folded(char32_t cp, std::string& out);
// Appends the folded form of a punctuation code point: dashes → '-', double
// quotes → '"', ellipsis → "...", others as themselves.
void append_punct_folded(char32_t cp, std::string& out);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_FOLD_H_
