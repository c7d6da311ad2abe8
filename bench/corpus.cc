#include "corpus.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_set>

#include "jumpa/text.h"

namespace jumpa_bench {

namespace {

struct person {
  std::string name;    // "Hun Manet"
  std::string shortn;  // "Manet"
  std::string titled;  // "Perdana Menteri Kamboja Hun Manet" (or the name)
  std::string title;   // "Perdana Menteri" (or "")
};

struct vocab {
  std::vector<person> persons;
  std::vector<std::string> countries;  // Indonesian names: "Kamboja"
  std::vector<std::string> home;       // countries of the persons (most news is about them)
  std::vector<std::string> cities;     // capitals and cities: "Phnom Penh"
  std::vector<std::string> orgs;       // "ASEAN", "Partai Rakyat Kamboja"
};

const std::vector<std::string> kWeekdays = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
const std::vector<std::string> kMonths = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                          "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
const std::vector<std::string> kReporters = {"Agus Setiawan", "Rina Kusuma", "Bayu Pratama", "Dewi Lestari",
                                             "Hendra Wijaya", "Sri Wahyuni", "Yudi Santoso", "Maya Sari"};
const std::vector<std::string> kSectors = {
    "perdagangan", "investasi", "pendidikan", "pariwisata", "pertahanan", "kesehatan", "energi",
    "pertanian", "infrastruktur", "ekonomi digital", "kebudayaan", "keamanan maritim", "perikanan"};

// Filler: ordinary Indonesian news prose without names.
const std::vector<std::string> kFiller = {
    "Kedua pihak juga membahas isu-isu regional dan internasional yang menjadi kepentingan bersama.",
    "Nilai perdagangan bilateral kedua negara mencapai {N} juta dolar AS pada tahun lalu, naik {P} persen "
    "dibandingkan tahun sebelumnya.",
    "Menurut data kementerian, jumlah wisatawan yang berkunjung meningkat tajam dalam tiga bulan pertama tahun ini.",
    "Pemerintah berkomitmen untuk terus mendorong pembangunan infrastruktur, pertanian, dan sumber daya manusia.",
    "Pertemuan tersebut berlangsung dalam suasana yang hangat dan bersahabat.",
    "Kedua negara telah menjalin hubungan diplomatik selama lebih dari {Q} tahun.",
    "Para pejabat senior dari kedua kementerian turut hadir dalam acara tersebut.",
    "Selain itu, kedua pihak menandatangani nota kesepahaman tentang kerja sama di bidang {SECTOR}.",
    "Kerja sama di bidang {SECTOR} dan {SECTOR2} dinilai masih memiliki potensi yang sangat besar.",
    "Ia menambahkan bahwa pemerintah akan terus memperkuat konektivitas antarnegara di kawasan.",
    "Acara itu juga dihadiri oleh sejumlah duta besar, pengusaha, dan tokoh masyarakat setempat.",
    "Sebanyak {N} mahasiswa menerima beasiswa pemerintah untuk melanjutkan studi pada tahun ajaran ini.",
    "Beliau menegaskan pentingnya menjaga perdamaian, stabilitas, dan kemakmuran di Asia Tenggara.",
    "Harga beras di pasar tradisional naik sekitar {P} persen dalam sepekan terakhir.",
    "Pihak berwenang mengatakan proyek jalan tol tersebut ditargetkan rampung pada akhir tahun depan.",
    "Delegasi bisnis yang terdiri atas {Q} perusahaan juga mengikuti forum investasi di hotel tersebut.",
};

std::string upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

std::string last_word(const std::string& s) {
  auto sp = s.rfind(' ');
  return sp == std::string::npos ? s : s.substr(sp + 1);
}

vocab build_vocab(const jumpa::gazetteer& g) {
  vocab v;
  std::map<std::string, std::string> title_of_role;  // first title form per role
  if (const jumpa::lexicon* lx = g.language("id")) {
    for (const auto& e : lx->table("titles")) {
      if (e.fields.empty() || e.form.empty() || e.form.back() == '.') continue;
      title_of_role.emplace(e.fields[0], e.form);
    }
  }
  std::map<std::string, std::string> country_name;  // ISO → Indonesian name
  for (const auto& e : g.entities()) {
    if (e.type == jumpa::entity_type::country) {
      std::string n = e.name_id.empty() ? e.name : e.name_id;
      country_name[e.country] = n;
      v.countries.push_back(n);
    } else if (e.type == jumpa::entity_type::location && (e.kind == "capital" || e.kind == "city")) {
      v.cities.push_back(e.name);
    } else if (e.type == jumpa::entity_type::organization || e.type == jumpa::entity_type::party) {
      v.orgs.push_back(e.acronyms.empty() ? e.name : e.acronyms.front());
    }
  }
  for (const auto& e : g.entities()) {
    if (e.type != jumpa::entity_type::person) continue;
    person p;
    p.name = e.name;
    p.shortn = e.short_forms.empty() ? last_word(e.name) : e.short_forms.front();
    p.titled = p.name;
    for (const jumpa::office* o : g.offices_of(e.id)) {
      auto t = title_of_role.find(o->role);
      if (t == title_of_role.end()) continue;
      p.title = t->second;
      auto c = country_name.find(o->country);
      p.titled = t->second + (c != country_name.end() && o->org.empty() ? " " + c->second : "") + " " + p.name;
      if (o->to.empty()) break;  // prefer an office still held
    }
    if (!e.country.empty())
      if (auto c = country_name.find(e.country); c != country_name.end()) v.home.push_back(c->second);
    v.persons.push_back(std::move(p));
  }
  if (v.persons.empty()) v.persons.push_back({"Budi Santoso", "Budi", "Budi Santoso", ""});
  if (v.countries.empty()) v.countries = {"Indonesia", "Kamboja"};
  if (v.home.empty()) v.home = v.countries;
  if (v.cities.empty()) v.cities = {"Jakarta", "Phnom Penh"};
  if (v.orgs.empty()) v.orgs = {"ASEAN"};
  return v;
}

class writer {
 public:
  writer(const vocab& v, const corpus_options& o) : v_(v), o_(o), r_(o.seed) {}

  std::string article() {
    std::string a;
    a.reserve(4096);
    year_ = r_.between(2019, 2025);
    month_ = r_.between(1, 12);
    day_ = r_.between(1, 28);
    city_ = r_.pick(v_.cities);
    c1_ = country();
    c2_ = country();
    p1_ = pick_person();
    p2_ = pick_person();
    // Dateline and lead.
    a += upper_ascii(city_) + ", " + std::to_string(day_) + " " + kMonths[static_cast<std::size_t>(month_ - 1)] +
         " " + std::to_string(year_) + " (ANTARA) - ";
    a += fill(r_.pick(kLeads));
    int paragraphs = r_.between(4, 7);
    for (int p = 0; p < paragraphs; ++p) {
      a += "\n\n";
      int sentences = r_.between(2, 5);
      for (int s = 0; s < sentences; ++s) {
        if (s) a += ' ';
        double x = static_cast<double>(r_.below(1000)) / 1000.0;
        if (x < 0.16) a += fill(r_.pick(kMeetings));
        else if (x < 0.24) a += fill(r_.pick(kGreetings));
        else if (x < 0.32) a += fill(r_.pick(kPlanned));
        else if (x < 0.42) a += fill(r_.pick(kCountry));
        else if (x < 0.52) a += fill(r_.pick(kQuotes));
        else a += fill(r_.pick(kFiller));
        if (r_.chance(0.15)) {  // a new pair of persons for the rest of the article
          p1_ = pick_person();
          p2_ = pick_person();
          c2_ = country();
        }
      }
    }
    a += "\n\nPewarta: " + r_.pick(kReporters) + "\nEditor: " + r_.pick(kReporters) + "\nCopyright \xC2\xA9 ANTARA " +
         std::to_string(year_) + "\n";
    return a;
  }

 private:
  const std::string& country() { return r_.chance(0.75) ? r_.pick(v_.home) : r_.pick(v_.countries); }

  person pick_person() {
    if (o_.extra_persons && !o_.extra_persons->empty() && r_.chance(o_.extra_share)) {
      const std::string& n = r_.pick(*o_.extra_persons);
      return {n, last_word(n), n, ""};
    }
    return r_.pick(v_.persons);
  }

  std::string fill(const std::string& tpl) {
    std::string out;
    out.reserve(tpl.size() + 64);
    for (std::size_t i = 0; i < tpl.size();) {
      if (tpl[i] != '{') {
        out += tpl[i++];
        continue;
      }
      std::size_t close = tpl.find('}', i);
      std::string key = tpl.substr(i + 1, close - i - 1);
      i = close + 1;
      if (key == "P1") out += p1_.titled;
      else if (key == "P2") out += p2_.titled;
      else if (key == "N1") out += p1_.name;
      else if (key == "N2") out += p2_.name;
      else if (key == "S1") out += p1_.shortn;
      else if (key == "S2") out += p2_.shortn;
      else if (key == "T1") out += p1_.title.empty() ? "Menteri" : p1_.title;
      else if (key == "C1") out += c1_;
      else if (key == "C3") out += country();
      else if (key == "C2") out += c2_;
      else if (key == "CITY") out += r_.chance(0.5) ? city_ : r_.pick(v_.cities);
      else if (key == "ORG") out += r_.pick(v_.orgs);
      else if (key == "WD") out += r_.pick(kWeekdays);
      else if (key == "DM") out += std::to_string(r_.between(1, 28)) + "/" + std::to_string(month_);
      else if (key == "DATE") out += std::to_string(r_.between(1, 28)) + " " + r_.pick(kMonths);
      else if (key == "N") out += std::to_string(r_.between(12, 980));
      else if (key == "P") out += std::to_string(r_.between(2, 45));
      else if (key == "Q") out += std::to_string(r_.between(3, 70));
      else if (key == "SECTOR") out += r_.pick(kSectors);
      else if (key == "SECTOR2") out += r_.pick(kSectors);
      else throw std::logic_error("corpus template key " + key);
    }
    return out;
  }

  static const std::vector<std::string> kLeads, kMeetings, kGreetings, kPlanned, kCountry, kQuotes;

  const vocab& v_;
  const corpus_options& o_;
  rng r_;
  int year_ = 2025, month_ = 1, day_ = 1;
  std::string city_, c1_, c2_;
  person p1_, p2_;
};

const std::vector<std::string> writer::kLeads = {
    "{P1} menggelar pembicaraan dengan {P2} di {CITY} pada {WD} ({DM}).",
    "{P1} bertemu dengan {P2} di sela-sela KTT {ORG} di {CITY}, {WD} ({DM}).",
    "{P1} menerima kunjungan kehormatan {P2} di {CITY} pada {WD}.",
    "{C1} dan {C2} sepakat memperkuat kerja sama di bidang {SECTOR} dan {SECTOR2}.",
    "{P1} melakukan kunjungan kenegaraan ke {C2} pada {DATE} untuk bertemu {P2}.",
};
const std::vector<std::string> writer::kMeetings = {
    "{P1} menggelar pembicaraan dengan {P2} di {CITY} pada {WD} ({DM}).",
    "{P1} bertemu dengan {P2} di sela-sela KTT {ORG} di {CITY}, {WD} ({DM}).",
    "Dalam pertemuan bilateral itu, {S1} dan {S2} membahas peningkatan kerja sama di bidang {SECTOR}.",
    "{P1} menerima kunjungan kehormatan {P2} di Istana Perdamaian, {CITY}, pada {WD}.",
    "{P1} melakukan pembicaraan telepon dengan {P2} untuk membahas situasi di kawasan.",
    "Pertemuan antara {N1} dan {N2} berlangsung selama sekitar satu jam.",
    "{S1} juga bertemu {P2} untuk membahas persiapan pertemuan tingkat menteri {ORG}.",
};
const std::vector<std::string> writer::kGreetings = {
    "{P1} menyampaikan salam hangat kepada {P2}.",
    "{S1} mengucapkan selamat kepada {P2} atas keberhasilan penyelenggaraan pemilu.",
    "{P1} menyampaikan belasungkawa kepada rakyat {C2} atas bencana banjir yang terjadi pekan lalu.",
};
const std::vector<std::string> writer::kPlanned = {
    "{P1} dijadwalkan akan bertemu dengan {P2} di {CITY} pekan depan.",
    "{S1} berharap dapat segera mengunjungi {C2} untuk bertemu {P2}.",
    "{P1} tidak bertemu dengan {P2} selama kunjungan tersebut.",
    "{P1} berencana menggelar pertemuan dengan {P2} pada {DATE} mendatang.",
};
const std::vector<std::string> writer::kCountry = {
    "{C1} dan {C2} sepakat memperkuat kerja sama di bidang {SECTOR} dan {SECTOR2}.",
    "{C1} mendukung penuh keketuaan {C2} di {ORG} tahun ini.",
    "Hubungan diplomatik antara {C1} dan {C2} terjalin sejak puluhan tahun lalu.",
    "{C1} menandatangani perjanjian perdagangan bebas dengan {C2} tahun lalu.",
};
const std::vector<std::string> writer::kQuotes = {
    "\"Kami sangat menghargai dukungan {C2} selama ini,\" kata {S1}.",
    "\"Kerja sama ini membawa manfaat nyata bagi rakyat kedua negara,\" ujar {T1} {S1}.",
    "Menurut {S2}, kedua negara perlu meningkatkan perdagangan di bidang {SECTOR}.",
    "{S1} mengatakan bahwa {C1} siap bekerja sama dengan semua negara anggota {ORG}.",
};

}  // namespace

std::vector<std::string> make_corpus(const jumpa::gazetteer& g, const corpus_options& o) {
  vocab v = build_vocab(g);
  writer w(v, o);
  std::vector<std::string> docs;
  std::size_t total = 0;
  while (total < o.bytes) {
    docs.push_back(w.article());
    total += docs.back().size();
  }
  return docs;
}

std::vector<std::string> write_synthetic_gazetteer(const std::filesystem::path& dir, std::size_t aliases,
                                                   std::uint64_t seed) {
  namespace fs = std::filesystem;
  static const char* const kOnsets[] = {"b", "ch", "d", "h", "k", "kh", "l", "m", "n", "ng", "ph", "r", "s",
                                        "t", "th", "v", "w", "y", "p", "g", "j", "tr", "sr", "br"};
  static const char* const kVowels[] = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "ia", "oa", "uo", "ay"};
  static const char* const kCodas[] = {"", "", "n", "m", "ng", "k", "t", "r", "s", "h", "l", "p"};
  static const char* const kCountries[] = {"KH", "ID", "VN", "TH", "MY", "LA", "MM", "PH", "SG", "BN",
                                           "CN", "JP", "KR", "IN", "AU", "US", "FR", "GB", "RU", "DE"};
  rng r(seed);
  auto word = [&](int syllables) {
    std::string w;
    for (int s = 0; s < syllables; ++s) {
      w += kOnsets[r.below(std::size(kOnsets))];
      w += kVowels[r.below(std::size(kVowels))];
      w += kCodas[r.below(std::size(kCodas))];
    }
    w[0] = static_cast<char>(w[0] - 32);
    return w;
  };
  std::unordered_set<std::string> used;
  // Builtin names must not be reused.
  for (const auto& e : jumpa::gazetteer::builtin().entities()) {
    used.insert(jumpa::fold(e.name));
    for (const auto& a : e.aliases) used.insert(jumpa::fold(a));
  }
  auto fresh = [&](int words) {
    for (;;) {
      std::string n;
      for (int k = 0; k < words; ++k) {
        if (k) n += ' ';
        n += word(r.between(1, 3));
      }
      std::string key = n;
      for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (used.insert(key).second) return n;
    }
  };
  fs::create_directories(dir / "entities");
  std::ofstream out(dir / "entities" / "synthetic_persons.tsv", std::ios::binary);
  out << "id\ttype\tname\taliases\tshort\tcountry\n";
  std::vector<std::string> names;
  std::size_t persons = (aliases + 1) / 2;
  names.reserve(persons);
  for (std::size_t i = 0; i < persons; ++i) {
    std::string name = fresh(r.between(2, 3));
    std::string alias = fresh(r.between(2, 4));
    out << "person:syn-" << i << "\tperson\t" << name << "\t" << alias << "\t" << last_word(name) << "\t"
        << kCountries[r.below(std::size(kCountries))] << "\n";
    names.push_back(std::move(name));
  }
  if (!out) throw std::runtime_error("cannot write " + (dir / "entities" / "synthetic_persons.tsv").string());
  return names;
}

std::string repeated_title(std::size_t bytes, const std::string& title) {
  std::string s;
  s.reserve(bytes + title.size() + 1);
  while (s.size() < bytes) {
    s += title;
    s += ' ';
  }
  return s;
}

std::string capitalised_run(std::size_t words, std::uint64_t seed) {
  rng r(seed);
  static const char* const kSyl[] = {"ka", "ma", "ran", "so", "phe", "tu", "li", "van", "ngo", "de", "bo", "rin"};
  std::string s;
  for (std::size_t i = 0; i < words; ++i) {
    if (i) s += ' ';
    std::string w;
    int n = r.between(1, 3);
    for (int k = 0; k < n; ++k) w += kSyl[r.below(std::size(kSyl))];
    w[0] = static_cast<char>(w[0] - 32);
    s += w;
  }
  s += '.';
  return s;
}

std::string single_line(const jumpa::gazetteer& g, std::size_t bytes, std::uint64_t seed) {
  corpus_options o;
  o.bytes = bytes;
  o.seed = seed;
  std::string s;
  s.reserve(bytes + 8192);
  for (auto& d : make_corpus(g, o)) {
    for (char& c : d)
      if (c == '\n') c = ' ';
    if (!s.empty()) s += ' ';
    s += d;
  }
  return s;
}

}  // namespace jumpa_bench
