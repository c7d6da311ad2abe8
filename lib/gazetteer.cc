#include "jumpa/gazetteer.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <unordered_set>

#include "builtin_gazetteer.h"
#include "jumpa/text.h"
#include "tsv.h"

namespace jumpa {

using detail::tsv_row;
using detail::tsv_table;

const char* to_string(entity_type t) noexcept {
  switch (t) {
    case entity_type::person: return "person";
    case entity_type::country: return "country";
    case entity_type::party: return "party";
    case entity_type::organization: return "organization";
    case entity_type::location: return "location";
  }
  return "unknown";
}

std::optional<entity_type> parse_entity_type(std::string_view s) noexcept {
  if (s == "person") return entity_type::person;
  if (s == "country") return entity_type::country;
  if (s == "party") return entity_type::party;
  if (s == "organization" || s == "organisation") return entity_type::organization;
  if (s == "location") return entity_type::location;
  return std::nullopt;
}

bool office::held_on(const date& d) const {
  if (!d.complete()) return true;
  if (!from.empty() && d < from.first_day()) return false;
  if (!to.empty() && to.last_day() < d) return false;
  return true;
}

const std::vector<lexicon_entry>& lexicon::table(std::string_view name) const {
  static const std::vector<lexicon_entry> kEmpty;
  auto it = tables.find(name);
  return it == tables.end() ? kEmpty : it->second;
}

std::size_t lexicon::size() const {
  std::size_t n = 0;
  for (const auto& [k, v] : tables) n += v.size();
  return n;
}

namespace {

const char* prefix_of(entity_type t) {
  switch (t) {
    case entity_type::person: return "person";
    case entity_type::country: return "country";
    case entity_type::party: return "party";
    case entity_type::organization: return "org";
    case entity_type::location: return "loc";
  }
  return "";
}

bool valid_slug_id(std::string_view id, std::string_view prefix) {
  if (id.size() <= prefix.size() + 1 || id.substr(0, prefix.size()) != prefix || id[prefix.size()] != ':')
    return false;
  std::string_view slug = id.substr(prefix.size() + 1);
  auto ok_first = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!ok_first(slug[0])) return false;
  for (char c : slug)
    if (!ok_first(c) && c != '-') return false;
  return true;
}

bool upper_code(std::string_view s, std::size_t n) {
  if (s.size() != n) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

const std::set<std::string, std::less<>> kOrgKinds = {
    "intergovernmental", "forum", "ministry", "legislature", "government", "court", "embassy",
    "agency", "military", "academic", "media", "company", "other"};
const std::set<std::string, std::less<>> kLocationKinds = {
    "capital", "city", "province", "region", "district", "venue", "island", "sea", "river",
    "border_crossing", "continent", "landmark"};
const std::set<std::string, std::less<>> kRoleClasses = {
    "head_of_state", "head_of_government", "minister", "diplomat", "party", "legislature",
    "international", "official", "occupation", "royal", "military"};

// Lexicon schemas: columns after `form`, each with its allowed values (empty = free).
struct column_schema {
  std::string name;
  bool required = true;
  std::set<std::string, std::less<>> values;  // allowed values; empty = any
  enum { text, integer, role_ref, flags } check = text;
  int min = 0, max = 0;
};
struct table_schema {
  std::vector<column_schema> columns;
};

const std::map<std::string, table_schema, std::less<>>& lexicon_schemas() {
  static const auto* s = new std::map<std::string, table_schema, std::less<>>{
      {"titles", {{{"role", true, {}, column_schema::role_ref},
                   {"flags", false, {"speaker", "generic", "occupation"}, column_schema::flags}}}},
      {"honorifics", {}},
      {"triggers",
       {{{"kind", true, {"talks", "visit", "courtesy_call", "reception", "phone_call", "co_chair", "summit", "meeting"}},
         {"frame", true, {"active", "passive", "noun"}}}}},
      {"modality",
       {{{"type", true, {"future", "plan", "hope", "expectation", "invitation", "greeting", "negation",
                         "hypothetical", "cancel", "past"}},
         {"scope", true, {"before", "after", "clause"}}}}},
      {"months", {{{"number", true, {}, column_schema::integer, 1, 12}}}},
      {"weekdays", {{{"number", true, {}, column_schema::integer, 1, 7}}}},
      {"relative_dates", {{{"days", true, {}, column_schema::integer, -3660, 3660},
                           {"precision", true, {"day", "week", "month"}}}}},
      {"relation_cues", {{{"kind", true, {"cooperation", "agreement", "support", "opposition", "trade",
                                          "condolence", "diplomatic", "meeting"}}}}},
      {"words", {{{"class", true, {"speech", "and", "with", "to", "between", "by", "place", "from",
                                   "person_anaphor", "pair_anaphor", "country_anaphor", "demonstrative",
                                   "counterpart", "accompany", "attend", "clause_break", "behalf",
                                   "title_filler", "relative", "not_trigger"}}}}},
      {"traps", {{{"position", true, {"before", "after"}}, {"effect", true, {"not_country", "not_entity"}}}}},
      {"bodies", {{{"name", true, {}}}}},
      {"boilerplate", {}},
      {"abbreviations", {}},
      {"stopwords", {}},
  };
  return *s;
}

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  std::size_t i = 0;
  bool neg = false;
  if (s[0] == '-' || s[0] == '+') {
    neg = s[0] == '-';
    i = 1;
  }
  if (i == s.size()) return false;
  long v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
    if (v > 1000000) return false;
  }
  out = static_cast<int>(neg ? -v : v);
  return true;
}

}  // namespace

// Parses files into a gazetteer, collecting every problem.
class gazetteer_loader {
 public:
  explicit gazetteer_loader(std::vector<status>& problems) : problems_(problems) {}

  gazetteer parse(const std::vector<std::pair<std::string, std::string>>& files, const std::string& origin) {
    gazetteer g;
    std::unordered_map<std::string, source_position> seen_ids;
    for (const auto& [path, content] : files) {
      std::string shown = origin.empty() ? path : origin + "/" + path;
      if (path.size() < 4 || path.substr(path.size() - 4) != ".tsv") continue;
      const std::size_t first_problem = problems_.size();
      auto slash = path.find('/');
      if (slash == std::string::npos) {
        if (path == "roles.tsv") parse_roles(g, content, shown);
        else if (path == "offices.tsv") parse_offices(g, content, shown);
        else problems_.emplace_back(errc::invalid_data, "unknown gazetteer file", source_position{shown});
      } else {
        std::string dir = path.substr(0, slash);
        std::string rest = path.substr(slash + 1);
        if (rest.find('/') != std::string::npos) {
          problems_.emplace_back(errc::invalid_data, "unexpected nested folder", source_position{shown});
        } else if (dir == "entities") {
          parse_entities(g, content, shown, seen_ids);
        } else if (dir == "offices") {
          parse_offices(g, content, shown);
        } else {
          parse_lexicon(g, dir, rest.substr(0, rest.size() - 4), content, shown);
        }
      }
      // The TSV reader and the row checks run one after the other: list this
      // file's problems in line order so that the first one is the earliest.
      std::stable_sort(problems_.begin() + static_cast<std::ptrdiff_t>(first_problem), problems_.end(),
                       [](const status& a, const status& b) {
                         const source_position &x = a.where(), &y = b.where();
                         return x.line != y.line ? x.line < y.line : x.column < y.column;
                       });
    }
    g.reindex();
    return g;
  }

 private:
  void bad(errc c, std::string msg, source_position p) { problems_.emplace_back(c, std::move(msg), std::move(p)); }

  void check_columns(const tsv_table& t, const std::set<std::string, std::less<>>& allowed,
                     const std::vector<std::string>& required) {
    for (std::size_t i = 0; i < t.header.size(); ++i)
      if (!allowed.count(t.header[i]))
        bad(errc::parse_error, "unknown column '" + t.header[i] + "'", t.header_pos(static_cast<int>(i)));
    for (const auto& r : required)
      if (t.column(r) < 0 && !t.header.empty())
        bad(errc::parse_error, "missing column '" + r + "'", {t.file, t.header_line, 1});
  }

  void parse_roles(gazetteer& g, const std::string& content, const std::string& file) {
    tsv_table t = detail::parse_tsv(content, file, problems_);
    check_columns(t, {"role", "label", "class", "note"}, {"role", "label", "class"});
    int ci = t.column("role"), cl = t.column("label"), cc = t.column("class");
    for (const tsv_row& r : t.rows) {
      role_info ri{std::string(t.get(r, ci)), std::string(t.get(r, cl)), std::string(t.get(r, cc))};
      bool ok = !ri.id.empty() && std::all_of(ri.id.begin(), ri.id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || c == '_';
      });
      if (!ok) { bad(errc::invalid_data, "role id must match [a-z_]+", t.pos(r, ci)); continue; }
      if (ri.label.empty()) { bad(errc::invalid_data, "empty label", t.pos(r, cl)); continue; }
      if (!kRoleClasses.count(ri.role_class)) {
        bad(errc::invalid_data, "unknown role class '" + ri.role_class + "'", t.pos(r, cc));
        continue;
      }
      if (std::any_of(g.roles_.begin(), g.roles_.end(), [&](const role_info& x) { return x.id == ri.id; })) {
        bad(errc::invalid_data, "duplicate role '" + ri.id + "'", t.pos(r, ci));
        continue;
      }
      g.roles_.push_back(std::move(ri));
    }
  }

  void parse_offices(gazetteer& g, const std::string& content, const std::string& file) {
    tsv_table t = detail::parse_tsv(content, file, problems_);
    check_columns(t, {"person", "role", "country", "org", "from", "to", "title", "note", "source"},
                  {"person", "role", "country", "from"});
    int cp = t.column("person"), cr = t.column("role"), cc = t.column("country"), co = t.column("org"),
        cf = t.column("from"), ct = t.column("to"), cti = t.column("title");
    for (const tsv_row& r : t.rows) {
      office o;
      o.person = std::string(t.get(r, cp));
      o.role = std::string(t.get(r, cr));
      o.country = std::string(t.get(r, cc));
      o.org = std::string(t.get(r, co));
      o.title = std::string(t.get(r, cti));
      o.where = t.pos(r, cp);
      bool ok = true;
      if (!valid_slug_id(o.person, "person")) { bad(errc::invalid_data, "not a person id: '" + o.person + "'", t.pos(r, cp)); ok = false; }
      if (!upper_code(o.country, 2)) { bad(errc::invalid_data, "country must be an ISO alpha-2 code", t.pos(r, cc)); ok = false; }
      auto from = date::parse(t.get(r, cf));
      if (!from || from->year == 0) { bad(errc::parse_error, "bad date '" + std::string(t.get(r, cf)) + "'", t.pos(r, cf)); ok = false; }
      std::optional<date> to;
      if (!t.get(r, ct).empty()) {
        to = date::parse(t.get(r, ct));
        if (!to || to->year == 0) { bad(errc::parse_error, "bad date '" + std::string(t.get(r, ct)) + "'", t.pos(r, ct)); ok = false; }
      }
      if (ok && to && to->last_day() < from->first_day()) {
        bad(errc::invalid_data, "office ends (" + to->to_string() + ") before it starts (" + from->to_string() + ")", t.pos(r, ct));
        ok = false;
      }
      if (!ok) continue;
      o.from = *from;
      if (to) o.to = *to;
      g.offices_.push_back(std::move(o));
    }
  }

  void parse_entities(gazetteer& g, const std::string& content, const std::string& file,
                      std::unordered_map<std::string, source_position>& seen) {
    tsv_table t = detail::parse_tsv(content, file, problems_);
    check_columns(t, {"id", "type", "name", "aliases", "country", "note", "alpha3", "capital", "adjectives",
                      "name_id", "short", "acronym", "kind", "parent", "source", "born", "died"},
                  {"id", "type", "name"});
    int cid = t.column("id"), cty = t.column("type"), cn = t.column("name"), ca = t.column("aliases"),
        cc = t.column("country"), c3 = t.column("alpha3"), ccap = t.column("capital"),
        cadj = t.column("adjectives"), cnid = t.column("name_id"), cs = t.column("short"),
        cac = t.column("acronym"), ck = t.column("kind"), cpar = t.column("parent"), csrc = t.column("source"),
        cborn = t.column("born"), cdied = t.column("died");
    for (const tsv_row& r : t.rows) {
      gazetteer_entity e;
      e.where = t.pos(r, cid);
      auto ty = parse_entity_type(t.get(r, cty));
      if (!ty) { bad(errc::invalid_data, "unknown type '" + std::string(t.get(r, cty)) + "'", t.pos(r, cty)); continue; }
      e.type = *ty;
      e.id = std::string(t.get(r, cid));
      if (!valid_slug_id(e.id, prefix_of(e.type))) {
        bad(errc::invalid_data, "id '" + e.id + "' must be " + prefix_of(e.type) + ":<slug>", t.pos(r, cid));
        continue;
      }
      if (auto it = seen.find(e.id); it != seen.end()) {
        bad(errc::invalid_data, "duplicate id '" + e.id + "' (first at " + it->second.file + ":" +
                                    std::to_string(it->second.line) + ")", t.pos(r, cid));
        continue;
      }
      e.name = std::string(t.get(r, cn));
      if (e.name.empty()) { bad(errc::invalid_data, "empty name", t.pos(r, cn)); continue; }
      std::size_t before = problems_.size();
      e.aliases = detail::split_list(t.get(r, ca), t.pos(r, ca), problems_);
      e.short_forms = detail::split_list(t.get(r, cs), t.pos(r, cs), problems_);
      e.adjectives = detail::split_list(t.get(r, cadj), t.pos(r, cadj), problems_);
      e.acronyms = detail::split_list(t.get(r, cac), t.pos(r, cac), problems_);
      e.country = std::string(t.get(r, cc));
      e.alpha3 = std::string(t.get(r, c3));
      e.capital = std::string(t.get(r, ccap));
      e.name_id = std::string(t.get(r, cnid));
      e.kind = std::string(t.get(r, ck));
      e.parent = std::string(t.get(r, cpar));
      e.source = std::string(t.get(r, csrc));
      for (auto [col, out] : {std::pair{cborn, &e.born}, std::pair{cdied, &e.died}}) {
        if (t.get(r, col).empty()) continue;
        auto d = date::parse(t.get(r, col));
        if (!d || d->year == 0) bad(errc::parse_error, "bad date '" + std::string(t.get(r, col)) + "'", t.pos(r, col));
        else *out = *d;
      }
      bool country_optional = e.type == entity_type::organization ||
                              (e.type == entity_type::location &&
                               (e.kind == "sea" || e.kind == "region" || e.kind == "continent" || e.kind == "river" ||
                                e.kind == "island"));
      if (e.country.empty() ? !country_optional : !upper_code(e.country, 2))
        bad(errc::invalid_data, e.country.empty() ? "missing country" : "country must be an ISO alpha-2 code",
            t.pos(r, cc));
      auto wrong_type = [&](int col, const char* what) {
        if (!t.get(r, col).empty())
          bad(errc::invalid_data, std::string(what) + " is not used for a " + to_string(e.type), t.pos(r, col));
      };
      switch (e.type) {
        case entity_type::country:
          if (!upper_code(e.alpha3, 3)) bad(errc::invalid_data, "alpha3 must be an ISO alpha-3 code", t.pos(r, c3));
          if (e.id != "country:" + [&] { std::string s = e.country; for (auto& c : s) c = static_cast<char>(c + 32); return s; }())
            bad(errc::invalid_data, "country id must be country:<alpha-2 in lower case>", t.pos(r, cid));
          wrong_type(cs, "short"); wrong_type(cac, "acronym"); wrong_type(ck, "kind"); wrong_type(cpar, "parent");
          break;
        case entity_type::person:
          wrong_type(c3, "alpha3"); wrong_type(ccap, "capital"); wrong_type(cadj, "adjectives");
          wrong_type(cnid, "name_id"); wrong_type(cac, "acronym"); wrong_type(ck, "kind"); wrong_type(cpar, "parent");
          break;
        case entity_type::party:
        case entity_type::organization:
          wrong_type(c3, "alpha3"); wrong_type(ccap, "capital"); wrong_type(cadj, "adjectives");
          wrong_type(cnid, "name_id"); wrong_type(cs, "short"); wrong_type(cpar, "parent");
          if (e.type == entity_type::organization && !e.kind.empty() && !kOrgKinds.count(e.kind))
            bad(errc::invalid_data, "unknown organization kind '" + e.kind + "'", t.pos(r, ck));
          if (e.type == entity_type::party) wrong_type(ck, "kind");
          break;
        case entity_type::location:
          wrong_type(c3, "alpha3"); wrong_type(ccap, "capital"); wrong_type(cadj, "adjectives");
          wrong_type(cnid, "name_id"); wrong_type(cs, "short"); wrong_type(cac, "acronym");
          if (!kLocationKinds.count(e.kind))
            bad(errc::invalid_data, "unknown location kind '" + e.kind + "'", t.pos(r, ck));
          break;
      }
      if (problems_.size() != before) continue;
      seen.emplace(e.id, e.where);
      g.entities_.push_back(std::move(e));
    }
  }

  void parse_lexicon(gazetteer& g, const std::string& lang, const std::string& table, const std::string& content,
                     const std::string& file) {
    bool lang_ok = lang.size() >= 2 && lang.size() <= 3 &&
                   std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!lang_ok) {
      bad(errc::invalid_data, "unknown folder '" + lang + "' (expected entities/ or a language code)", {file});
      return;
    }
    const auto& schemas = lexicon_schemas();
    auto sit = schemas.find(table);
    if (sit == schemas.end()) {
      bad(errc::invalid_data, "unknown lexicon table '" + table + "'", {file});
      return;
    }
    const table_schema& schema = sit->second;
    tsv_table t = detail::parse_tsv(content, file, problems_);
    std::set<std::string, std::less<>> allowed = {"form", "note"};
    std::vector<std::string> required = {"form"};
    for (const auto& c : schema.columns) {
      allowed.insert(c.name);
      if (c.required) required.push_back(c.name);
    }
    check_columns(t, allowed, required);
    lexicon* lx = nullptr;
    for (auto& l : g.lexicons_)
      if (l.lang == lang) lx = &l;
    if (!lx) {
      g.lexicons_.push_back(lexicon{lang, {}});
      lx = &g.lexicons_.back();
    }
    auto& rows = lx->tables[table];
    int cform = t.column("form");
    std::set<std::string> seen_forms;
    for (const tsv_row& r : t.rows) {
      lexicon_entry e;
      e.form = std::string(t.get(r, cform));
      e.where = t.pos(r, cform);
      if (e.form.empty() || fold(e.form).empty()) {
        bad(errc::invalid_data, "empty form", t.pos(r, cform));
        continue;
      }
      bool ok = true;
      for (const auto& c : schema.columns) {
        int ci = t.column(c.name);
        std::string v(t.get(r, ci));
        if (v.empty()) {
          if (c.required) { bad(errc::invalid_data, "empty " + c.name, t.pos(r, ci)); ok = false; }
        } else if (c.check == column_schema::integer) {
          int x;
          if (!parse_int(v, x) || x < c.min || x > c.max) {
            bad(errc::invalid_data, c.name + " must be an integer in [" + std::to_string(c.min) + ", " +
                                        std::to_string(c.max) + "]", t.pos(r, ci));
            ok = false;
          }
        } else if (c.check == column_schema::flags) {
          for (const auto& f : detail::split_list(v, t.pos(r, ci), problems_))
            if (!c.values.count(f)) { bad(errc::invalid_data, "unknown flag '" + f + "'", t.pos(r, ci)); ok = false; }
        } else if (!c.values.empty() && !c.values.count(v)) {
          bad(errc::invalid_data, "unknown " + c.name + " '" + v + "'", t.pos(r, ci));
          ok = false;
        }
        e.fields.push_back(std::move(v));
      }
      std::string key = fold(e.form);
      for (const auto& f : e.fields) key += "\t" + f;
      if (!seen_forms.insert(key).second) {
        bad(errc::invalid_data, "duplicate entry '" + e.form + "'", t.pos(r, cform));
        ok = false;
      }
      if (ok) rows.push_back(std::move(e));
    }
  }

  std::vector<status>& problems_;
};

void gazetteer::reindex() {
  by_id_.clear();
  for (std::size_t i = 0; i < entities_.size(); ++i) by_id_[entities_[i].id] = i;
}

const gazetteer_entity* gazetteer::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entities_[it->second];
}

std::vector<const office*> gazetteer::offices_of(std::string_view person_id, const date& d) const {
  std::vector<const office*> out;
  for (const auto& o : offices_)
    if (o.person == person_id && o.held_on(d)) out.push_back(&o);
  return out;
}

const role_info* gazetteer::role(std::string_view id) const {
  for (const auto& r : roles_)
    if (r.id == id) return &r;
  return nullptr;
}

const lexicon* gazetteer::language(std::string_view lang) const {
  for (const auto& l : lexicons_)
    if (l.lang == lang) return &l;
  return nullptr;
}

std::vector<std::string> gazetteer::languages() const {
  std::vector<std::string> out;
  for (const auto& l : lexicons_) out.push_back(l.lang);
  std::sort(out.begin(), out.end());
  return out;
}

status gazetteer::merge(const gazetteer& other) {
  for (const auto& e : other.entities_) {
    auto it = by_id_.find(e.id);
    if (it != by_id_.end()) {
      entities_[it->second] = e;
    } else {
      by_id_[e.id] = entities_.size();
      entities_.push_back(e);
    }
  }
  std::set<std::string> keys;
  auto okey = [](const office& o) {
    return o.person + "\t" + o.role + "\t" + o.country + "\t" + o.org + "\t" + o.from.to_string();
  };
  for (const auto& o : offices_) keys.insert(okey(o));
  for (const auto& o : other.offices_)
    if (keys.insert(okey(o)).second) offices_.push_back(o);
  for (const auto& r : other.roles_) {
    auto it = std::find_if(roles_.begin(), roles_.end(), [&](const role_info& x) { return x.id == r.id; });
    if (it != roles_.end()) *it = r;
    else roles_.push_back(r);
  }
  for (const auto& l : other.lexicons_) {
    lexicon* mine = nullptr;
    for (auto& x : lexicons_)
      if (x.lang == l.lang) mine = &x;
    if (!mine) {
      lexicons_.push_back(l);
      continue;
    }
    for (const auto& [name, rows] : l.tables) {
      auto& dst = mine->tables[name];
      for (const auto& row : rows) {
        bool dup = std::any_of(dst.begin(), dst.end(), [&](const lexicon_entry& x) {
          return x.form == row.form && x.fields == row.fields;
        });
        if (!dup) dst.push_back(row);
      }
    }
  }
  return validate_references();
}

namespace {
void reference_problems(const gazetteer& g, std::vector<status>& problems) {
  std::set<std::string> countries;
  for (const auto& e : g.entities())
    if (e.type == entity_type::country) countries.insert(e.country);
  for (const auto& e : g.entities()) {
    if (!e.country.empty() && !countries.count(e.country))
      problems.emplace_back(errc::invalid_data, "unknown country code '" + e.country + "' in " + e.id, e.where);
    if (!e.capital.empty()) {
      const auto* c = g.find(e.capital);
      if (!c || c->type != entity_type::location)
        problems.emplace_back(errc::invalid_data, "capital '" + e.capital + "' of " + e.id + " is not a location", e.where);
    }
    if (!e.parent.empty()) {
      const auto* p = g.find(e.parent);
      if (!p || p->type != entity_type::location)
        problems.emplace_back(errc::invalid_data, "parent '" + e.parent + "' of " + e.id + " is not a location", e.where);
    }
  }
  for (const auto& o : g.offices()) {
    const auto* p = g.find(o.person);
    if (!p || p->type != entity_type::person)
      problems.emplace_back(errc::invalid_data, "office of unknown person '" + o.person + "'", o.where);
    if (!g.role(o.role)) problems.emplace_back(errc::invalid_data, "unknown role '" + o.role + "'", o.where);
    if (!countries.count(o.country))
      problems.emplace_back(errc::invalid_data, "unknown country code '" + o.country + "'", o.where);
    if (!o.org.empty()) {
      const auto* org = g.find(o.org);
      if (!org || (org->type != entity_type::party && org->type != entity_type::organization))
        problems.emplace_back(errc::invalid_data, "office org '" + o.org + "' is not a party or organization", o.where);
    }
  }
  for (const auto& lang : g.languages()) {
    for (const auto& e : g.language(lang)->table("titles"))
      if (!e.fields.empty() && !g.role(e.fields[0]))
        problems.emplace_back(errc::invalid_data, "unknown role '" + e.fields[0] + "'", e.where);
  }
}

result<std::vector<std::pair<std::string, std::string>>> read_folder(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return status(errc::not_found, "not a gazetteer folder", source_position{dir.string()});
  std::vector<std::pair<std::string, std::string>> files;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".tsv") continue;
    std::string rel = fs::relative(it->path(), dir, ec).generic_string();
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return status(errc::io_error, "cannot read file", source_position{it->path().string()});
    std::ostringstream ss;
    ss << in.rdbuf();
    files.emplace_back(rel, ss.str());
  }
  if (ec) return status(errc::io_error, ec.message(), source_position{dir.string()});
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::pair<std::string, std::string>> builtin_files() {
  std::vector<std::pair<std::string, std::string>> files;
  for (std::size_t i = 0; i < detail::kBuiltinFileCount; ++i) {
    const auto& f = detail::kBuiltinFiles[i];
    if (f.path) files.emplace_back(f.path, std::string(f.data, f.size));
  }
  return files;
}
}  // namespace

status gazetteer::validate_references() const {
  std::vector<status> problems;
  reference_problems(*this, problems);
  return problems.empty() ? status() : problems.front();
}

result<gazetteer> gazetteer::from_files(const std::vector<std::pair<std::string, std::string>>& files,
                                        const std::string& origin) {
  std::vector<status> problems;
  gazetteer_loader loader(problems);
  gazetteer g = loader.parse(files, origin);
  reference_problems(g, problems);
  if (!problems.empty()) return problems.front();
  return g;
}

result<gazetteer> gazetteer::load(const std::filesystem::path& dir) {
  auto files = read_folder(dir);
  if (!files) return files.error();
  return from_files(*files, dir.string());
}

const gazetteer& gazetteer::builtin() {
  static const gazetteer* g = [] {
    auto r = from_files(builtin_files(), "builtin:gazetteers");
    if (!r) throw std::logic_error("jumpa: the embedded gazetteer is invalid: " + r.error().to_string());
    return new gazetteer(std::move(*r));
  }();
  return *g;
}

result<gazetteer> gazetteer::load(const std::vector<std::filesystem::path>& dirs, bool with_builtin) {
  gazetteer g = with_builtin ? builtin() : gazetteer();
  for (const auto& d : dirs) {
    auto files = read_folder(d);
    if (!files) return files.error();
    std::vector<status> problems;
    gazetteer_loader loader(problems);
    gazetteer layer = loader.parse(*files, d.string());
    if (!problems.empty()) return problems.front();
    g.merge(layer);  // references are checked once, below
  }
  if (status s = g.validate_references(); !s.ok()) return s;
  return g;
}

gazetteer_report gazetteer::check(const std::vector<std::filesystem::path>& dirs, bool with_builtin) {
  gazetteer_report rep;
  gazetteer g;
  if (with_builtin) {
    std::vector<status> problems;
    gazetteer_loader loader(problems);
    g = loader.parse(builtin_files(), "builtin:gazetteers");
    rep.problems.insert(rep.problems.end(), problems.begin(), problems.end());
  }
  for (const auto& d : dirs) {
    auto files = read_folder(d);
    if (!files) {
      rep.problems.push_back(files.error());
      continue;
    }
    gazetteer_loader loader(rep.problems);
    gazetteer layer = loader.parse(*files, d.string());
    g.merge(layer);
  }
  reference_problems(g, rep.problems);
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
