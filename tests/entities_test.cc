// Behaviour tests for entity recognition: gazetteer persons, pattern persons,
// roles, coreference and traps. Every text here is invented.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "jumpa/jumpa.h"
#include "support.h"

namespace {

using namespace jumpa_test;






const jumpa::entity* by_ref(const jumpa::document& d, std::string_view ref) {
  for (const auto& e : d.entities)
    if (e.ref == ref) return &e;
  return nullptr;
}

const jumpa::entity* country(const jumpa::document& d, std::string_view code) {
  for (const auto& e : d.entities)
    if (e.type == jumpa::entity_type::country && e.country == code) return &e;
  return nullptr;
}


std::vector<std::string> role_ids(const jumpa::entity& e) {
  std::vector<std::string> out;
  for (const auto& r : e.roles) out.push_back(r.id);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool has_role(const jumpa::entity& e, std::string_view id) {
  for (const auto& r : e.roles)
    if (r.id == id) return true;
  return false;
}

const jumpa::mention* mention_text(const jumpa::entity& e, std::string_view text) {
  for (const auto& m : e.mentions)
    if (m.text == text) return &m;
  return nullptr;
}

bool any_mention_text(const jumpa::document& d, std::string_view text) {
  for (const auto& e : d.entities)
    if (mention_text(e, text)) return true;
  return false;
}

std::uint32_t at(const std::string& text, std::string_view needle, std::size_t from = 0) {
  auto p = text.find(needle, from);
  if (p == std::string::npos) throw std::runtime_error("test bug: '" + std::string(needle) + "' not in text");
  return static_cast<std::uint32_t>(p);
}

}  // namespace

// ---------------------------------------------------------------------------
// Gazetteer persons

TEST_CASE("entities: gazetteer person written with Vietnamese diacritics") {
  const std::string text =
      "HANOI, 4 Maret 2025 – Perdana Menteri Vietnam Phạm Minh Chính menerima Duta Besar Kamboja untuk "
      "Vietnam Sok Piseth di Hanoi pada Senin (3/3).";
  auto d = run(text);
  INFO(describe(d));
  const auto* p = by_ref(d, "person:pham-minh-chinh");
  REQUIRE(p != nullptr);
  CHECK(p->name == "Pham Minh Chinh");
  CHECK(p->country == "VN");
  CHECK(p->source == jumpa::entity_source::gazetteer);
  const auto* m = mention_text(*p, "Phạm Minh Chính");
  REQUIRE(m != nullptr);
  CHECK(m->begin == at(text, "Phạm Minh Chính"));
  CHECK(m->end == at(text, "Phạm Minh Chính") + std::string("Phạm Minh Chính").size());
  CHECK(m->kind == jumpa::mention_kind::name);
}

TEST_CASE("entities: gazetteer person written without diacritics is the same person") {
  auto d = run("Perdana Menteri Vietnam Pham Minh Chinh tiba di Phnom Penh pada Selasa.");
  INFO(describe(d));
  const auto* p = by_ref(d, "person:pham-minh-chinh");
  REQUIRE(p != nullptr);
  CHECK(p->name == "Pham Minh Chinh");
  CHECK(mention_text(*p, "Pham Minh Chinh") != nullptr);
}

TEST_CASE("entities: honorific Samdech Techo before Hun Sen names Hun Sen") {
  const std::string text =
      "PHNOM PENH, 4 Maret 2025 – Samdech Techo Hun Sen menerima Duta Besar Rusia untuk Kamboja "
      "Nikolai Vorontsov di kediamannya pada Senin (3/3).";
  auto d = run(text);
  INFO(describe(d));
  const auto* p = by_ref(d, "person:hun-sen");
  REQUIRE(p != nullptr);
  CHECK(p->name == "Hun Sen");
  REQUIRE(p->mentions.size() == 1);
  // the mention covers the name; no second person is made of the honorific
  const auto& m = p->mentions.front();
  CHECK(m.end == at(text, "Hun Sen") + 7);
  CHECK(m.text.find("Hun Sen") != std::string::npos);
  CHECK(by_name(d, "Samdech Techo") == nullptr);
  CHECK(person_names(d) == std::vector<std::string>{"Hun Sen", "Nikolai Vorontsov"});
}

TEST_CASE("entities: honorific Samdech Thipadei before Hun Manet names Hun Manet") {
  auto d = run("Samdech Thipadei Hun Manet meresmikan gedung baru Kementerian Pendidikan di Phnom Penh.");
  INFO(describe(d));
  REQUIRE(by_ref(d, "person:hun-manet") != nullptr);
  CHECK(person_names(d) == std::vector<std::string>{"Hun Manet"});
}

// ---------------------------------------------------------------------------
// Pattern persons (unknown to the gazetteer)

TEST_CASE("entities: unknown ambassador from title country and name") {
  const std::string text =
      "Duta Besar Rusia Nikolai Vorontsov menghadiri resepsi Hari Nasional Kamboja di Moskow pada Jumat.";
  auto d = run(text);
  INFO(describe(d));
  const auto* p = by_name(d, "Nikolai Vorontsov");
  REQUIRE(p != nullptr);
  CHECK(p->type == jumpa::entity_type::person);
  CHECK(p->source == jumpa::entity_source::pattern);
  CHECK(p->ref.empty());
  CHECK(p->country == "RU");
  CHECK(has_role(*p, "ambassador"));
  REQUIRE(!p->mentions.empty());
  CHECK(p->mentions.front().begin == at(text, "Nikolai"));
  CHECK(p->mentions.front().end == at(text, "Vorontsov") + 9);
  CHECK(p->mentions.front().text == "Nikolai Vorontsov");
  // the title is not part of the name
  CHECK(by_name(d, "Duta Besar Rusia Nikolai Vorontsov") == nullptr);
}

TEST_CASE("entities: ambassador of one country to another with a comma before the name") {
  const std::string text =
      "Duta Besar Laos untuk Kamboja, Vilay Chanthavong, mengatakan hubungan kedua negara berada pada "
      "tingkat terbaik sepanjang sejarah.";
  auto d = run(text);
  INFO(describe(d));
  const auto* p = by_name(d, "Vilay Chanthavong");
  REQUIRE(p != nullptr);
  CHECK(p->source == jumpa::entity_source::pattern);
  CHECK(p->country == "LA");  // the sending state, not the host
  CHECK(has_role(*p, "ambassador"));
  REQUIRE(p->mentions.size() == 1);
  CHECK(p->mentions[0].begin == at(text, "Vilay"));
  CHECK(p->mentions[0].end == at(text, "Chanthavong") + 11);
  CHECK(person_names(d) == std::vector<std::string>{"Vilay Chanthavong"});
}

TEST_CASE("entities: appositive name followed by title and country") {
  auto d = run(
      "Keo Sambath, Wakil Menteri Luar Negeri Kamboja, mengatakan pemerintah akan mengevakuasi warganya dari "
      "zona konflik.");
  INFO(describe(d));
  const auto* p = by_name(d, "Keo Sambath");
  REQUIRE(p != nullptr);
  CHECK(p->source == jumpa::entity_source::pattern);
  CHECK(p->country == "KH");
  CHECK(has_role(*p, "deputy_foreign_minister"));
  CHECK_FALSE(has_role(*p, "foreign_minister"));
}

TEST_CASE("entities: appositive name followed by peneliti senior") {
  auto d = run(
      "Meas Sovannarith, peneliti senior di Institut Kajian Strategis Asia Tenggara, menilai kunjungan itu "
      "membuka babak baru hubungan kedua negara.");
  INFO(describe(d));
  const auto* p = by_name(d, "Meas Sovannarith");
  REQUIRE(p != nullptr);
  CHECK(p->type == jumpa::entity_type::person);
  CHECK(p->source == jumpa::entity_source::pattern);
  CHECK(has_role(*p, "researcher"));
}

TEST_CASE("entities: two titles joined by sekaligus belong to one unknown person") {
  auto d = run(
      "Wakil Perdana Menteri sekaligus Menteri Luar Negeri Laos Khamphao Sengdara tiba di Phnom Penh "
      "pada Selasa.");
  INFO(describe(d));
  const auto* p = by_name(d, "Khamphao Sengdara");
  REQUIRE(p != nullptr);
  CHECK(p->source == jumpa::entity_source::pattern);
  CHECK(p->country == "LA");
  CHECK(has_role(*p, "deputy_prime_minister"));
  CHECK(has_role(*p, "foreign_minister"));
  CHECK(person_names(d) == std::vector<std::string>{"Khamphao Sengdara"});
}

TEST_CASE("entities: two titles joined by sekaligus before a gazetteer name make no extra person") {
  auto d = run(
      "Wakil Perdana Menteri sekaligus Menteri Luar Negeri dan Kerja Sama Internasional Kamboja Prak Sokhonn "
      "menerima Duta Besar Singapura di Phnom Penh.");
  INFO(describe(d));
  CHECK(person_names(d) == std::vector<std::string>{"Prak Sokhonn"});
  const auto* p = by_ref(d, "person:prak-sokhonn");
  REQUIRE(p != nullptr);
  CHECK(has_role(*p, "deputy_prime_minister"));
  CHECK(has_role(*p, "foreign_minister"));
}

TEST_CASE("entities: spokesperson named after a ministry and a comma") {
  const std::string text =
      "Juru bicara Kementerian Luar Negeri Kamboja, Kim Sovanna, mengatakan pemerintah menyambut baik "
      "keputusan itu.";
  auto d = run(text);
  INFO(describe(d));
  const auto* p = by_name(d, "Kim Sovanna");
  REQUIRE(p != nullptr);
  CHECK(p->source == jumpa::entity_source::pattern);
  CHECK(p->country == "KH");
  CHECK(has_role(*p, "spokesperson"));
  REQUIRE(p->mentions.size() == 1);
  CHECK(p->mentions[0].begin == at(text, "Kim Sovanna"));
}

TEST_CASE("entities: rakyat Kamboja is the country and not a person") {
  auto d = run("Bantuan beras itu diserahkan langsung kepada rakyat Kamboja di Provinsi Battambang.");
  INFO(describe(d));
  CHECK(person_names(d).empty());
  REQUIRE(country(d, "KH") != nullptr);
}

// ---------------------------------------------------------------------------
// Coreference

TEST_CASE("entities: Chinese surname links to the earlier full name") {
  const std::string text = fixture("wang_yi_visit_2025.txt");
  auto d = run(text);
  INFO(describe(d));
  const auto* p = by_ref(d, "person:wang-yi");
  REQUIRE(p != nullptr);
  const auto pos = at(text, "Wang menegaskan");
  const jumpa::mention* found = nullptr;
  for (const auto& m : p->mentions)
    if (m.begin == pos) found = &m;
  REQUIRE(found != nullptr);
  CHECK(found->end == pos + 4);
  CHECK(found->text == "Wang");
  CHECK(found->kind == jumpa::mention_kind::short_name);
  // Wang Qishan, Wang Huning and others share the surname but are not in the article
  CHECK(by_ref(d, "person:wang-qishan") == nullptr);
  CHECK(by_ref(d, "person:wang-huning") == nullptr);
  CHECK(person_names(d) == std::vector<std::string>{"Hun Manet", "Wang Yi"});
}

TEST_CASE("entities: Kim and Nguyen alone stay unresolved after one full name") {
  const std::string text =
      "Pemimpin Korea Utara Kim Jong Un menerima Menteri Luar Negeri Vietnam Nguyen Minh Khoa di Pyongyang. "
      "Kim mengatakan kerja sama akan diperluas, sementara Nguyen memuji hubungan kedua negara.";
  auto d = run(text, "2024-03-05");
  INFO(describe(d));
  REQUIRE(by_ref(d, "person:kim-jong-un") != nullptr);
  for (const char* word : {"Kim mengatakan", "Nguyen memuji"}) {
    const auto pos = at(text, word);
    for (const auto& e : d.entities)
      for (const auto& m : e.mentions) CHECK_FALSE(m.begin == pos);
  }
  // A title before the word says who is meant.
  const std::string titled =
      "Pemimpin Korea Utara Kim Jong Un menerima delegasi China di Pyongyang. Presiden Kim mengatakan kerja sama akan "
      "diperluas.";
  auto t = run(titled, "2024-03-05");
  INFO(describe(t));
  const auto* kim = by_ref(t, "person:kim-jong-un");
  REQUIRE(kim != nullptr);
  const auto* m = mention_text(*kim, "Kim");
  REQUIRE(m != nullptr);
  CHECK(m->begin == at(titled, "Kim mengatakan"));
}

TEST_CASE("entities: a short form two gazetteer persons list never resolves, a unique one does") {
  static const jumpa::extractor x = [] {
    auto g = jumpa::gazetteer::load(std::vector<std::filesystem::path>{std::string(JUMPA_FIXTURES) +
                                                                       "/gazetteers/ambiguous-names"},
                                    true);
    if (!g) throw std::runtime_error(g.error().to_string());
    auto r = jumpa::extractor::create(*g);
    if (!r) throw std::runtime_error(r.error().to_string());
    return *r;
  }();
  // Only Dara Vireak is named, yet Sophea Vireak lists "Vireak" too.
  const std::string text =
      "Menteri Luar Negeri Kamboja Dara Vireak bertemu Menteri Luar Negeri Laos Chanthou Rithy di Vientiane. "
      "Vireak mengatakan kedua negara sepakat, dan Rithy menyambut baik kunjungan itu.";
  jumpa::extract_options o;
  o.id = "test";
  auto d = x.extract(text, o);
  INFO(describe(d));
  const auto* dara = by_ref(d, "person:dara-vireak");
  const auto* rithy = by_ref(d, "person:chanthou-rithy");
  REQUIRE(dara != nullptr);
  REQUIRE(rithy != nullptr);
  CHECK(by_ref(d, "person:sophea-vireak") == nullptr);
  const auto vireak = at(text, "Vireak mengatakan");
  for (const auto& e : d.entities)
    for (const auto& m : e.mentions) CHECK_FALSE(m.begin == vireak);
  const auto* m = mention_text(*rithy, "Rithy");
  REQUIRE(m != nullptr);
  CHECK(m->kind == jumpa::mention_kind::short_name);
  CHECK(m->begin == at(text, "Rithy menyambut"));
}

TEST_CASE("entities: Khmer given name links to the earlier full name") {
  const std::string text = fixture("wang_yi_visit_2025.txt");
  auto d = run(text);
  INFO(describe(d));
  const auto* p = by_ref(d, "person:hun-manet");
  REQUIRE(p != nullptr);
  const auto* m = mention_text(*p, "Manet");
  REQUIRE(m != nullptr);
  CHECK(m->kind == jumpa::mention_kind::short_name);
  CHECK(m->begin == at(text, "Manet menyambut"));
}

TEST_CASE("entities: Vietnamese given name links to the earlier full name") {
  const std::string text =
      "HANOI, 4 Maret 2025 – Perdana Menteri Vietnam Phạm Minh Chính menerima Menteri Luar Negeri Kamboja "
      "Prak Sokhonn di Hanoi pada Senin (3/3). Chính mengatakan Vietnam selalu mendukung Kamboja. Sokhonn "
      "berterima kasih atas dukungan tersebut.";
  auto d = run(text);
  INFO(describe(d));
  const auto* chinh = by_ref(d, "person:pham-minh-chinh");
  const auto* sokhonn = by_ref(d, "person:prak-sokhonn");
  REQUIRE(chinh != nullptr);
  REQUIRE(sokhonn != nullptr);
  const auto* m1 = mention_text(*chinh, "Chính");
  REQUIRE(m1 != nullptr);
  CHECK(m1->kind == jumpa::mention_kind::short_name);
  CHECK(m1->begin == at(text, "Chính mengatakan"));
  const auto* m2 = mention_text(*sokhonn, "Sokhonn");
  REQUIRE(m2 != nullptr);
  CHECK(m2->kind == jumpa::mention_kind::short_name);
  CHECK(person_names(d) == std::vector<std::string>{"Pham Minh Chinh", "Prak Sokhonn"});
}

TEST_CASE("entities: a surname two earlier unknown persons share is not linked, a unique one is") {
  const std::string shared =
      "PHNOM PENH, 3 Maret 2025 - Duta Besar Laos Somsak Phommachanh bertemu Duta Besar Thailand Preecha "
      "Phommachanh di Phnom Penh pada Senin (3/3). Phommachanh mengatakan kedua negara bersahabat.";
  auto d = run(shared);
  INFO(describe(d));
  CHECK(person_names(d) == std::vector<std::string>{"Preecha Phommachanh", "Somsak Phommachanh"});
  const auto lone = at(shared, "Phommachanh mengatakan");
  for (const auto& e : d.entities)
    for (const auto& m : e.mentions) CHECK_FALSE(m.begin == lone);

  const std::string unique =
      "PHNOM PENH, 3 Maret 2025 - Duta Besar Laos Somsak Phommachanh bertemu Duta Besar Thailand Preecha "
      "Wongsawat di Phnom Penh pada Senin (3/3). Phommachanh mengatakan kedua negara bersahabat. Wongsawat setuju.";
  auto u = run(unique);
  INFO(describe(u));
  REQUIRE(person_names(u).size() == 2);
  for (const auto& e : u.entities) {
    if (e.type != jumpa::entity_type::person) continue;
    REQUIRE(e.mentions.size() == 2);
    CHECK(e.mentions[1].kind == jumpa::mention_kind::short_name);
    CHECK(e.name.substr(e.name.rfind(' ') + 1) == e.mentions[1].text);
  }
}

TEST_CASE("entities: short form before any full name is not linked") {
  auto d = run("Sokhonn mengatakan Kamboja tetap berkomitmen pada penyelesaian damai sengketa perbatasan.");
  INFO(describe(d));
  CHECK(by_ref(d, "person:prak-sokhonn") == nullptr);
  CHECK(person_names(d).empty());
}

TEST_CASE("entities: ambiguous Hun with Hun Sen and Hun Manet present is not linked") {
  const std::string text = fixture("hun_family_2025.txt");
  auto d = run(text);
  INFO(describe(d));
  const auto* sen = by_ref(d, "person:hun-sen");
  const auto* manet = by_ref(d, "person:hun-manet");
  REQUIRE(sen != nullptr);
  REQUIRE(manet != nullptr);
  const auto pos = at(text, "Hun mengatakan");
  for (const auto& e : d.entities)
    for (const auto& m : e.mentions) CHECK_FALSE(m.begin == pos);
  CHECK(person_names(d) == std::vector<std::string>{"Hun Manet", "Hun Sen"});
}

TEST_CASE("entities: titles resolve by the publication date (PM Thailand in 2012 is Yingluck Shinawatra)") {
  // Two Thai prime ministers in one text; only the dated offices tell which one "PM Thailand" is.
  const std::string text =
      "Abhisit Vejjajiva dan Yingluck Shinawatra menghadiri jamuan makan malam di Bangkok pada Senin. "
      "Dalam jamuan itu, PM Thailand tersebut menyampaikan pidato tentang ekspor beras.";
  const auto pos = at(text, "PM Thailand tersebut");
  struct when { const char* published; const char* pm; const char* other; };
  for (const when& w : {when{"2012-05-01", "person:yingluck-shinawatra", "person:abhisit-vejjajiva"},
                        when{"2010-06-01", "person:abhisit-vejjajiva", "person:yingluck-shinawatra"}}) {
    auto d = run(text, w.published);
    INFO(w.published << describe(d));
    const auto* pm = by_ref(d, w.pm);
    const auto* other = by_ref(d, w.other);
    REQUIRE(pm != nullptr);
    REQUIRE(other != nullptr);
    CHECK(has_role(*pm, "prime_minister"));
    CHECK_FALSE(has_role(*other, "prime_minister"));
    const auto* m = mention_text(*pm, "PM Thailand tersebut");
    REQUIRE(m != nullptr);
    CHECK(m->kind == jumpa::mention_kind::title);
    CHECK(m->begin == pos);
    CHECK(mention_text(*other, "PM Thailand tersebut") == nullptr);
  }
  // In 2016 neither was prime minister: the title refers to no one in the text.
  auto d = run(text, "2016-05-01");
  INFO(describe(d));
  for (const auto& e : d.entities)
    for (const auto& m : e.mentions) CHECK_FALSE(m.begin == pos);
}

TEST_CASE("entities: title-only Menlu China itu links to Wang Yi") {
  const std::string text = fixture("wang_yi_visit_2025.txt");
  auto d = run(text);
  INFO(describe(d));
  const auto* p = by_ref(d, "person:wang-yi");
  REQUIRE(p != nullptr);
  const auto* m = mention_text(*p, "Menlu China itu");
  REQUIRE(m != nullptr);
  CHECK(m->kind == jumpa::mention_kind::title);
  CHECK(m->begin == at(text, "Menlu China itu"));
  CHECK(m->end == at(text, "Menlu China itu") + 15);
  // the first full mention is exact too
  const auto* full = mention_text(*p, "Wang Yi");
  REQUIRE(full != nullptr);
  CHECK(full->begin == at(text, "Wang Yi"));
  CHECK(full->end == at(text, "Wang Yi") + 7);
  CHECK(full->kind == jumpa::mention_kind::name);
}

// ---------------------------------------------------------------------------
// Traps

TEST_CASE("entities: dolar AS is a currency and not the United States") {
  const std::string text =
      "Kamboja mengekspor barang senilai 9,5 miliar dolar AS ke Amerika Serikat sepanjang tahun lalu.";
  auto d = run(text);
  INFO(describe(d));
  const auto* us = country(d, "US");
  REQUIRE(us != nullptr);  // Amerika Serikat is
  REQUIRE(us->mentions.size() == 1);
  CHECK(us->mentions[0].begin == at(text, "Amerika Serikat"));
  CHECK(us->mentions[0].end == at(text, "Amerika Serikat") + 15);
  CHECK_FALSE(any_mention_text(d, "AS"));
}

TEST_CASE("entities: dolar AS alone makes no United States entity") {
  auto d = run("Pemerintah Kamboja menerima pinjaman lunak sebesar 200 juta dolar AS untuk proyek irigasi di Takeo.");
  INFO(describe(d));
  CHECK(country(d, "US") == nullptr);
  CHECK(country(d, "KH") != nullptr);
}

TEST_CASE("entities: bergaya Jepang is a style and not Japan") {
  const std::string text = "Investor Jepang membuka sebuah hotel bergaya Jepang di Siem Reap pada Sabtu.";
  auto d = run(text);
  INFO(describe(d));
  const auto* jp = country(d, "JP");
  REQUIRE(jp != nullptr);
  REQUIRE(jp->mentions.size() == 1);
  CHECK(jp->mentions[0].begin == at(text, "Jepang"));
}

TEST_CASE("entities: bergaya Jepang alone makes no Japan entity") {
  auto d = run("Sebuah restoran baru bergaya Jepang dibuka di pusat kota Phnom Penh pada pekan lalu.");
  INFO(describe(d));
  CHECK(country(d, "JP") == nullptr);
}

TEST_CASE("entities: Laut China Selatan is a sea and not China") {
  const std::string text =
      "China dan negara-negara ASEAN melanjutkan perundingan kode etik di Laut China Selatan pada Selasa.";
  auto d = run(text);
  INFO(describe(d));
  const auto* sea = by_ref(d, "loc:south-china-sea");
  REQUIRE(sea != nullptr);
  CHECK(sea->type == jumpa::entity_type::location);
  const auto* cn = country(d, "CN");
  REQUIRE(cn != nullptr);
  REQUIRE(cn->mentions.size() == 1);
  CHECK(cn->mentions[0].begin == 0);
  CHECK(cn->mentions[0].end == 5);
}

TEST_CASE("entities: bylines and related links produce no person") {
  const std::string text = fixture("byline_boilerplate.txt");
  auto d = run(text);
  INFO(describe(d));
  // Pewarta: Sugiono is the reporter, not Indonesia's foreign minister
  CHECK(by_ref(d, "person:sugiono") == nullptr);
  // "Baca juga:" is a link to another story
  CHECK(by_ref(d, "person:wang-yi") == nullptr);
  CHECK(by_name(d, "Rina Kusumawati") == nullptr);
  CHECK(person_names(d) == std::vector<std::string>{"Bui Thanh Son", "Prak Sokhonn"});
  const auto boiler = at(text, "Baca juga:");
  for (const auto& e : d.entities)
    for (const auto& m : e.mentions) CHECK(m.begin < boiler);
}

// ---------------------------------------------------------------------------
// Roles by the article's date

TEST_CASE("entities: Hun Sen in a 2025 article is senate and party president and not prime minister") {
  auto d = run(fixture("hun_sen_2025.txt"));
  INFO(describe(d));
  CHECK(d.published.to_string() == "2025-02-11");
  const auto* p = by_ref(d, "person:hun-sen");
  REQUIRE(p != nullptr);
  CHECK(has_role(*p, "senate_president"));
  CHECK(has_role(*p, "party_president"));
  CHECK_FALSE(has_role(*p, "prime_minister"));
  // "Presiden Hun Sen" is the Senate/party president, not a head of state
  CHECK_FALSE(has_role(*p, "president"));
}

TEST_CASE("entities: Hun Sen in a 2022 article is prime minister") {
  auto d = run(fixture("hun_sen_2022.txt"));
  INFO(describe(d));
  CHECK(d.published.to_string() == "2022-04-22");
  const auto* p = by_ref(d, "person:hun-sen");
  REQUIRE(p != nullptr);
  CHECK(has_role(*p, "prime_minister"));
  CHECK(has_role(*p, "party_president"));
  CHECK_FALSE(has_role(*p, "senate_president"));
  for (const auto& r : p->roles)
    if (r.id == "prime_minister") {
      CHECK(r.country == "KH");
      CHECK_FALSE(r.from_text);  // from the offices table: the text gives no title
    }
}

TEST_CASE("entities: the caller's publication date decides the roles") {
  const std::string text = "Samdech Techo Hun Sen menerima para pengusaha Jepang di Phnom Penh.";
  auto d2022 = run(text, "2022-06-01");
  auto d2025 = run(text, "2025-06-01");
  INFO(describe(d2022) << describe(d2025));
  const auto* a = by_ref(d2022, "person:hun-sen");
  const auto* b = by_ref(d2025, "person:hun-sen");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(has_role(*a, "prime_minister"));
  CHECK_FALSE(has_role(*b, "prime_minister"));
  CHECK(has_role(*b, "senate_president"));
}

TEST_CASE("entities: a title and an office for the same role give one role") {
  auto d = run("Menteri Luar Negeri Rusia Sergey Lavrov tiba di Vientiane pada Kamis.", "2025-07-10");
  INFO(describe(d));
  const auto* p = by_ref(d, "person:sergey-lavrov");
  REQUIRE(p != nullptr);
  REQUIRE(has_role(*p, "foreign_minister"));
  CHECK(p->country == "RU");
  CHECK(role_ids(*p) == std::vector<std::string>{"foreign_minister"});
}

TEST_CASE("entities: Sekretaris Jenderal before a party is the party general secretary") {
  auto d = run(
      "VIENTIANE, 13 Juni 2025 – Presiden Laos Thongloun Sisoulith, yang juga Sekretaris Jenderal Partai "
      "Revolusioner Rakyat Laos, menerima Sekretaris Jenderal Partai Komunis Vietnam To Lam di Vientiane.");
  INFO(describe(d));
  const auto* thongloun = by_ref(d, "person:thongloun-sisoulith");
  const auto* tolam = by_ref(d, "person:to-lam");
  REQUIRE(thongloun != nullptr);
  REQUIRE(tolam != nullptr);
  CHECK(has_role(*thongloun, "party_general_secretary"));
  CHECK(has_role(*thongloun, "president"));
  CHECK(has_role(*tolam, "party_general_secretary"));
  // not the secretary-general of an international organisation
  CHECK_FALSE(has_role(*thongloun, "secretary_general"));
  CHECK_FALSE(has_role(*tolam, "secretary_general"));
}

TEST_CASE("entities: Sekretaris Jenderal ASEAN is the secretary-general") {
  auto d = run(
      "JAKARTA, 13 Juni 2025 – Sekretaris Jenderal ASEAN Kao Kim Hourn menerima Duta Besar Timor-Leste untuk "
      "ASEAN di Sekretariat ASEAN.");
  INFO(describe(d));
  const auto* p = by_ref(d, "person:kao-kim-hourn");
  REQUIRE(p != nullptr);
  CHECK(has_role(*p, "secretary_general"));
  CHECK_FALSE(has_role(*p, "party_general_secretary"));
}

TEST_CASE("entities: Presiden Partai Rakyat Kamboja is the party president and not a head of state") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – Presiden Partai Rakyat Kamboja Hun Sen membuka kongres luar biasa partai "
      "itu di Phnom Penh pada Senin (3/3).");
  INFO(describe(d));
  const auto* p = by_ref(d, "person:hun-sen");
  REQUIRE(p != nullptr);
  CHECK(has_role(*p, "party_president"));
  CHECK_FALSE(has_role(*p, "president"));
  CHECK_FALSE(has_role(*p, "prime_minister"));
  for (const auto& r : p->roles)
    if (r.id == "party_president") CHECK(r.org == "party:cpp");
}

TEST_CASE("entities: a headline in title case makes no person") {
  // "Hun Sen Terima Menlu Thailand, Bahas Pembukaan Perbatasan": the words after the comma are a verb phrase
  auto d = run(fixture("hun_sen_2022.txt"));
  INFO(describe(d));
  CHECK(person_names(d) == std::vector<std::string>{"Don Pramudwinai", "Hun Sen"});
  CHECK(by_name(d, "Bahas Pembukaan Perbatasan") == nullptr);
}

TEST_CASE("entities: Presiden Senat sekaligus Presiden Partai Rakyat Kamboja gives each role once") {
  auto d = run(
      "PHNOM PENH, 4 Maret 2025 – PM Vietnam itu juga bertemu dengan Presiden Senat sekaligus Presiden Partai "
      "Rakyat Kamboja Samdech Techo Hun Sen di Phnom Penh pada Senin (3/3).");
  INFO(describe(d));
  const auto* p = by_ref(d, "person:hun-sen");
  REQUIRE(p != nullptr);
  CHECK(has_role(*p, "senate_president"));
  CHECK(has_role(*p, "party_president"));
  CHECK_FALSE(has_role(*p, "president"));
  CHECK(p->roles.size() == role_ids(*p).size());  // no role listed twice
}

TEST_CASE("entities: a joint commission between two countries is an organization") {
  const std::string text =
      "Menlu Kamboja dan Menlu Laos memimpin bersama sidang Komisi Bersama Kamboja-Laos ke-15 di Vientiane, "
      "sementara Mekanisme Konsultasi Bilateral (BCM) kedua negara bertemu pekan depan.";
  auto d = run(text);
  INFO(text);
  std::vector<std::string> orgs;
  for (const auto& e : d.entities)
    if (e.type == jumpa::entity_type::organization) orgs.push_back(e.name);
  std::sort(orgs.begin(), orgs.end());
  CHECK(orgs == std::vector<std::string>{"Bilateral Consultation Mechanism", "Cambodia-Laos Joint Commission"});
  for (const auto& e : d.entities) {
    if (e.name != "Cambodia-Laos Joint Commission") continue;
    CHECK(e.source == jumpa::entity_source::pattern);
    REQUIRE(e.mentions.size() == 1);
    CHECK(e.mentions[0].begin == text.find("Komisi Bersama"));
    CHECK(e.mentions[0].text == "Komisi Bersama");
  }
  // the countries in the name stay countries
  int countries = 0;
  for (const auto& e : d.entities) countries += e.type == jumpa::entity_type::country;
  CHECK(countries == 2);
}
