// Classes of phenomena seen in real news, each with invented sentences:
// honorific chains and patronymics, group objects named in a later list,
// welcomes on arrival, companions, co-subjects and spouses, receptions of
// things, temporal and purpose clauses, headline fragments.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "jumpa/jumpa.h"
#include "support.h"

namespace {

using namespace jumpa_test;
using V = std::vector<std::string>;

}  // namespace

TEST_CASE("real news: a Malay name inside an honorific chain with a patronymic is the gazetteer person") {
  auto d = run("Menteri Luar Negeri Malaysia Dato' Seri Diraja Dr. Zambry bin Abd. Kadir tiba di Jakarta pada Senin.");
  INFO(describe(d));
  CHECK(person_names(d) == V{"Zambry Abdul Kadir"});
}

TEST_CASE("real news: an unknown Bruneian name drops its honorifics and keeps the patronymic") {
  auto d = run("Duta Besar Brunei Darussalam untuk Laos, Dato Paduka Awang Haji Rahman bin Haji Salleh, hadir di Vientiane.");
  INFO(describe(d));
  CHECK(person_names(d) == V{"Rahman Salleh"});
}

TEST_CASE("real news: a capitalised sentence adverb before a title is no person") {
  auto d = run("Selanjutnya, Presiden Joko Widodo meninjau pasar di Solo.");
  INFO(describe(d));
  CHECK(person_names(d) == V{"Joko Widodo"});
}

TEST_CASE("real news: a group object named in a later list meets the host, not the host's own minister") {
  auto d = run(
      "Presiden Joko Widodo menerima kunjungan kehormatan para Menteri Luar Negeri ASEAN di Istana Merdeka, "
      "Jakarta, pada Jumat (3/2/2023). Para menteri itu datang berurutan: Menteri Luar Negeri Laos Saleumxay "
      "Kommasith, Menteri Luar Negeri Kamboja Prak Sokhonn, dan Menteri Luar Negeri Singapura Vivian Balakrishnan. "
      "Menteri Luar Negeri Retno Marsudi ikut hadir.");
  INFO(describe(d));
  V pairs = met_pairs(d);
  CHECK(std::count(pairs.begin(), pairs.end(), "Joko Widodo + Prak Sokhonn") == 1);
  CHECK(std::count(pairs.begin(), pairs.end(), "Prak Sokhonn + Saleumxay Kommasith") == 1);
  CHECK(std::count(pairs.begin(), pairs.end(), "Joko Widodo + Vivian Balakrishnan") == 1);
  for (const auto& p : pairs) CHECK(p.find("Retno Marsudi") == std::string::npos);
}

TEST_CASE("real news: credentials from a counted group of ambassadors are separate receptions") {
  auto d = run(
      "Presiden Joko Widodo menerima surat kepercayaan dari tiga duta besar negara sahabat di Istana Merdeka. "
      "Mereka adalah:\n1. Duta Besar Kuba untuk Indonesia Maria Elena Duarte\n"
      "2. Duta Besar Tunisia untuk Indonesia Karim Ben Salah\n"
      "3. Duta Besar Bulgaria untuk Indonesia berkedudukan di Singapura Petar Ivanov");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Joko Widodo + Karim Ben Salah", "Joko Widodo + Maria Elena Duarte",
                          "Joko Widodo + Petar Ivanov"});
}

TEST_CASE("real news: a welcome on arrival at the airport is no meeting") {
  auto d = run(
      "Setibanya di Bandara Internasional Kuala Lumpur, Presiden Joko Widodo disambut Menteri Pertahanan Malaysia "
      "Mohamad Sabu.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
}

TEST_CASE("real news: ministers who accompany the leader to a meeting do not meet the guest") {
  auto d = run(
      "Menteri Agama Nasaruddin Umar dan Menteri Sekretaris Negara Pratikno ikut mendampingi Wakil Presiden "
      "Gibran Rakabuming Raka menemui Perdana Menteri Malaysia Anwar Ibrahim di Jakarta.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Anwar Ibrahim + Gibran Rakabuming Raka"});
}

TEST_CASE("real news: co-subjects and a spouse meet the other side, not each other") {
  auto d = run(
      "Presiden Joko Widodo bersama Ibu Negara Iriana menyambut Perdana Menteri Singapura Lee Hsien Loong dan "
      "istrinya, Ho Ching, di Istana Merdeka, Jakarta.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Ho Ching + Iriana", "Ho Ching + Joko Widodo", "Iriana + Lee Hsien Loong",
                          "Joko Widodo + Lee Hsien Loong"});
}

TEST_CASE("real news: receiving a thing from a person is no reception") {
  auto d = run("Di Kuala Lumpur, Ibu Negara Iriana menerima rangkaian bunga dari istri Perdana Menteri Malaysia, Siti Hasmah.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
}

TEST_CASE("real news: the meeting of a 'before' clause is still ahead; the main one happened") {
  auto d = run(
      "Sebelum bertemu Presiden Prabowo Subianto, Perdana Menteri Malaysia Anwar Ibrahim lebih dulu bertemu "
      "dengan Wakil Presiden Gibran Rakabuming Raka di Jakarta pada Senin (21/4/2025).",
      "2025-04-21");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Anwar Ibrahim + Gibran Rakabuming Raka"});
  CHECK(met_pairs(d, jumpa::meeting_status::planned) == V{"Anwar Ibrahim + Prabowo Subianto"});
}

TEST_CASE("real news: travelling to attend a summit is not yet a summit") {
  auto d = run("Presiden Prabowo Subianto dan Perdana Menteri Anwar Ibrahim bertolak ke Bali untuk menghadiri KTT G20.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
}

TEST_CASE("real news: a title naming an organisation is an affiliation in that role") {
  auto d = run("Menlu RI Sugiono bertemu dengan Sekretaris Jenderal ASEAN Kao Kim Hourn di Jakarta.");
  INFO(describe(d));
  bool found = false;
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::affiliation) {
      CHECK(d.entities[r.args[0]].name == "Kao Kim Hourn");
      CHECK(d.entities[r.args[1]].ref == "org:asean");
      CHECK(r.role == "secretary_general");
      found = true;
    }
  CHECK(found);
}

TEST_CASE("real news: a qualified title before a comma names someone else than the next title's person") {
  auto d = run("Dalam diskusi dengan Sekjen ASEAN, Menlu Sugiono menekankan pentingnya sentralitas ASEAN.");
  INFO(describe(d));
  for (const auto& r : d.relations) CHECK(r.type != jumpa::relation_type::affiliation);
}

TEST_CASE("real news: a meeting after 'selain' has the status of the main clause") {
  auto d = run(
      "Selain bertemu dengan Presiden China Xi Jinping, Perdana Menteri Kamboja Hun Manet bakal bertemu dengan "
      "Perdana Menteri China Li Qiang di Beijing.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(met_pairs(d, jumpa::meeting_status::planned) == V{"Hun Manet + Li Qiang", "Hun Manet + Xi Jinping"});
}

TEST_CASE("real news: a photo before a summit dinner is no meeting") {
  auto d = run(
      "Presiden Joko Widodo berfoto bersama dengan Perdana Menteri Kamboja Hun Manet sebelum acara jamuan KTT "
      "ASEAN di Jakarta.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
}

TEST_CASE("real news: persons of a clause ending 'dalam sebuah pertemuan' took part in it") {
  auto d = run(
      "Ketua Senat Kamboja Hun Sen memberikan pengarahan kepada Perdana Menteri Malaysia Anwar Ibrahim dalam "
      "sebuah pertemuan di Phnom Penh pada Selasa (14/10/2025).",
      "2025-10-15");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Anwar Ibrahim + Hun Sen"});
}

TEST_CASE("real news: a welcome by the visitor's own minister is protocol, not a meeting") {
  auto d = run("Di hotel, Presiden Joko Widodo disambut oleh Menteri Luar Negeri Retno Marsudi.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
}

TEST_CASE("real news: attending an audience with a monarch is a courtesy call") {
  auto d = run("Presiden Prabowo Subianto menghadiri audiensi dengan Sultan Ibrahim di Kuala Lumpur pada Senin (27/1/2025).",
               "2025-01-28");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Ibrahim Iskandar + Prabowo Subianto"});
}

TEST_CASE("real news: a meeting without a place takes the place of the event told before") {
  auto d = run(
      "Pertemuan para menteri luar negeri Mekong digelar di Chiang Mai pada Jumat (16/8/2024). Menteri Luar "
      "Negeri China Wang Yi bertemu dengan Menteri Luar Negeri Laos Saleumxay Kommasith.",
      "2024-08-17");
  INFO(describe(d));
  bool found = false;
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::met && r.place) {
      CHECK(d.entities[*r.place].name == "Chiang Mai");
      found = true;
    }
  CHECK(found);
}

TEST_CASE("real news: a planned meeting's place does not move the running place") {
  auto d = run(
      "Presiden Prabowo Subianto berencana bertemu Perdana Menteri Anwar Ibrahim di Kuala Lumpur bulan depan. "
      "Hari ini, Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Malaysia Mohamad Hasan.",
      "2025-05-02");
  INFO(describe(d));
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::met && r.status == jumpa::meeting_status::happened && r.place)
      CHECK(d.entities[*r.place].name != "Kuala Lumpur");
}

TEST_CASE("real news: membership titles name their body; a generic title before a body name makes no person") {
  auto d = run(
      "Presiden Laos Thongloun Sisoulith bertemu dengan Wang Huning, Anggota Biro Politik Komite Sentral Partai "
      "Komunis Tiongkok, di Vientiane. Ia juga bertemu Kepala Departemen Publisitas Komite Sentral.");
  INFO(describe(d));
  V persons = person_names(d);
  CHECK(std::count(persons.begin(), persons.end(), "Publisitas") == 0);
  bool politburo = false;
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::affiliation && r.role == "politburo_member") politburo = true;
  CHECK(politburo);
}

TEST_CASE("real news: an object of an earlier trigger repeated by a title is no subject of the next one") {
  auto d = run(
      "Li Qiang juga bertemu dengan Sonexay Siphandone, Perdana Menteri Laos, serta berbincang dengan Saleumxay "
      "Kommasith.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Li Qiang + Saleumxay Kommasith", "Li Qiang + Sonexay Siphandone"});
}

TEST_CASE("real news: a title naming a chamber by its country affiliates with the chamber of the office record") {
  auto d = run("Ketua Senat Kamboja Hun Sen menerima Menteri Luar Negeri Laos Saleumxay Kommasith di Phnom Penh.",
               "2024-06-01");
  INFO(describe(d));
  bool senate = false;
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::affiliation && d.entities[r.args[0]].name == "Hun Sen" &&
        d.entities[r.args[1]].ref == "org:senate-kh")
      senate = true;
  CHECK(senate);
}

TEST_CASE("real news: countries coordinated after 'dengan' relate to the clause's first country, not to each other") {
  auto d = run("Vietnam juga menjaga hubungan baik dengan China dan Amerika Serikat.");
  INFO(describe(d));
  std::set<std::string> pairs;
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::country_relation)
      pairs.insert(pair_of(d.entities[r.args[0]].country, d.entities[r.args[1]].country));
  CHECK(pairs == std::set<std::string>{"CN + VN", "US + VN"});
}

TEST_CASE("real news: a military rank after an ambassador's comma is the same person's title") {
  auto d = run(
      "Presiden Joko Widodo menerima Duta Besar Brunei Darussalam untuk Indonesia, Brigadir Jenderal (Purn) Dato "
      "Seri Haji Yusof bin Haji Ahmad, di Istana Merdeka.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Joko Widodo + Yusof Ahmad"});
  const auto* p = by_name(d, "Yusof Ahmad");
  REQUIRE(p);
  bool ambassador = false;
  for (const auto& r : p->roles) ambassador |= r.id == "ambassador";
  CHECK(ambassador);
}

TEST_CASE("real news: a spokesperson saying that X met Y reports a meeting; X is no speaker") {
  auto d = run("Juru bicara Kementerian Luar Negeri Chum Sounry mengatakan Perdana Menteri Hun Manet bertemu "
               "Perdana Menteri Laos Sonexay Siphandone di Phnom Penh.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Sonexay Siphandone"});
}

TEST_CASE("real news: 'pemimpin Kamboja itu' is the latest Cambodian head of government named before") {
  auto d = run("Perdana Menteri Kamboja Hun Manet tiba di Jakarta pada Senin. Pemimpin Kamboja itu kemudian "
               "bertemu dengan Presiden Prabowo Subianto di Istana Merdeka.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Prabowo Subianto"});
}
