// Checking a gazetteer: references between rows, forms the matcher would
// refuse, facts that cannot all be true, and the ambiguity report.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "gazetteer_builder.h"
#include "gazetteer_schema.h"
#include "jumpa/matcher.h"
#include "jumpa/text.h"

namespace jumpa {
namespace {

// The ISO alpha-2 codes of the gazetteer's countries, as a table of the 676
// two-capital codes (any other text is no country's code).
class country_codes {
 public:
  explicit country_codes(const gazetteer& g) {
    for (const auto& e : g.entities())
      if (e.type == entity_type::country)
        if (int k = index(e.country); k >= 0) known_[static_cast<std::size_t>(k)] = true;
  }
  bool has(std::string_view code) const {
    const int k = index(code);
    return k >= 0 && known_[static_cast<std::size_t>(k)];
  }

 private:
  static int index(std::string_view c) {
    auto up = [](char x) { return x >= 'A' && x <= 'Z'; };
    return c.size() == 2 && up(c[0]) && up(c[1]) ? (c[0] - 'A') * 26 + (c[1] - 'A') : -1;
  }
  std::array<bool, 26 * 26> known_{};
};

void bad(std::vector<status>& out, std::string msg, const source_position& where) {
  out.emplace_back(errc::invalid_data, std::move(msg), where);
}

void entity_references(const gazetteer& g, const country_codes& countries, std::vector<status>& out) {
  for (const auto& e : g.entities()) {
    if (!e.country.empty() && !countries.has(e.country))
      bad(out, "unknown country code '" + e.country + "' in " + e.id, e.where);
    if (!e.capital.empty()) {
      const auto* c = g.find(e.capital);
      if (!c || c->type != entity_type::location)
        bad(out, "capital '" + e.capital + "' of " + e.id + " is not a location", e.where);
    }
    if (!e.parent.empty()) {
      const auto* p = g.find(e.parent);
      if (!p || p->type != entity_type::location)
        bad(out, "parent '" + e.parent + "' of " + e.id + " is not a location", e.where);
    }
  }
}

// The role ids of a gazetteer, sorted: one binary search per office instead
// of a scan of every role.
class role_ids {
 public:
  explicit role_ids(const gazetteer& g) {
    ids_.reserve(g.roles().size());
    for (const auto& r : g.roles()) ids_.push_back(r.id);
    std::sort(ids_.begin(), ids_.end());
  }
  bool has(std::string_view id) const { return std::binary_search(ids_.begin(), ids_.end(), id); }

 private:
  std::vector<std::string_view> ids_;
};

void office_references(const gazetteer& g, const country_codes& countries, std::vector<status>& out) {
  const role_ids roles(g);
  for (const auto& o : g.offices()) {
    const auto* p = g.find(o.person);
    if (!p || p->type != entity_type::person) bad(out, "office of unknown person '" + o.person + "'", o.where);
    if (!roles.has(o.role)) bad(out, "unknown role '" + o.role + "'", o.where);
    if (!countries.has(o.country)) bad(out, "unknown country code '" + o.country + "'", o.where);
    if (!o.org.empty()) {
      const auto* org = g.find(o.org);
      if (!org || (org->type != entity_type::party && org->type != entity_type::organization))
        bad(out, "office org '" + o.org + "' is not a party or organization", o.where);
    }
  }
}

void role_references(const gazetteer& g, std::vector<status>& out) {
  for (const auto& r : g.roles()) {
    if (!r.in_party.empty() && !g.role(r.in_party))
      bad(out, "role '" + r.id + "': in_party names unknown role '" + r.in_party + "'", {"roles.tsv"});
    for (const auto& a : r.answers_to)
      if (!g.role(a)) bad(out, "role '" + r.id + "': answers_to names unknown role '" + a + "'", {"roles.tsv"});
  }
  for (const auto& lang : g.languages()) {
    const auto& schema = detail::lexicon_schema("titles");
    int col = schema.field("role");
    for (const auto& e : g.language(lang)->table("titles"))
      if (col >= 0 && static_cast<std::size_t>(col) < e.fields.size() && !g.role(e.fields[static_cast<std::size_t>(col)]))
        bad(out, "unknown role '" + e.fields[static_cast<std::size_t>(col)] + "'", e.where);
  }
}

// Two terms overlap when one starts before the other has surely ended: a
// handover within the precision of the dates (same month, or a day inside the
// month of the other's end) is not an overlap.
bool overlap(const office& a, const office& b) {
  const date a_end = a.to.empty() ? date{9999, 12, 31} : a.to.first_day();
  const date b_end = b.to.empty() ? date{9999, 12, 31} : b.to.first_day();
  return a.from.last_day() < b_end && b.from.last_day() < a_end;
}

void exclusive_offices(const gazetteer& g, std::vector<status>& out) {
  std::map<std::string, std::vector<const office*>> by_seat;  // role|country|org → offices
  for (const auto& o : g.offices()) {
    const role_info* r = g.role(o.role);
    if (r && r->exclusive) by_seat[o.role + "|" + o.country + "|" + o.org].push_back(&o);
  }
  for (auto& [seat, list] : by_seat) {
    std::sort(list.begin(), list.end(), [](const office* a, const office* b) { return a->from < b->from; });
    for (std::size_t i = 0; i < list.size(); ++i)
      for (std::size_t j = i + 1; j < list.size(); ++j)
        if (list[i]->person != list[j]->person && overlap(*list[i], *list[j]))
          bad(out, "office " + list[j]->role + " of " + list[j]->country + " held by " + list[j]->person + " from " +
                       list[j]->from.to_string() + " overlaps " + list[i]->person + "'s (" + list[i]->where.file +
                       ":" + std::to_string(list[i]->where.line) + ")",
              list[j]->where);
  }
}

void offices_in_life(const gazetteer& g, std::vector<status>& out) {
  for (const auto& o : g.offices()) {
    const gazetteer_entity* p = g.find(o.person);
    if (!p) continue;
    const role_info* r = g.role(o.role);
    const bool by_birth = r && r->role_class == "royal";  // a prince from birth
    if (!p->born.empty() && !by_birth && o.from.year < p->born.year + 15)
      bad(out, "office " + o.role + " from " + o.from.to_string() + " before " + o.person + " was 15", o.where);
    if (!p->died.empty() && p->died.last_day() < o.from.first_day())
      bad(out, "office " + o.role + " from " + o.from.to_string() + " after " + o.person + " died", o.where);
    if (!p->died.empty() && o.to.empty())
      bad(out, "office " + o.role + " still held although " + o.person + " died " + p->died.to_string(), o.where);
  }
}

std::string at(const source_position& p) { return p.file + ":" + std::to_string(p.line); }

// A name's folded words, and the same words with the last one first
// ("Jae-myung Lee" → "lee jae myung": the family name first).
std::vector<std::string> words(const std::string& name) {
  std::vector<std::string> toks;
  for (auto& t : fold_tokens(name))
    if (t != "-" && t != "." && t != ",") toks.push_back(t);
  return toks;
}
std::string joined(const std::vector<std::string>& toks) {
  std::string key;
  for (const auto& t : toks) key += (key.empty() ? "" : " ") + t;
  return key;
}
std::string name_key(const std::string& name) { return joined(words(name)); }
std::string family_first_key(const std::string& name) {
  std::vector<std::string> toks = words(name);
  if (toks.size() > 1) std::rotate(toks.begin(), toks.end() - 1, toks.end());
  return joined(toks);
}

// One person under two ids: a name or alias equal to another person's name
// (or with the family name first) in the same country, or the same name and birth date.
void duplicate_persons(const gazetteer& g, std::vector<status>& out) {
  std::map<std::string, const gazetteer_entity*> names;  // country|name key → first person
  std::map<std::string, const gazetteer_entity*> births;  // name key|born → first person
  for (const auto& e : g.entities()) {
    if (e.type != entity_type::person) continue;
    names.emplace(e.country + "|" + name_key(e.name), &e);
    if (!e.born.empty()) births.emplace(name_key(e.name) + "|" + e.born.to_string(), &e);
  }
  std::set<std::pair<const gazetteer_entity*, const gazetteer_entity*>> reported;
  for (const auto& e : g.entities()) {
    if (e.type != entity_type::person) continue;
    const gazetteer_entity* twin = nullptr;
    std::string why;
    std::vector<const std::string*> forms = {&e.name};
    for (const auto& a : e.aliases) forms.push_back(&a);
    for (const std::string* f : forms)
      for (const std::string& key : {name_key(*f), family_first_key(*f)}) {
        auto it = names.find(e.country + "|" + key);
        if (!twin && it != names.end() && it->second != &e && (f != &e.name || it->second < &e)) {
          twin = it->second;
          why = "same name '" + *f + "' in " + e.country;
        }
      }
    if (!twin && !e.born.empty()) {
      auto it = births.find(name_key(e.name) + "|" + e.born.to_string());
      if (it != births.end() && it->second < &e) {
        twin = it->second;
        why = "same name and birth date " + e.born.to_string();
      }
    }
    if (twin && reported.insert(std::minmax(twin, &e)).second)
      bad(out, "person " + e.id + " looks like " + twin->id + " (" + at(twin->where) + "): " + why, e.where);
  }
}

// A short form two persons list, or one that ambiguous_names.tsv lists,
// never resolves (see model::ambiguous_forms): the row does not do what it says.
void shared_short_forms(const gazetteer& g, std::vector<status>& out) {
  std::map<std::string, const ambiguous_name*> listed;
  for (const auto& a : g.ambiguous_names()) listed.emplace(fold(a.form), &a);
  std::map<std::string, const gazetteer_entity*> first;  // folded short form → first person listing it
  for (const auto& e : g.entities()) {
    if (e.type != entity_type::person) continue;
    for (const auto& s : e.short_forms) {
      const std::string f = fold(s);
      if (auto it = listed.find(f); it != listed.end()) {
        bad(out, "short form '" + s + "' of " + e.id + " is an ambiguous name (" + at(it->second->where) +
                     "): it never resolves alone",
            e.where);
        continue;
      }
      auto [it, fresh] = first.emplace(f, &e);
      if (!fresh && it->second != &e)
        bad(out, "short form '" + s + "' of " + e.id + " is also a short form of " + it->second->id + " (" +
                     at(it->second->where) + "): it never resolves alone; list it in ambiguous_names.tsv",
            e.where);
    }
  }
}

}  // namespace

void gazetteer_builder::reference_problems(const gazetteer& g, std::vector<status>& problems) {
  const country_codes countries(g);
  entity_references(g, countries, problems);
  office_references(g, countries, problems);
  role_references(g, problems);
}

void gazetteer_builder::compile_problems(const gazetteer& g, std::vector<status>& problems) {
  auto form = [&](const std::string& f, const source_position& where) {
    status s = matcher::form_problem(f);
    if (!s.ok()) problems.emplace_back(errc::pattern_error, s.message(), where);
  };
  for (const auto& e : g.entities()) {
    for (const auto* list : {&e.aliases, &e.short_forms, &e.adjectives, &e.acronyms})
      for (const auto& a : *list) form(a, e.where);
    if (!fold(e.name).empty()) form(e.name, e.where);
  }
  for (const auto& lang : g.languages())
    for (const auto& [name, rows] : g.language(lang)->tables)
      for (const auto& row : rows) form(row.form, row.where);
}

void gazetteer_builder::consistency_problems(const gazetteer& g, std::vector<status>& problems) {
  exclusive_offices(g, problems);
  offices_in_life(g, problems);
  duplicate_persons(g, problems);
  shared_short_forms(g, problems);
}

gazetteer_report gazetteer::check(const std::vector<std::filesystem::path>& dirs, bool with_builtin) {
  gazetteer_report rep;
  gazetteer g;
  if (with_builtin) g = gazetteer_builder::parse(builtin_gazetteer_files(), "builtin:gazetteers", rep.problems);
  for (const auto& d : dirs) {
    auto files = read_gazetteer_folder(d);
    if (!files) {
      rep.problems.push_back(files.error());
      continue;
    }
    gazetteer layer = gazetteer_builder::parse(*files, d.string(), rep.problems);
    gazetteer_builder::merge(g, std::move(layer));
  }
  gazetteer_builder::reference_problems(g, rep.problems);
  gazetteer_builder::compile_problems(g, rep.problems);
  gazetteer_builder::consistency_problems(g, rep.warnings);
  gazetteer_report counts = g.report();
  rep.entities_by_type = counts.entities_by_type;
  rep.offices = counts.offices;
  rep.roles = counts.roles;
  rep.lexicon_entries = counts.lexicon_entries;
  rep.ambiguities = counts.ambiguities;
  return rep;
}

std::vector<ambiguity> gazetteer::ambiguities() const {
  std::map<std::string, std::set<std::string>> strong, weak;
  for (const auto& e : entities_) {
    auto add = [&](auto& m, const std::string& s) {
      std::string f = fold(s);
      if (!f.empty()) m[f].insert(e.id);
    };
    add(strong, e.name);
    for (const auto& a : e.aliases) add(strong, a);
    for (const auto& a : e.acronyms) add(strong, a);
    if (!e.name_id.empty()) add(strong, e.name_id);
    for (const auto& a : e.short_forms) add(weak, a);
  }
  std::set<std::string> stop;
  for (const auto& l : lexicons_)
    for (const auto& s : l.table("stopwords")) stop.insert(fold(s.form));
  std::vector<ambiguity> out;
  for (const auto& [form, ids] : strong) {
    if (ids.size() > 1) out.push_back({form, {ids.begin(), ids.end()}, "shared alias"});
    if (stop.count(form)) out.push_back({form, {ids.begin(), ids.end()}, "common word"});
  }
  for (const auto& [form, ids] : weak) {
    std::set<std::string> all = ids;
    if (auto it = strong.find(form); it != strong.end()) all.insert(it->second.begin(), it->second.end());
    if (all.size() > 1) out.push_back({form, {all.begin(), all.end()}, "shared short form"});
  }
  return out;
}

gazetteer_report gazetteer::report() const {
  gazetteer_report r;
  for (const char* t : {"person", "country", "party", "organization", "location"}) r.entities_by_type[t] = 0;
  for (const auto& e : entities_) ++r.entities_by_type[to_string(e.type)];
  r.offices = offices_.size();
  r.roles = roles_.size();
  for (const auto& l : lexicons_) r.lexicon_entries[l.lang] = l.size();
  r.ambiguities = ambiguities();
  return r;
}

}  // namespace jumpa
