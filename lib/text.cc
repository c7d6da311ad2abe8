#include "jumpa/text.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_set>

#include <unicode/uchar.h>

#include "analyzer_access.h"
#include "ascii_run.h"
#include "byte_buffer.h"
#include "fold.h"

namespace jumpa {

using detail::cclass;

void analyzed_text::clear() {
  text = {};
  tokens.clear();
  folded.clear();
  sentences.clear();
  problems.clear();
}

namespace {

// A sentence longer than this is cut, which bounds the work of later stages.
constexpr std::uint32_t kMaxSentenceTokens = 300;

struct ascii_table {
  cclass cls[128];
  ascii_table() {
    for (int c = 0; c < 128; ++c) {
      if (c == '\n' || c == 0x0B || c == 0x0C) cls[c] = cclass::newline;
      else if (c == ' ' || c == '\t' || c == '\r' || c < 0x20 || c == 0x7F) cls[c] = cclass::space;
      else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) cls[c] = cclass::letter;
      else if (c >= '0' && c <= '9') cls[c] = cclass::digit;
      else if (c == '\'' || c == '`') cls[c] = cclass::apostrophe;
      else cls[c] = cclass::punct;
    }
  }
};
const ascii_table kAscii;

// ASCII letters and digits for the word scanner's fast path: class bits (0
// for every other byte, non-ASCII included) and the lower-case byte.
constexpr unsigned kLetterBit = 1, kUpperBit = 2, kLowerBit = 4, kDigitBit = 8;
struct ascii_word_table {
  unsigned char bits[256] = {};
  char lower[256] = {};
  ascii_word_table() {
    for (int c = 0; c < 256; ++c) lower[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) {
      bits[c] = kLetterBit | kUpperBit;
      lower[c] = static_cast<char>(c + 32);
    }
    for (int c = 'a'; c <= 'z'; ++c) bits[c] = kLetterBit | kLowerBit;
    for (int c = '0'; c <= '9'; ++c) bits[c] = kDigitBit;
  }
};
const ascii_word_table kAsciiWord;

inline bool word_class(cclass c) {
  return c == cclass::letter || c == cclass::digit || c == cclass::mark || c == cclass::ignorable;
}

struct decoded {
  char32_t cp = 0;
  int len = 0;  // 0 = invalid byte
  detail::cp_props props;
};

inline decoded decode_at(const unsigned char* s, std::size_t n) {
  decoded d;
  if (s[0] < 0x80) {
    d.cp = s[0];
    d.len = 1;
    d.props.cls = kAscii.cls[s[0]];
    d.props.upper = s[0] >= 'A' && s[0] <= 'Z';
    return d;
  }
  d.len = detail::decode_utf8(s, n, d.cp);
  if (d.len > 0) d.props = detail::properties(d.cp);
  return d;
}

std::string join_fold(const std::vector<std::string>& toks, bool with_spaces) {
  std::string out;
  for (const auto& t : toks) {
    if (with_spaces && !out.empty()) out += ' ';
    out += t;
  }
  return out;
}

// The folded form of one non-ASCII code point (short: no allocation).
void append_folded_cp(char32_t cp, detail::byte_buffer& out) {
  std::string f;
  detail::append_folded(cp, f);
  out.append(f);
}

// What a word or number token looks like.
struct word_shape {
  bool any_letter = false, all_upper = true, capitalized = false, all_digits = true, non_ascii = false;
};

// Scans the word or number starting at s[i] (letters, digits, marks;
// apostrophes between letters), appending its folded form; advances i.
word_shape scan_word(const unsigned char* s, std::size_t n, std::size_t& i, detail::byte_buffer& folded) {
  word_shape w;
  bool& any_letter = w.any_letter;
  bool& all_upper = w.all_upper;
  bool& capitalized = w.capitalized;
  bool& all_digits = w.all_digits;
  bool& non_ascii = w.non_ascii;
  bool first_letter_seen = false;
  while (i < n) {
    // ASCII letters and digits, the common case: no decoding; 64 bytes at most per piece (little room needed).
    if (s[i] < 0x80) {
      const std::size_t limit = std::min<std::size_t>(n - i, 64);
      char* d = folded.room(limit + 16);
      const detail::ascii_run r = detail::scan_ascii_run(s + i, limit, d);
      if (r.size > 0) {
        folded.commit(d + r.size);
        if (r.letter) {
          any_letter = true;
          all_digits = false;
          if (!first_letter_seen) {
            first_letter_seen = true;
            capitalized = r.first_upper;
          }
          if (r.lower) all_upper = false;
        }
        i += r.size;
        continue;
      }
      if (kAscii.cls[s[i]] != cclass::apostrophe) break;
    }
    decoded c = decode_at(s + i, n - i);
    if (c.len == 0) break;
    if (c.props.cls == cclass::apostrophe) {
      // Keep going only when a letter follows ("Jum'at", "O'Alay").
      std::size_t j = i + static_cast<std::size_t>(c.len);
      if (j >= n) break;
      decoded nx = decode_at(s + j, n - j);
      if (nx.len == 0 || nx.props.cls != cclass::letter) break;
      // English possessive "'s" ends the word.
      if ((nx.cp == 's' || nx.cp == 'S') && any_letter) {
        std::size_t k = j + 1;
        if (k >= n) break;
        decoded after = decode_at(s + k, n - k);
        if (after.len == 0 || !word_class(after.props.cls)) break;
      }
      non_ascii |= c.cp >= 0x80;
      i = j;
      continue;
    }
    if (!word_class(c.props.cls)) break;
    if (c.props.cls == cclass::letter) {
      any_letter = true;
      all_digits = false;
      if (!first_letter_seen) {
        first_letter_seen = true;
        capitalized = c.props.upper;
      }
      // Letters without case (Thai, Khmer, CJK) do not count as lower case.
      if (!c.props.upper && (c.cp < 0x80 || u_islower(static_cast<UChar32>(c.cp)))) all_upper = false;
    } else if (c.props.cls == cclass::mark || c.props.cls == cclass::ignorable) {
      // marks and ignorables do not change the class
    } else {
      // digit
    }
    if (c.cp >= 0x80) non_ascii = true;
    if (c.props.cls != cclass::ignorable) {
      if (c.cp < 0x80)
        folded.push(static_cast<char>(c.cp >= 'A' && c.cp <= 'Z' ? c.cp + 32 : c.cp));
      else
        append_folded_cp(c.cp, folded);
    }
    i += static_cast<std::size_t>(c.len);
  }
  return w;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      ++i;
      // Eight ASCII bytes at a time (no byte with the high bit set).
      for (std::uint64_t w; i + 8 <= n && (std::memcpy(&w, s + i, 8), (w & 0x8080808080808080ull) == 0);) i += 8;
      continue;
    }
    char32_t cp;
    int len = detail::decode_utf8(s + i, n - i, cp);
    if (len == 0) return i;
    i += static_cast<std::size_t>(len);
  }
  return std::string_view::npos;
}

struct text_analyzer::impl {
  std::vector<std::string> abbreviation_text;           // folded, no final dot: "tn", "m.si"
  std::unordered_set<std::string_view> abbreviations;   // views of abbreviation_text
  std::vector<std::vector<std::string>> boilerplate;    // folded token sequences
  std::size_t max_problems = 20;

  void tokenize(std::string_view text, analyzed_text& out) const;
  void segment(analyzed_text& out) const;
  bool is_abbreviation(const analyzed_text& a, std::size_t dot) const;
  bool line_is_boilerplate(const analyzed_text& a, std::size_t first) const;
};

text_analyzer::text_analyzer(const text_options& o) {
  auto m = std::make_shared<impl>();
  for (const auto& a : o.abbreviations) {
    std::string f = join_fold(fold_tokens(a), false);
    if (!f.empty() && f.back() == '.') f.pop_back();
    if (!f.empty()) m->abbreviation_text.push_back(std::move(f));
  }
  for (const std::string& f : m->abbreviation_text) m->abbreviations.insert(f);  // the vector is complete: views stay valid
  for (const auto& b : o.boilerplate) {
    auto toks = fold_tokens(b);
    if (!toks.empty()) m->boilerplate.push_back(std::move(toks));
  }
  m->max_problems = o.max_problems;
  impl_ = std::move(m);
}

analyzed_text text_analyzer::analyze(std::string_view text) const {
  analyzed_text out;
  analyze(text, out);
  return out;
}

void text_analyzer::analyze(std::string_view text, analyzed_text& out) const {
  detail::analyzer_access::tokenize(*this, text, out);
  detail::analyzer_access::segment(*this, out);
}

void detail::analyzer_access::tokenize(const text_analyzer& a, std::string_view text, analyzed_text& out) {
  out.clear();
  out.text = text;
  a.impl_->tokenize(text, out);
}

void detail::analyzer_access::segment(const text_analyzer& a, analyzed_text& out) {
  out.sentences.clear();
  a.impl_->segment(out);
}

namespace {

// Tokens and folded forms of `text` into `out` (segmentation is separate).
void tokenize_into(std::string_view text, analyzed_text& out, std::size_t max_problems) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  out.tokens.reserve(n / 5 + 8);
  detail::byte_buffer folded(out.folded, n + 16);
  std::size_t invalid = 0;
  std::uint8_t pending = 0;  // flags for the next token
  int newlines = 0;
  auto report_invalid = [&](std::size_t at) {
    if (invalid < max_problems)
      out.problems.push_back(status(errc::invalid_utf8, "invalid UTF-8 byte sequence", {"", 0, 0, at}));
    ++invalid;
  };

  std::size_t i = 0;
  while (i < n) {
    if (s[i] == ' ') {  // the most common byte
      pending |= tf_space_before;
      ++i;
      continue;
    }
    decoded d = decode_at(s + i, n - i);
    if (d.len == 0) {
      report_invalid(i);
      pending |= tf_space_before;
      i += detail::invalid_sequence_length(s + i, n - i);
      continue;
    }
    switch (d.props.cls) {
      case cclass::newline:
        if (d.cp == '\n' || d.cp == 0x2029) ++newlines;
        pending |= tf_space_before | tf_newline_before;
        if (newlines >= 2 || d.cp == 0x2029) pending |= tf_paragraph_before;
        i += static_cast<std::size_t>(d.len);
        continue;
      case cclass::space:
      case cclass::ignorable:
        if (d.props.cls == cclass::space) pending |= tf_space_before;
        i += static_cast<std::size_t>(d.len);
        continue;
      case cclass::apostrophe:
        // An apostrophe not inside a word is invisible (a quote mark).
        pending |= tf_space_before;
        i += static_cast<std::size_t>(d.len);
        continue;
      case cclass::punct: {
        token& t = out.tokens.emplace_back();  // filled in place: no copy through the stack
        t.begin = static_cast<std::uint32_t>(i);
        t.end = static_cast<std::uint32_t>(i + static_cast<std::size_t>(d.len));
        t.kind = token_kind::punct;
        t.flags = pending | (d.cp >= 0x80 ? tf_non_ascii : 0);
        t.fold_begin = static_cast<std::uint32_t>(folded.size());
        if (d.cp < 0x80) {  // ASCII punctuation folds to itself
          folded.push(static_cast<char>(d.cp));
        } else {
          std::string f;
          detail::append_punct_folded(d.cp, f);
          folded.append(f);
        }
        t.fold_size = static_cast<std::uint32_t>(folded.size() - t.fold_begin);
        pending = 0;
        newlines = 0;
        i = t.end;
        continue;
      }
      default:
        break;
    }
    // A word or number: letters, digits, marks; apostrophes between letters.
    token& t = out.tokens.emplace_back();
    t.begin = static_cast<std::uint32_t>(i);
    t.fold_begin = static_cast<std::uint32_t>(folded.size());
    word_shape shape = scan_word(s, n, i, folded);
    t.end = static_cast<std::uint32_t>(i);
    t.fold_size = static_cast<std::uint32_t>(folded.size() - t.fold_begin);
    t.kind = shape.all_digits ? token_kind::number : token_kind::word;
    t.flags = pending;
    if (shape.capitalized) t.flags |= tf_capitalized;
    if (shape.any_letter && shape.all_upper) t.flags |= tf_all_caps;
    if (shape.non_ascii) t.flags |= tf_non_ascii;
    pending = 0;
    newlines = 0;
  }
  folded.finish();
  if (invalid > max_problems)
    out.problems.push_back(status(errc::invalid_utf8,
                                  std::to_string(invalid - max_problems) + " more invalid UTF-8 sequences"));
}

}  // namespace

void text_analyzer::impl::tokenize(std::string_view text, analyzed_text& out) const {
  tokenize_into(text, out, max_problems);
}

bool text_analyzer::impl::is_abbreviation(const analyzed_text& a, std::size_t dot) const {
  if (dot == 0) return false;
  const token& prev = a.tokens[dot - 1];
  if (prev.kind != token_kind::word) return false;
  if (a.tokens[dot].has(tf_space_before)) return false;
  // An initial: one capital letter ("S. Jaishankar", "J.D. Vance").
  std::string_view pf = a.fold(prev);
  if (prev.has(tf_capitalized) && prev.end - prev.begin <= 2 && pf.size() <= 2) {
    // single letter (possibly non-ASCII)
    if (pf.size() == 1) return true;
  }
  // Rebuild "m.si", "k.h" from tokens written without spaces.
  std::size_t j = dot - 1;
  while (j >= 2 && !a.tokens[j].has(tf_space_before) && a.fold(a.tokens[j - 1]) == "." &&
         !a.tokens[j - 1].has(tf_space_before) && a.tokens[j - 2].kind == token_kind::word)
    j -= 2;
  if (j == dot - 1) return abbreviations.count(pf) != 0;  // one word: no text to build
  thread_local std::string cand;
  cand.clear();
  for (std::size_t k = j; k < dot; k += 2) {
    if (k > j) cand += '.';
    cand += a.fold(a.tokens[k]);
  }
  return abbreviations.count(cand) != 0 || abbreviations.count(pf) != 0;
}

bool text_analyzer::impl::line_is_boilerplate(const analyzed_text& a, std::size_t first) const {
  for (const auto& seq : boilerplate) {
    if (first + seq.size() > a.tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < seq.size() && ok; ++k) {
      const token& t = a.tokens[first + k];
      if (k > 0 && t.has(tf_newline_before)) ok = false;
      else if (a.fold(t) != seq[k]) ok = false;
    }
    if (ok) return true;
  }
  return false;
}

namespace {
bool is_final_punct(std::string_view f) { return f == "." || f == "!" || f == "?" || f == "..."; }
bool is_closer(std::string_view f) { return f == "\"" || f == ")" || f == "]" || f == "'"; }

// A short line of numbers and at most two words with a year: "22 April 2022".
bool date_line(const analyzed_text& a, std::size_t first, std::size_t end) {
  if (end - first > 6 || end == first) return false;
  int words = 0;
  bool year = false;
  for (std::size_t k = first; k < end; ++k) {
    const token& t = a.tokens[k];
    if (t.kind == token_kind::word) ++words;
    else if (t.kind == token_kind::number && t.end - t.begin == 4) year = true;
    else if (t.kind == token_kind::punct && a.fold(t) != "," && a.fold(t) != "/") return false;
  }
  return year && words <= 2;
}
}  // namespace

void text_analyzer::impl::segment(analyzed_text& a) const {
  const std::size_t n = a.tokens.size();
  if (n == 0) return;
  thread_local std::vector<std::uint8_t> break_before, boiler;  // reused by the thread
  break_before.assign(n + 1, 0);  // 1 = sentence starts here
  boiler.assign(n, 0);
  break_before[0] = 1;

  // Lines: boilerplate and date lines stand alone.
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && !a.tokens[j].has(tf_newline_before)) ++j;
    if (line_is_boilerplate(a, i)) {
      for (std::size_t k = i; k < j; ++k) boiler[k] = 1;
      break_before[i] = 1;
      break_before[j] = 1;
    } else if (date_line(a, i, j)) {
      break_before[i] = 1;
      break_before[j] = 1;
    }
    i = j;
  }

  for (std::size_t i = 0; i < n; ++i) {
    const token& t = a.tokens[i];
    if (t.has(tf_paragraph_before)) break_before[i] = 1;
    if (t.kind != token_kind::punct) continue;
    std::string_view f = a.fold(t);
    if (!is_final_punct(f)) continue;
    if (f == "." && is_abbreviation(a, i)) continue;
    // Include closing quotes and brackets that follow. A quote after a space
    // opens the next sentence ("... kemarin. “Kami ..."): it is not a closer.
    std::size_t j = i + 1;
    while (j < n && a.tokens[j].kind == token_kind::punct && is_closer(a.fold(a.tokens[j])) &&
           !a.tokens[j].has(tf_space_before))
      ++j;
    if (j >= n) break;
    const token& nx = a.tokens[j];
    // "1.500", "SEAToday.com": no space after the dot.
    if (!nx.has(tf_space_before) && nx.kind != token_kind::punct) continue;
    // Lower case after the dot continues the sentence (machine-translated copy).
    if (nx.kind == token_kind::word && !nx.has(tf_capitalized) && !nx.has(tf_newline_before)) {
      std::string_view nf = a.fold(nx);
      if (!nf.empty() && static_cast<unsigned char>(nf[0]) < 0x80 && nf[0] >= 'a' && nf[0] <= 'z') continue;
    }
    if (nx.kind == token_kind::punct && !is_closer(a.fold(nx)) && a.fold(nx) != "\"" && a.fold(nx) != "(")
      continue;  // "..." followed by a comma and the like
    break_before[j] = 1;
  }

  std::uint32_t paragraph = 0;
  std::size_t start = 0;
  auto emit = [&](std::size_t b, std::size_t e) {
    while (b < e) {
      std::size_t cut = std::min(e, b + kMaxSentenceTokens);
      sentence s;
      s.first_token = static_cast<std::uint32_t>(b);
      s.end_token = static_cast<std::uint32_t>(cut);
      s.begin = a.tokens[b].begin;
      s.end = a.tokens[cut - 1].end;
      s.paragraph = paragraph;
      s.boilerplate = boiler[b] != 0;
      a.sentences.push_back(s);
      b = cut;
    }
  };
  for (std::size_t i = 1; i <= n; ++i) {
    if (i == n || break_before[i]) {
      emit(start, i);
      if (i < n && a.tokens[i].has(tf_paragraph_before)) ++paragraph;
      start = i;
    }
  }
}

namespace {
// The tokens of a phrase, in a buffer reused by the thread (no segmentation:
// it does not change tokens).
const analyzed_text& phrase_tokens(std::string_view phrase) {
  thread_local analyzed_text a;
  a.clear();
  a.text = phrase;
  tokenize_into(phrase, a, 0);
  return a;
}

// A plain phrase is ASCII without apostrophes: its tokens are the runs of
// letters and digits (folded to lower case) and each other visible byte on
// its own (folded to itself), which the functions below compute without
// decoding (most gazetteer forms are such phrases, and they are folded at
// load). This writes a plain phrase's folded tokens at `d` (room for
// phrase.size() bytes) and their ends (from `d`) in `ends`, in one pass; false
// if it is not plain.
bool fold_plain(std::string_view phrase, char* d, std::vector<std::uint32_t>& ends) {
  const auto* s = reinterpret_cast<const unsigned char*>(phrase.data());
  const std::size_t size = phrase.size();
  std::uint32_t at = 0;
  for (std::size_t i = 0; i < size;) {
    if (s[i] >= 0x80) return false;
    const cclass c = kAscii.cls[s[i]];
    if (c == cclass::space || c == cclass::newline) {
      ++i;
      continue;
    }
    if (c == cclass::punct) {
      d[at++] = static_cast<char>(s[i++]);
    } else if (c == cclass::letter || c == cclass::digit) {
      const unsigned char* p = s + i;  // letters and digits: | 0x20 lowers both (digits have the bit)
      const unsigned char* const e = s + size;
      char* o = d + at;
      for (; p < e && kAsciiWord.bits[*p] != 0; ++p) *o++ = static_cast<char>(*p | 0x20);
      i = static_cast<std::size_t>(p - s);
      at = static_cast<std::uint32_t>(o - d);
    } else {
      return false;  // an apostrophe: it joins or ends words by what follows
    }
    ends.push_back(at);
  }
  return true;
}

}  // namespace

std::vector<std::string> detail::folded_phrase::strings() const {
  std::vector<std::string> out;
  out.reserve(size());
  for (std::size_t k = 0; k < size(); ++k) out.emplace_back((*this)[k]);
  return out;
}

std::vector<std::string> fold_tokens(std::string_view phrase) {
  detail::folded_phrase f;
  detail::fold_tokens_into(phrase, f);
  return f.strings();
}

void detail::fold_tokens_into(std::string_view phrase, folded_phrase& out) {
  out.ends_.clear();
  out.text_.resize(phrase.size());  // a plain phrase folds to at most its own bytes
  if (fold_plain(phrase, out.text_.data(), out.ends_)) {
    out.text_.resize(out.ends_.empty() ? 0 : out.ends_.back());
    return;
  }
  out.ends_.clear();
  out.text_.clear();
  const analyzed_text& a = phrase_tokens(phrase);
  for (const token& t : a.tokens) {
    out.text_ += a.fold(t);
    out.ends_.push_back(static_cast<std::uint32_t>(out.text_.size()));
  }
}

bool detail::folds_to_nothing(std::string_view phrase) {
  // An ASCII letter, digit or other visible byte but an apostrophe is (in) a
  // token that folds to something; a phrase of blanks alone has no token.
  bool blank = true;
  for (char ch : phrase) {
    const auto u = static_cast<unsigned char>(ch);
    if (u >= 0x80) {
      blank = false;
      continue;
    }
    const cclass c = kAscii.cls[u];
    if (c == cclass::letter || c == cclass::digit || c == cclass::punct) return false;
    blank = blank && (c == cclass::space || c == cclass::newline);
  }
  if (blank) return true;
  const analyzed_text& a = phrase_tokens(phrase);
  for (const token& t : a.tokens)
    if (t.fold_size != 0) return false;
  return true;
}

std::string fold(std::string_view phrase) {
  std::string out;
  out.reserve(phrase.size());
  detail::fold_into(phrase, out);
  return out;
}

}  // namespace jumpa
