// English news through the same rules: every English word comes from
// gazetteers/en. Each case is one class of phrasing, with invented sentences.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "jumpa/jumpa.h"
#include "support.h"

namespace {

using namespace jumpa_test;
using V = std::vector<std::string>;

const jumpa::relation* first_meeting(const jumpa::document& d) {
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::met) return &r;
  return nullptr;
}

bool has_country_relation(const jumpa::document& d, const std::string& a, const std::string& b) {
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::country_relation && r.args.size() == 2) {
      std::string x = d.entities[r.args[0]].country, y = d.entities[r.args[1]].country;
      if ((x == a && y == b) || (x == b && y == a)) return true;
    }
  return false;
}

}  // namespace

TEST_CASE("english: X met Y, with adjective countries before the titles, a place and a month-day date") {
  auto d = run("PHNOM PENH, March 4 (Xinhua) -- Cambodian Prime Minister Hun Manet met Vietnamese Prime Minister "
               "Pham Minh Chinh in Hanoi on Monday, February 26, 2024.", "2024-03-04");
  INFO(describe(d));
  CHECK(d.lang == "en");
  CHECK(met_pairs(d) == V{pair_of("Hun Manet", "Pham Minh Chinh")});
  const auto* m = first_meeting(d);
  REQUIRE(m);
  CHECK(m->when.to_string() == "2024-02-26");
  REQUIRE(m->place);
  CHECK(d.entities[*m->place].name == "Hanoi");
  CHECK(has_country_relation(d, "KH", "VN"));
}

TEST_CASE("english: an unknown ambassador gets the country of a possessive or an 'of' phrase") {
  auto d = run("Malaysia's Ambassador to Laos Ahmad Zaki Rahmat paid a courtesy call on Lao Prime Minister "
               "Sonexay Siphandone in Vientiane on 12 June 2024.");
  INFO(describe(d));
  const auto* amb = by_name(d, "Ahmad Zaki Rahmat");
  REQUIRE(amb);
  CHECK(amb->country == "MY");
  CHECK(met_pairs(d) == V{pair_of("Ahmad Zaki Rahmat", "Sonexay Siphandone")});
  const auto* m = first_meeting(d);
  REQUIRE(m);
  CHECK(jumpa::to_string(m->kind) == std::string("courtesy_call"));
  CHECK(m->when.to_string() == "2024-06-12");
}

TEST_CASE("english: Y was received by X (passive) is one reception") {
  auto d = run("Thai Foreign Minister Maris Sangiampongsa was received by Cambodian Prime Minister Hun Manet "
               "at the Peace Palace on Tuesday.", "2025-05-08");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Hun Manet", "Maris Sangiampongsa")});
}

TEST_CASE("english: X and Y held talks; talks between X and Y") {
  auto d1 = run("Lao Prime Minister Sonexay Siphandone and Japanese Prime Minister Shigeru Ishiba held talks in Tokyo.");
  INFO(describe(d1));
  CHECK(met_pairs(d1) == V{pair_of("Shigeru Ishiba", "Sonexay Siphandone")});
  auto d2 = run("The talks between Indonesian President Prabowo Subianto and Singaporean Prime Minister Lawrence Wong "
                "covered trade and energy.");
  INFO(describe(d2));
  CHECK(met_pairs(d2) == V{pair_of("Lawrence Wong", "Prabowo Subianto")});
}

TEST_CASE("english: a pronoun subject and a counterpart object") {
  auto d = run("Malaysian Prime Minister Anwar Ibrahim arrived in Bangkok on Sunday. He met his Thai counterpart "
               "Paetongtarn Shinawatra at Government House.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Anwar Ibrahim", "Paetongtarn Shinawatra")});
}

TEST_CASE("english: planned, hoped, negated and cancelled meetings are not happened meetings") {
  for (const char* text : {
           "Prime Minister Hun Manet will meet Vietnamese Prime Minister Pham Minh Chinh next week.",
           "Prime Minister Hun Manet is expected to meet Vietnamese Prime Minister Pham Minh Chinh in Hanoi.",
           "Prime Minister Hun Manet did not meet Vietnamese Prime Minister Pham Minh Chinh in Hanoi.",
           "Prime Minister Hun Manet hopes to meet Vietnamese Prime Minister Pham Minh Chinh soon.",
           "A meeting between Prime Minister Hun Manet and Vietnamese Prime Minister Pham Minh Chinh was cancelled.",
       }) {
    auto d = run(text);
    INFO(text << describe(d));
    CHECK(met_pairs(d).empty());
  }
}

TEST_CASE("english: a phone call is a phone call and has no place") {
  auto d = run("Prime Minister Anwar Ibrahim held a phone call with Australian Prime Minister Anthony Albanese "
               "on Thursday from Putrajaya.", "2025-05-09");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Anthony Albanese", "Anwar Ibrahim")});
  const auto* m = first_meeting(d);
  REQUIRE(m);
  CHECK(jumpa::to_string(m->kind) == std::string("phone_call"));
  CHECK_FALSE(m->place);
}

TEST_CASE("english: courtesy calls received from a list are separate, and each caller meets only the host") {
  auto d = run("Speaker of the National Assembly Khuon Sudary received courtesy calls from the Ambassador of Japan "
               "to Cambodia Ueno Atsushi and the Ambassador of India to Cambodia Devyani Khobragade in Phnom Penh. "
               "The calls were held separately.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Atsushi Ueno", "Khuon Sudary"), pair_of("Devyani Khobragade", "Khuon Sudary")});
}

TEST_CASE("english: traps and speakers are no meeting and no country") {
  auto d = run("The Cambodian riel weakened against the US dollar, a spokesman for the Foreign Ministry said, "
               "as ships crossed the South China Sea.");
  INFO(describe(d));
  CHECK(met_pairs(d, std::nullopt).empty());
  for (const auto& e : d.entities) CHECK(e.country != "US");
}
