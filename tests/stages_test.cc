// Each stage of the pipeline on its own, over a small fixture gazetteer (not
// the builtin one): text → lexical facts → publication → entities →
// relations → document.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "assemble.h"
#include "entity_stage.h"
#include "jumpa/jumpa.h"
#include "lexical.h"
#include "model.h"
#include "publication.h"
#include "relation_stage.h"

namespace {

using namespace jumpa::detail;

const std::vector<std::pair<std::string, std::string>> kFiles = {
    {"roles.tsv",
     "role\tlabel\tclass\tin_party\tanswers_to\tcovers\texclusive\n"
     "prime_minister\tprime minister\thead_of_government\t\t\t\tyes\n"
     "foreign_minister\tforeign minister\tminister\t\t\t\tyes\n"
     "president\tpresident\thead_of_state\tparty_president\t\t\tyes\n"
     "party_president\tparty president\tparty\t\tpresident\t\tyes\n"},
    {"entities/countries.tsv",
     "id\ttype\tname\tname_id\tcountry\talpha3\tcapital\n"
     "country:kh\tcountry\tCambodia\tKamboja\tKH\tKHM\tloc:phnom-penh\n"
     "country:id\tcountry\tIndonesia\tIndonesia\tID\tIDN\t\n"},
    {"entities/locations.tsv",
     "id\ttype\tname\taliases\tcountry\tkind\tparent\n"
     "loc:phnom-penh\tlocation\tPhnom Penh\t\tKH\tcapital\t\n"
     "loc:peace-palace\tlocation\tPeace Palace\tIstana Perdamaian\tKH\tvenue\tloc:phnom-penh\n"},
    {"entities/persons.tsv",
     "id\ttype\tname\taliases\tshort\tcountry\n"
     "person:hun-manet\tperson\tHun Manet\t\tManet\tKH\n"
     "person:sugiono\tperson\tSugiono\t\t\tID\n"},
    {"entities/parties.tsv",
     "id\ttype\tname\taliases\tacronym\tcountry\n"
     "party:cpp\tparty\tCambodian People's Party\tPartai Rakyat Kamboja\tCPP\tKH\n"},
    {"offices.tsv",
     "person\trole\tcountry\torg\tfrom\tto\n"
     "person:hun-manet\tprime_minister\tKH\t\t2023-08\t\n"
     "person:sugiono\tforeign_minister\tID\t\t2024-10\t\n"},
    {"id/titles.tsv", "form\trole\tflags\nPerdana Menteri\tprime_minister\t\nMenlu\tforeign_minister\t\n"
                      "Presiden\tpresident\t\n"},
    {"id/triggers.tsv", "form\tkind\tframe\tpriority\tplace\nbertemu\tmeeting\tactive\t0\tyes\n"
                        "menelepon\tphone_call\tactive\t3\tno\n"},
    {"id/modality.tsv", "form\ttype\tscope\nakan\tfuture\tbefore\n"},
    {"id/words.tsv", "form\tclass\tcount\ndi\tplace\t\ndengan\twith\t\ndan\tand\t\nkata\tspeech\t\n"},
    {"id/months.tsv", "form\tnumber\nMaret\t3\n"},
    {"id/weekdays.tsv", "form\tnumber\nSenin\t1\n"},
};

const std::string kText =
    "PHNOM PENH, 3 Maret 2025 - Menlu RI Sugiono bertemu dengan Perdana Menteri Kamboja Hun Manet di "
    "Istana Perdamaian. Manet kemudian menelepon Presiden Partai Rakyat Kamboja Chea Dara.";

struct pipeline {
  std::shared_ptr<const model> m;
  const language_model* lang = nullptr;
  jumpa::analyzed_text text;
  std::vector<std::uint32_t> ids;
  lexical lex;
  lexical_scratch scratch;
  std::vector<date_mention> dates;
  publication pub;
  entity_table entities;
  relation_set relations;
  relation_scratch rscratch;

  pipeline() {
    auto g = jumpa::gazetteer::from_files(kFiles, "fixture");
    if (!g) FAIL(g.error().to_string());
    auto compiled = compile_model(std::make_shared<const jumpa::gazetteer>(std::move(*g)), jumpa::extractor_options{});
    if (!compiled) FAIL(compiled.error().to_string());
    m = *compiled;
    lang = m->language("id");
    lang->analyzer.analyze(kText, text);
    token_ids(*m, text, ids);
    find_lexical(*m, *lang, text, ids, lex, scratch);
    pub = find_publication(*m, lex, {}, dates);
    recognize_entities(*m, lex, pub, entities);
    extract_relations(*m, lex, pub, entities, true, relations, rscratch);
  }
  std::uint32_t token_of(std::string_view word) const {
    for (std::uint32_t k = 0; k < text.tokens.size(); ++k)
      if (text.raw(text.tokens[k]) == word) return k;
    FAIL("no token " << word);
    return 0;
  }
  const doc_entity* entity_named(std::string_view name) const {
    for (const auto& e : entities.entities)
      if (name_of(*m, e) == name) return &e;
    return nullptr;
  }
};

}  // namespace

TEST_CASE("stages: the lexical stage finds names and typed lexicon facts", "[stages]") {
  pipeline p;
  bool manet = false;
  for (const jumpa::match& mt : p.lex.names)
    manet |= p.m->entity(p.m->name_meanings[mt.payload].entity).id == "person:hun-manet" &&
             p.m->name_meanings[mt.payload].form == name_form::name;
  CHECK(manet);
  std::uint32_t pm = p.token_of("Perdana");
  REQUIRE(p.lex.at(lex::title, pm) >= 0);
  CHECK(p.m->role_id(p.lex.title(p.lex.at(lex::title, pm)).role) == "prime_minister");
  CHECK(p.lex.word_is(p.token_of("di"), word_class::place));
  CHECK(p.lex.word_is(p.token_of("dengan"), word_class::with));
  CHECK_FALSE(p.lex.word_is(p.token_of("dengan"), word_class::place));
  std::int32_t call = p.lex.at(lex::trigger, p.token_of("menelepon"));
  REQUIRE(call >= 0);
  CHECK(p.lex.trigger(call).kind == jumpa::relation_kind::phone_call);
  CHECK_FALSE(p.lex.trigger(call).carries_place);
}

TEST_CASE("stages: lexicon hits are each category's leftmost-longest matches; capitalised words listed", "[stages]") {
  // The builtin lexicons overlap ("Menteri Luar Negeri" and "Menteri"; "kerja sama" and "kerja"; one form
  // in several categories): the one-pass selection must equal select_longest per category.
  auto compiled = compile_model(std::shared_ptr<const jumpa::gazetteer>(std::shared_ptr<void>(), &jumpa::gazetteer::builtin()),
                                jumpa::extractor_options{});
  REQUIRE(compiled.ok());
  const model& m = **compiled;
  const char* texts[] = {
      "JAKARTA, 3 Maret 2025 - Menteri Luar Negeri RI Sugiono bertemu dengan Menteri Luar Negeri Kamboja "
      "Prak Sokhonn di Jakarta pada Senin (3/3). Kedua menteri membahas kerja sama kedua negara.",
      "Presiden Prabowo Subianto menerima kunjungan kehormatan Perdana Menteri Hun Manet, Selasa.",
      "Foreign Minister Sugiono met his Cambodian counterpart Prak Sokhonn in Jakarta on Monday."};
  for (const char* t : texts) {
    INFO(t);
    jumpa::analyzed_text text;
    std::vector<std::uint32_t> ids;
    lexical lx;
    lexical_scratch scratch;
    const language_model& lang = *m.language(t[0] == 'F' ? "en" : "id");
    lang.analyzer.analyze(t, text);
    token_ids(m, text, ids);
    find_lexical(m, lang, text, ids, lx, scratch);
    word_mask present = 0;
    for (std::size_t c = 0; c < kLexCats; ++c) {
      std::vector<jumpa::match> of_category, expected;
      for (const jumpa::match& mt : scratch.matches)
        if (static_cast<std::size_t>(lang.meanings[mt.payload].cat) == c) of_category.push_back(mt);
      jumpa::select_longest(of_category, [](std::uint32_t payload) { return payload; }, expected);
      const auto& hits = lx.all(static_cast<lex>(c));
      REQUIRE(hits.size() == expected.size());
      for (std::size_t k = 0; k < hits.size(); ++k) {
        CHECK(hits[k].first == expected[k].first_token);
        CHECK(hits[k].end == expected[k].end_token);
        CHECK(hits[k].payload == expected[k].payload);
        if (static_cast<lex>(c) == lex::word) present |= lang.words[hits[k].row].classes;
      }
    }
    CHECK(lx.words_present == present);
    std::vector<std::uint32_t> caps;
    for (std::uint32_t k = 0; k < text.tokens.size(); ++k)
      if (text.tokens[k].kind == jumpa::token_kind::word && text.tokens[k].has(jumpa::tf_capitalized)) caps.push_back(k);
    CHECK(lx.capitalized == caps);
  }
}

TEST_CASE("stages: the publication stage reads the dateline", "[stages]") {
  pipeline p;
  CHECK(p.pub.published == jumpa::date{2025, 3, 3});
  REQUIRE(p.pub.dateline_place >= 0);
  CHECK(p.m->entity(static_cast<std::uint32_t>(p.pub.dateline_place)).id == "loc:phnom-penh");
  CHECK(p.pub.body_start == p.token_of("-") + 1);
}

TEST_CASE("stages: the entity stage links names, short forms, titles and dated roles", "[stages]") {
  pipeline p;
  const doc_entity* manet = p.entity_named("Hun Manet");
  REQUIRE(manet != nullptr);
  CHECK(manet->gaz >= 0);
  bool short_form = false;
  for (std::uint32_t mi : manet->mentions) short_form |= p.entities.mentions[mi].kind == jumpa::mention_kind::short_name;
  CHECK(short_form);  // "Manet" after "Hun Manet"
  REQUIRE(manet->resolved.size() == 1);
  CHECK(manet->resolved[0].id == "prime_minister");  // from the offices, on 2025-03-03
  const doc_entity* dara = p.entity_named("Chea Dara");  // unknown: named after a title
  REQUIRE(dara != nullptr);
  CHECK(dara->gaz < 0);
  CHECK(dara->country == "KH");
  REQUIRE(dara->roles.size() == 1);
  CHECK(p.m->role_id(dara->roles[0].role) == "party_president");  // "Presiden Partai ...": the in_party role
}

TEST_CASE("stages: the relation stage reads the table and returns what it adds", "[stages]") {
  pipeline p;
  std::vector<const jumpa::relation*> met;
  for (const auto& r : p.relations.relations)
    if (r.type == jumpa::relation_type::met) met.push_back(&r);
  REQUIRE(met.size() == 2);
  CHECK(met[0]->kind == jumpa::relation_kind::meeting);
  CHECK(met[0]->when.empty());  // the dateline's date is the publication's, not the meeting's
  REQUIRE(met[0]->place.has_value());
  // The venue climbs to its city, which the text names only in the dateline.
  CHECK(p.relations.added.size() <= 1);
  CHECK(met[1]->kind == jumpa::relation_kind::phone_call);
  CHECK_FALSE(met[1]->place.has_value());  // a phone call has no place
  CHECK(met[0]->ev.rule == "meeting.active");
}

TEST_CASE("stages: assembly numbers entities by first mention and renumbers arguments", "[stages]") {
  pipeline p;
  jumpa::document doc;
  jumpa::extract_options o;
  assemble_document(*p.m, p.lex, p.entities, p.relations, o, doc);
  REQUIRE(!doc.entities.empty());
  for (std::size_t k = 0; k < doc.entities.size(); ++k) CHECK(doc.entities[k].id == "e" + std::to_string(k + 1));
  const jumpa::entity* place = nullptr;
  for (const auto& r : doc.relations)
    if (r.type == jumpa::relation_type::met && r.place) place = &doc.entities[*r.place];
  REQUIRE(place != nullptr);
  CHECK(place->name == "Phnom Penh");
  const jumpa::entity* manet = doc.find("e1");
  REQUIRE(manet != nullptr);
  CHECK(manet->name == "Phnom Penh");  // the dateline comes first
}
