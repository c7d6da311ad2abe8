// Tests for lib/matcher_access.h: matchers compiled over one shared vocabulary.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "jumpa/matcher.h"
#include "jumpa/text.h"
#include "matcher_access.h"

using namespace jumpa;
using detail::matcher_access;

namespace {

using triple = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>;
std::vector<triple> triples(const std::vector<match>& ms) {
  std::vector<triple> out;
  for (const match& m : ms) out.emplace_back(m.first_token, m.end_token, m.payload);
  return out;
}

// Views into `texts` (which must outlive them).
std::vector<matcher_form> forms(const std::vector<std::string>& texts, std::uint32_t first_payload) {
  std::vector<matcher_form> out;
  for (const auto& t : texts) out.push_back({t, first_payload++, false});
  return out;
}

}  // namespace

TEST_CASE("matcher_access: matchers over one vocabulary match as if compiled alone", "[matcher]") {
  // Overlapping token sets: "menteri" is in both lists, "luar"/"negeri" only in
  // the second, "retno" only in the first.
  const std::vector<std::string> a = {"Retno Marsudi", "Menteri", "Hun Manet", "Phnom Penh"};
  const std::vector<std::string> b = {"Menteri Luar Negeri", "menteri", "di", "Phnom", "bertemu", "RI"};
  std::vector<std::vector<matcher_form>> lists = {forms(a, 0), forms(b, 100)};
  lists[1].back().case_sensitive = true;
  for (auto engine : {match_engine::literal, match_engine::re2}) {
    matcher_options o;
    o.engine = engine;
    auto shared = matcher_access::compile_sharing(lists, o);
    REQUIRE(shared.ok());
    REQUIRE(shared->size() == 2);
    auto alone_a = matcher::compile_forms(lists[0], o);
    auto alone_b = matcher::compile_forms(lists[1], o);
    REQUIRE(alone_a.ok());
    REQUIRE(alone_b.ok());
    text_analyzer an;
    for (const char* s : {"Menteri Luar Negeri Retno Marsudi bertemu Hun Manet di Phnom Penh.",
                          "menteri RI dan Ri bertemu di phnom penh", "", "Tidak ada yang cocok di sini"}) {
      analyzed_text t = an.analyze(s);
      std::vector<std::uint32_t> ids;
      matcher_access::token_ids((*shared)[1], t, ids);
      REQUIRE(ids.size() == t.tokens.size());
      std::vector<match> got_a, got_b;
      matcher_access::find_all((*shared)[0], (*shared)[1], t, ids, got_a);
      matcher_access::find_all((*shared)[1], (*shared)[0], t, ids, got_b);
      CHECK(triples(got_a) == triples(alone_a->find_all(t)));
      CHECK(triples(got_b) == triples(alone_b->find_all(t)));
      // The ordinary entry point of a shared matcher gives the same.
      CHECK(triples((*shared)[0].find_all(t)) == triples(got_a));
    }
  }
}

TEST_CASE("matcher_access: ids of a matcher with another vocabulary are refused", "[matcher]") {
  const std::vector<std::string> names = {"Hun Manet"};  // the forms borrow these
  std::vector<std::vector<matcher_form>> lists = {forms(names, 0)};
  auto shared = matcher_access::compile_sharing(lists, {});
  auto other = matcher::compile_forms(forms(names, 0));
  REQUIRE(shared.ok());
  REQUIRE(other.ok());
  analyzed_text t = text_analyzer().analyze("Hun Manet");
  std::vector<std::uint32_t> ids;
  matcher_access::token_ids(*other, t, ids);
  std::vector<match> out;
  CHECK_THROWS_AS(matcher_access::find_all((*shared)[0], *other, t, ids, out), std::logic_error);
  ids.pop_back();  // ids of another text
  CHECK_THROWS_AS(matcher_access::find_all(*other, *other, t, ids, out), std::logic_error);
}

TEST_CASE("matcher_access: a refused form names its list", "[matcher]") {
  const std::vector<std::string> names = {"Hun Manet"}, words = {"baik", "\xCC\x81"};  // a lone combining mark
  std::vector<std::vector<matcher_form>> lists = {forms(names, 0), forms(words, 0)};
  std::size_t failed = 99;
  auto shared = matcher_access::compile_sharing(lists, {}, &failed);
  REQUIRE_FALSE(shared.ok());
  CHECK(shared.error().code() == errc::pattern_error);
  CHECK(failed == 1);
}
