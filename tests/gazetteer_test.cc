// Tests for jumpa/gazetteer.h and lib/gazetteer.cc: the builtin copy, loading
// from memory and from folders, every kind of error with its position,
// overlays, check() and the ambiguity report.
#include <catch2/catch.hpp>

#include <fstream>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "jumpa/gazetteer.h"

using namespace jumpa;
namespace fs = std::filesystem;

namespace {

using files_t = std::vector<std::pair<std::string, std::string>>;
using strings = std::vector<std::string>;

// A small valid gazetteer; tests replace one file to break it.
files_t base_files() {
  return {
      {"roles.tsv",
       "role\tlabel\tclass\n"
       "prime_minister\tprime minister\thead_of_government\n"
       "foreign_minister\tforeign minister\tminister\n"
       "party_president\tparty president\tparty\n"},
      {"entities/countries.tsv",
       "id\ttype\tname\tname_id\taliases\tadjectives\tcountry\talpha3\tcapital\n"
       "country:kh\tcountry\tCambodia\tKamboja\tKingdom of Cambodia|Kerajaan Kamboja\tCambodian|Khmer\tKH\tKHM\t"
       "loc:phnom-penh\n"
       "country:id\tcountry\tIndonesia\tIndonesia\tRepublik Indonesia\tIndonesian\tID\tIDN\t\n"},
      {"entities/locations.tsv",
       "id\ttype\tname\taliases\tcountry\tkind\tparent\n"
       "loc:phnom-penh\tlocation\tPhnom Penh\tPnom Penh\tKH\tcapital\t\n"
       "loc:wat-phnom\tlocation\tWat Phnom\t\tKH\tlandmark\tloc:phnom-penh\n"
       "loc:laut-natuna\tlocation\tNatuna Sea\tLaut Natuna\t\tsea\t\n"},
      {"entities/orgs.tsv",
       "id\ttype\tname\taliases\tacronym\tcountry\tkind\n"
       "party:prb\tparty\tPartai Rakyat Bersatu\t\tPRB\tKH\t\n"
       "org:asean\torganization\tAssociation of Southeast Asian Nations\tPerhimpunan Bangsa-Bangsa Asia Tenggara\t"
       "ASEAN\t\tintergovernmental\n"},
      {"entities/persons.tsv",
       "id\ttype\tname\taliases\tshort\tcountry\n"
       "person:sok-dara\tperson\tSok Dara\tSamdech Sok Dara\tDara\tKH\n"
       "person:budi-santoso\tperson\tBudi Santoso\t\tSantoso\tID\n"},
      {"offices.tsv",
       "person\trole\tcountry\torg\tfrom\tto\ttitle\n"
       "person:sok-dara\tprime_minister\tKH\t\t2020-03\t2024-07\tPerdana Menteri\n"
       "person:budi-santoso\tforeign_minister\tID\t\t2022\t\tMenteri Luar Negeri\n"
       "person:sok-dara\tparty_president\tKH\tparty:prb\t2019\t\tKetua Partai\n"},
      {"id/months.tsv", "form\tnumber\nJanuari\t1\nJan\t1\nFebruari\t2\n"},
      {"id/titles.tsv",
       "form\trole\tflags\n"
       "Perdana Menteri\tprime_minister\t\n"
       "Menlu\tforeign_minister\t\n"
       "Juru Bicara Kemlu\tforeign_minister\tspeaker\n"},
      {"id/stopwords.tsv", "form\ndan\nyang\n"},
  };
}

// `f` with `path` replaced (or added).
files_t with(files_t f, std::string path, std::string content) {
  auto it = std::find_if(f.begin(), f.end(), [&](const auto& p) { return p.first == path; });
  if (it != f.end()) it->second = std::move(content);
  else f.emplace_back(std::move(path), std::move(content));
  return f;
}
// base_files() with `path` replaced (or added).
files_t with(std::string path, std::string content) { return with(base_files(), std::move(path), std::move(content)); }

const std::string kPersonsHeader = "id\ttype\tname\taliases\tshort\tcountry\n";
const std::string kPersonsOk =
    "person:sok-dara\tperson\tSok Dara\tSamdech Sok Dara\tDara\tKH\n"
    "person:budi-santoso\tperson\tBudi Santoso\t\tSantoso\tID\n";
const std::string kOfficesHeader = "person\trole\tcountry\torg\tfrom\tto\ttitle\n";
const std::string kOfficesOk = "person:sok-dara\tprime_minister\tKH\t\t2020-03\t2024-07\tPerdana Menteri\n";

// The error of loading `files`; fails the test when loading succeeds.
status load_error(const files_t& files) {
  auto r = gazetteer::from_files(files);
  if (r.ok()) {
    FAIL_CHECK("the gazetteer loaded although it is broken");
    return status();
  }
  return r.error();
}

std::string fixture(const std::string& name) { return std::string(JUMPA_FIXTURES) + "/gazetteers/" + name; }

strings role_ids(const std::vector<const office*>& offices) {
  strings out;
  for (const office* o : offices) out.push_back(o->role);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

// ---------------------------------------------------------------- builtin

TEST_CASE("gazetteer: the builtin copy loads with the documented coverage", "[gazetteer]") {
  const gazetteer& g = gazetteer::builtin();
  CHECK(&g == &gazetteer::builtin());
  gazetteer_report r = g.report();
  CHECK(r.entities_by_type.at("country") >= 249);
  CHECK(r.entities_by_type.at("person") >= 150);
  CHECK(r.entities_by_type.at("party") >= 40);
  CHECK(r.entities_by_type.at("organization") >= 30);
  CHECK(r.entities_by_type.at("location") >= 150);
  CHECK(r.offices > 0);
  CHECK(r.roles > 0);
  CHECK(r.lexicon_entries.count("id") == 1);
  CHECK(r.ok());
  strings langs = g.languages();
  CHECK(std::find(langs.begin(), langs.end(), "id") != langs.end());
  const lexicon* id = g.language("id");
  REQUIRE(id);
  for (const char* t : {"titles", "honorifics", "triggers", "modality", "months", "weekdays", "relative_dates",
                        "words", "boilerplate", "abbreviations", "stopwords"}) {
    INFO(t);
    CHECK_FALSE(id->table(t).empty());
  }
  CHECK(id->table("no-such-table").empty());
  CHECK(g.language("xx") == nullptr);
}

TEST_CASE("gazetteer: check() of the builtin copy finds no problem", "[gazetteer]") {
  gazetteer_report r = gazetteer::check({}, true);
  for (const auto& p : r.problems) UNSCOPED_INFO(p.to_string());
  CHECK(r.ok());
  CHECK(r.entities_by_type.at("country") >= 249);
}

TEST_CASE("gazetteer: builtin entities and dated offices", "[gazetteer]") {
  const gazetteer& g = gazetteer::builtin();
  const gazetteer_entity* kh = g.find("country:kh");
  REQUIRE(kh);
  CHECK(kh->type == entity_type::country);
  CHECK(kh->country == "KH");
  CHECK(kh->name_id == "Kamboja");
  CHECK(kh->where.file == "builtin:gazetteers/entities/countries.tsv");
  CHECK(kh->where.line > 1);
  const gazetteer_entity* hs = g.find("person:hun-sen");
  REQUIRE(hs);
  CHECK(hs->type == entity_type::person);
  CHECK(hs->name == "Hun Sen");
  CHECK(g.find("person:tidak-ada") == nullptr);
  CHECK(g.role("prime_minister") != nullptr);
  CHECK(g.role("perdana_menteri") == nullptr);
}

TEST_CASE("gazetteer: Presiden Hun Sen in 2025 is not a head of state", "[gazetteer]") {
  const gazetteer& g = gazetteer::builtin();
  const date d{2025, 6, 1};
  auto held = g.offices_of("person:hun-sen", d);
  strings roles = role_ids(held);
  CHECK(std::find(roles.begin(), roles.end(), "senate_president") != roles.end());
  CHECK(std::find(roles.begin(), roles.end(), "prime_minister") == roles.end());
  CHECK(std::find(roles.begin(), roles.end(), "president") == roles.end());
  CHECK(std::find(roles.begin(), roles.end(), "king") == roles.end());
  for (const office* o : held) {
    INFO(o->role);
    const role_info* ri = g.role(o->role);
    REQUIRE(ri);
    CHECK(ri->role_class != "head_of_state");
    CHECK(ri->role_class != "head_of_government");
    CHECK(o->held_on(d));
  }
  // The senate presidency belongs to an organisation.
  auto senate = std::find_if(held.begin(), held.end(), [](const office* o) { return o->role == "senate_president"; });
  REQUIRE(senate != held.end());
  CHECK((*senate)->country == "KH");
  CHECK_FALSE((*senate)->org.empty());
}

TEST_CASE("gazetteer: Hun Manet is prime minister on 2024-01-01, Hun Sen until August 2023", "[gazetteer]") {
  const gazetteer& g = gazetteer::builtin();
  auto manet_roles = role_ids(g.offices_of("person:hun-manet", date{2024, 1, 1}));
  CHECK(std::count(manet_roles.begin(), manet_roles.end(), "prime_minister") == 1);
  auto before = role_ids(g.offices_of("person:hun-manet", date{2023, 7, 31}));
  CHECK(std::count(before.begin(), before.end(), "prime_minister") == 0);
  auto pm = [&](const date& d) {
    strings r = role_ids(g.offices_of("person:hun-sen", d));
    return std::find(r.begin(), r.end(), "prime_minister") != r.end();
  };
  CHECK(pm(date{2023, 8, 31}));  // `to` 2023-08 covers the whole month
  CHECK_FALSE(pm(date{2023, 9, 1}));
  CHECK(pm(date{2010, 5, 5}));
  // An incomplete date gives every office.
  CHECK(g.offices_of("person:hun-sen").size() >= 3);
  CHECK(g.offices_of("person:hun-sen", date{2025, 0, 0}).size() == g.offices_of("person:hun-sen").size());
}

TEST_CASE("gazetteer: office::held_on covers partial dates", "[gazetteer]") {
  office o;
  o.from = date{2023, 8, 0};
  o.to = date{2024, 0, 0};
  CHECK_FALSE(o.held_on(date{2023, 7, 31}));
  CHECK(o.held_on(date{2023, 8, 1}));
  CHECK(o.held_on(date{2024, 12, 31}));
  CHECK_FALSE(o.held_on(date{2025, 1, 1}));
  office open;
  open.from = date{2020, 3, 15};
  CHECK_FALSE(open.held_on(date{2020, 3, 14}));
  CHECK(open.held_on(date{2020, 3, 15}));
  CHECK(open.held_on(date{2099, 1, 1}));
}

// ---------------------------------------------------------------- from_files

TEST_CASE("gazetteer: from_files reads every file type", "[gazetteer]") {
  auto r = gazetteer::from_files(base_files());
  REQUIRE(r.ok());
  const gazetteer& g = *r;
  CHECK(g.entities().size() == 9);
  const gazetteer_entity* kh = g.find("country:kh");
  REQUIRE(kh);
  CHECK(kh->aliases == strings{"Kingdom of Cambodia", "Kerajaan Kamboja"});
  CHECK(kh->adjectives == strings{"Cambodian", "Khmer"});
  CHECK(kh->alpha3 == "KHM");
  CHECK(kh->capital == "loc:phnom-penh");
  CHECK(kh->where.file == "entities/countries.tsv");
  CHECK(kh->where.line == 2);
  CHECK(kh->where.column == 1);
  const gazetteer_entity* dara = g.find("person:sok-dara");
  REQUIRE(dara);
  CHECK(dara->short_forms == strings{"Dara"});
  CHECK(dara->aliases == strings{"Samdech Sok Dara"});
  const gazetteer_entity* asean = g.find("org:asean");
  REQUIRE(asean);
  CHECK(asean->type == entity_type::organization);
  CHECK(asean->acronyms == strings{"ASEAN"});
  CHECK(asean->country.empty());
  CHECK(asean->kind == "intergovernmental");
  CHECK(g.find("loc:wat-phnom")->parent == "loc:phnom-penh");
  CHECK(g.find("loc:laut-natuna")->country.empty());  // a sea needs no country

  REQUIRE(g.offices().size() == 3);
  const office& pm = g.offices()[0];
  CHECK(pm.person == "person:sok-dara");
  CHECK(pm.from == date{2020, 3, 0});
  CHECK(pm.to == date{2024, 7, 0});
  CHECK(pm.title == "Perdana Menteri");
  CHECK(pm.where.file == "offices.tsv");
  CHECK(pm.where.line == 2);
  CHECK(g.offices()[1].to.empty());
  CHECK(g.offices()[2].org == "party:prb");
  CHECK(role_ids(g.offices_of("person:sok-dara", date{2024, 7, 31})) == strings{"party_president", "prime_minister"});
  CHECK(role_ids(g.offices_of("person:sok-dara", date{2024, 8, 1})) == strings{"party_president"});

  REQUIRE(g.roles().size() == 3);
  CHECK(g.role("foreign_minister")->label == "foreign minister");
  CHECK(g.role("foreign_minister")->role_class == "minister");

  const lexicon* id = g.language("id");
  REQUIRE(id);
  CHECK(id->size() == 8);
  REQUIRE(id->table("months").size() == 3);
  CHECK(id->table("months")[1].form == "Jan");
  CHECK(id->table("months")[1].fields == strings{"1"});
  CHECK(id->table("months")[1].where.line == 3);
  const auto& titles = id->table("titles");
  REQUIRE(titles.size() == 3);
  CHECK(titles[2].fields == strings{"foreign_minister", "speaker"});
  CHECK(titles[0].fields == strings{"prime_minister", ""});

  gazetteer_report rep = g.report();
  CHECK(rep.entities_by_type == std::map<std::string, std::size_t>{
                                    {"country", 2}, {"location", 3}, {"organization", 1}, {"party", 1}, {"person", 2}});
  CHECK(rep.offices == 3);
  CHECK(rep.roles == 3);
  CHECK(rep.lexicon_entries == std::map<std::string, std::size_t>{{"id", 8}});
}

TEST_CASE("gazetteer: the origin prefixes every position", "[gazetteer]") {
  auto r = gazetteer::from_files(with("entities/persons.tsv", kPersonsHeader + "person:chan-thy\tperson\tChan Thy\tKH\n"),
                                 "/data/gaz");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().to_string() == "/data/gaz/entities/persons.tsv:2:1: expected 6 fields, found 4");
  auto ok = gazetteer::from_files(base_files(), "/data/gaz");
  REQUIRE(ok.ok());
  CHECK(ok->find("person:sok-dara")->where.file == "/data/gaz/entities/persons.tsv");
}

TEST_CASE("gazetteer: a malformed row (wrong field count) names file, line and column", "[gazetteer][errors]") {
  status s = load_error(with("entities/persons.tsv", kPersonsHeader + kPersonsOk + "person:chan-thy\tperson\tChan Thy\tKH\n"));
  CHECK(s.code() == errc::parse_error);
  CHECK(s.to_string() == "entities/persons.tsv:4:1: expected 6 fields, found 4");
}

TEST_CASE("gazetteer: an unknown column is an error at the header", "[gazetteer][errors]") {
  status s = load_error(with("entities/persons.tsv",
                             "id\ttype\tname\talias\tshort\tcountry\n"
                             "person:sok-dara\tperson\tSok Dara\tSamdech Sok Dara\tDara\tKH\n"
                             "person:budi-santoso\tperson\tBudi Santoso\t\tSantoso\tID\n"));
  CHECK(s.code() == errc::parse_error);
  CHECK(s.to_string() == "entities/persons.tsv:1:14: unknown column 'alias'");
  // In offices and lexicons too.
  s = load_error(with("offices.tsv", "person\trole\tcountry\tfrom\tsampai\n"));
  CHECK(s.to_string() == "offices.tsv:1:26: unknown column 'sampai'");
  s = load_error(with("id/months.tsv", "form\tnumber\tnomor\nJanuari\t1\t1\n"));
  CHECK(s.to_string() == "id/months.tsv:1:13: unknown column 'nomor'");
}

TEST_CASE("gazetteer: a missing required column is an error", "[gazetteer][errors]") {
  status s = load_error(with("entities/persons.tsv", "id\tname\tcountry\nperson:sok-dara\tSok Dara\tKH\n"));
  CHECK(s.code() == errc::parse_error);
  CHECK(s.to_string() == "entities/persons.tsv:1:1: missing column 'type'");
  s = load_error(with("id/months.tsv", "form\nJanuari\n"));
  CHECK(s.to_string() == "id/months.tsv:1:1: missing column 'number'");
}

TEST_CASE("gazetteer: an unknown country code is an error", "[gazetteer][errors]") {
  status s = load_error(with("entities/persons.tsv", kPersonsHeader + kPersonsOk + "person:chan-thy\tperson\tChan Thy\t\t\tLA\n"));
  CHECK(s.code() == errc::invalid_data);
  CHECK(s.to_string() == "entities/persons.tsv:4:1: unknown country code 'LA' in person:chan-thy");
  // Not an alpha-2 code at all: reported at the country column.
  s = load_error(with("entities/persons.tsv", kPersonsHeader + kPersonsOk + "person:chan-thy\tperson\tChan Thy\t\t\tkh\n"));
  CHECK(s.to_string() == "entities/persons.tsv:4:35: country must be an ISO alpha-2 code");
  // A person needs a country.
  s = load_error(with("entities/persons.tsv", kPersonsHeader + kPersonsOk + "person:chan-thy\tperson\tChan Thy\t\t\t\n"));
  CHECK(s.to_string() == "entities/persons.tsv:4:35: missing country");
  // Offices too.
  s = load_error(with("offices.tsv", kOfficesHeader + kOfficesOk + "person:sok-dara\tforeign_minister\tTH\t\t2010\t2012\t\n"));
  CHECK(s.to_string() == "offices.tsv:3:1: unknown country code 'TH'");
}

TEST_CASE("gazetteer: a duplicate id names both places", "[gazetteer][errors]") {
  status s = load_error(with("entities/persons.tsv", kPersonsHeader + kPersonsOk + "person:sok-dara\tperson\tSok Dara Muda\t\t\tKH\n"));
  CHECK(s.code() == errc::invalid_data);
  CHECK(s.to_string() == "entities/persons.tsv:4:1: duplicate id 'person:sok-dara' (first at entities/persons.tsv:2)");
  // Across files.
  s = load_error(with("entities/zz-more.tsv", "id\ttype\tname\tcountry\nperson:budi-santoso\tperson\tBudi S.\tID\n"));
  CHECK(s.to_string() == "entities/zz-more.tsv:2:1: duplicate id 'person:budi-santoso' (first at entities/persons.tsv:3)");
}

TEST_CASE("gazetteer: find() knows every id of a large table, and not others", "[gazetteer]") {
  // Enough rows to grow the id index several times.
  std::string rows = kPersonsHeader + kPersonsOk;
  for (int i = 0; i < 3000; ++i) rows += "person:p-" + std::to_string(i) + "\tperson\tPerson " + std::to_string(i) + "\t\t\tKH\n";
  auto g = gazetteer::from_files(with("entities/persons.tsv", rows));
  REQUIRE(g.ok());
  for (int i = 0; i < 3000; ++i) {
    const gazetteer_entity* e = g->find("person:p-" + std::to_string(i));
    REQUIRE(e != nullptr);
    CHECK(e->name == "Person " + std::to_string(i));
  }
  CHECK(g->find("person:p-3000") == nullptr);
  CHECK(g->find("person:p-") == nullptr);
  CHECK(g->find("") == nullptr);
  REQUIRE(g->find("person:sok-dara") != nullptr);
  // The index travels with copies and moves.
  gazetteer copy = *g;
  gazetteer moved = std::move(copy);
  const gazetteer_entity* last = moved.find("person:p-2999");
  REQUIRE(last != nullptr);
  CHECK(last >= moved.entities().data());
  CHECK(last < moved.entities().data() + moved.entities().size());
  CHECK(last->name == "Person 2999");
  CHECK(gazetteer().find("person:sok-dara") == nullptr);
}

TEST_CASE("gazetteer: an office of an unknown person is an error", "[gazetteer][errors]") {
  status s = load_error(with("offices.tsv", kOfficesHeader + kOfficesOk + "person:chan-thy\tprime_minister\tKH\t\t2024-08\t\t\n"));
  CHECK(s.code() == errc::invalid_data);
  CHECK(s.to_string() == "offices.tsv:3:1: office of unknown person 'person:chan-thy'");
  // An id of another type is not a person either.
  s = load_error(with("offices.tsv", kOfficesHeader + "country:kh\tprime_minister\tKH\t\t2024-08\t\t\n"));
  CHECK(s.to_string() == "offices.tsv:2:1: not a person id: 'country:kh'");
  // The office's org must be a party or an organisation.
  s = load_error(with("offices.tsv", kOfficesHeader + "person:sok-dara\tparty_president\tKH\tloc:phnom-penh\t2019\t\t\n"));
  CHECK(s.to_string() == "offices.tsv:2:1: office org 'loc:phnom-penh' is not a party or organization");
}

TEST_CASE("gazetteer: an unparsable office date is an error at its column", "[gazetteer][errors]") {
  // person:sok-dara(1) prime_minister(17) KH(32) org(35) from(36) to(...)
  for (const char* bad : {"2023-13", "2023-02-29", "21 April 2023", "--04-21", "2023-8", "kemarin"}) {
    INFO(bad);
    status s = load_error(with("offices.tsv", kOfficesHeader + "person:sok-dara\tprime_minister\tKH\t\t" + bad + "\t\t\n"));
    CHECK(s.code() == errc::parse_error);
    CHECK(s.to_string() == std::string("offices.tsv:2:36: bad date '") + bad + "'");
  }
  status s = load_error(with("offices.tsv", kOfficesHeader + "person:sok-dara\tprime_minister\tKH\t\t2020\t2024-00\t\n"));
  CHECK(s.to_string() == "offices.tsv:2:41: bad date '2024-00'");
  // A missing start date is a bad date too.
  s = load_error(with("offices.tsv", kOfficesHeader + "person:sok-dara\tprime_minister\tKH\t\t\t2024\t\n"));
  CHECK(s.to_string() == "offices.tsv:2:36: bad date ''");
}

TEST_CASE("gazetteer: an office ending before it starts is an error at its end date", "[gazetteer][errors]") {
  status s = load_error(with("offices.tsv", kOfficesHeader + "person:sok-dara\tprime_minister\tKH\t\t2024-05\t2024-04\t\n"));
  CHECK(s.code() == errc::invalid_data);
  CHECK(s.to_string() == "offices.tsv:2:44: office ends (2024-04) before it starts (2024-05)");
  s = load_error(with("offices.tsv", kOfficesHeader + "person:sok-dara\tprime_minister\tKH\t\t2024-05-02\t2024-05-01\t\n"));
  CHECK(s.to_string() == "offices.tsv:2:47: office ends (2024-05-01) before it starts (2024-05-02)");
  // Partial dates cover their whole period: these are fine.
  for (const char* to : {"2024-05", "2024", "2024-05-01"}) {
    INFO(to);
    CHECK(gazetteer::from_files(with("offices.tsv", kOfficesHeader + "person:sok-dara\tprime_minister\tKH\t\t2024-05\t" +
                                                        to + "\t\n"))
              .ok());
  }
}

TEST_CASE("gazetteer: an unknown role is an error", "[gazetteer][errors]") {
  status s = load_error(with("offices.tsv", kOfficesHeader + kOfficesOk + "person:sok-dara\tperdana_menteri\tKH\t\t2024-08\t\t\n"));
  CHECK(s.code() == errc::invalid_data);
  CHECK(s.to_string() == "offices.tsv:3:1: unknown role 'perdana_menteri'");
  // A title pointing at an unknown role.
  s = load_error(with("id/titles.tsv", "form\trole\tflags\nPerdana Menteri\tprime_minister\t\nDubes\tambassador\t\n"));
  CHECK(s.to_string() == "id/titles.tsv:3:1: unknown role 'ambassador'");
  // Roles themselves: a bad id and an unknown class.
  s = load_error(with("roles.tsv", "role\tlabel\tclass\nprime_minister\tprime minister\thead_of_government\n"
                                   "foreign_minister\tforeign minister\tminister\nParty-President\tparty president\tparty\n"));
  CHECK(s.to_string() == "roles.tsv:4:1: role id must match [a-z_]+");
  s = load_error(with("roles.tsv", "role\tlabel\tclass\nprime_minister\tprime minister\tkepala\n"));
  CHECK(s.to_string() == "roles.tsv:2:31: unknown role class 'kepala'");
}

TEST_CASE("gazetteer: an id with the wrong prefix or slug is an error", "[gazetteer][errors]") {
  struct bad_id { const char* id; const char* message; };
  const bad_id cases[] = {
      {"orang:chan-thy", "id 'orang:chan-thy' must be person:<slug>"},
      {"loc:chan-thy", "id 'loc:chan-thy' must be person:<slug>"},
      {"person:Chan-Thy", "id 'person:Chan-Thy' must be person:<slug>"},
      {"person:-chan", "id 'person:-chan' must be person:<slug>"},
      {"person:", "id 'person:' must be person:<slug>"},
      {"person:chan_thy", "id 'person:chan_thy' must be person:<slug>"},
      {"personchan-thy", "id 'personchan-thy' must be person:<slug>"},
  };
  for (const auto& c : cases) {
    INFO(c.id);
    status s = load_error(with("entities/persons.tsv", kPersonsHeader + kPersonsOk + c.id + "\tperson\tChan Thy\t\t\tKH\n"));
    CHECK(s.code() == errc::invalid_data);
    CHECK(s.to_string() == std::string("entities/persons.tsv:4:1: ") + c.message);
  }
  // A country id must be its code in lower case.
  status s = load_error(with("entities/zz.tsv", "id\ttype\tname\tcountry\talpha3\ncountry:lao\tcountry\tLaos\tLA\tLAO\n"));
  CHECK(s.to_string() == "entities/zz.tsv:2:1: country id must be country:<alpha-2 in lower case>");
  // An unknown type.
  s = load_error(with("entities/zz.tsv", "id\ttype\tname\tcountry\nperson:chan-thy\torang\tChan Thy\tKH\n"));
  CHECK(s.to_string() == "entities/zz.tsv:2:17: unknown type 'orang'");
}

TEST_CASE("gazetteer: an unknown lexicon table or folder is an error", "[gazetteer][errors]") {
  status s = load_error(with("id/bulan.tsv", "form\tnumber\nJanuari\t1\n"));
  CHECK(s.code() == errc::invalid_data);
  CHECK(s.to_string() == "id/bulan.tsv: unknown lexicon table 'bulan'");
  s = load_error(with("indonesia/months.tsv", "form\tnumber\nJanuari\t1\n"));
  CHECK(s.to_string() == "indonesia/months.tsv: unknown folder 'indonesia' (expected entities/, offices/ or a language code)");
  s = load_error(with("kantor.tsv", "person\n"));
  CHECK(s.to_string() == "kantor.tsv: unknown gazetteer file");
  s = load_error(with("entities/asia/persons.tsv", kPersonsHeader));
  CHECK(s.to_string() == "entities/asia/persons.tsv: unexpected nested folder");
  // Files that are not .tsv are not gazetteer files.
  CHECK(gazetteer::from_files(with("entities/README.md", "# catatan")).ok());
}

TEST_CASE("gazetteer: a padded field is an error at its column", "[gazetteer][errors]") {
  status s = load_error(with("entities/persons.tsv", kPersonsHeader + kPersonsOk + "person:chan-thy\tperson\tChan Thy \t\t\tKH\n"));
  CHECK(s.code() == errc::parse_error);
  CHECK(s.to_string() == "entities/persons.tsv:4:24: leading or trailing space in column 'name'");
  // Padded and empty list items.
  s = load_error(with("entities/persons.tsv", kPersonsHeader + "person:chan-thy\tperson\tChan Thy\tSamdech Chan| Thy Chan\t\tKH\n"));
  CHECK(s.to_string() == "entities/persons.tsv:2:46: list item ' Thy Chan' has outer spaces");
  s = load_error(with("entities/persons.tsv", kPersonsHeader + "person:chan-thy\tperson\tChan Thy\tSamdech Chan||Thy Chan\t\tKH\n"));
  CHECK(s.to_string() == "entities/persons.tsv:2:46: empty list item");
}

TEST_CASE("gazetteer: lexicon values are checked against their schema", "[gazetteer][errors]") {
  status s = load_error(with("id/months.tsv", "form\tnumber\nJanuari\t13\n"));
  CHECK(s.to_string() == "id/months.tsv:2:9: number must be an integer in [1, 12]");
  s = load_error(with("id/months.tsv", "form\tnumber\nJanuari\tsatu\n"));
  CHECK(s.to_string() == "id/months.tsv:2:9: number must be an integer in [1, 12]");
  s = load_error(with("id/months.tsv", "form\tnumber\nJanuari\t\n"));
  CHECK(s.to_string() == "id/months.tsv:2:9: empty number");
  s = load_error(with("id/triggers.tsv", "form\tkind\tframe\nbertemu\tngobrol\tactive\n"));
  CHECK(s.to_string() == "id/triggers.tsv:2:9: unknown kind 'ngobrol'");
  s = load_error(with("id/titles.tsv", "form\trole\tflags\nJubir\tforeign_minister\tspeaker|juru\n"));
  CHECK(s.to_string() == "id/titles.tsv:2:24: unknown flag 'juru'");
  s = load_error(with("id/months.tsv", "form\tnumber\nJanuari\t1\nJANUARI\t1\n"));
  CHECK(s.to_string() == "id/months.tsv:3:1: duplicate entry 'JANUARI'");
  s = load_error(with("id/months.tsv", "form\tnumber\n\xE2\x80\x99\t1\n"));  // a lone apostrophe folds to nothing
  CHECK(s.to_string() == "id/months.tsv:2:1: empty form");
  CHECK(gazetteer::from_files(with("id/relative_dates.tsv", "form\tdays\tprecision\nkemarin\t-1\tday\n")).ok());
}

TEST_CASE("gazetteer: every problem of a broken file is found, the first is returned", "[gazetteer][errors]") {
  // Two problems: from_files reports the first in file order.
  status s = load_error(with("entities/persons.tsv", kPersonsHeader + "person:a\tperson\tA \t\t\tKH\nperson:b\tperson\tB\tKH\n"));
  CHECK(s.to_string() == "entities/persons.tsv:2:17: leading or trailing space in column 'name'");
}

// ---------------------------------------------------------------- folders

TEST_CASE("gazetteer: load(dir) reports each broken fixture folder with file:line:column", "[gazetteer][errors]") {
  struct fx { const char* folder; errc code; std::string message; };
  const fx cases[] = {
      {"malformed-row", errc::parse_error, "/entities/x.tsv:2:1: expected 5 fields, found 4"},
      {"unknown-column", errc::parse_error, "/entities/x.tsv:1:29: unknown column 'ibukota'"},
      {"unknown-country", errc::invalid_data, "/entities/x.tsv:3:1: unknown country code 'ZZ' in person:sok-dara"},
      {"duplicate-id", errc::invalid_data,
       "/entities/x.tsv:3:1: duplicate id 'country:kh' (first at " + fixture("duplicate-id") + "/entities/x.tsv:2)"},
      {"unknown-person", errc::invalid_data, "/offices.tsv:3:1: office of unknown person 'person:chan-thy'"},
      {"bad-date", errc::parse_error, "/offices.tsv:2:35: bad date '2020-02-30'"},
      {"reversed-office", errc::invalid_data, "/offices.tsv:2:43: office ends (2023-07-31) before it starts (2023-08)"},
      {"unknown-role", errc::invalid_data, "/offices.tsv:2:1: unknown role 'perdana_menteri'"},
      {"bad-id-prefix", errc::invalid_data, "/entities/x.tsv:3:1: id 'orang:sok-dara' must be person:<slug>"},
      {"unknown-table", errc::invalid_data, "/id/bulan.tsv: unknown lexicon table 'bulan'"},
      {"padded-field", errc::parse_error, "/entities/x.tsv:2:20: leading or trailing space in column 'name'"},
  };
  for (const auto& c : cases) {
    INFO(c.folder);
    const std::string dir = fixture(c.folder);
    REQUIRE(fs::is_directory(dir));
    auto r = gazetteer::load(fs::path(dir));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == c.code);
    CHECK(r.error().to_string() == dir + c.message);
    // Loading on top of the builtin copy finds the same problem.
    auto layered = gazetteer::load(std::vector<fs::path>{dir}, true);
    REQUIRE_FALSE(layered.ok());
    CHECK(layered.error().to_string() == dir + c.message);
  }
}

TEST_CASE("gazetteer: load of a missing folder is not_found", "[gazetteer]") {
  const std::string dir = fixture("tidak-ada");
  REQUIRE_FALSE(fs::exists(dir));
  auto r = gazetteer::load(fs::path(dir));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code() == errc::not_found);
  CHECK(r.error().where().file == dir);
  auto layered = gazetteer::load(std::vector<fs::path>{fixture("extra"), dir}, true);
  REQUIRE_FALSE(layered.ok());
  CHECK(layered.error().code() == errc::not_found);
  // A file is not a folder.
  auto file = gazetteer::load(fs::path(fixture("extra") + "/offices.tsv"));
  REQUIRE_FALSE(file.ok());
  CHECK(file.error().code() == errc::not_found);
}

TEST_CASE("gazetteer: load(dirs, true) overlays a folder on the builtin copy", "[gazetteer]") {
  const gazetteer& b = gazetteer::builtin();
  auto r = gazetteer::load(std::vector<fs::path>{fixture("extra")}, true);
  REQUIRE(r.ok());
  const gazetteer& g = *r;
  // A new id is added.
  CHECK(b.find("person:sok-chanda") == nullptr);
  const gazetteer_entity* chanda = g.find("person:sok-chanda");
  REQUIRE(chanda);
  CHECK(chanda->name == "Sok Chanda");
  CHECK(chanda->short_forms == strings{"Chanda"});
  CHECK(g.entities().size() == b.entities().size() + 1);
  // An existing id is replaced, not duplicated.
  const gazetteer_entity* manet = g.find("person:hun-manet");
  REQUIRE(manet);
  CHECK(manet->aliases == strings{"Samdech Uji Manet"});
  CHECK(manet->where.file == fixture("extra") + "/entities/persons.tsv");
  CHECK(b.find("person:hun-manet")->aliases != manet->aliases);
  CHECK(std::count_if(g.entities().begin(), g.entities().end(),
                      [](const gazetteer_entity& e) { return e.id == "person:hun-manet"; }) == 1);
  // Offices and lexicon rows are added; builtin offices stay.
  CHECK(role_ids(g.offices_of("person:sok-chanda", date{2024, 3, 1})) == strings{"foreign_minister"});
  auto manet_roles = role_ids(g.offices_of("person:hun-manet", date{2024, 1, 1}));
  CHECK(std::count(manet_roles.begin(), manet_roles.end(), "prime_minister") == 1);
  CHECK(g.offices().size() == b.offices().size() + 1);
  CHECK(g.language("id")->table("months").size() == b.language("id")->table("months").size() + 1);
  CHECK(g.language("id")->table("months").back().form == "Djanuari");
  // The builtin copy itself is unchanged.
  CHECK(b.find("person:sok-chanda") == nullptr);
}

TEST_CASE("gazetteer: an overlay alone fails on references it does not define", "[gazetteer]") {
  auto r = gazetteer::load(std::vector<fs::path>{fixture("extra")}, false);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code() == errc::invalid_data);
  CHECK(r.error().message().find("unknown country code 'KH'") != std::string::npos);
  auto single = gazetteer::load(fs::path(fixture("extra")));
  CHECK_FALSE(single.ok());
}

// Writes in-memory gazetteer files to a fresh folder under the temp directory.
fs::path write_folder(const std::string& name, const files_t& files) {
  fs::path dir = fs::temp_directory_path() / ("jumpa_gazetteer_test_" + name);
  fs::remove_all(dir);
  for (const auto& [rel, content] : files) {
    fs::create_directories((dir / rel).parent_path());
    std::ofstream(dir / rel, std::ios::binary) << content;
  }
  return dir;
}

TEST_CASE("gazetteer: a later folder replaces entities and adds offices and lexicon rows", "[gazetteer]") {
  fs::path base = write_folder("merge_base", base_files());
  fs::path layer = write_folder(
      "merge_layer",
      {{"entities/persons.tsv", kPersonsHeader + "person:sok-dara\tperson\tSok Dara\tSamdech Dara Baru\t\tKH\n"
                                                 "person:chan-thy\tperson\tChan Thy\t\t\tKH\n"},
       {"entities/countries.tsv", "id\ttype\tname\tcountry\talpha3\ncountry:kh\tcountry\tCambodia\tKH\tKHM\n"},
       {"roles.tsv", "role\tlabel\tclass\nprime_minister\tprime minister\thead_of_government\n"},
       {"offices.tsv", kOfficesHeader + kOfficesOk + "person:chan-thy\tprime_minister\tKH\t\t2024-08\t\t\n"},
       {"id/months.tsv", "form\tnumber\nJanuari\t1\nMaret\t3\n"}});
  auto merged = gazetteer::load(std::vector<fs::path>{base, layer}, false);
  REQUIRE(merged.ok());
  const gazetteer& g = *merged;
  CHECK(g.entities().size() == 10);
  CHECK(g.find("person:sok-dara")->aliases == strings{"Samdech Dara Baru"});
  CHECK(g.find("country:kh")->capital.empty());  // the whole row is replaced
  CHECK(g.offices().size() == 4);                 // the identical office is not doubled
  CHECK(g.language("id")->table("months").size() == 4);
  // A layer that leaves a dangling reference fails.
  auto dangling = gazetteer::from_files(
      {{"entities/countries.tsv", "id\ttype\tname\tcountry\talpha3\ncountry:kh\tcountry\tCambodia\tKH\tKHM\n"},
       {"entities/locations.tsv", "id\ttype\tname\tcountry\tkind\tparent\nloc:kep\tlocation\tKep\tKH\tcity\tloc:phnom-penh\n"}});
  REQUIRE_FALSE(dangling.ok());  // the parent is not in this layer
  CHECK(dangling.error().to_string() == "entities/locations.tsv:2:1: parent 'loc:phnom-penh' of loc:kep is not a location");
  fs::remove_all(base);
  fs::remove_all(layer);
}

TEST_CASE("gazetteer: check() lists every problem of a folder", "[gazetteer][errors]") {
  const std::string d = fixture("several-problems");
  gazetteer_report r = gazetteer::check({fs::path(d)}, false);
  strings got;
  for (const auto& p : r.problems) got.push_back(p.to_string());
  CHECK(got == strings{
                   d + "/entities/x.tsv:4:1: duplicate id 'country:kh' (first at " + d + "/entities/x.tsv:3)",
                   d + "/entities/x.tsv:5:1: expected 5 fields, found 4",
                   d + "/offices.tsv:3:33: bad date '2020-13'",
                   d + "/entities/x.tsv:6:1: unknown country code 'ZZ' in person:chan-thy",
                   d + "/offices.tsv:2:1: unknown role 'menteri'",
               });
  CHECK_FALSE(r.ok());
  // Counts of what did load.
  CHECK(r.entities_by_type.at("country") == 1);
  CHECK(r.entities_by_type.at("person") == 1);
  CHECK(r.offices == 1);
  CHECK(r.roles == 1);
  // load() stops at the first of them.
  auto l = gazetteer::load(fs::path(d));
  REQUIRE_FALSE(l.ok());
  CHECK(l.error().to_string() == got.front());
}

TEST_CASE("gazetteer: check() continues past a missing folder and several broken ones", "[gazetteer][errors]") {
  gazetteer_report r = gazetteer::check(
      {fs::path(fixture("tidak-ada")), fs::path(fixture("bad-date")), fs::path(fixture("unknown-table"))}, false);
  REQUIRE(r.problems.size() == 3);
  CHECK(r.problems[0].code() == errc::not_found);
  CHECK(r.problems[1].to_string() == fixture("bad-date") + "/offices.tsv:2:35: bad date '2020-02-30'");
  CHECK(r.problems[2].to_string() == fixture("unknown-table") + "/id/bulan.tsv: unknown lexicon table 'bulan'");
  // With the builtin copy under a valid overlay there is nothing to report.
  gazetteer_report ok = gazetteer::check({fs::path(fixture("extra"))}, true);
  for (const auto& p : ok.problems) UNSCOPED_INFO(p.to_string());
  CHECK(ok.ok());
  CHECK(ok.entities_by_type.at("person") == gazetteer::builtin().report().entities_by_type.at("person") + 1);
}

// ---------------------------------------------------------------- consistency warnings

TEST_CASE("gazetteer: check() warns about facts that cannot all be true", "[gazetteer]") {
  const std::string d = fixture("inconsistent");
  gazetteer_report r = gazetteer::check({fs::path(d)}, false);
  for (const auto& p : r.problems) UNSCOPED_INFO(p.to_string());
  CHECK(r.ok());  // warnings do not make a folder invalid
  strings got;
  for (const auto& w : r.warnings) got.push_back(w.to_string());
  const std::string o = d + "/offices.tsv", p = d + "/entities/persons.tsv";
  CHECK(got == strings{
                   // Two prime ministers of KH in 2019; the handover within June 2020 is not an overlap.
                   o + ":4:1: office prime_minister of KH held by person:chan-vibol from 2019-01 overlaps "
                       "person:sok-dara's (" + o + ":2)",
                   o + ":5:1: office minister from 2021-01 after person:chan-vibol died",
                   o + ":6:1: office minister still held although person:chan-vibol died 2020-05-04",
                   o + ":7:1: office minister from 2020 before person:kim-young was 15",
                   // Dara Sok is Sok Dara with the family name last; Keo Ratha twice with one birth date.
                   p + ":6:1: person person:dara-sok looks like person:sok-dara (" + p + ":3): same name 'Dara Sok' in KH",
                   p + ":8:1: person person:keo-ratha-la looks like person:keo-ratha (" + p +
                       ":7): same name and birth date 1970-01-02",
                   p + ":5:1: short form 'Dara' of person:chan-vibol is also a short form of person:sok-dara (" + p +
                       ":3): it never resolves alone; list it in ambiguous_names.tsv",
                   p + ":9:1: short form 'Kim' of person:kim-young is an ambiguous name (" + d +
                       "/ambiguous_names.tsv:3): it never resolves alone",
               });
  // Same-named persons born on different dates, or of different countries
  // with no birth date, are not reported.
  CHECK(std::none_of(got.begin(), got.end(), [](const std::string& w) { return w.find("mey-sophal") != std::string::npos; }));
}

TEST_CASE("gazetteer: the builtin copy has no consistency warning", "[gazetteer]") {
  gazetteer_report r = gazetteer::check({}, true);
  for (const auto& w : r.warnings) UNSCOPED_INFO(w.to_string());
  CHECK(r.warnings.empty());
  // Its ambiguous names are loaded: the family names the issue names among them.
  strings forms;
  for (const auto& a : gazetteer::builtin().ambiguous_names()) forms.push_back(a.form);
  for (const char* f : {"Hun", "Lee", "Kim", "Nguyen"})
    CHECK(std::find(forms.begin(), forms.end(), f) != forms.end());
}

TEST_CASE("gazetteer: ambiguous_names.tsv is read, merged and checked", "[gazetteer]") {
  auto r = gazetteer::load(fs::path(fixture("inconsistent")));
  REQUIRE(r.ok());
  REQUIRE(r->ambiguous_names().size() == 1);
  CHECK(r->ambiguous_names()[0].form == "Kim");
  CHECK(r->ambiguous_names()[0].where.line == 3);
  // On top of the builtin copy, which lists Kim too, the form is kept once.
  auto layered = gazetteer::load(std::vector<fs::path>{fixture("inconsistent")}, true);
  REQUIRE(layered.ok());
  CHECK(layered->ambiguous_names().size() == gazetteer::builtin().ambiguous_names().size());
  // A form listed twice (case does not matter) is a problem.
  const std::string bad = fixture("bad-ambiguous");
  auto b = gazetteer::load(fs::path(bad));
  REQUIRE_FALSE(b.ok());
  CHECK(b.error().to_string() == bad + "/ambiguous_names.tsv:4:1: duplicate entry 'kim' (first at line 2)");
  auto col = gazetteer::from_files({{"ambiguous_names.tsv", "form\tcountry\nKim\tKR\n"}});
  REQUIRE_FALSE(col.ok());
  CHECK(col.error().to_string() == "ambiguous_names.tsv:1:6: unknown column 'country'");
}

// ---------------------------------------------------------------- ambiguities

TEST_CASE("gazetteer: ambiguities() reports shared aliases and common words", "[gazetteer]") {
  files_t f = with("entities/persons.tsv", kPersonsHeader +
                                               "person:sok-dara\tperson\tSok Dara\tSamdech Dara\tDara\tKH\n"
                                               "person:chan-dara\tperson\tChan Dara\tSAMDECH DARA\tDara\tKH\n"
                                               "person:budi-santoso\tperson\tBudi Santoso\t\tSantoso\tID\n");
  f = with(f, "entities/more.tsv",
           "id\ttype\tname\taliases\tcountry\tkind\n"
           "loc:kota-baru\tlocation\tKota Baru\tBaru\tID\tcity\n"
           "loc:santoso\tlocation\tSantoso\t\tID\tdistrict\n");
  f = with(f, "id/stopwords.tsv", "form\ndan\nbaru\n");
  auto r = gazetteer::from_files(f);
  REQUIRE(r.ok());
  std::vector<ambiguity> a = r->ambiguities();
  std::map<std::string, std::pair<strings, std::string>> by_form;
  for (const auto& x : a) by_form[x.form + "/" + x.reason] = {x.ids, x.reason};

  REQUIRE(by_form.count("samdech dara/shared alias"));
  CHECK(by_form["samdech dara/shared alias"].first == strings{"person:chan-dara", "person:sok-dara"});
  REQUIRE(by_form.count("baru/common word"));
  CHECK(by_form["baru/common word"].first == strings{"loc:kota-baru"});
  REQUIRE(by_form.count("dara/shared short form"));
  CHECK(by_form["dara/shared short form"].first == strings{"person:chan-dara", "person:sok-dara"});
  // A short form equal to another entity's name is ambiguous too.
  REQUIRE(by_form.count("santoso/shared short form"));
  CHECK(by_form["santoso/shared short form"].first == strings{"loc:santoso", "person:budi-santoso"});
  // Unique names are not reported.
  CHECK(by_form.count("sok dara/shared alias") == 0);
  CHECK(by_form.count("kamboja/shared alias") == 0);
  // The report carries the same list.
  CHECK(r->report().ambiguities.size() == a.size());
  // The base gazetteer has none.
  CHECK(gazetteer::from_files(base_files())->ambiguities().empty());
}

TEST_CASE("gazetteer: entity types parse and print", "[gazetteer]") {
  CHECK(std::string(to_string(entity_type::organization)) == "organization");
  CHECK(parse_entity_type("organisation") == entity_type::organization);
  CHECK(parse_entity_type("location") == entity_type::location);
  CHECK_FALSE(parse_entity_type("orang"));
  CHECK_FALSE(parse_entity_type("Person"));
}
