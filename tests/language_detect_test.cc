// Language detection from function words, and the language a document is
// extracted with (detected, asked for per document, or fixed by the options).
#include <catch2/catch.hpp>

#include "jumpa/jumpa.h"
#include "language_detect.h"
#include "support.h"

using jumpa::detail::language_detector;

TEST_CASE("language detection: the language with the most function words wins") {
  language_detector d;
  for (const char* w : {"the", "of", "and", "with"}) d.add(0, w);
  for (const char* w : {"yang", "dan", "dengan", "di"}) d.add(1, w);
  d.finish();
  CHECK(d.detect("The minister met the envoy of Laos and spoke with him.", 7) == 0);
  CHECK(d.detect("Menteri bertemu dengan duta besar yang baru di Jakarta dan Bogor.", 7) == 1);
  CHECK(d.detect("THE MINISTER AND THE ENVOY", 7) == 0);  // case does not matter
}

TEST_CASE("language detection: no function word gives the fallback; words inside others do not count") {
  language_detector d;
  d.add(0, "the");
  d.add(1, "di");
  d.add(1, "kerja sama");  // a phrase: not a function word for detection
  d.finish();
  CHECK(d.detect("", 5) == 5);
  CHECK(d.detect("Phnom Penh 2025", 5) == 5);
  CHECK(d.detect("theory dinner other", 5) == 5);
  CHECK(d.detect("kerja sama", 5) == 5);
  CHECK(d.detect("the\xC3\xA9 x", 5) == 5);  // a word running into a non-ASCII letter is not "the"
}

TEST_CASE("language detection: words at the very end, of every length up to the longest, and cut words") {
  language_detector d;
  const std::string longest(24, 'q');  // the longest function word kept
  d.add(0, "a");
  d.add(0, longest);
  d.add(0, std::string(25, 'z'));  // longer: ignored
  d.add(1, "dan");
  d.add(1, "sebagaimanamestinyalahnya");  // 25 letters: ignored
  d.finish();
  CHECK(d.detect("dan", 9) == 1);                 // the whole text, no byte after it
  CHECK(d.detect("x dan", 9) == 1);               // fewer than 24 bytes left after the word's start
  CHECK(d.detect("DaN!", 9) == 1);                // mixed case, punctuation after
  CHECK(d.detect("dan5 danÃ©", 9) == 9);    // a digit or a non-ASCII byte after: not counted
  CHECK(d.detect("5dan", 9) == 1);                // before the word, a digit does not matter
  CHECK(d.detect(longest, 9) == 0);
  CHECK(d.detect(std::string(24, 'Q') + " and more text after it", 9) == 0);
  CHECK(d.detect(std::string(25, 'z'), 9) == 9);
  CHECK(d.detect("sebagaimanamestinyalahnya sebagaimanamestinyalahnya a", 9) == 0);
  CHECK(d.detect("aa", 9) == 9);                  // "a" inside a longer word does not count
}

TEST_CASE("language detection: only the start of a long text is read") {
  language_detector d;
  d.add(0, "the");
  d.add(1, "dan");
  d.finish();
  std::string text = "dan dan ";
  text += std::string(language_detector::kSampleBytes, 'x');
  text += " the the the the";
  CHECK(d.detect(text, 9) == 1);
}

TEST_CASE("language: the builtin extractor detects English and Indonesian per document") {
  auto en = jumpa_test::run("Cambodian Prime Minister Hun Manet met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Monday.");
  auto id = jumpa_test::run("Perdana Menteri Kamboja Hun Manet bertemu dengan Perdana Menteri Vietnam Pham Minh Chinh di Hanoi.");
  CHECK(en.lang == "en");
  CHECK(id.lang == "id");
}

TEST_CASE("language: a document's language may be given; an unknown one is noted and detected") {
  const std::string text = "Perdana Menteri Kamboja Hun Manet bertemu dengan Perdana Menteri Vietnam Pham Minh Chinh di Hanoi.";
  jumpa::extract_options o;
  o.lang = "en";
  CHECK(jumpa_test::ex().extract(text, o).lang == "en");
  o.lang = "xx";
  auto d = jumpa_test::ex().extract(text, o);
  CHECK(d.lang == "id");
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].message().find("'xx'") != std::string::npos);
}

TEST_CASE("language: an extractor for one language uses it for every document") {
  jumpa::extractor_options xo;
  xo.lang = "id";
  auto ex = jumpa::extractor::create(jumpa::gazetteer::builtin(), xo);
  REQUIRE(ex);
  CHECK(ex->extract("The Prime Minister met the King of Cambodia in Phnom Penh.").lang == "id");
  xo.lang = "xx";
  auto bad = jumpa::extractor::create(jumpa::gazetteer::builtin(), xo);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message().find("'xx'") != std::string::npos);
}
