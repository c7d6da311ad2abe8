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

TEST_CASE("english: an appositive title after the name, and 'Prime Minister of Cambodia'") {
  auto d = run("Hun Manet, Cambodia's prime minister, met Prime Minister of Thailand Paetongtarn Shinawatra "
               "on the sidelines of the ASEAN Summit in Vientiane yesterday.", "2024-10-10");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Hun Manet", "Paetongtarn Shinawatra")});
  const auto* m = first_meeting(d);
  REQUIRE(m);
  CHECK(m->when.to_string() == "2024-10-09");
  REQUIRE(m->place);
  CHECK(d.entities[*m->place].name == "Vientiane");
}

TEST_CASE("english: 'during his meeting with' gives the meeting of the sentence's subject") {
  auto d = run("During his meeting with Singaporean Prime Minister Lawrence Wong in Singapore on Monday, "
               "President Prabowo Subianto proposed a new investment fund.", "2025-06-17");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Lawrence Wong", "Prabowo Subianto")});
}

TEST_CASE("english: an unknown envoy presenting credentials, with an honorific chain") {
  auto d = run("His Excellency Mr. Jonas Eklund, Ambassador of Sweden to Cambodia, presented his credentials to "
               "His Majesty King Norodom Sihamoni at the Royal Palace in Phnom Penh.");
  INFO(describe(d));
  const auto* amb = by_name(d, "Jonas Eklund");
  REQUIRE(amb);
  CHECK(amb->country == "SE");
  CHECK(met_pairs(d) == V{pair_of("Jonas Eklund", "Norodom Sihamoni")});
}

TEST_CASE("english: a speaker describing the meeting and a greeting conveyed do not meet") {
  auto d = run("Foreign ministry spokesperson Chum Sounry said Prime Minister Hun Manet met Lao Prime Minister "
               "Sonexay Siphandone in Phnom Penh. Hun Manet also conveyed his greetings to Lao President "
               "Thongloun Sisoulith.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Hun Manet", "Sonexay Siphandone")});
}

TEST_CASE("english: bylines and 'Read more' lines are boilerplate") {
  auto d = run("Reporter: Sok Dara\nRead more: Hun Manet meets Anwar Ibrahim in Kuala Lumpur\n"
               "Cambodia and Malaysia agreed to expand trade.");
  INFO(describe(d));
  CHECK(met_pairs(d, std::nullopt).empty());
  CHECK(by_name(d, "Sok Dara") == nullptr);
}

TEST_CASE("english: the two countries after a meeting relate, and a cooperation cue relates countries") {
  auto d = run("Vietnamese Defence Minister Phan Van Giang received his Cambodian counterpart Tea Seiha in Hanoi. "
               "The two ministers agreed to deepen defence cooperation between Vietnam and Cambodia.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Phan Van Giang", "Tea Seiha")});
  CHECK(has_country_relation(d, "KH", "VN"));
}

TEST_CASE("english: Khmer Times style receptions, audiences and bilateral meetings") {
  struct example {
    const char* text;
    V pairs;
  };
  for (const example& x : std::vector<example>{
           {"Prime Minister Hun Manet yesterday received a courtesy call from Japanese Ambassador to Cambodia "
            "Ueno Atsushi at the Peace Palace.",
            {pair_of("Atsushi Ueno", "Hun Manet")}},
           {"Visiting Lao Foreign Minister Thongsavanh Phomvihane paid a courtesy call on Cambodian Prime Minister "
            "Hun Manet in Phnom Penh on Tuesday.",
            {pair_of("Hun Manet", "Thongsavanh Phomvihane")}},
           {"Cambodian Prime Minister Hun Manet held a bilateral meeting with Chinese Premier Li Qiang on the "
            "sidelines of the summit.",
            {pair_of("Hun Manet", "Li Qiang")}},
           {"His Majesty King Norodom Sihamoni granted an audience to Vietnamese President Luong Cuong at the "
            "Royal Palace.",
            {pair_of("Luong Cuong", "Norodom Sihamoni")}},
       }) {
    auto d = run(x.text, "2025-03-05");
    INFO(x.text << describe(d));
    CHECK(met_pairs(d) == x.pairs);
  }
}

TEST_CASE("english: a semicolon list of callers with appositive titles; each caller's country relates to the host's") {
  auto d = run("The Speaker of the National Assembly Khuon Sudary received courtesy calls from H.E. Mr. Lars Nyberg, "
               "Ambassador of the Kingdom of Sweden to Cambodia; H.E. Mrs. Ana Duarte, Ambassador of the Portuguese "
               "Republic to Cambodia; and H.E. Dr. Omar Haddad, Ambassador of the Hashemite Kingdom of Jordan to "
               "Cambodia. The visits were held separately.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Ana Duarte", "Khuon Sudary"), pair_of("Khuon Sudary", "Lars Nyberg"),
                          pair_of("Khuon Sudary", "Omar Haddad")});
  for (const char* name : {"Lars Nyberg", "Ana Duarte", "Omar Haddad"}) {
    const auto* e = by_name(d, name);
    REQUIRE(e);
    CHECK_FALSE(e->country.empty());
  }
  CHECK(has_country_relation(d, "KH", "SE"));
  CHECK(has_country_relation(d, "KH", "PT"));
  CHECK(has_country_relation(d, "KH", "JO"));
}

TEST_CASE("english: a date line under the byline gives the publication date") {
  auto d = run("Prabowo meets Wong\n\nSiti Aminah\nJune 12, 2025 | 5:36 pm\nIndonesian President Prabowo Subianto met "
               "Singaporean Prime Minister Lawrence Wong in Singapore on Monday.");
  INFO(describe(d));
  CHECK(d.published.to_string() == "2025-06-12");
  const auto* m = first_meeting(d);
  REQUIRE(m);
  CHECK(m->when.to_string() == "2025-06-09");
  auto t = run("Tokyo talks\n13:46 JST, January 17, 2025\nJapanese Prime Minister Shigeru Ishiba held talks with "
               "Lao Prime Minister Sonexay Siphandone.");
  CHECK(t.published.to_string() == "2025-01-17");
}

TEST_CASE("english: a city-state named as the place is its capital; another country is no place") {
  auto d = run("Indonesian President Prabowo Subianto met Singaporean Prime Minister Lawrence Wong in Singapore.");
  INFO(describe(d));
  const auto* m = first_meeting(d);
  REQUIRE(m);
  REQUIRE(m->place);
  CHECK(d.entities[*m->place].ref == "loc:singapore");
  auto v = run("Indonesian President Prabowo Subianto met Singaporean Prime Minister Lawrence Wong in Vietnam.");
  const auto* mv = first_meeting(v);
  REQUIRE(mv);
  CHECK_FALSE(mv->place);
}

TEST_CASE("english: publication dates from ISO date lines, abbreviated months and yearless datelines") {
  auto iso = run("Xi meets Hun Manet\nSource: Xinhua | 2023-09-15 21:40:12 | Editor: huaxia\n"
                 "BEIJING, Sept. 15 (Xinhua) -- Chinese President Xi Jinping met with Cambodian Prime Minister "
                 "Hun Manet in Beijing on Friday.");
  INFO(describe(iso));
  CHECK(iso.published.to_string() == "2023-09-15");
  const auto* m = first_meeting(iso);
  REQUIRE(m);
  CHECK(m->when.to_string() == "2023-09-15");
  auto bkk = run("PUBLISHED : 7 Jun 2024 at 18:10\nWRITER: Online Reporters\n\nThai Prime Minister Srettha Thavisin "
                 "received Lao Foreign Minister Saleumxay Kommasith at Government House yesterday.");
  CHECK(bkk.published.to_string() == "2024-06-07");
  auto yearless = run("KUALA LUMPUR, June 11 (Bernama) -- Prime Minister Anwar Ibrahim spoke by phone with his "
                      "Cambodian counterpart Hun Manet last night, days after a border clash on May 28.");
  INFO(describe(yearless));
  const auto* y = first_meeting(yearless);
  REQUIRE(y);
  CHECK(y->when.to_string() == "--06-10");
}

TEST_CASE("english: a bare month followed by a capitalised word is a name, not a month") {
  auto d = run("Polish envoy Jan Kowalski met Cambodian Foreign Minister Prak Sokhonn in Phnom Penh on 3 March 2025.");
  INFO(describe(d));
  const auto* m = first_meeting(d);
  REQUIRE(m);
  CHECK(m->when.to_string() == "2025-03-03");
}

TEST_CASE("english: a question about a meeting is not a meeting; 'had spoken by phone' is a call") {
  auto q = run("Asked whether he had met his Cambodian counterpart Prak Sokhonn, Thai Foreign Minister Maris "
               "Sangiampongsa said no talks were planned.");
  INFO(describe(q));
  CHECK(met_pairs(q).empty());
  auto p = run("Malaysian Foreign Minister Mohamad Hasan told reporters that he had spoken by phone with Indian "
               "External Affairs Minister S. Jaishankar on Tuesday.");
  INFO(describe(p));
  CHECK(met_pairs(p).size() == 1);
}

TEST_CASE("english: envoys each presenting credentials meet the King, not each other") {
  auto d = run("His Majesty King Norodom Sihamoni received three new ambassadors at the Royal Palace. In separate "
               "ceremonies, H.E. Lars Nyberg of Sweden, H.E. Ana Duarte of Portugal and H.E. Omar Haddad of Jordan "
               "each presented their credentials to the King, according to a statement from the palace.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Ana Duarte", "Norodom Sihamoni"), pair_of("Lars Nyberg", "Norodom Sihamoni"),
                          pair_of("Norodom Sihamoni", "Omar Haddad")});
  auto alone = run("H.E. Lars Nyberg of Sweden and H.E. Ana Duarte of Portugal each presented their credentials to "
                   "the Head of State.");
  INFO(describe(alone));
  CHECK(met_pairs(alone).empty());
}

TEST_CASE("english: an aside inside 'between A, ..., and B'; a delegation led by X") {
  auto d = run("The row began after a phone conversation between Paetongtarn Shinawatra, since suspended as premier, and "
               "Cambodian Senate President Hun Sen.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Hun Sen", "Paetongtarn Shinawatra")});
  auto led = run("Senate President Hun Sen received a delegation of the Lao People's Revolutionary Party (LPRP) led "
                 "by Khamphao Vongsamphanh at the Senate.");
  INFO(describe(led));
  CHECK(met_pairs(led) == V{pair_of("Hun Sen", "Khamphao Vongsamphanh")});
}

TEST_CASE("english: asides, relative clauses, discourse adverbs and unknown subjects") {
  // A person inside a ", who ... ," aside before the trigger is no subject.
  auto aside = run("Harris, who led the delegation after President Joe Biden skipped the summit, met Indonesian "
                   "President Joko Widodo.");
  INFO(describe(aside));
  CHECK(met_pairs(aside).empty());
  // The subject of ", who met Y" is the person before it; the unknown name after a title is a person.
  auto rel = run("Lao special envoy Alounkeo Kittikhoun, who met Min Aung Hlaing in Naypyitaw last month, briefed "
                 "the ministers.");
  INFO(describe(rel));
  CHECK(met_pairs(rel) == V{pair_of("Alounkeo Kittikhoun", "Min Aung Hlaing")});
  // "Separately," at the start is discourse: no person named "Separately"; A and B met each other.
  auto sep = run("Separately, Foreign Minister Yoko Kamikawa met with Cambodian Foreign Minister Sok Chenda Sophea.");
  INFO(describe(sep));
  CHECK(person_names(sep) == V{"Sok Chenda Sophea", "Yoko Kamikawa"});
  // "A and B separately met <someone unresolved>": A and B did not meet each other.
  auto two = run("Chinese Premier Li Qiang and Zhao Leji, chairman of the NPC Standing Committee, separately met the "
                 "visiting delegation.");
  INFO(describe(two));
  CHECK(met_pairs(two).empty());
  // An unresolved subject ("The Lao leader") leaves its objects unpaired.
  auto unk = run("The Lao leader also received New Zealand Prime Minister Christopher Luxon and Australian Prime "
                 "Minister Anthony Albanese.");
  INFO(describe(unk));
  CHECK(met_pairs(unk).empty());
}

TEST_CASE("english: 'the Lao leader' is the latest Lao head of state or government named before") {
  auto d = run("Lao Prime Minister Sonexay Siphandone opened the summit in Vientiane on Thursday. The Lao leader "
               "also received New Zealand Prime Minister Christopher Luxon in a courtesy call.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Christopher Luxon", "Sonexay Siphandone")});
}

TEST_CASE("english: an aside inside a list of objects; 'in separate meetings' before the subject") {
  auto d = run("In separate meetings the same day, Japanese Prime Minister Fumio Kishida met Lao Prime Minister "
               "Sonexay Siphandone, whose country chairs ASEAN next year, and Malaysian Prime Minister Anwar Ibrahim.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{pair_of("Anwar Ibrahim", "Fumio Kishida"), pair_of("Fumio Kishida", "Sonexay Siphandone")});
}

TEST_CASE("english: a weekday without 'on' after a verb is a date") {
  auto d = run("December 16, 2023\nTOKYO (Kyodo) -- Japanese Prime Minister Fumio Kishida held talks Saturday with "
               "Cambodian Prime Minister Hun Manet in Tokyo.");
  INFO(describe(d));
  const auto* m = first_meeting(d);
  REQUIRE(m);
  CHECK(m->when.to_string() == "2023-12-16");
}
