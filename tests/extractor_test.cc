// Behaviour tests for the whole pipeline and its JSON Lines contract:
// publication dates, evidence, byte offsets, bad input. Every text here is
// invented.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "jumpa/jumpa.h"
#include "support.h"

namespace {

using jumpa_test::ex;
using jumpa_test::fixture;



jumpa::document run(const std::string& text, bool explain = false, const std::string& id = "test") {
  jumpa::extract_options o;
  o.id = id;
  o.explain = explain;
  return ex().extract(text, o);
}

nlohmann::json jsonl(const jumpa::document& d, bool explain = false) {
  jumpa::jsonl_options o;
  o.explain = explain;
  std::string line = jumpa::to_jsonl(d, o);
  REQUIRE(!line.empty());
  CHECK(line.back() == '\n');
  CHECK(line.find('\n') == line.size() - 1);  // exactly one line
  return nlohmann::json::parse(line);
}

const nlohmann::json* entity_named(const nlohmann::json& j, const std::string& name) {
  for (const auto& e : j.at("entities"))
    if (e.at("name") == name) return &e;
  return nullptr;
}

std::string id_of(const nlohmann::json& j, const std::string& name) {
  const auto* e = entity_named(j, name);
  return e ? e->at("id").get<std::string>() : std::string();
}

const jumpa::entity* by_ref(const jumpa::document& d, std::string_view ref) {
  for (const auto& e : d.entities)
    if (e.ref == ref) return &e;
  return nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------
// The JSON Lines contract

TEST_CASE("extractor: JSONL line parses and has doc published entities and relations") {
  auto d = run(fixture("pm_visit_jsonl_2025.txt"), false, "berita/pm_visit.txt");
  auto j = jsonl(d);
  INFO(j.dump(2));
  REQUIRE(j.is_object());
  CHECK(j.at("doc") == "berita/pm_visit.txt");
  CHECK(j.at("lang") == "id");
  CHECK(j.at("published") == "2025-02-11");
  REQUIRE(j.at("entities").is_array());
  REQUIRE(j.at("relations").is_array());
  CHECK_FALSE(j.at("entities").empty());
  CHECK_FALSE(j.at("relations").empty());
  CHECK(j.find("problems") == j.end());  // clean input: no problems key
  // entity ids are e1, e2... in order and unique; relation args point at them
  std::set<std::string> ids;
  std::size_t k = 0;
  for (const auto& e : j.at("entities")) {
    CHECK(e.at("id") == "e" + std::to_string(++k));
    ids.insert(e.at("id").get<std::string>());
    CHECK(e.contains("type"));
    CHECK(e.contains("name"));
    CHECK(e.contains("source"));
    CHECK(e.at("mentions").is_array());
  }
  for (const auto& r : j.at("relations")) {
    CHECK(r.contains("type"));
    for (const auto& a : r.at("args")) CHECK(ids.count(a.get<std::string>()) == 1);
    REQUIRE(r.contains("evidence"));
    CHECK(r.at("evidence").contains("start"));
    CHECK(r.at("evidence").contains("end"));
  }
}

TEST_CASE("extractor: JSONL country entities carry their code") {
  auto j = jsonl(run(fixture("pm_visit_jsonl_2025.txt")));
  INFO(j.dump(2));
  std::set<std::string> codes;
  for (const auto& e : j.at("entities")) {
    if (e.at("type") != "country") continue;
    REQUIRE(e.contains("code"));
    CHECK(e.at("code").get<std::string>().size() == 2);
    CHECK(e.at("code") == e.at("country"));
    codes.insert(e.at("code").get<std::string>());
  }
  CHECK(codes == std::set<std::string>{"KH", "VN"});
  // persons carry roles as labels and role ids
  const auto* manet = entity_named(j, "Hun Manet");
  REQUIRE(manet != nullptr);
  CHECK(manet->at("type") == "person");
  CHECK(manet->at("ref") == "person:hun-manet");
  CHECK(manet->at("country") == "KH");
  CHECK(manet->at("roles").is_array());
  bool pm = false;
  for (const auto& r : manet->at("role_details")) pm = pm || r.at("role") == "prime_minister";
  CHECK(pm);
}

TEST_CASE("extractor: JSONL met relations carry kind status date and place") {
  auto j = jsonl(run(fixture("pm_visit_jsonl_2025.txt")));
  INFO(j.dump(2));
  const std::string manet = id_of(j, "Hun Manet"), chinh = id_of(j, "Pham Minh Chinh"), pp = id_of(j, "Phnom Penh");
  REQUIRE(!manet.empty());
  REQUIRE(!chinh.empty());
  REQUIRE(!pp.empty());
  int met = 0;
  for (const auto& r : j.at("relations")) {
    if (r.at("type") != "met") continue;
    ++met;
    REQUIRE(r.contains("kind"));
    REQUIRE(r.contains("status"));
    REQUIRE(r.contains("date"));
    REQUIRE(r.contains("place"));
    REQUIRE(r.contains("trigger"));
    std::set<std::string> args;
    for (const auto& a : r.at("args")) args.insert(a.get<std::string>());
    CHECK(args == std::set<std::string>{manet, chinh});
    CHECK(r.at("kind") == "reception");
    CHECK(r.at("status") == "happened");
    CHECK(r.at("date") == "2025-02-10");
    CHECK(r.at("place") == pp);
    CHECK(r.at("trigger") == "menerima");
  }
  CHECK(met == 1);
}

TEST_CASE("extractor: JSONL country relations carry kind and no meeting fields") {
  auto j = jsonl(run(fixture("pm_visit_jsonl_2025.txt")));
  INFO(j.dump(2));
  int n = 0;
  for (const auto& r : j.at("relations")) {
    if (r.at("type") != "country_relation") continue;
    ++n;
    CHECK(r.contains("kind"));
    CHECK_FALSE(r.contains("status"));
    CHECK_FALSE(r.contains("place"));
    CHECK(r.at("args").size() >= 2);
  }
  CHECK(n >= 1);
}

TEST_CASE("extractor: JSONL offsets are byte offsets with exclusive end") {
  const std::string text = fixture("pm_visit_jsonl_2025.txt");
  auto j = jsonl(run(text));
  INFO(j.dump(2));
  std::size_t checked = 0;
  for (const auto& e : j.at("entities"))
    for (const auto& m : e.at("mentions")) {
      auto s = m.at("start").get<std::size_t>(), en = m.at("end").get<std::size_t>();
      REQUIRE(s < en);
      REQUIRE(en <= text.size());
      CHECK(text.substr(s, en - s) == m.at("text").get<std::string>());
      ++checked;
    }
  CHECK(checked >= 4);
  // the name after the multi-byte dash and diacritics is at its byte position
  const auto* chinh = entity_named(j, "Pham Minh Chinh");
  REQUIRE(chinh != nullptr);
  const auto& m = chinh->at("mentions").at(0);
  CHECK(m.at("start") == text.find("Phạm Minh Chính"));
  CHECK(m.at("end") == text.find("Phạm Minh Chính") + std::string("Phạm Minh Chính").size());
  CHECK(m.at("text") == "Phạm Minh Chính");
  // evidence spans: the sentence contains the trigger and the trigger is the trigger text
  for (const auto& r : j.at("relations")) {
    const auto& ev = r.at("evidence");
    auto s = ev.at("start").get<std::size_t>(), en = ev.at("end").get<std::size_t>();
    REQUIRE(s < en);
    REQUIRE(en <= text.size());
    if (r.at("type") == "met") {
      auto ts = ev.at("trigger").at("start").get<std::size_t>(), te = ev.at("trigger").at("end").get<std::size_t>();
      CHECK(s <= ts);
      CHECK(te <= en);
      CHECK(text.substr(ts, te - ts) == r.at("trigger").get<std::string>());
    }
  }
}

TEST_CASE("extractor: mention spans in the document match the text") {
  const std::string text = fixture("wang_yi_visit_2025.txt");
  auto d = run(text);
  for (const auto& e : d.entities)
    for (const auto& m : e.mentions) {
      INFO(e.name << " '" << m.text << "' " << m.begin << "-" << m.end);
      REQUIRE(m.begin < m.end);
      REQUIRE(m.end <= text.size());
      CHECK(text.substr(m.begin, m.end - m.begin) == m.text);
    }
  const auto* cn = [&]() -> const jumpa::entity* {
    for (const auto& e : d.entities)
      if (e.type == jumpa::entity_type::country && e.country == "CN") return &e;
    return nullptr;
  }();
  REQUIRE(cn != nullptr);
  const auto first = text.find("China");
  REQUIRE(!cn->mentions.empty());
  CHECK(cn->mentions.front().begin == first);
  CHECK(cn->mentions.front().end == first + 5);
}

TEST_CASE("extractor: a mention carries the index of its sentence") {
  // The same text the analyzer segments: every mention's sentence is the one its span lies in.
  const std::string text = fixture("wang_yi_visit_2025.txt");
  const jumpa::document d = run(text);
  const jumpa::analyzed_text a = jumpa::text_analyzer().analyze(text);
  REQUIRE(a.sentences.size() >= 3);
  std::set<std::uint32_t> seen;
  for (const auto& e : d.entities)
    for (const auto& m : e.mentions) {
      INFO(e.name << " '" << m.text << "' at " << m.begin << ", sentence " << m.sentence);
      REQUIRE(m.sentence < a.sentences.size());
      CHECK(a.sentences[m.sentence].begin <= m.begin);
      CHECK(m.end <= a.sentences[m.sentence].end);
      seen.insert(m.sentence);
    }
  CHECK(seen.size() >= 3);  // mentions in several sentences, not all in the first
}

TEST_CASE("extractor: explain adds evidence rule and cues") {
  auto d = run(fixture("pm_visit_jsonl_2025.txt"), true);
  auto j = jsonl(d, true);
  INFO(j.dump(2));
  REQUIRE_FALSE(j.at("relations").empty());
  for (const auto& r : j.at("relations")) {
    REQUIRE(r.at("evidence").contains("rule"));
    CHECK_FALSE(r.at("evidence").at("rule").get<std::string>().empty());
  }
  bool with_cue = false;
  for (const auto& r : j.at("relations"))
    if (r.at("evidence").contains("cues") && !r.at("evidence").at("cues").empty()) with_cue = true;
  CHECK(with_cue);
  for (const auto& r : d.relations) CHECK_FALSE(r.ev.rule.empty());
}

TEST_CASE("extractor: without explain evidence has no rule and no cues") {
  auto d = run(fixture("pm_visit_jsonl_2025.txt"), false);
  auto j = jsonl(d, false);
  INFO(j.dump(2));
  for (const auto& r : j.at("relations")) {
    CHECK_FALSE(r.at("evidence").contains("rule"));
    CHECK_FALSE(r.at("evidence").contains("cues"));
  }
  for (const auto& r : d.relations) {
    CHECK(r.ev.rule.empty());
    CHECK(r.ev.cues.empty());
  }
}

TEST_CASE("extractor: explain names the modality cue of a planned meeting") {
  auto d = run("Perdana Menteri Hun Manet akan bertemu dengan Presiden China Xi Jinping di Beijing.", true);
  auto j = jsonl(d, true);
  INFO(j.dump(2));
  bool found = false;
  for (const auto& r : j.at("relations")) {
    if (r.at("type") != "met") continue;
    CHECK(r.at("status") == "planned");
    REQUIRE(r.at("evidence").contains("cues"));
    for (const auto& c : r.at("evidence").at("cues"))
      if (c.get<std::string>().find("akan") != std::string::npos) found = true;
  }
  CHECK(found);
}

TEST_CASE("extractor: JSONL line reads back with read_jsonl_document") {
  auto d = run(fixture("pm_visit_jsonl_2025.txt"), false, "a/b.txt");
  std::string line = jumpa::to_jsonl(d);
  auto back = jumpa::read_jsonl_document(line, 1);
  REQUIRE(back.ok());
  CHECK(back->id == "a/b.txt");
  CHECK(back->published == d.published);
  CHECK(back->entities.size() == d.entities.size());
  CHECK(back->relations.size() == d.relations.size());
  CHECK(jumpa::to_jsonl(*back) == line);
}

TEST_CASE("extractor: read_jsonl_document reports a broken line") {
  auto r = jumpa::read_jsonl_document("{\"doc\": \"x\", \"entities\": [", 7);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code() == jumpa::errc::parse_error);
  CHECK(r.error().where().line == 7);
}

// ---------------------------------------------------------------------------
// Publication dates

TEST_CASE("extractor: published date from a dateline") {
  auto d = run(
      "PHNOM PENH, 11 Februari 2025 – Perdana Menteri Hun Manet meresmikan jembatan baru di Provinsi Kandal.");
  CHECK(d.published.to_string() == "2025-02-11");
}

TEST_CASE("extractor: published date from a date line") {
  auto d = run(fixture("hun_sen_2022.txt"));
  CHECK(d.published.to_string() == "2022-04-22");
}

TEST_CASE("extractor: the caller's published date wins over the dateline") {
  jumpa::extract_options o;
  o.published = jumpa::date{2025, 2, 12};
  auto d = ex().extract("PHNOM PENH, 11 Februari 2025 – Perdana Menteri Hun Manet tiba di Siem Reap.", o);
  CHECK(d.published.to_string() == "2025-02-12");
}

TEST_CASE("extractor: a date inside the body is not the published date") {
  auto d = run(
      "Perdana Menteri Hun Manet bertemu dengan Presiden Prabowo Subianto di Jakarta pada Rabu, 5 Februari "
      "2025, untuk membahas kerja sama perdagangan dan pertahanan kedua negara.");
  CHECK(d.published.empty());
}

TEST_CASE("extractor: published year from a copyright footer") {
  auto d = run(fixture("byline_boilerplate.txt"));
  CHECK(d.published.to_string() == "2025-06-13");  // the dateline, which is more precise, wins
  auto y = run("Kamboja dan Laos memperkuat kerja sama energi.\n\nCopyright © ANTARA 2024\n");
  CHECK(y.published.to_string() == "2024");
}

// ---------------------------------------------------------------------------
// Bad input and options

TEST_CASE("extractor: invalid UTF-8 in the middle still yields the entities after it") {
  std::string text =
      "PHNOM PENH, 11 Februari 2025 – Perdana Menteri Hun Manet meresmikan pelabuhan baru. Data \xC3\x28 rusak ";
  const std::size_t bad = text.find('\xC3');
  text += "terselip di sini. Menteri Luar Negeri China Wang Yi menerima Menteri Luar Negeri Kamboja Prak Sokhonn "
          "di Beijing pada Senin (10/2).";
  auto d = run(text);
  REQUIRE_FALSE(d.problems.empty());
  bool located = false;
  for (const auto& p : d.problems) {
    INFO(p.to_string());
    if (p.code() == jumpa::errc::invalid_utf8) {
      CHECK(p.where().byte == bad);
      located = true;
    }
  }
  CHECK(located);
  REQUIRE(by_ref(d, "person:hun-manet") != nullptr);
  const auto* wang = by_ref(d, "person:wang-yi");
  const auto* sokhonn = by_ref(d, "person:prak-sokhonn");
  REQUIRE(wang != nullptr);
  REQUIRE(sokhonn != nullptr);
  CHECK(wang->mentions.front().begin == text.find("Wang Yi"));
  CHECK(wang->mentions.front().end == text.find("Wang Yi") + 7);
  bool met = false;
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::met && r.args.size() == 2) met = true;
  CHECK(met);
  // the JSONL line is still valid JSON and reports the byte
  auto j = jsonl(d);
  REQUIRE(j.contains("problems"));
  CHECK(j.at("problems").at(0).at("code") == "invalid_utf8");
  CHECK(j.at("problems").at(0).at("byte") == bad);
}

TEST_CASE("extractor: keep_unhappened false drops planned meetings") {
  const std::string text =
      "BEIJING, 4 Maret 2025 – Menteri Luar Negeri China Wang Yi bertemu dengan Menteri Luar Negeri Kamboja "
      "Prak Sokhonn di Beijing pada Senin (3/3). Perdana Menteri Hun Manet akan bertemu dengan Presiden China "
      "Xi Jinping di Beijing.";
  jumpa::extract_options keep, drop;
  drop.keep_unhappened = false;
  auto a = ex().extract(text, keep);
  auto b = ex().extract(text, drop);
  auto count = [](const jumpa::document& d, bool happened_only) {
    int n = 0;
    for (const auto& r : d.relations)
      if (r.type == jumpa::relation_type::met && (!happened_only || r.status == jumpa::meeting_status::happened)) ++n;
    return n;
  };
  CHECK(count(a, false) == 2);
  CHECK(count(a, true) == 1);
  CHECK(count(b, false) == 1);
  CHECK(count(b, true) == 1);
}

// Two documents alike: their JSON Lines with evidence (every written field),
// and directly what those lines leave out (role labels, mention sentences,
// the meeting fields of other relations, evidence without explain).
void require_same(const jumpa::document& a, const jumpa::document& b) {
  jumpa::jsonl_options all;
  all.explain = true;
  CHECK(jumpa::to_jsonl(a, all) == jumpa::to_jsonl(b, all));
  REQUIRE(a.entities.size() == b.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const jumpa::entity &x = a.entities[i], &y = b.entities[i];
    REQUIRE(x.roles.size() == y.roles.size());
    for (std::size_t k = 0; k < x.roles.size(); ++k) CHECK(x.roles[k].label == y.roles[k].label);
    REQUIRE(x.mentions.size() == y.mentions.size());
    for (std::size_t k = 0; k < x.mentions.size(); ++k) CHECK(x.mentions[k].sentence == y.mentions[k].sentence);
  }
  REQUIRE(a.relations.size() == b.relations.size());
  for (std::size_t i = 0; i < a.relations.size(); ++i) {
    const jumpa::relation &x = a.relations[i], &y = b.relations[i];
    CHECK((x.status == y.status && x.when == y.when && x.place == y.place));
    CHECK((x.ev.rule == y.ev.rule && x.ev.cues == y.ev.cues));
  }
}

TEST_CASE("extractor: extracting into a reused document gives what a fresh one gets") {
  // One document filled again and again, from big to small, gazetteer persons
  // with roles and aliases then pattern persons and none, with and without
  // explain, options and problems: nothing of an earlier text may remain.
  struct input {
    std::string text;
    bool explain;
    std::string id, lang;
    jumpa::date published;
  };
  const std::vector<input> inputs = {
      {fixture("pm_visit_jsonl_2025.txt"), true, "a", "", {}},
      {"Duta Besar Rusia untuk Kamboja Anatoly Borovik bertemu dengan Chea Sopheaktra, juru bicara kementerian, di "
       "Phnom Penh pada Senin (3/3).",
       false, "b", "id", {2025, 3, 4}},
      {"Data \xC3\x28 rusak. Menteri Luar Negeri China Wang Yi menerima Menteri Luar Negeri Kamboja Prak Sokhonn.",
       true, "", "xx", {}},
      {"", false, "d", "", {}},
      {fixture("hun_sen_2025.txt"), false, "e", "", {}},
      {"Foreign Minister Wang Yi met his Cambodian counterpart Prak Sokhonn in Beijing on Monday.", true, "f", "en",
       {2025, 3, 4}},
  };
  jumpa::document reused;
  for (const input& in : inputs) {
    jumpa::extract_options o;
    o.explain = in.explain;
    o.id = in.id;
    o.lang = in.lang;
    o.published = in.published;
    INFO("input " << in.id << ": " << in.text.substr(0, 60));
    ex().extract(in.text, o, reused);
    const jumpa::document fresh = ex().extract(in.text, o);
    require_same(reused, fresh);
  }
}

TEST_CASE("extractor: empty text gives an empty document") {
  auto d = run("");
  CHECK(d.entities.empty());
  CHECK(d.relations.empty());
  CHECK(d.problems.empty());
  auto j = jsonl(d);
  CHECK(j.at("published").is_null());
  CHECK(j.at("entities").empty());
}

TEST_CASE("extractor: create fails on a gazetteer without the language") {
  jumpa::extractor_options o;
  o.lang = "xx";
  auto r = jumpa::extractor::create(jumpa::gazetteer::builtin(), o);
  CHECK_FALSE(r.ok());
}

TEST_CASE("extractor: one extractor is safe to share between documents") {
  auto a = run(fixture("wang_yi_visit_2025.txt"));
  auto b = run(fixture("hun_sen_2022.txt"));
  auto a2 = run(fixture("wang_yi_visit_2025.txt"));
  CHECK(jumpa::to_jsonl(a) == jumpa::to_jsonl(a2));
  CHECK(jumpa::to_jsonl(a) != jumpa::to_jsonl(b));
}

namespace {

// An extractor made from a gazetteer that is gone when the function returns.
jumpa::extractor extractor_of_a_temporary_gazetteer() {
  jumpa::gazetteer g = jumpa::gazetteer::builtin();  // a copy, destroyed at return
  auto ex = jumpa::extractor::create(g);
  if (!ex) throw std::runtime_error(ex.error().to_string());
  return *ex;
}

}  // namespace

TEST_CASE("extractor: outlives the gazetteer it was created from (runs under ASan too)", "[extractor][ownership]") {
  jumpa::extractor ex = extractor_of_a_temporary_gazetteer();
  jumpa::extract_options o;
  o.published = jumpa::date{2025, 3, 3};
  // Roles come from the dated offices: reading them touches what create() copied.
  jumpa::document d = ex.extract("Menlu RI Sugiono bertemu Perdana Menteri Kamboja Hun Manet di Phnom Penh.", o);
  const jumpa::entity* manet = jumpa_test::by_name(d, "Hun Manet");
  REQUIRE(manet != nullptr);
  bool pm = false;
  for (const auto& r : manet->roles) pm |= r.id == "prime_minister" && !r.from_text;
  CHECK(pm);
  // Copies share the compiled model and stay valid after the original goes.
  jumpa::extractor copy = ex;
  ex = extractor_of_a_temporary_gazetteer();
  CHECK(copy.extract("Menlu RI Sugiono bertemu Hun Manet.", o).relations.size() >= 1);
}

// ---------------------------------------------------------------------------
// create() from an rvalue gazetteer

TEST_CASE("extractor: create from a moved gazetteer extracts what create from a copy does") {
  const std::string text =
      "PHNOM PENH, 3 Maret 2025 (ANTARA) - Perdana Menteri Kamboja Hun Manet menerima kunjungan kehormatan Menteri "
      "Luar Negeri Thailand di Phnom Penh pada Senin (3/3). Manet mengatakan hubungan Kamboja dan Thailand erat.";
  auto loaded = jumpa::gazetteer::load(
      std::vector<std::filesystem::path>{std::string(JUMPA_FIXTURES) + "/gazetteers/ambiguous-names"}, true);
  REQUIRE(loaded);
  const std::size_t entities = loaded->entities().size();
  auto copied = jumpa::extractor::create(*loaded);
  REQUIRE(copied);
  CHECK(loaded->entities().size() == entities);  // a copy leaves the gazetteer as it was
  auto moved = jumpa::extractor::create(std::move(*loaded));
  REQUIRE(moved);
  jumpa::extract_options o;
  o.id = "moved";
  CHECK(jumpa::to_jsonl(moved->extract(text, o)) == jumpa::to_jsonl(copied->extract(text, o)));
  CHECK(moved->extract(text, o).entities.size() >= 3);
}

TEST_CASE("extractor: the builtin gazetteer shared and a copy of it compile to the same extractor") {
  const std::string text =
      "JAKARTA, 5 Mei 2025 - Presiden Prabowo Subianto menerima Perdana Menteri Kamboja Hun Manet di Istana "
      "Merdeka pada Senin (5/5). Prabowo mengatakan Indonesia dan Kamboja sepakat memperluas kerja sama.";
  auto shared = jumpa::extractor::create(jumpa::gazetteer::builtin());
  REQUIRE(shared);
  const jumpa::gazetteer copy = jumpa::gazetteer::builtin();
  auto copied = jumpa::extractor::create(copy);
  REQUIRE(copied);
  jumpa::extract_options o;
  o.id = "builtin";
  const jumpa::document d = shared->extract(text, o);
  CHECK(jumpa::to_jsonl(d) == jumpa::to_jsonl(copied->extract(text, o)));
  CHECK(by_ref(d, "person:hun-manet") != nullptr);
}
