// Language detection from function words, and the language a document is
// extracted with (detected, asked for per document, or fixed by the options).
#include <catch2/catch.hpp>

#include "jumpa/jumpa.h"
#include "language_detect.h"
#include "matcher_access.h"
#include "support.h"

using jumpa::detail::language_detector;

namespace {

// A detector over the function words of two languages (0 and 1), with the
// vocabulary they are looked up in; detect() analyses a text first.
struct detector_fixture {
  std::vector<std::string> words[2];
  jumpa::matcher vocab;  // any matcher of the shared vocabulary gives the ids
  language_detector d;

  detector_fixture(std::vector<std::string> lang0, std::vector<std::string> lang1) {
    words[0] = std::move(lang0);
    words[1] = std::move(lang1);
    std::vector<std::vector<jumpa::matcher_form>> lists(2);
    for (int l = 0; l < 2; ++l)
      for (const auto& w : words[l]) lists[static_cast<std::size_t>(l)].push_back({w, 0, false});
    auto shared = jumpa::detail::matcher_access::compile_sharing(lists, {});
    REQUIRE(shared.ok());
    vocab = (*shared)[0];
    for (std::uint32_t l = 0; l < 2; ++l)
      for (const auto& w : words[l]) {
        auto toks = jumpa::fold_tokens(w);
        if (toks.size() == 1) d.add(l, jumpa::detail::matcher_access::token_id(vocab, toks[0]));
      }
  }
  std::uint32_t detect(const std::string& text, std::uint32_t fallback) const {
    jumpa::analyzed_text a = jumpa::text_analyzer().analyze(text);
    std::vector<std::uint32_t> ids;
    jumpa::detail::matcher_access::token_ids(vocab, a, ids);
    return d.detect(a, ids, fallback);
  }
};

}  // namespace

TEST_CASE("language detection: the language with the most function words wins") {
  detector_fixture f({"the", "of", "and", "with"}, {"yang", "dan", "dengan", "di"});
  CHECK(f.detect("The minister met the envoy of Laos and spoke with him.", 7) == 0);
  CHECK(f.detect("Menteri bertemu dengan duta besar yang baru di Jakarta dan Bogor.", 7) == 1);
  CHECK(f.detect("THE MINISTER AND THE ENVOY", 7) == 0);  // case does not matter
  CHECK(f.detect("th\xC3\xA9 envoy, d\xC3\xA1n d\xC3\xAD", 7) == 1);  // nor diacritics: tokens are folded
  CHECK(f.detect("the dan", 7) == 0);  // a tie: the lower language number
}

TEST_CASE("language detection: no function word gives the fallback; words inside others do not count") {
  detector_fixture f({"the"}, {"di"});
  CHECK(f.detect("", 5) == 5);
  CHECK(f.detect("Phnom Penh 2025", 5) == 5);
  CHECK(f.detect("theory dinner other", 5) == 5);
  CHECK(f.detect("the5 di2025", 5) == 5);  // a word with digits is another token
  CHECK(f.detect("5the", 5) == 5);
  CHECK(f.detect("the-di", 5) == 0);       // punctuation separates tokens
}

TEST_CASE("language detection: only tokens that start in the first sample bytes are read") {
  detector_fixture f({"the"}, {"dan"});
  std::string text = "dan dan ";
  text += std::string(language_detector::kSampleBytes, 'x');
  text += " the the the the";
  CHECK(f.detect(text, 9) == 1);
  // A function word that starts just inside the sample counts.
  std::string edge(language_detector::kSampleBytes - 4, 'x');
  edge += " the the";
  CHECK(f.detect(edge, 9) == 0);
}

TEST_CASE("language detection: a phrase among the stopwords does not count (one-token forms only)") {
  // The model adds only stopwords of one token; a phrase's tokens are not function words by themselves.
  auto g = jumpa::gazetteer::from_files({{"entities/countries.tsv", "id\ttype\tname\tcountry\talpha3\n"
                                                                     "country:kh\tcountry\tKamboja\tKH\tKHM\n"},
                                         {"id/stopwords.tsv", "form\nkerja sama\ndan\n"},
                                         {"en/stopwords.tsv", "form\nthe\n"}},
                                        "fixture");
  REQUIRE(g.ok());
  auto ex = jumpa::extractor::create(*g);
  REQUIRE(ex.ok());
  CHECK(ex->extract("kerja sama kerja sama the").lang == "en");
  CHECK(ex->extract("kerja sama dan the dan").lang == "id");
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
