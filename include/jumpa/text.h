// jumpa/text.h — stage 1: UTF-8 text → tokens, folded forms, sentences.
//
// `text_analyzer` splits a UTF-8 document into tokens (words, numbers,
// punctuation), folds each token for matching (case folding, diacritics
// removed, đ → d, apostrophes inside words dropped, dash and quote variants
// unified) and groups tokens into sentences and paragraphs. Every token and
// sentence keeps a half-open byte span [begin, end) into the caller's text.
//
// Invalid UTF-8 never stops the analysis: each bad sequence is reported in
// `analyzed_text::problems` with its byte offset and treated as a separator.
//
// A `text_analyzer` is immutable after construction, cheap to copy and safe to
// share between threads. `analyzed_text` is per call; reuse one object across
// calls to keep its buffers.
#ifndef JUMPA_TEXT_H_
#define JUMPA_TEXT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jumpa/status.h"

namespace jumpa {

enum class token_kind : std::uint8_t { word, number, punct };

// Bits of token::flags.
enum token_flag : std::uint8_t {
  tf_capitalized = 1 << 0,    // first letter is upper case (Wang, PHNOM)
  tf_all_caps = 1 << 1,       // every letter is upper case and there is at least one (AS, PHNOM)
  tf_space_before = 1 << 2,   // whitespace between the previous token and this one
  tf_newline_before = 1 << 3, // a line break between the previous token and this one
  tf_paragraph_before = 1 << 4,  // a blank line between the previous token and this one
  tf_non_ascii = 1 << 5,      // the token contains non-ASCII characters
};

struct token {
  std::uint32_t begin = 0, end = 0;  // bytes in the original text
  std::uint32_t fold_begin = 0;      // folded form: analyzed_text::folded.substr(fold_begin, fold_size)
  std::uint32_t fold_size = 0;
  token_kind kind = token_kind::word;
  std::uint8_t flags = 0;
  bool has(token_flag f) const noexcept { return (flags & f) != 0; }
};

struct sentence {
  std::uint32_t first_token = 0, end_token = 0;  // token range [first, end)
  std::uint32_t begin = 0, end = 0;              // bytes
  std::uint32_t paragraph = 0;                   // 0-based paragraph index
  bool boilerplate = false;  // a byline, editor or copyright line: no entities, no relations
};

struct analyzed_text {
  std::string_view text;           // the caller's text (not owned)
  std::vector<token> tokens;
  std::string folded;              // folded forms of all tokens, back to back
  std::vector<sentence> sentences;
  std::vector<status> problems;    // invalid UTF-8, with byte offsets

  std::string_view fold(const token& t) const {
    return std::string_view(folded).substr(t.fold_begin, t.fold_size);
  }
  std::string_view raw(const token& t) const { return text.substr(t.begin, t.end - t.begin); }
  void clear();
};

struct text_options {
  // Abbreviations that end in a period but do not end a sentence ("Tn.", "dll.").
  std::vector<std::string> abbreviations;
  // A line starting with one of these ("Pewarta:", "Editor:") is boilerplate.
  std::vector<std::string> boilerplate;
  // At most this many invalid-UTF-8 problems are listed per document (the rest are counted).
  std::size_t max_problems = 20;
};

namespace detail {
struct analyzer_access;  // private (lib/): tokenising and segmenting as two steps
}

class text_analyzer {
 public:
  explicit text_analyzer(const text_options& options = {});

  // Tokenises, folds and segments `text` into `out` (cleared first). `text`
  // must outlive `out`. Never fails; problems are listed in out.problems.
  void analyze(std::string_view text, analyzed_text& out) const;
  analyzed_text analyze(std::string_view text) const;

 private:
  friend struct detail::analyzer_access;
  struct impl;
  std::shared_ptr<const impl> impl_;
};

// Folds a phrase exactly as analyze() folds text and joins the folded tokens
// with single spaces: fold("Phạm Minh Chính") == "pham minh chinh",
// fold("Timor-Leste") == "timor - leste". Used to key gazetteer forms.
std::string fold(std::string_view phrase);
// The folded tokens of a phrase, one string per token.
std::vector<std::string> fold_tokens(std::string_view phrase);

// Byte offset of the first invalid UTF-8 sequence in `text`, or npos.
std::size_t find_invalid_utf8(std::string_view text) noexcept;

}  // namespace jumpa

#endif  // JUMPA_TEXT_H_
