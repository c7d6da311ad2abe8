// Tests for jumpa/matcher.h and lib/matcher.cc.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include <unistd.h>

#include "jumpa/matcher.h"
#include "jumpa/text.h"

using namespace jumpa;

namespace {

using strings = std::vector<std::string>;

// (first token, end token, payload) of each match.
using triple = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>;
std::vector<triple> triples(const std::vector<match>& ms) {
  std::vector<triple> out;
  for (const match& m : ms) out.emplace_back(m.first_token, m.end_token, m.payload);
  return out;
}

// The text each match covers, by byte span.
strings covered(const analyzed_text& a, const std::vector<match>& ms) {
  strings out;
  for (const match& m : ms) out.emplace_back(a.text.substr(m.begin, m.end - m.begin));
  return out;
}

matcher compile_or_fail(const std::vector<matcher_entry>& es, match_engine engine = match_engine::literal) {
  matcher_options o;
  o.engine = engine;
  auto r = matcher::compile(es, o);
  if (!r.ok()) FAIL(r.error().to_string());
  return *r;
}

// Runs each test body on both engines.
const match_engine kEngines[] = {match_engine::literal, match_engine::re2};
const char* name(match_engine e) { return e == match_engine::literal ? "literal" : "re2"; }

}  // namespace

TEST_CASE("matcher: multi-token forms are found with their byte spans", "[matcher]") {
  const std::vector<matcher_entry> es = {
      {"Partai Rakyat Kamboja", 1}, {"Kamboja", 2}, {"Hun Sen", 3}, {"Perdana Menteri", 4},
      {"Perdana Menteri Kamboja", 5}};
  const std::string s = "Perdana Menteri Kamboja Hun Sen bertemu Ketua Partai Rakyat Kamboja.";
  analyzed_text a = text_analyzer().analyze(s);
  for (match_engine e : kEngines) {
    INFO(name(e));
    matcher m = compile_or_fail(es, e);
    CHECK(m.size() == 5);
    CHECK(m.engine() == e);
    std::vector<match> ms = m.find_all(a);
    CHECK(triples(ms) == std::vector<triple>{{0, 3, 5}, {0, 2, 4}, {2, 3, 2}, {3, 5, 3}, {7, 10, 1}, {9, 10, 2}});
    CHECK(covered(a, ms) == strings{"Perdana Menteri Kamboja", "Perdana Menteri", "Kamboja", "Hun Sen",
                                    "Partai Rakyat Kamboja", "Kamboja"});
    REQUIRE(ms.size() == 6);
    CHECK(ms[3].begin == 24);
    CHECK(ms[3].end == 31);
    // find_all appends.
    std::vector<match> more = ms;
    m.find_all(a, more);
    CHECK(more.size() == 12);
  }
}

TEST_CASE("matcher: overlapping forms are all reported, by first token then longer first then payload", "[matcher]") {
  const std::vector<matcher_entry> es = {
      {"Singapura", 9},        {"Singapura", 4},   {"Menteri Luar Negeri", 7}, {"Menteri", 6},
      {"Luar Negeri", 8},      {"Menteri Luar Negeri Singapura", 3}, {"Negeri Singapura", 2}};
  analyzed_text a = text_analyzer().analyze("Menteri Luar Negeri Singapura tiba");
  for (match_engine e : kEngines) {
    INFO(name(e));
    CHECK(triples(compile_or_fail(es, e).find_all(a)) ==
          std::vector<triple>{{0, 4, 3}, {0, 3, 7}, {0, 1, 6}, {1, 3, 8}, {2, 4, 2}, {3, 4, 4}, {3, 4, 9}});
  }
}

TEST_CASE("matcher: matches start and end on word boundaries", "[matcher]") {
  const std::vector<matcher_entry> es = {{"Sen", 1}, {"Hun Sen", 2}, {"Kamboja", 3}, {"Lam", 4}};
  analyzed_text a = text_analyzer().analyze("Senat Kamboja, Hun Senat, Kambojanya, Lama, Selam, HunSen, dan Hun Sen.");
  for (match_engine e : kEngines) {
    INFO(name(e));
    std::vector<match> ms = compile_or_fail(es, e).find_all(a);
    CHECK(covered(a, ms) == strings{"Kamboja", "Hun Sen", "Sen"});
  }
}

TEST_CASE("matcher: punctuation is a token of its own", "[matcher]") {
  const std::vector<matcher_entry> es = {{"Timor-Leste", 1}, {"Bangsa-Bangsa", 2}};
  analyzed_text a = text_analyzer().analyze("Timor-Leste, Timor - Leste, Timor Leste, Timor\xE2\x80\x93Leste, Bangsa-Bangsa.");
  for (match_engine e : kEngines) {
    INFO(name(e));
    std::vector<match> ms = compile_or_fail(es, e).find_all(a);
    CHECK(covered(a, ms) == strings{"Timor-Leste", "Timor - Leste", "Timor\xE2\x80\x93Leste", "Bangsa-Bangsa"});
  }
}

TEST_CASE("matcher: case-sensitive entries match text written in capitals only", "[matcher]") {
  const std::vector<matcher_entry> es = {
      {"AS", 1, true}, {"PBB", 2, true}, {"Asean", 3, false}, {"Dewan Keamanan PBB", 4, true}};
  analyzed_text a = text_analyzer().analyze(
      "AS dan as, As, PBB atau pbb, ASEAN dan Asean serta asean, DEWAN KEAMANAN PBB, Dewan Keamanan PBB.");
  for (match_engine e : kEngines) {
    INFO(name(e));
    std::vector<match> ms = compile_or_fail(es, e).find_all(a);
    CHECK(covered(a, ms) == strings{"AS", "PBB", "ASEAN", "Asean", "asean", "DEWAN KEAMANAN PBB", "PBB", "PBB"});
  }
}

TEST_CASE("matcher: one payload is reported once per span even when entered twice", "[matcher]") {
  const std::vector<matcher_entry> es = {{"AS", 1, true}, {"as", 1, false}, {"Kamboja", 2}, {"KAMBOJA", 2}};
  analyzed_text a = text_analyzer().analyze("AS as Kamboja");
  for (match_engine e : kEngines) {
    INFO(name(e));
    matcher m = compile_or_fail(es, e);
    CHECK(m.size() == 4);
    CHECK(triples(m.find_all(a)) == std::vector<triple>{{0, 1, 1}, {1, 2, 1}, {2, 3, 2}});
  }
}

TEST_CASE("matcher: matching ignores diacritics, case and apostrophes", "[matcher]") {
  const std::vector<matcher_entry> es = {{"Pham Minh Chinh", 1}, {"Tô Lâm", 2}, {"Đà Nẵng", 3}, {"Jumat", 4}};
  const std::string s =
      "PHẠM MINH CHÍNH, Phạm Minh Chính, Pha\xCC\xA3m Minh Chi\xCC\x81nh, To Lam, Da Nang, Jum'at, Jum\xE2\x80\x99" "at.";
  analyzed_text a = text_analyzer().analyze(s);
  for (match_engine e : kEngines) {
    INFO(name(e));
    std::vector<match> ms = compile_or_fail(es, e).find_all(a);
    CHECK(covered(a, ms) == strings{"PHẠM MINH CHÍNH", "Phạm Minh Chính", "Pha\xCC\xA3m Minh Chi\xCC\x81nh", "To Lam",
                                    "Da Nang", "Jum'at", "Jum\xE2\x80\x99" "at"});
    CHECK(triples(ms)[3] == triple{12, 14, 2});
  }
}

TEST_CASE("matcher: select_longest keeps leftmost-longest and breaks ties by rank", "[matcher]") {
  // payload → kind: 0 country, 1 person, 2 party, 3 location
  const std::vector<matcher_entry> es = {
      {"Singapura", 0}, {"Singapura", 3}, {"Partai Rakyat Kamboja", 2}, {"Kamboja", 0},
      {"Lawrence Wong", 1}, {"Wong", 3}, {"Rakyat Kamboja Baru", 2}};
  const int priority[] = {3, 0, 1, 4};  // person > party > country > location
  auto rank = [&](std::uint32_t p) { return priority[p]; };
  analyzed_text a = text_analyzer().analyze("Lawrence Wong dari Singapura menemui Partai Rakyat Kamboja Baru");
  for (match_engine e : kEngines) {
    INFO(name(e));
    std::vector<match> all = compile_or_fail(es, e).find_all(a);
    std::vector<match> best = select_longest(all, rank);
    CHECK(triples(best) == std::vector<triple>{{0, 2, 1}, {3, 4, 0}, {5, 8, 2}});
    // A rank that prefers locations flips the tie on "Singapura" only.
    std::vector<match> loc = select_longest(all, [](std::uint32_t p) { return p == 3 ? 0 : 1; });
    CHECK(triples(loc) == std::vector<triple>{{0, 2, 1}, {3, 4, 3}, {5, 8, 2}});
  }
  CHECK(select_longest(std::vector<match>{}, rank).empty());
}

TEST_CASE("matcher: a default matcher matches nothing", "[matcher]") {
  matcher m;
  CHECK(m.size() == 0);
  CHECK(m.engine() == match_engine::literal);
  CHECK(m.find_all(text_analyzer().analyze("Hun Sen bertemu Hun Manet")).empty());
  auto empty = matcher::compile({});
  REQUIRE(empty.ok());
  CHECK(empty->find_all(text_analyzer().analyze("apa saja")).empty());
  matcher_options o;
  o.engine = match_engine::re2;
  auto empty_re2 = matcher::compile({}, o);
  REQUIRE(empty_re2.ok());
  CHECK(empty_re2->find_all(text_analyzer().analyze("apa saja")).empty());
  // And empty text matches nothing.
  CHECK(compile_or_fail({{"Hun Sen", 1}}).find_all(text_analyzer().analyze("")).empty());
}

TEST_CASE("matcher: compile errors name the form", "[matcher]") {
  for (match_engine e : kEngines) {
    INFO(name(e));
    matcher_options o;
    o.engine = e;
    auto empty = matcher::compile({{"Hun Sen", 1}, {"", 2}}, o);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code() == errc::pattern_error);
    CHECK(empty.error().message().find("''") != std::string::npos);

    auto blank = matcher::compile({{" \t ", 2}}, o);
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().code() == errc::pattern_error);
    CHECK(blank.error().message().find("' \t '") != std::string::npos);

    auto mark = matcher::compile({{"\xCC\x81", 3}}, o);  // a lone combining acute folds to nothing
    REQUIRE_FALSE(mark.ok());
    CHECK(mark.error().code() == errc::pattern_error);
    CHECK(mark.error().message().find("'\xCC\x81'") != std::string::npos);

    std::string long_form;
    for (int i = 0; i < 65; ++i) long_form += "kata" + std::to_string(i) + " ";
    auto too_long = matcher::compile({{long_form, 4}}, o);
    REQUIRE_FALSE(too_long.ok());
    CHECK(too_long.error().code() == errc::pattern_error);
    CHECK(too_long.error().message().find("kata0 kata1 kata2") != std::string::npos);

    std::string ok_form;
    for (int i = 0; i < 64; ++i) ok_form += "kata" + std::to_string(i) + " ";
    auto ok = matcher::compile({{ok_form, 5}}, o);
    REQUIRE(ok.ok());
    analyzed_text a = text_analyzer().analyze("awal " + ok_form + "akhir");
    CHECK(triples(ok->find_all(a)) == std::vector<triple>{{1, 65, 5}});
  }
  matcher_options bad;
  bad.engine = match_engine::re2;
  bad.re2_shard_size = 0;
  auto r = matcher::compile({{"Hun Sen", 1}}, bad);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code() == errc::invalid_argument);
}

TEST_CASE("matcher: forms with regex metacharacters are literal in both engines", "[matcher]") {
  const std::vector<matcher_entry> es = {{"U.S.", 1}, {"C++ (Plus)", 2}, {"a*b", 3}, {"$100", 4}, {"[x]", 5}};
  analyzed_text a = text_analyzer().analyze("U.S. dan USA, C++ (Plus), aab, a*b, $100, [x] x");
  for (match_engine e : kEngines) {
    INFO(name(e));
    CHECK(covered(a, compile_or_fail(es, e).find_all(a)) == strings{"U.S.", "C++ (Plus)", "a*b", "$100", "[x]"});
  }
}

namespace {

// 10,000 synthetic aliases "Nama{i} Marga{j}" plus single-token and
// three-token forms that overlap them, and a few case-sensitive acronyms.
std::vector<matcher_entry> synthetic_gazetteer() {
  std::vector<matcher_entry> es;
  std::uint32_t p = 0;
  for (int i = 0; i < 100; ++i)
    for (int j = 0; j < 100; ++j) es.push_back({"Nama" + std::to_string(i) + " Marga" + std::to_string(j), p++});
  for (int j = 0; j < 100; ++j) es.push_back({"Marga" + std::to_string(j), p++});
  for (int i = 0; i < 50; ++i) es.push_back({"Nama" + std::to_string(i) + " Marga" + std::to_string(i) + " Muda", p++});
  for (int i = 0; i < 20; ++i) es.push_back({"NM" + std::to_string(i), p++, true});
  es.push_back({"Nama7 Marga7", 7 * 100 + 7});  // the same form twice with the same payload
  es.push_back({"Nama7 Marga7", p++});           // and with another payload
  return es;
}

std::string random_corpus(unsigned seed, int sentences) {
  std::mt19937 rng(seed);
  const char* fillers[] = {"bertemu", "dan", "dengan", "di", "Jakarta", "kemarin", "Menlu", "muda", "Muda"};
  std::string doc;
  for (int s = 0; s < sentences; ++s) {
    int n = 4 + static_cast<int>(rng() % 25);
    for (int t = 0; t < n; ++t) {
      unsigned r = rng() % 20;
      if (r < 7) doc += "Nama" + std::to_string(rng() % 110);
      else if (r < 13) doc += "Marga" + std::to_string(rng() % 110);
      else if (r < 14) doc += (rng() % 2 ? "NM" : "nm") + std::to_string(rng() % 25);
      else if (r < 18) doc += fillers[rng() % 9];
      else if (r < 19) doc += ",";
      else doc += "Nama" + std::to_string(rng() % 110) + "-Marga" + std::to_string(rng() % 110);
      doc += rng() % 15 == 0 ? "\n" : " ";
    }
    doc += rng() % 5 == 0 ? ".\n\n" : ". ";
  }
  return doc;
}

// Captures what is written to file descriptor 2 while `fn` runs.
template <class Fn>
std::string capture_stderr(Fn fn) {
  std::fflush(stderr);
  std::FILE* tmp = std::tmpfile();
  REQUIRE(tmp != nullptr);
  int saved = dup(2);
  REQUIRE(saved >= 0);
  REQUIRE(dup2(fileno(tmp), 2) >= 0);
  fn();
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::string out;
  std::rewind(tmp);
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, tmp)) > 0;) out.append(buf, n);
  std::fclose(tmp);
  return out;
}

}  // namespace

TEST_CASE("matcher: stderr capture sees what is written to fd 2", "[matcher]") {
  std::string got = capture_stderr([] {
    std::fputs("penanda-uji\n", stderr);
    (void)!write(2, "tulis-langsung\n", 15);
  });
  CHECK(got == "penanda-uji\ntulis-langsung\n");
}

TEST_CASE("matcher: literal and re2 engines agree on a 10,000-alias gazetteer", "[matcher][re2]") {
  const std::vector<matcher_entry> es = synthetic_gazetteer();
  REQUIRE(es.size() >= 10000);
  matcher lit = compile_or_fail(es, match_engine::literal);
  matcher_options o;
  o.engine = match_engine::re2;
  auto re2 = matcher::compile(es, o);
  REQUIRE(re2.ok());
  CHECK(re2->size() == es.size());

  text_analyzer an;
  std::size_t total = 0, multi = 0, documents = 0;
  std::vector<std::string> docs;
  for (unsigned seed = 1; seed <= 12; ++seed) docs.push_back(random_corpus(seed, 40));
  std::string log = capture_stderr([&] {
    for (const std::string& doc : docs) {
      analyzed_text a = an.analyze(doc);
      std::vector<match> l = lit.find_all(a);
      std::vector<match> r = re2->find_all(a);
      ++documents;
      total += l.size();
      for (const match& m : l) multi += m.end_token - m.first_token > 1;
      bool same = triples(l) == triples(r);
      bool same_bytes = covered(a, l) == covered(a, r);
      if (!same || !same_bytes) {
        FAIL_CHECK("engines differ on document " << documents);
        break;
      }
    }
  });
  CHECK(log.find("DFA out of memory") == std::string::npos);
  CHECK(log.empty());
  CHECK(documents == docs.size());
  // The corpus exercises the interesting cases.
  CHECK(total > 1000);
  CHECK(multi > 300);
}

TEST_CASE("matcher: small RE2 shards give the same results", "[matcher][re2]") {
  const std::vector<matcher_entry> es = synthetic_gazetteer();
  matcher lit = compile_or_fail(es, match_engine::literal);
  matcher_options o;
  o.engine = match_engine::re2;
  o.re2_shard_size = 333;
  o.re2_max_mem = 8ll << 20;
  auto re2 = matcher::compile(es, o);
  REQUIRE(re2.ok());
  analyzed_text a = text_analyzer().analyze(random_corpus(99, 60));
  std::string log;
  std::vector<match> r;
  log = capture_stderr([&] { r = re2->find_all(a); });
  CHECK(log.find("DFA out of memory") == std::string::npos);
  CHECK(triples(lit.find_all(a)) == triples(r));
}

TEST_CASE("matcher: a matcher can be shared between threads", "[matcher]") {
  const std::vector<matcher_entry> es = synthetic_gazetteer();
  for (match_engine e : kEngines) {
    INFO(name(e));
    const matcher m = compile_or_fail(es, e);
    const std::string doc = random_corpus(7, 30);
    const analyzed_text a = text_analyzer().analyze(doc);
    const std::vector<triple> want = triples(m.find_all(a));
    REQUIRE_FALSE(want.empty());
    std::vector<int> ok(4, 0);
    std::vector<std::thread> ts;
    for (int k = 0; k < 4; ++k)
      ts.emplace_back([&, k] {
        int good = 1;
        // Different documents interleaved with the shared one exercise the per-thread buffers.
        const analyzed_text other = text_analyzer().analyze(random_corpus(100 + static_cast<unsigned>(k), 5));
        for (int r = 0; r < 20; ++r) {
          (void)m.find_all(other);
          if (triples(m.find_all(a)) != want) good = 0;
        }
        ok[static_cast<std::size_t>(k)] = good;
      });
    for (auto& t : ts) t.join();
    CHECK(ok == std::vector<int>{1, 1, 1, 1});
    // A copy shares the compiled state and matches the same.
    matcher copy = m;
    CHECK(triples(copy.find_all(a)) == want);
  }
}

TEST_CASE("matcher: compile_forms from borrowed forms matches as compile does", "[matcher]") {
  // Shared prefixes, a repeated form with one payload (case-insensitive
  // wins), a case-sensitive acronym and one form with two payloads.
  const std::vector<matcher_entry> es = {{"Hun Sen", 1},        {"Hun Manet", 2}, {"Hun", 3},     {"RI", 4, true},
                                         {"ri", 4},             {"AS", 5, true},  {"Hun Sen", 6}, {"Phnom Penh", 7},
                                         {"Hun Sen", 1, true}};
  std::vector<std::string> owned;  // the texts the views borrow
  for (const auto& e : es) owned.push_back(e.form);
  std::vector<matcher_form> forms;
  for (std::size_t i = 0; i < es.size(); ++i) forms.push_back({owned[i], es[i].payload, es[i].case_sensitive});
  analyzed_text a = text_analyzer().analyze("Hun Sen bertemu Hun Manet di Phnom Penh; RI dan ri, AS dan as. Hun.");
  for (match_engine e : kEngines) {
    INFO(name(e));
    matcher_options o;
    o.engine = e;
    auto from_forms = matcher::compile_forms(forms, o);
    REQUIRE(from_forms.ok());
    CHECK(from_forms->size() == es.size());
    const auto got = triples(from_forms->find_all(a));
    CHECK(got == triples(compile_or_fail(es, e).find_all(a)));
    // "RI" (payload 4) matches in any case, "AS" (5) only in capitals.
    CHECK(std::count_if(got.begin(), got.end(), [](const triple& t) { return std::get<2>(t) == 4; }) == 2);
    CHECK(std::count_if(got.begin(), got.end(), [](const triple& t) { return std::get<2>(t) == 5; }) == 1);
    // "Hun Sen" reports payloads 1 and 6 once each.
    CHECK(std::count_if(got.begin(), got.end(), [](const triple& t) { return std::get<2>(t) == 1; }) == 1);
    CHECK(std::count_if(got.begin(), got.end(), [](const triple& t) { return std::get<2>(t) == 6; }) == 1);
    auto bad = matcher::compile_forms({{"Hun Sen", 1}, {"", 2}}, o);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code() == errc::pattern_error);
  }
}
