// Tests for lib/fold.h: UTF-8 decoding, code-point classes and folding.
#include <catch2/catch.hpp>

#include <string>

#include "fold.h"

using namespace jumpa::detail;

namespace {

// Decodes a whole string literal: {length, code point}.
std::pair<int, char32_t> dec(const std::string& s) {
  char32_t cp = 0xFFFFFFFF;
  int n = decode_utf8(reinterpret_cast<const unsigned char*>(s.data()), s.size(), cp);
  return {n, cp};
}

std::string folded(char32_t cp) {
  std::string out;
  append_folded(cp, out);
  return out;
}

std::string punct(char32_t cp) {
  std::string out;
  append_punct_folded(cp, out);
  return out;
}

std::size_t bad_len(const std::string& s) {
  return invalid_sequence_length(reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

}  // namespace

TEST_CASE("fold: decode_utf8 decodes one to four bytes", "[fold]") {
  CHECK(dec("A") == std::make_pair(1, char32_t{'A'}));
  CHECK(dec(std::string("\0", 1)) == std::make_pair(1, char32_t{0}));
  CHECK(dec("\xC3\xA9") == std::make_pair(2, char32_t{0xE9}));            // é
  CHECK(dec("\xC4\x91") == std::make_pair(2, char32_t{0x111}));           // đ
  CHECK(dec("\xE1\xBA\xA1") == std::make_pair(3, char32_t{0x1EA1}));      // ạ
  CHECK(dec("\xE2\x80\x99") == std::make_pair(3, char32_t{0x2019}));      // ’
  CHECK(dec("\xEF\xBF\xBF") == std::make_pair(3, char32_t{0xFFFF}));
  CHECK(dec("\xED\x9F\xBF") == std::make_pair(3, char32_t{0xD7FF}));      // last before the surrogates
  CHECK(dec("\xF0\x9F\x98\x80") == std::make_pair(4, char32_t{0x1F600}));
  CHECK(dec("\xF4\x8F\xBF\xBF") == std::make_pair(4, char32_t{0x10FFFF}));
  // Only the first sequence is decoded.
  CHECK(dec("\xC3\xA9xyz").first == 2);
}

TEST_CASE("fold: decode_utf8 rejects invalid sequences", "[fold]") {
  CHECK(dec("").first == 0);
  CHECK(dec("\xFF").first == 0);
  CHECK(dec("\xFE").first == 0);
  CHECK(dec("\xF8\x88\x80\x80\x80").first == 0);  // 5-byte form
  CHECK(dec("\x80").first == 0);                  // stray continuation
  CHECK(dec("\xBF").first == 0);
  CHECK(dec("\xC3").first == 0);                  // truncated
  CHECK(dec("\xE1\xBA").first == 0);
  CHECK(dec("\xF0\x9F\x98").first == 0);
  CHECK(dec("\xC3x").first == 0);                 // not a continuation byte
  CHECK(dec("\xE1\xBA" "a").first == 0);
  CHECK(dec("\xC0\x80").first == 0);              // overlong NUL
  CHECK(dec("\xC1\xBF").first == 0);              // overlong 0x7F
  CHECK(dec("\xE0\x80\xAF").first == 0);          // overlong '/'
  CHECK(dec("\xE0\x9F\xBF").first == 0);          // overlong 0x7FF
  CHECK(dec("\xF0\x8F\xBF\xBF").first == 0);      // overlong 0xFFFF
  CHECK(dec("\xED\xA0\x80").first == 0);          // surrogate U+D800
  CHECK(dec("\xED\xBF\xBF").first == 0);          // surrogate U+DFFF
  CHECK(dec("\xF4\x90\x80\x80").first == 0);      // U+110000
  CHECK(dec("\xF7\xBF\xBF\xBF").first == 0);
  // The length limit is respected even when more bytes follow in memory.
  const unsigned char buf[] = {0xC3, 0xA9};
  char32_t cp = 0;
  CHECK(decode_utf8(buf, 1, cp) == 0);
  CHECK(decode_utf8(buf, 0, cp) == 0);
}

TEST_CASE("fold: a bad sequence spans its lead byte and the continuation bytes that follow", "[fold]") {
  CHECK(bad_len("\xFF" "abc") == 1);
  CHECK(bad_len("\x80\x80\x80") == 1);
  CHECK(bad_len("\xC3") == 1);
  CHECK(bad_len("\xC3 x") == 1);
  CHECK(bad_len("\xE1\xBA x") == 2);
  CHECK(bad_len("\xE1\xBA") == 2);
  CHECK(bad_len("\xF0\x9F\x98") == 3);
  CHECK(bad_len("\xC0\x80" "abc") == 2);
  CHECK(bad_len("\xED\xA0\x80" "abc") == 3);
  CHECK(bad_len("\xF4\x90\x80\x80\x80") == 4);  // never more than the lead announces
  CHECK(bad_len("\xE1\xC3\xA9") == 1);          // a new lead byte starts a new sequence
}

TEST_CASE("fold: code point classes", "[fold]") {
  CHECK(properties(U'a').cls == cclass::letter);
  CHECK_FALSE(properties(U'a').upper);
  CHECK(properties(U'Q').cls == cclass::letter);
  CHECK(properties(U'Q').upper);
  CHECK(properties(0x110).cls == cclass::letter);  // Đ
  CHECK(properties(0x110).upper);
  CHECK(properties(0x1EA0).upper);                 // Ạ
  CHECK_FALSE(properties(0x1EA1).upper);           // ạ
  CHECK(properties(0x1780).cls == cclass::letter); // Khmer KA
  CHECK_FALSE(properties(0x1780).upper);
  CHECK(properties(0x4E2D).cls == cclass::letter); // CJK, beyond the table
  CHECK(properties(U'7').cls == cclass::digit);
  CHECK(properties(0x0663).cls == cclass::digit);  // Arabic-Indic three
  CHECK(properties(0x0301).cls == cclass::mark);
  CHECK(properties(0x0323).cls == cclass::mark);
  CHECK(properties(U' ').cls == cclass::space);
  CHECK(properties(U'\t').cls == cclass::space);
  CHECK(properties(U'\r').cls == cclass::space);
  CHECK(properties(0xA0).cls == cclass::space);    // no-break space
  CHECK(properties(0x3000).cls == cclass::space);  // ideographic space
  CHECK(properties(0).cls == cclass::space);       // NUL
  CHECK(properties(U'\n').cls == cclass::newline);
  CHECK(properties(0x2028).cls == cclass::newline);
  CHECK(properties(0x2029).cls == cclass::newline);
  CHECK(properties(0xAD).cls == cclass::ignorable);  // soft hyphen
  CHECK(properties(0x200D).cls == cclass::ignorable);
  CHECK(properties(0xFEFF).cls == cclass::ignorable);
  CHECK(properties(U'\'').cls == cclass::apostrophe);
  CHECK(properties(0x2019).cls == cclass::apostrophe);
  CHECK(properties(0x2018).cls == cclass::apostrophe);
  CHECK(properties(0x02BC).cls == cclass::apostrophe);
  CHECK(properties(U'.').cls == cclass::punct);
  CHECK(properties(U'-').cls == cclass::punct);
  CHECK(properties(0x2013).cls == cclass::punct);
  CHECK(properties(0x201C).cls == cclass::punct);
  CHECK(properties(0xA9).cls == cclass::punct);    // ©
  CHECK(properties(0x1F600).cls == cclass::punct); // emoji
}

TEST_CASE("fold: letters fold to lower case without diacritics", "[fold]") {
  CHECK(folded(U'A') == "a");
  CHECK(folded(U'z') == "z");
  CHECK(folded(U'5') == "5");
  CHECK(folded(0xC9) == "e");    // É
  CHECK(folded(0xE2) == "a");    // â
  CHECK(folded(0x1EA1) == "a");  // ạ
  CHECK(folded(0x1EB5) == "a");  // ẵ
  CHECK(folded(0x1EDD) == "o");  // ờ
  CHECK(folded(0x1B0) == "u");   // ư
  CHECK(folded(0x110) == "d");   // Đ
  CHECK(folded(0x111) == "d");   // đ
  CHECK(folded(0x141) == "l");   // Ł
  CHECK(folded(0xD8) == "o");    // Ø
  CHECK(folded(0xDF) == "ss");   // ß
  CHECK(folded(0xC6) == "ae");   // Æ
  CHECK(folded(0x131) == "i");   // dotless i
  CHECK(folded(0x130) == "i");   // İ
  CHECK(folded(0xFB01) == "fi"); // ligature, beyond the table
  CHECK(folded(0xFF21) == "a");  // fullwidth A, beyond the table
  CHECK(folded(0x0301).empty()); // combining acute
  CHECK(folded(0x0323).empty()); // combining dot below
  // Appends, never replaces.
  std::string out = "ph";
  append_folded(0x1EA0, out);
  CHECK(out == "pha");
}

TEST_CASE("fold: punctuation folding unifies dashes, quotes and the ellipsis", "[fold]") {
  for (char32_t dash : {char32_t{0x2010}, char32_t{0x2011}, char32_t{0x2012}, char32_t{0x2013}, char32_t{0x2014},
                        char32_t{0x2015}, char32_t{0x2212}, char32_t{0xFE58}, char32_t{0xFE63}, char32_t{0xFF0D}})
    CHECK(punct(dash) == "-");
  for (char32_t quote : {char32_t{0x201C}, char32_t{0x201D}, char32_t{0x201E}, char32_t{0x201F}, char32_t{0xAB},
                         char32_t{0xBB}, char32_t{0x2033}, char32_t{0xFF02}})
    CHECK(punct(quote) == "\"");
  CHECK(punct(0x2026) == "...");
  CHECK(punct(U'-') == "-");
  CHECK(punct(U'"') == "\"");
  CHECK(punct(U'(') == "(");
  CHECK(punct(0xA9) == "\xC2\xA9");  // others as themselves, in UTF-8
  CHECK(punct(0x1F600) == "\xF0\x9F\x98\x80");
}
