// Behaviour tests for relations: who met whom (kinds, statuses, dates,
// places, who is not a participant), country relations and party
// affiliations. Every text here is invented.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "jumpa/jumpa.h"
#include "support.h"

namespace {

using namespace jumpa_test;

std::vector<std::string> all_met_pairs(const jumpa::document& d) { return met_pairs(d, std::nullopt); }

// Met relations that include both persons (any status).
std::vector<const jumpa::relation*> met(const jumpa::document& d, std::string_view a, std::string_view b) {
  std::vector<const jumpa::relation*> out;
  for (const auto& r : d.relations) {
    if (r.type != jumpa::relation_type::met) continue;
    bool ha = false, hb = false;
    for (auto x : r.args) {
      ha = ha || d.entities[x].name == a;
      hb = hb || d.entities[x].name == b;
    }
    if (ha && hb) out.push_back(&r);
  }
  return out;
}

// The one met relation between a and b; fails the test when there is none.
const jumpa::relation& the_meeting(const jumpa::document& d, std::string_view a, std::string_view b) {
  auto rs = met(d, a, b);
  if (rs.empty()) FAIL("no met relation between " << a << " and " << b);
  return *rs.front();
}

std::vector<std::string> statuses(const jumpa::document& d, std::string_view a, std::string_view b) {
  std::vector<std::string> out;
  for (const auto* r : met(d, a, b)) out.push_back(jumpa::to_string(r->status));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool involves(const jumpa::document& d, const jumpa::relation& r, std::string_view name) {
  for (auto x : r.args)
    if (d.entities[x].name == name) return true;
  return false;
}

bool in_any_meeting(const jumpa::document& d, std::string_view name) {
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::met && involves(d, r, name)) return true;
  return false;
}

// Sorted "KH + VN" pairs of country relations (optionally of one kind).
std::vector<std::string> country_pairs(const jumpa::document& d, std::string_view kind = "") {
  std::set<std::string> out;
  for (const auto& r : d.relations) {
    if (r.type != jumpa::relation_type::country_relation) continue;
    if (!kind.empty() && jumpa::to_string(r.kind) != kind) continue;
    for (std::size_t i = 0; i < r.args.size(); ++i)
      for (std::size_t j = i + 1; j < r.args.size(); ++j)
        out.insert(pair_of(d.entities[r.args[i]].country, d.entities[r.args[j]].country));
  }
  return {out.begin(), out.end()};
}

// "person @ party-id role" for every affiliation.
std::vector<std::string> affiliations(const jumpa::document& d) {
  std::vector<std::string> out;
  for (const auto& r : d.relations) {
    if (r.type != jumpa::relation_type::affiliation || r.args.size() < 2) continue;
    out.push_back(d.entities[r.args[0]].name + " @ " + d.entities[r.args[1]].ref + " " + r.role);
  }
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<std::string>;
using jumpa::meeting_status;

}  // namespace

// ---------------------------------------------------------------------------
// Meeting constructions

TEST_CASE("relations: bertemu dengan is a meeting") {
  auto d = run(
      "BANGKOK, 4 Maret 2025 – Menteri Luar Negeri Kamboja Prak Sokhonn bertemu dengan Menteri Luar Negeri "
      "Thailand Maris Sangiampongsa di Bangkok pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Maris Sangiampongsa + Prak Sokhonn"});
  const auto& r = the_meeting(d, "Prak Sokhonn", "Maris Sangiampongsa");
  CHECK(jumpa::to_string(r.kind) == std::string("meeting"));
  CHECK(r.status == meeting_status::happened);
  CHECK(r.when.to_string() == "2025-03-03");
  REQUIRE(r.place.has_value());
  CHECK(d.entities[*r.place].name == "Bangkok");
}

TEST_CASE("relations: menggelar pembicaraan dengan is talks") {
  auto d = run(
      "HANOI, 4 Maret 2025 – Perdana Menteri Vietnam Phạm Minh Chính menggelar pembicaraan dengan Perdana "
      "Menteri Laos Sonexay Siphandone di Hanoi pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Pham Minh Chinh + Sonexay Siphandone"});
  const auto& r = the_meeting(d, "Pham Minh Chinh", "Sonexay Siphandone");
  CHECK(jumpa::to_string(r.kind) == std::string("talks"));
  CHECK(r.status == meeting_status::happened);
  CHECK(r.when.to_string() == "2025-03-03");
}

TEST_CASE("relations: kunjungan kehormatan kepada is a courtesy call") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Duta Besar Rusia untuk Kamboja Nikolai Vorontsov melakukan kunjungan "
      "kehormatan kepada Ketua Majelis Nasional Kamboja Khuon Sudary di Phnom Penh pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Khuon Sudary + Nikolai Vorontsov"});
  const auto& r = the_meeting(d, "Nikolai Vorontsov", "Khuon Sudary");
  CHECK(jumpa::to_string(r.kind) == std::string("courtesy_call"));
  CHECK(r.status == meeting_status::happened);
}

TEST_CASE("relations: menerima is a reception") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Perdana Menteri Hun Manet menerima Menteri Luar Negeri Jepang Takeshi "
      "Iwaya di Istana Perdamaian pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Takeshi Iwaya"});
  const auto& r = the_meeting(d, "Hun Manet", "Takeshi Iwaya");
  CHECK(jumpa::to_string(r.kind) == std::string("reception"));
  CHECK(r.status == meeting_status::happened);
  CHECK(r.when.to_string() == "2025-03-03");
}

TEST_CASE("relations: diterima oleh in the passive is a reception") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Menteri Luar Negeri Malaysia Mohamad Hasan diterima oleh Raja Kamboja "
      "Norodom Sihamoni di Istana Kerajaan, Phnom Penh, pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Mohamad Hasan + Norodom Sihamoni"});
  const auto& r = the_meeting(d, "Mohamad Hasan", "Norodom Sihamoni");
  CHECK(jumpa::to_string(r.kind) == std::string("reception"));
  CHECK(r.status == meeting_status::happened);
  REQUIRE(r.place.has_value());
  CHECK(d.entities[*r.place].name == "Phnom Penh");
}

TEST_CASE("relations: diterima oleh with a title-only subject links the meeting to Wang Yi") {
  auto d = run(fixture("wang_yi_visit_2025.txt"));
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Wang Yi"});
  const auto& r = the_meeting(d, "Hun Manet", "Wang Yi");
  CHECK(jumpa::to_string(r.kind) == std::string("reception"));
  CHECK(r.when.to_string() == "2025-02-10");
  REQUIRE(r.place.has_value());
  CHECK(d.entities[*r.place].name == "Phnom Penh");
}

TEST_CASE("relations: percakapan telepon antara X dan Y is a phone call") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Percakapan telepon antara Perdana Menteri Hun Manet dan Perdana Menteri "
      "Malaysia Anwar Ibrahim berlangsung pada Senin (3/3) malam.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Anwar Ibrahim + Hun Manet"});
  const auto& r = the_meeting(d, "Hun Manet", "Anwar Ibrahim");
  CHECK(jumpa::to_string(r.kind) == std::string("phone_call"));
  CHECK(r.status == meeting_status::happened);
  CHECK(r.when.to_string() == "2025-03-03");
}

TEST_CASE("relations: a phone call has no place even under a dateline") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Percakapan telepon antara Perdana Menteri Hun Manet dan Perdana Menteri "
      "Malaysia Anwar Ibrahim berlangsung pada Senin (3/3) malam.");
  INFO(describe(d));
  const auto& r = the_meeting(d, "Hun Manet", "Anwar Ibrahim");
  CHECK_FALSE(r.place.has_value());
}

TEST_CASE("relations: a phone call from a city has no place") {
  auto d = run(
      "Presiden Prabowo Subianto melakukan percakapan telepon dengan Presiden Rusia Vladimir Putin dari "
      "Istana Merdeka, Jakarta, pada Rabu (5/2).",
      "2025-02-06");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Prabowo Subianto + Vladimir Putin"});
  const auto& r = the_meeting(d, "Prabowo Subianto", "Vladimir Putin");
  CHECK(jumpa::to_string(r.kind) == std::string("phone_call"));
  CHECK_FALSE(r.place.has_value());
  CHECK(r.when.to_string() == "2025-02-05");
}

TEST_CASE("relations: memimpin bersama is co-chairing") {
  auto d = run(
      "SIEM REAP, 4 Maret 2025 – Menteri Luar Negeri Kamboja Prak Sokhonn dan Menteri Luar Negeri Laos "
      "Thongsavanh Phomvihane memimpin bersama Sidang Komisi Bersama Kamboja-Laos ke-9 di Siem Reap pada "
      "Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Prak Sokhonn + Thongsavanh Phomvihane"});
  const auto& r = the_meeting(d, "Prak Sokhonn", "Thongsavanh Phomvihane");
  CHECK(jumpa::to_string(r.kind) == std::string("co_chair"));
  CHECK(r.status == meeting_status::happened);
  CHECK(r.when.to_string() == "2025-03-03");
}

TEST_CASE("relations: bersama-sama memimpin is co-chairing") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Wakil Perdana Menteri Sun Chanthol dan Menteri Perdagangan China Wang "
      "Wentao bersama-sama memimpin Forum Investasi Kamboja-China di Phnom Penh pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Sun Chanthol + Wang Wentao"});
  const auto& r = the_meeting(d, "Sun Chanthol", "Wang Wentao");
  CHECK(jumpa::to_string(r.kind) == std::string("co_chair"));
}

TEST_CASE("relations: pertemuan trilateral of three leaders gives three pairs") {
  auto d = run(
      "VIENTIANE, 4 Maret 2025 – Pertemuan trilateral antara Perdana Menteri Kamboja Hun Manet, Perdana "
      "Menteri Laos Sonexay Siphandone dan Perdana Menteri Vietnam Phạm Minh Chính berlangsung di Vientiane "
      "pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Pham Minh Chinh", "Hun Manet + Sonexay Siphandone",
                          "Pham Minh Chinh + Sonexay Siphandone"});
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::met) {
      CHECK(jumpa::to_string(r.kind) == std::string("summit"));
      CHECK(r.when.to_string() == "2025-03-03");
    }
}

TEST_CASE("relations: pertemuan tingkat tinggi of three leaders gives three pairs") {
  auto d = run(
      "HANOI, 4 Maret 2025 – Sekretaris Jenderal Partai Komunis Vietnam To Lam, Presiden Laos Thongloun "
      "Sisoulith dan Presiden Partai Rakyat Kamboja Hun Sen menghadiri pertemuan tingkat tinggi tiga partai "
      "di Hanoi pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Sen + Thongloun Sisoulith", "Hun Sen + To Lam", "Thongloun Sisoulith + To Lam"});
  for (const auto& r : d.relations)
    if (r.type == jumpa::relation_type::met) CHECK(jumpa::to_string(r.kind) == std::string("summit"));
}

TEST_CASE("relations: kedua pemimpin refers to the two leaders named before") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Presiden Prabowo Subianto disambut oleh Perdana Menteri Hun Manet di "
      "Bandara Internasional Phnom Penh pada Minggu (2/3). Pada Senin (3/3), kedua pemimpin menggelar "
      "pembicaraan di Istana Perdamaian.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Prabowo Subianto"});
  bool talks = false;
  for (const auto* r : met(d, "Hun Manet", "Prabowo Subianto"))
    if (jumpa::to_string(r->kind) == std::string("talks")) {
      talks = true;
      CHECK(r->status == meeting_status::happened);
      CHECK(r->when.to_string() == "2025-03-03");
      REQUIRE(r->place.has_value());
      CHECK(d.entities[*r->place].name == "Phnom Penh");
    }
  CHECK(talks);
}

TEST_CASE("relations: kedua menteri luar negeri refers to the two foreign ministers") {
  auto d = run(
      "PHNOM PENH, 22 April 2022 – Perdana Menteri Hun Sen menerima Menteri Luar Negeri Jepang Yoshimasa "
      "Hayashi di Istana Perdamaian pada Kamis (21/4). Sebelumnya, Hayashi menggelar pembicaraan dengan Menteri "
      "Luar Negeri Prak Sokhonn. Kedua menteri luar negeri dijadwalkan kembali bertemu di Phnom Penh pada "
      "bulan Agustus.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Sen + Yoshimasa Hayashi", "Prak Sokhonn + Yoshimasa Hayashi"});
  CHECK(met_pairs(d, meeting_status::planned) == V{"Prak Sokhonn + Yoshimasa Hayashi"});
}

TEST_CASE("relations: kedua menteri luar negeri skips a prime minister named in between") {
  auto d = run(
      "PHNOM PENH, 22 April 2022 – Perdana Menteri Hun Sen menerima Menteri Luar Negeri Jepang Yoshimasa "
      "Hayashi di Istana Perdamaian pada Kamis (21/4). Sebelumnya, Hayashi menggelar pembicaraan dengan Menteri "
      "Luar Negeri Prak Sokhonn. Hayashi juga mengundang Hun Sen untuk berkunjung ke Tokyo pada tahun ini. "
      "Kedua menteri luar negeri dijadwalkan kembali bertemu di Phnom Penh pada bulan Agustus.");
  INFO(describe(d));
  CHECK(met_pairs(d, meeting_status::planned) == V{"Prak Sokhonn + Yoshimasa Hayashi"});
  for (const auto* r : met(d, "Hun Sen", "Yoshimasa Hayashi")) CHECK(r->status == meeting_status::happened);
}

TEST_CASE("relations: ketiga menteri refers to the three ministers named before") {
  auto d = run(
      "VIENTIANE, 13 Juni 2025 – Menteri Luar Negeri Laos Thongsavanh Phomvihane, Menteri Luar Negeri Kamboja "
      "Prak Sokhonn dan Menteri Luar Negeri Vietnam Bui Thanh Son menggelar pertemuan trilateral di Vientiane "
      "pada Kamis (12/6). Usai pertemuan itu, Presiden Laos Thongloun Sisoulith menerima ketiga menteri di "
      "Vientiane.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Bui Thanh Son + Prak Sokhonn", "Bui Thanh Son + Thongloun Sisoulith",
                          "Bui Thanh Son + Thongsavanh Phomvihane", "Prak Sokhonn + Thongloun Sisoulith",
                          "Prak Sokhonn + Thongsavanh Phomvihane", "Thongloun Sisoulith + Thongsavanh Phomvihane"});
}

TEST_CASE("relations: a guest meeting two hosts separately does not pair the hosts") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Presiden Prabowo Subianto bertemu dengan Raja Norodom Sihamoni dan Perdana "
      "Menteri Hun Manet secara terpisah di Phnom Penh pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Prabowo Subianto", "Norodom Sihamoni + Prabowo Subianto"});
}

// ---------------------------------------------------------------------------
// Statuses: planned

TEST_CASE("relations: akan before the verb makes the meeting planned") {
  auto d = run("Perdana Menteri Hun Manet akan bertemu dengan Presiden China Xi Jinping di Beijing.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Hun Manet", "Xi Jinping") == V{"planned"});
}

TEST_CASE("relations: akan in a later clause leaves a past meeting happened") {
  auto d = run(
      "BEIJING, 4 Maret 2025 – Perdana Menteri Hun Manet bertemu dengan Presiden China Xi Jinping di Beijing "
      "pada Senin (3/3), dan kedua negara akan menandatangani perjanjian ekstradisi tahun depan.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Xi Jinping"});
  CHECK(statuses(d, "Hun Manet", "Xi Jinping") == V{"happened"});
}

TEST_CASE("relations: dijadwalkan makes the meeting planned") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Menteri Luar Negeri Thailand Maris Sangiampongsa dijadwalkan bertemu dengan "
      "Menteri Luar Negeri Kamboja Prak Sokhonn di Phnom Penh pada Kamis (6/3).");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Maris Sangiampongsa", "Prak Sokhonn") == V{"planned"});
  const auto& r = the_meeting(d, "Maris Sangiampongsa", "Prak Sokhonn");
  CHECK(r.when.to_string() == "2025-03-06");
}

TEST_CASE("relations: dijadwalkan after the meeting leaves it happened") {
  auto d = run(
      "BANGKOK, 4 Maret 2025 – Menteri Luar Negeri Kamboja Prak Sokhonn bertemu dengan Menteri Luar Negeri "
      "Thailand Maris Sangiampongsa di Bangkok pada Senin (3/3), sebelum dijadwalkan bertolak ke Vientiane "
      "pada Selasa.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Maris Sangiampongsa + Prak Sokhonn"});
  CHECK(statuses(d, "Prak Sokhonn", "Maris Sangiampongsa") == V{"happened"});
}

TEST_CASE("relations: berencana makes the meeting planned") {
  auto d = run(
      "Presiden Vietnam Luong Cuong berencana bertemu dengan Raja Norodom Sihamoni dalam lawatannya ke "
      "Phnom Penh.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Luong Cuong", "Norodom Sihamoni") == V{"planned"});
}

TEST_CASE("relations: berencana inside a relative clause leaves the meeting happened") {
  auto d = run(
      "TOKYO, 4 Maret 2025 – Perdana Menteri Hun Manet, yang berencana memperluas investasi Jepang di Kamboja, "
      "bertemu dengan Perdana Menteri Jepang Shigeru Ishiba di Tokyo pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Shigeru Ishiba"});
  CHECK(statuses(d, "Hun Manet", "Shigeru Ishiba") == V{"happened"});
}

TEST_CASE("relations: diperkirakan akan makes the meeting planned") {
  auto d = run(
      "Perdana Menteri Jepang Shigeru Ishiba diperkirakan akan bertemu dengan Perdana Menteri Kamboja Hun "
      "Manet di Tokyo.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Shigeru Ishiba", "Hun Manet") == V{"planned"});
}

TEST_CASE("relations: diperkirakan after the meeting leaves it happened") {
  auto d = run(
      "TOKYO, 4 Maret 2025 – Perdana Menteri Jepang Shigeru Ishiba bertemu dengan Perdana Menteri Kamboja Hun "
      "Manet di Tokyo pada Senin (3/3), dan investasi Jepang di Kamboja diperkirakan akan meningkat tahun ini.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Shigeru Ishiba"});
  CHECK(statuses(d, "Hun Manet", "Shigeru Ishiba") == V{"happened"});
}

TEST_CASE("relations: bakal makes the meeting planned") {
  auto d = run(
      "Presiden Prabowo Subianto bakal bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Prabowo Subianto", "Anwar Ibrahim") == V{"planned"});
}

TEST_CASE("relations: a date after publication makes the meeting planned") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Perdana Menteri Hun Manet bertemu dengan Presiden Prabowo Subianto di "
      "Jakarta pada 20 Maret.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Hun Manet", "Prabowo Subianto") == V{"planned"});
}

// ---------------------------------------------------------------------------
// Statuses: hoped

TEST_CASE("relations: berharap dapat makes the meeting hoped") {
  auto d = run(
      "Menteri Luar Negeri Kamboja Prak Sokhonn berharap dapat bertemu dengan Menteri Luar Negeri Rusia "
      "Sergey Lavrov di Moskow.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Prak Sokhonn", "Sergey Lavrov") == V{"hoped"});
}

TEST_CASE("relations: berharap after the meeting leaves it happened") {
  auto d = run(
      "MOSKOW, 4 Maret 2025 – Menteri Luar Negeri Kamboja Prak Sokhonn bertemu dengan Menteri Luar Negeri "
      "Rusia Sergey Lavrov di Moskow pada Senin (3/3) dan berharap kerja sama kedua negara terus meningkat.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Prak Sokhonn + Sergey Lavrov"});
  CHECK(statuses(d, "Prak Sokhonn", "Sergey Lavrov") == V{"happened"});
}

TEST_CASE("relations: ingin makes the meeting hoped") {
  auto d = run(
      "Perdana Menteri Thailand Paetongtarn Shinawatra ingin bertemu dengan Samdech Techo Hun Sen untuk "
      "membahas sengketa perbatasan.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Paetongtarn Shinawatra", "Hun Sen") == V{"hoped"});
}

TEST_CASE("relations: ingin in the next sentence leaves a past meeting happened") {
  auto d = run(
      "HANOI, 4 Maret 2025 – Presiden Senat Kamboja Hun Sen bertemu dengan Presiden Vietnam Luong Cuong di "
      "Hanoi pada Senin (3/3). Hun Sen mengatakan Kamboja ingin memperluas perdagangan dengan Vietnam.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Sen + Luong Cuong"});
  CHECK(statuses(d, "Hun Sen", "Luong Cuong") == V{"happened"});
}

// ---------------------------------------------------------------------------
// Statuses: negated

TEST_CASE("relations: tidak makes the meeting negated") {
  auto d = run(
      "KUALA LUMPUR, 4 Maret 2025 – Perdana Menteri Hun Manet tidak bertemu dengan Perdana Menteri Thailand "
      "Paetongtarn Shinawatra di Kuala Lumpur pada Sabtu (1/3).");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Hun Manet", "Paetongtarn Shinawatra") == V{"negated"});
}

TEST_CASE("relations: tidak in a later clause leaves the meeting happened") {
  auto d = run(
      "BANGKOK, 4 Maret 2025 – Menteri Luar Negeri Kamboja Prak Sokhonn bertemu dengan Menteri Luar Negeri "
      "Thailand Maris Sangiampongsa di Bangkok pada Senin (3/3), namun kedua pihak tidak mencapai kesepakatan "
      "soal perbatasan.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Maris Sangiampongsa + Prak Sokhonn"});
  CHECK(statuses(d, "Prak Sokhonn", "Maris Sangiampongsa") == V{"happened"});
}

TEST_CASE("relations: belum pernah makes the meeting negated") {
  auto d = run(
      "Menteri Luar Negeri Rusia Sergey Lavrov belum pernah bertemu dengan Menteri Luar Negeri Laos "
      "Thongsavanh Phomvihane secara langsung.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Sergey Lavrov", "Thongsavanh Phomvihane") == V{"negated"});
}

TEST_CASE("relations: belum pernah after the meeting leaves it happened") {
  auto d = run(
      "VIENTIANE, 4 Maret 2025 – Menteri Luar Negeri Rusia Sergey Lavrov bertemu dengan Menteri Luar Negeri "
      "Laos Thongsavanh Phomvihane di Vientiane pada Senin (3/3) untuk membahas proyek energi yang belum pernah "
      "terealisasi.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Sergey Lavrov + Thongsavanh Phomvihane"});
  CHECK(statuses(d, "Sergey Lavrov", "Thongsavanh Phomvihane") == V{"happened"});
}

TEST_CASE("relations: tak makes the meeting negated") {
  auto d = run(
      "Menteri Luar Negeri Thailand Maris Sangiampongsa tak bertemu dengan Menteri Luar Negeri Kamboja Prak "
      "Sokhonn selama forum itu berlangsung.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Maris Sangiampongsa", "Prak Sokhonn") == V{"negated"});
}

TEST_CASE("relations: menolak bertemu makes the meeting negated") {
  auto d = run(
      "Perdana Menteri Hun Manet menolak bertemu dengan Perdana Menteri Thailand Paetongtarn Shinawatra "
      "sebelum pasukan ditarik dari perbatasan.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Hun Manet", "Paetongtarn Shinawatra") == V{"negated"});
}

TEST_CASE("relations: batal makes the meeting negated") {
  auto d = run(
      "BANGKOK, 4 Maret 2025 – Pertemuan antara Menteri Luar Negeri Thailand Maris Sangiampongsa dan Menteri "
      "Luar Negeri Kamboja Prak Sokhonn di Bangkok batal digelar karena situasi keamanan di perbatasan.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Maris Sangiampongsa", "Prak Sokhonn") == V{"negated"});
}

TEST_CASE("relations: batal in another sentence leaves the meeting happened") {
  auto d = run(
      "BANGKOK, 4 Maret 2025 – Menteri Luar Negeri Thailand Maris Sangiampongsa bertemu dengan Menteri Luar "
      "Negeri Kamboja Prak Sokhonn di Bangkok pada Senin (3/3). Sebelumnya, sidang komisi perbatasan yang "
      "dijadwalkan pekan lalu batal digelar.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Maris Sangiampongsa + Prak Sokhonn"});
  CHECK(statuses(d, "Maris Sangiampongsa", "Prak Sokhonn") == V{"happened"});
}

TEST_CASE("relations: membatalkan makes the meeting negated") {
  auto d = run(
      "Perdana Menteri Thailand Paetongtarn Shinawatra membatalkan pertemuan dengan Samdech Techo Hun Sen di "
      "Bangkok.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Paetongtarn Shinawatra", "Hun Sen") == V{"negated"});
}

TEST_CASE("relations: dibatalkan makes the meeting negated") {
  auto d = run(
      "Pertemuan antara Menteri Luar Negeri Thailand Maris Sangiampongsa dan Menteri Luar Negeri Kamboja Prak "
      "Sokhonn di Bangkok dibatalkan pada menit terakhir.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Maris Sangiampongsa", "Prak Sokhonn") == V{"negated"});
}

TEST_CASE("relations: ditunda means the meeting did not happen") {
  auto d = run(
      "Pembicaraan antara Menteri Luar Negeri Thailand Maris Sangiampongsa dan Menteri Luar Negeri Kamboja "
      "Prak Sokhonn ditunda tanpa batas waktu.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK_FALSE(met(d, "Maris Sangiampongsa", "Prak Sokhonn").empty());
}

TEST_CASE("relations: menunda means the meeting did not happen") {
  auto d = run(
      "Presiden Rusia Vladimir Putin menunda pertemuan dengan Perdana Menteri Hun Manet karena jadwal yang "
      "padat.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK_FALSE(met(d, "Vladimir Putin", "Hun Manet").empty());
}

TEST_CASE("relations: urung makes the meeting negated") {
  auto d = run(
      "Perdana Menteri Hun Manet urung bertemu dengan Perdana Menteri Thailand Paetongtarn Shinawatra di "
      "sela-sela forum tersebut.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(statuses(d, "Hun Manet", "Paetongtarn Shinawatra") == V{"negated"});
}

TEST_CASE("relations: jika makes the meeting hypothetical and not happened") {
  auto d = run(
      "Perdana Menteri Hun Manet bersedia bertemu dengan Perdana Menteri Thailand Paetongtarn Shinawatra jika "
      "situasi di perbatasan sudah kondusif.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
}

// ---------------------------------------------------------------------------
// Not meetings: greetings, invitations

TEST_CASE("relations: greeting conveyed with menyampaikan salam is not a meeting") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Perdana Menteri Hun Manet menyampaikan salam hangat kepada Presiden Laos "
      "Thongloun Sisoulith.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  CHECK(met(d, "Hun Manet", "Thongloun Sisoulith").empty());
}

TEST_CASE("relations: greeting conveyed with menitipkan salam is not a meeting") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Saat bertemu dengan Duta Besar Vietnam untuk Kamboja Nguyen Thanh Dien di "
      "Phnom Penh pada Senin (3/3), Perdana Menteri Hun Manet menitipkan salam kepada Presiden Vietnam "
      "Luong Cuong.");
  INFO(describe(d));
  // the meeting with the ambassador happened; the greeting to the president is no meeting
  CHECK(met_pairs(d) == V{"Hun Manet + Nguyen Thanh Dien"});
  CHECK(met(d, "Hun Manet", "Luong Cuong").empty());
  CHECK(met(d, "Nguyen Thanh Dien", "Luong Cuong").empty());
}

TEST_CASE("relations: greeting after a reception leaves the reception happened") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Perdana Menteri Hun Manet menerima Duta Besar Laos untuk Kamboja Vilay "
      "Chanthavong di Istana Perdamaian pada Senin (3/3) dan menyampaikan salam kepada Presiden Laos Thongloun "
      "Sisoulith.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Vilay Chanthavong"});
  CHECK(met(d, "Hun Manet", "Thongloun Sisoulith").empty());
}

TEST_CASE("relations: invitation to visit is not a meeting that happened") {
  auto d = run(
      "Presiden China Xi Jinping mengundang Perdana Menteri Hun Manet untuk berkunjung ke Beijing tahun ini.");
  INFO(describe(d));
  CHECK(met_pairs(d).empty());
  for (const auto* r : met(d, "Xi Jinping", "Hun Manet")) CHECK(r->status != meeting_status::happened);
}

TEST_CASE("relations: invitation after a meeting leaves the meeting happened") {
  auto d = run(
      "BEIJING, 4 Maret 2025 – Presiden China Xi Jinping bertemu dengan Perdana Menteri Hun Manet di Beijing "
      "pada Senin (3/3) dan mengundang Raja Norodom Sihamoni untuk berkunjung ke China.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Xi Jinping"});
  for (const auto* r : met(d, "Xi Jinping", "Norodom Sihamoni")) CHECK(r->status != meeting_status::happened);
}

// ---------------------------------------------------------------------------
// Who is not a participant

TEST_CASE("relations: spokesperson describing a meeting is not a participant") {
  auto d = run(
      "PHNOM PENH, 11 Februari 2025 – Juru bicara Kementerian Luar Negeri Kamboja, Kim Sovanna, mengatakan "
      "pertemuan antara Perdana Menteri Hun Manet dan Menteri Luar Negeri China Wang Yi pada Senin (10/2) "
      "berlangsung hangat dan bersahabat.");
  INFO(describe(d));
  REQUIRE(by_name(d, "Kim Sovanna") != nullptr);
  CHECK(met_pairs(d) == V{"Hun Manet + Wang Yi"});
  CHECK_FALSE(in_any_meeting(d, "Kim Sovanna"));
}

TEST_CASE("relations: atas nama Presiden excludes the president represented") {
  auto d = run(
      "HANOI, 4 Maret 2025 – Wakil Presiden Vietnam Vo Thi Anh Xuan, atas nama Presiden Luong Cuong, menerima "
      "Duta Besar Kamboja untuk Vietnam Sok Piseth yang menyerahkan surat kepercayaan di Hanoi pada Senin (3/3).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Sok Piseth + Vo Thi Anh Xuan"});
  CHECK_FALSE(in_any_meeting(d, "Luong Cuong"));
}

TEST_CASE("relations: companion introduced by yang mendampingi is not a participant") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Presiden Prabowo Subianto bertemu dengan Perdana Menteri Hun Manet di "
      "Istana Perdamaian pada Senin (3/3), bersama Menteri Luar Negeri Sugiono yang mendampingi Prabowo.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Prabowo Subianto"});
  CHECK_FALSE(in_any_meeting(d, "Sugiono"));
}

TEST_CASE("relations: companion introduced by yang didampingi is not a participant") {
  auto d = run(
      "JAKARTA, 6 Februari 2025 – Presiden Prabowo Subianto, yang didampingi Menteri Luar Negeri Sugiono, "
      "menerima kunjungan kehormatan Perdana Menteri Kamboja Hun Manet di Istana Merdeka, Jakarta, pada "
      "Rabu (5/2).");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Hun Manet + Prabowo Subianto"});
  CHECK_FALSE(in_any_meeting(d, "Sugiono"));
  const auto& r = the_meeting(d, "Prabowo Subianto", "Hun Manet");
  CHECK(r.when.to_string() == "2025-02-05");
  REQUIRE(r.place.has_value());
  CHECK(d.entities[*r.place].name == "Jakarta");
}

TEST_CASE("relations: related link under Baca juga makes no meeting") {
  auto d = run(fixture("byline_boilerplate.txt"));
  INFO(describe(d));
  CHECK(all_met_pairs(d) == V{"Bui Thanh Son + Prak Sokhonn"});
  const auto& r = the_meeting(d, "Prak Sokhonn", "Bui Thanh Son");
  CHECK(r.when.to_string() == "2025-06-12");
  CHECK(jumpa::to_string(r.kind) == std::string("meeting"));
}

// ---------------------------------------------------------------------------
// Dates and places

TEST_CASE("relations: date Senin 3/3 takes the year from the dateline") {
  auto d = run(
      "VIENTIANE, 4 Maret 2025 – Presiden Laos Thongloun Sisoulith menerima Menteri Luar Negeri Kamboja Prak "
      "Sokhonn di Vientiane pada Senin (3/3).");
  INFO(describe(d));
  const auto& r = the_meeting(d, "Thongloun Sisoulith", "Prak Sokhonn");
  CHECK(r.when.to_string() == "2025-03-03");
  CHECK(r.status == meeting_status::happened);
}

TEST_CASE("relations: kemarin is the day before the dateline") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Perdana Menteri Hun Manet menerima Duta Besar Amerika Serikat untuk Kamboja "
      "Daniel Whitfield di Istana Perdamaian kemarin.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Daniel Whitfield + Hun Manet"});
  const auto& r = the_meeting(d, "Hun Manet", "Daniel Whitfield");
  CHECK(r.when.to_string() == "2025-03-03");
  CHECK(r.status == meeting_status::happened);
}

TEST_CASE("relations: 28 November without any year keeps the year unknown") {
  auto d = run(
      "Menteri Luar Negeri Laos Thongsavanh Phomvihane bertemu dengan Menteri Luar Negeri Kamboja Prak "
      "Sokhonn di Vientiane pada 28 November.");
  INFO(describe(d));
  CHECK(d.published.empty());
  const auto& r = the_meeting(d, "Thongsavanh Phomvihane", "Prak Sokhonn");
  CHECK(r.when.to_string() == "--11-28");
  CHECK(r.when.year == 0);
  CHECK(r.status == meeting_status::happened);
}

TEST_CASE("relations: di Istana Perdamaian places the meeting in Phnom Penh") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Perdana Menteri Hun Manet menerima Menteri Luar Negeri Jepang Takeshi "
      "Iwaya di Istana Perdamaian pada Senin (3/3).");
  INFO(describe(d));
  const auto& r = the_meeting(d, "Hun Manet", "Takeshi Iwaya");
  REQUIRE(r.place.has_value());
  const auto& place = d.entities[*r.place];
  CHECK(place.type == jumpa::entity_type::location);
  CHECK(place.name == "Phnom Penh");
  CHECK(place.ref == "loc:phnom-penh");
}

TEST_CASE("relations: the place of the meeting beats the dateline city") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Menteri Luar Negeri Kamboja Prak Sokhonn bertemu dengan Menteri Luar Negeri "
      "China Wang Yi di Beijing pada Senin (3/3).");
  INFO(describe(d));
  const auto& r = the_meeting(d, "Prak Sokhonn", "Wang Yi");
  REQUIRE(r.place.has_value());
  CHECK(d.entities[*r.place].name == "Beijing");
}

TEST_CASE("relations: a 2022 meeting takes the year from a date line") {
  auto d = run(fixture("hun_sen_2022.txt"));
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Don Pramudwinai + Hun Sen"});
  const auto& r = the_meeting(d, "Hun Sen", "Don Pramudwinai");
  CHECK(r.when.to_string() == "2022-04-21");
  REQUIRE(r.place.has_value());
  CHECK(d.entities[*r.place].name == "Phnom Penh");
}

// ---------------------------------------------------------------------------
// Country relations

TEST_CASE("relations: hubungan Vietnam-Kamboja links the two countries") {
  auto d = run("Kedua pihak sepakat terus memperdalam hubungan Vietnam-Kamboja di segala bidang.");
  INFO(describe(d));
  CHECK(country_pairs(d) == V{"KH + VN"});
}

TEST_CASE("relations: kerja sama Vietnam-Kamboja-Laos links three pairs of countries") {
  auto d = run("Kerja sama Vietnam-Kamboja-Laos di bidang keamanan perbatasan terus diperkuat.");
  INFO(describe(d));
  CHECK(country_pairs(d) == V{"KH + LA", "KH + VN", "LA + VN"});
}

TEST_CASE("relations: Kamboja dan Laos sepakat memperkuat kerja sama") {
  auto d = run("Kamboja dan Laos sepakat memperkuat kerja sama di bidang energi dan perdagangan lintas batas.");
  INFO(describe(d));
  CHECK(country_pairs(d) == V{"KH + LA"});
}

TEST_CASE("relations: China bersedia bekerja sama dengan Kamboja") {
  auto d = run("China bersedia bekerja sama dengan Kamboja untuk membangun komunitas masa depan bersama.");
  INFO(describe(d));
  CHECK(country_pairs(d) == V{"CN + KH"});
  CHECK(country_pairs(d, "cooperation") == V{"CN + KH"});
}

TEST_CASE("relations: capitals as states in Beijing dan Phnom Penh sepakat") {
  auto d = run("Beijing dan Phnom Penh sepakat mempercepat pembangunan Kanal Funan Techo.");
  INFO(describe(d));
  CHECK(country_pairs(d) == V{"CN + KH"});
  const jumpa::entity* cn = nullptr;
  for (const auto& e : d.entities)
    if (e.type == jumpa::entity_type::country && e.country == "CN") cn = &e;
  REQUIRE(cn != nullptr);
  REQUIRE(!cn->mentions.empty());
  CHECK(cn->mentions.front().kind == jumpa::mention_kind::metonym);
  CHECK(cn->mentions.front().text == "Beijing");
}

TEST_CASE("relations: a meeting between persons of two countries relates the countries") {
  auto d = run(
      "TOKYO, 4 Maret 2025 – Menteri Luar Negeri Kamboja Prak Sokhonn bertemu dengan Menteri Luar Negeri "
      "Jepang Takeshi Iwaya di Tokyo pada Senin (3/3).");
  INFO(describe(d));
  CHECK(country_pairs(d, "meeting") == V{"JP + KH"});
}

TEST_CASE("relations: tidak mencapai kesepakatan is no agreement between the countries") {
  auto d = run(
      "BANGKOK, 4 Maret 2025 – Menteri Luar Negeri Kamboja Prak Sokhonn bertemu dengan Menteri Luar Negeri "
      "Thailand Maris Sangiampongsa di Bangkok pada Senin (3/3), namun kedua pihak tidak mencapai kesepakatan "
      "soal perbatasan.");
  INFO(describe(d));
  CHECK(country_pairs(d, "meeting") == V{"KH + TH"});
  CHECK(country_pairs(d, "agreement").empty());
}

TEST_CASE("relations: dolar AS makes no country relation with the United States") {
  auto d = run("Nilai perdagangan Kamboja dan Vietnam mencapai 10 miliar dolar AS pada tahun lalu.");
  INFO(describe(d));
  CHECK(country_pairs(d) == V{"KH + VN"});
}

TEST_CASE("relations: a road name Phnom Penh-Bavet is no country relation") {
  auto d = run("Pemerintah Kamboja menargetkan jalan tol Phnom Penh-Bavet rampung pada akhir 2026.");
  INFO(describe(d));
  CHECK(country_pairs(d).empty());
  for (const auto& e : d.entities)
    for (const auto& m : e.mentions) CHECK(m.kind != jumpa::mention_kind::metonym);
}

// ---------------------------------------------------------------------------
// Affiliations

TEST_CASE("relations: Presiden Partai Rakyat Kamboja Hun Sen is an affiliation") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Presiden Partai Rakyat Kamboja Hun Sen menerima delegasi Partai Komunis "
      "Vietnam di Phnom Penh pada Senin (3/3).");
  INFO(describe(d));
  CHECK(affiliations(d) == V{"Hun Sen @ party:cpp party_president"});
}

TEST_CASE("relations: Sekretaris Jenderal Partai Komunis Vietnam To Lam is an affiliation") {
  auto d = run(
      "HANOI, 4 Maret 2025 – Sekretaris Jenderal Partai Komunis Vietnam To Lam menerima Perdana Menteri Hun "
      "Manet di Hanoi pada Senin (3/3).");
  INFO(describe(d));
  CHECK(affiliations(d) == V{"To Lam @ party:cpv party_general_secretary"});
  CHECK(met_pairs(d) == V{"Hun Manet + To Lam"});
}

TEST_CASE("relations: yang juga Sekretaris Jenderal Partai Revolusioner Rakyat Laos is an affiliation") {
  auto d = run(
      "VIENTIANE, 4 Maret 2025 – Presiden Laos Thongloun Sisoulith, yang juga Sekretaris Jenderal Partai "
      "Revolusioner Rakyat Laos, menerima Presiden Senat Kamboja Hun Sen di Vientiane pada Senin (3/3).");
  INFO(describe(d));
  // Hun Sen's title names the Senate of Cambodia: an organisation affiliation (issue 10).
  CHECK(affiliations(d) == V{"Hun Sen @ org:senate-kh senate_president",
                             "Thongloun Sisoulith @ party:lprp party_general_secretary"});
  CHECK(met_pairs(d) == V{"Hun Sen + Thongloun Sisoulith"});
}

TEST_CASE("relations: affiliation evidence is the whole sentence") {
  const std::string text =
      "VIENTIANE, 4 Maret 2025 – Presiden Laos Thongloun Sisoulith, yang juga Sekretaris Jenderal Partai "
      "Revolusioner Rakyat Laos, menerima Presiden Senat Kamboja Hun Sen di Vientiane pada Senin (3/3).";
  auto d = run(text);
  INFO(describe(d));
  int n = 0;
  for (const auto& r : d.relations) {
    if (r.type != jumpa::relation_type::affiliation) continue;
    ++n;
    // relations.h: evidence begin/end is the sentence
    CHECK(r.ev.begin == 0);
    CHECK(r.ev.end == text.size());
    for (auto a : r.args)
      for (const auto& m : d.entities[a].mentions) {
        CHECK(r.ev.begin <= m.begin);
        CHECK(m.end <= r.ev.end);
      }
  }
  CHECK(n == 2);  // the party of Thongloun Sisoulith, the Senate of Hun Sen
}

TEST_CASE("relations: meeting a party delegation is no affiliation with that party") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Perdana Menteri Hun Manet menerima delegasi Partai Komunis China di "
      "Istana Perdamaian pada Senin (3/3).");
  INFO(describe(d));
  CHECK(affiliations(d).empty());
  CHECK(met_pairs(d).empty());
}

TEST_CASE("relations: the named head of a received delegation takes part") {
  auto d = run(
      "Ketua Majelis Nasional Tran Thanh Man menerima delegasi Partai Rakyat Kamboja yang dipimpin oleh "
      "Wakil Presiden partai tersebut, Men Sam An, di Hanoi.");
  INFO(describe(d));
  CHECK(met_pairs(d) == V{"Men Sam An + Tran Thanh Man"});
}

TEST_CASE("relations: without a date kedua perdana menteri are the two sitting prime ministers") {
  auto d = run(
      "Perdana Menteri Pham Minh Chinh meminta duta besar menyampaikan salam kepada Samdech Thipadei Hun Manet "
      "dan Presiden Senat Samdech Techo Hun Sen. Menurut rencana, kedua perdana menteri akan bertemu di "
      "Kuala Lumpur.");
  INFO(describe(d));
  CHECK(met_pairs(d, meeting_status::planned) == V{"Hun Manet + Pham Minh Chinh"});
}

TEST_CASE("relations: a month without a day gives no date") {
  auto d = run(
      "PHNOM PENH, 12 Juli 2025 – Perdana Menteri Hun Manet menerima Menlu Jepang Takeshi Iwaya pada Jumat (11/7). "
      "Hun Manet mengatakan ia pernah bertemu Presiden Xi Jinping di Beijing pada April lalu.");
  INFO(describe(d));
  const auto ms = met(d, "Hun Manet", "Xi Jinping");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0]->status == meeting_status::happened);
  CHECK(ms[0]->when.empty());
  const auto first = met(d, "Hun Manet", "Takeshi Iwaya");
  REQUIRE(first.size() == 1);
  CHECK(first[0]->when.to_string() == "2025-07-11");
}
