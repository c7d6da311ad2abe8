// Parsing gazetteer files: roles.tsv, offices.tsv and offices/*.tsv, ambiguous_names.tsv,
// entities/*.tsv and <lang>/*.tsv, each row checked against the schema.
#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "fold.h"
#include "gazetteer_builder.h"
#include "gazetteer_schema.h"
#include "jumpa/text.h"
#include "lexicon_types.h"
#include "tsv.h"

namespace jumpa {

using detail::tsv_row;
using detail::tsv_table;

class gazetteer_loader {
 public:
  gazetteer_loader(gazetteer& g, std::vector<status>& problems) : g_(g), problems_(problems) {}

  void file(const std::string& path, std::string_view content, const std::string& shown) {
    auto slash = path.find('/');
    if (slash == std::string::npos) {
      if (path == "roles.tsv") roles(content, shown);
      else if (path == "offices.tsv") offices(content, shown);
      else if (path == "ambiguous_names.tsv") ambiguous_names(content, shown);
      else bad(errc::invalid_data, "unknown gazetteer file", source_position{shown});
      return;
    }
    std::string dir = path.substr(0, slash);
    std::string rest = path.substr(slash + 1);
    if (rest.find('/') != std::string::npos) bad(errc::invalid_data, "unexpected nested folder", source_position{shown});
    else if (dir == "entities") entities(content, shown);
    else if (dir == "offices") offices(content, shown);
    else lexicon_table(dir, rest.substr(0, rest.size() - 4), content, shown);
  }

 private:
  gazetteer& g_;
  std::vector<status>& problems_;

  void bad(errc c, std::string msg, source_position p) { problems_.emplace_back(c, std::move(msg), std::move(p)); }

  void check_columns(const tsv_table& t, const detail::name_set& allowed, const std::vector<std::string>& required) {
    for (std::size_t i = 0; i < t.header.size(); ++i)
      if (!allowed.count(t.header[i]))
        bad(errc::parse_error, "unknown column '" + t.header[i] + "'", t.header_pos(static_cast<int>(i)));
    for (const auto& r : required)
      if (t.column(r) < 0 && !t.header.empty())
        bad(errc::parse_error, "missing column '" + r + "'", {t.file, t.header_line, 1});
  }

  std::optional<date> date_field(const tsv_table& t, const tsv_row& r, int col) {
    auto d = date::parse(t.get(r, col));
    if (!d || d->year == 0) {
      bad(errc::parse_error, "bad date '" + std::string(t.get(r, col)) + "'", t.pos(r, col));
      return std::nullopt;
    }
    return d;
  }

  void roles(std::string_view content, const std::string& file) {
    tsv_table t = detail::parse_tsv(content, file, problems_);
    check_columns(t, {"role", "label", "class", "in_party", "answers_to", "covers", "exclusive", "note"}, {"role", "label", "class"});
    int ci = t.column("role"), cl = t.column("label"), cc = t.column("class"), cp = t.column("in_party"),
        ca = t.column("answers_to"), ce = t.column("exclusive"), cv = t.column("covers");
    auto& out = gazetteer_builder::roles(g_);
    for (const tsv_row& r : t.rows) {
      role_info ri;
      ri.id = std::string(t.get(r, ci));
      ri.label = std::string(t.get(r, cl));
      ri.role_class = std::string(t.get(r, cc));
      ri.in_party = std::string(t.get(r, cp));
      ri.answers_to = detail::split_list(t, r, ca, problems_);
      bool ok = !ri.id.empty() && std::all_of(ri.id.begin(), ri.id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || c == '_';
      });
      if (!ok) { bad(errc::invalid_data, "role id must match [a-z_]+", t.pos(r, ci)); continue; }
      std::string_view excl = t.get(r, ce);
      if (!excl.empty() && excl != "yes" && excl != "no") {
        bad(errc::invalid_data, "exclusive must be yes or no", t.pos(r, ce));
        continue;
      }
      ri.exclusive = excl == "yes";
      ri.covers = std::string(t.get(r, cv));
      if (!ri.covers.empty() && !detail::parse_enum<detail::role_class>(ri.covers)) {
        bad(errc::invalid_data, "unknown role class '" + ri.covers + "'", t.pos(r, cv));
        continue;
      }
      if (ri.label.empty()) { bad(errc::invalid_data, "empty label", t.pos(r, cl)); continue; }
      if (!detail::parse_enum<detail::role_class>(ri.role_class)) {
        bad(errc::invalid_data, "unknown role class '" + ri.role_class + "'", t.pos(r, cc));
        continue;
      }
      if (std::any_of(out.begin(), out.end(), [&](const role_info& x) { return x.id == ri.id; })) {
        bad(errc::invalid_data, "duplicate role '" + ri.id + "'", t.pos(r, ci));
        continue;
      }
      out.push_back(std::move(ri));
    }
  }

  void ambiguous_names(std::string_view content, const std::string& file) {
    tsv_table t = detail::parse_tsv(content, file, problems_);
    check_columns(t, {"form", "note"}, {"form"});
    int cf = t.column("form");
    auto& out = gazetteer_builder::ambiguous_names(g_);
    for (const tsv_row& r : t.rows) {
      ambiguous_name a{std::string(t.get(r, cf)), t.pos(r, cf)};
      if (fold(a.form).empty()) {
        bad(errc::invalid_data, "empty form", a.where);
        continue;
      }
      auto same = std::find_if(out.begin(), out.end(), [&](const ambiguous_name& x) { return fold(x.form) == fold(a.form); });
      if (same != out.end()) {
        bad(errc::invalid_data, "duplicate entry '" + a.form + "' (first at line " + std::to_string(same->where.line) + ")",
            a.where);
        continue;
      }
      out.push_back(std::move(a));
    }
  }

  void offices(std::string_view content, const std::string& file) {
    tsv_table t = detail::parse_tsv(content, file, problems_);
    check_columns(t, {"person", "role", "country", "org", "from", "to", "title", "source", "note"},
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
      if (!detail::valid_slug_id(o.person, "person")) {
        bad(errc::invalid_data, "not a person id: '" + o.person + "'", t.pos(r, cp));
        ok = false;
      }
      if (!detail::upper_code(o.country, 2)) {
        bad(errc::invalid_data, "country must be an ISO alpha-2 code", t.pos(r, cc));
        ok = false;
      }
      auto from = date_field(t, r, cf);
      std::optional<date> to;
      if (!t.get(r, ct).empty()) to = date_field(t, r, ct);
      ok = ok && from && (t.get(r, ct).empty() || to);
      if (ok && to && to->last_day() < from->first_day()) {
        bad(errc::invalid_data, "office ends (" + to->to_string() + ") before it starts (" + from->to_string() + ")",
            t.pos(r, ct));
        ok = false;
      }
      if (!ok) continue;
      o.from = *from;
      if (to) o.to = *to;
      gazetteer_builder::offices(g_).push_back(std::move(o));
    }
  }

  // The columns of an entities table, looked up once per table (not per row).
  struct entity_columns {
    int id, type, name, country, aliases, short_forms, adjectives, acronym, alpha3, capital, name_id, kind, parent,
        source, born, died;
    explicit entity_columns(const tsv_table& t)
        : id(t.column("id")), type(t.column("type")), name(t.column("name")), country(t.column("country")),
          aliases(t.column("aliases")), short_forms(t.column("short")), adjectives(t.column("adjectives")),
          acronym(t.column("acronym")), alpha3(t.column("alpha3")), capital(t.column("capital")),
          name_id(t.column("name_id")), kind(t.column("kind")), parent(t.column("parent")), source(t.column("source")),
          born(t.column("born")), died(t.column("died")) {}
  };

  void entities(std::string_view content, const std::string& file) {
    tsv_table t = detail::parse_tsv(content, file, problems_);
    check_columns(t, {"id", "type", "name", "aliases", "country", "note", "alpha3", "capital", "adjectives", "name_id",
                      "short", "acronym", "kind", "parent", "source", "born", "died"},
                  {"id", "type", "name"});
    const entity_columns c(t);
    auto& ents = gazetteer_builder::entities(g_);
    if (std::size_t need = ents.size() + t.rows.size(); need > ents.capacity())
      ents.reserve(std::max(need, 2 * ents.capacity()));  // geometric: many small files
    for (const tsv_row& r : t.rows) entity_row(t, c, r);
  }

  void entity_row(const tsv_table& t, const entity_columns& c, const tsv_row& r) {
    gazetteer_entity e;
    e.where = t.pos(r, c.id);
    auto ty = parse_entity_type(t.get(r, c.type));
    if (!ty) { bad(errc::invalid_data, "unknown type '" + std::string(t.get(r, c.type)) + "'", t.pos(r, c.type)); return; }
    e.type = *ty;
    e.id = std::string(t.get(r, c.id));
    if (!detail::valid_slug_id(e.id, detail::id_prefix(e.type))) {
      bad(errc::invalid_data, "id '" + e.id + "' must be " + detail::id_prefix(e.type) + ":<slug>", t.pos(r, c.id));
      return;
    }
    if (const gazetteer_entity* earlier = g_.find(e.id)) {
      const source_position& first = earlier->where;
      bad(errc::invalid_data, "duplicate id '" + e.id + "' (first at " + first.file + ":" + std::to_string(first.line) + ")",
          t.pos(r, c.id));
      return;
    }
    e.name = std::string(t.get(r, c.name));
    if (e.name.empty()) { bad(errc::invalid_data, "empty name", t.pos(r, c.name)); return; }
    std::size_t before = problems_.size();
    auto list = [&](int col) { return detail::split_list(t, r, col, problems_); };
    auto text = [&](int col) { return std::string(t.get(r, col)); };
    e.aliases = list(c.aliases);
    e.short_forms = list(c.short_forms);
    e.adjectives = list(c.adjectives);
    e.acronyms = list(c.acronym);
    e.country = text(c.country);
    e.alpha3 = text(c.alpha3);
    e.capital = text(c.capital);
    e.name_id = text(c.name_id);
    e.kind = text(c.kind);
    e.parent = text(c.parent);
    e.source = text(c.source);
    for (auto [col, out] : {std::pair{c.born, &e.born}, std::pair{c.died, &e.died}})
      if (!t.get(r, col).empty())
        if (auto d = date_field(t, r, col)) *out = *d;
    bool country_optional = e.type == entity_type::organization ||
                            (e.type == entity_type::location && detail::countryless_location_kind(e.kind));
    if (e.country.empty() ? !country_optional : !detail::upper_code(e.country, 2))
      bad(errc::invalid_data, e.country.empty() ? "missing country" : "country must be an ISO alpha-2 code",
          t.pos(r, c.country));
    type_columns(t, c, r, e);
    if (problems_.size() != before) return;
    gazetteer_builder::entities(g_).push_back(std::move(e));
    gazetteer_builder::index_added(g_);
  }

  // Columns that only some types use, and their values.
  void type_columns(const tsv_table& t, const entity_columns& c, const tsv_row& r, const gazetteer_entity& e) {
    using named = std::pair<const char*, int>;
    auto unused = [&](std::initializer_list<named> cols) {
      for (const auto& [name, col] : cols)
        if (!t.get(r, col).empty())
          bad(errc::invalid_data, std::string(name) + " is not used for a " + to_string(e.type), t.pos(r, col));
    };
    const named alpha3{"alpha3", c.alpha3}, capital{"capital", c.capital}, adjectives{"adjectives", c.adjectives},
        name_id{"name_id", c.name_id}, acronym{"acronym", c.acronym}, kind{"kind", c.kind}, parent{"parent", c.parent},
        short_forms{"short", c.short_forms}, born{"born", c.born}, died{"died", c.died};
    switch (e.type) {
      case entity_type::country:
        if (!detail::upper_code(e.alpha3, 3))
          bad(errc::invalid_data, "alpha3 must be an ISO alpha-3 code", t.pos(r, c.alpha3));
        if (e.id != "country:" + [&] { std::string s = e.country; for (auto& ch : s) ch = static_cast<char>(ch + 32); return s; }())
          bad(errc::invalid_data, "country id must be country:<alpha-2 in lower case>", t.pos(r, c.id));
        unused({short_forms, acronym, kind, parent, born, died});
        break;
      case entity_type::person:
        unused({alpha3, capital, adjectives, name_id, acronym, kind, parent});
        break;
      case entity_type::party:
      case entity_type::organization:
        unused({alpha3, capital, adjectives, name_id, short_forms, parent, born, died});
        if (e.type == entity_type::organization && !e.kind.empty() && !detail::organization_kinds().count(e.kind))
          bad(errc::invalid_data, "unknown organization kind '" + e.kind + "'", t.pos(r, c.kind));
        if (e.type == entity_type::party) unused({kind});
        break;
      case entity_type::location:
        unused({alpha3, capital, adjectives, name_id, short_forms, acronym, born, died});
        if (!detail::location_kinds().count(e.kind))
          bad(errc::invalid_data, "unknown location kind '" + e.kind + "'", t.pos(r, c.kind));
        break;
    }
  }

  lexicon& lexicon_for(const std::string& lang) {
    auto& all = gazetteer_builder::lexicons(g_);
    for (auto& l : all)
      if (l.lang == lang) return l;
    all.push_back(lexicon{lang, {}});
    return all.back();
  }

  void lexicon_table(const std::string& lang, const std::string& table, std::string_view content,
                     const std::string& file) {
    bool lang_ok = lang.size() >= 2 && lang.size() <= 3 &&
                   std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!lang_ok) {
      bad(errc::invalid_data, "unknown folder '" + lang + "' (expected entities/, offices/ or a language code)", {file});
      return;
    }
    const auto& schemas = detail::lexicon_schemas();
    auto sit = schemas.find(table);
    if (sit == schemas.end()) {
      bad(errc::invalid_data, "unknown lexicon table '" + table + "'", {file});
      return;
    }
    const detail::table_schema& schema = sit->second;
    tsv_table t = detail::parse_tsv(content, file, problems_);
    detail::name_set allowed = {"form", "note"};
    std::vector<std::string> required = {"form"};
    for (const auto& c : schema.columns) {
      allowed.insert(c.name);
      if (c.required) required.push_back(c.name);
    }
    check_columns(t, allowed, required);
    auto& rows = lexicon_for(lang).tables[table];
    std::vector<int> cols;  // by schema column: its index in this table
    cols.reserve(schema.columns.size());
    for (const auto& c : schema.columns) cols.push_back(t.column(c.name));
    const int cform = t.column("form");
    std::unordered_set<std::string> seen_forms;
    seen_forms.reserve(t.rows.size());
    rows.reserve(rows.size() + t.rows.size());
    for (const tsv_row& r : t.rows) {
      lexicon_entry e;
      if (!lexicon_row(t, r, schema, cform, cols, e)) continue;
      std::string key = fold(e.form);
      for (const auto& f : e.fields) {
        key += '\t';
        key += f;
      }
      if (!seen_forms.insert(key).second) {
        bad(errc::invalid_data, "duplicate entry '" + e.form + "'", e.where);
        continue;
      }
      rows.push_back(std::move(e));
    }
  }

  bool lexicon_row(const tsv_table& t, const tsv_row& r, const detail::table_schema& schema, int cform,
                   const std::vector<int>& cols, lexicon_entry& e) {
    e.form = std::string(t.get(r, cform));
    e.where = t.pos(r, cform);
    if (e.form.empty() || detail::folds_to_nothing(e.form)) {
      bad(errc::invalid_data, "empty form", t.pos(r, cform));
      return false;
    }
    bool ok = true;
    e.fields.reserve(schema.columns.size());
    for (std::size_t k = 0; k < schema.columns.size(); ++k) {
      const auto& c = schema.columns[k];
      const int ci = cols[k];
      std::string v(t.get(r, ci));
      if (!v.empty() && !value_ok(c, v, t, r, ci)) ok = false;
      if (v.empty() && c.required) {
        bad(errc::invalid_data, "empty " + c.name, t.pos(r, ci));
        ok = false;
      }
      e.fields.push_back(std::move(v));
    }
    return ok;
  }

  // Whether value `v` of field `ci` of row `r` fits its column (its position
  // is built only for a problem).
  bool value_ok(const detail::column_schema& c, const std::string& v, const tsv_table& t, const tsv_row& r, int ci) {
    using detail::column_schema;
    auto at = [&] { return t.pos(r, ci); };
    switch (c.check) {
      case column_schema::integer: {
        int x = 0;
        if (detail::parse_int(v, x) && x >= c.min && x <= c.max) return true;
        bad(errc::invalid_data,
            c.name + " must be an integer in [" + std::to_string(c.min) + ", " + std::to_string(c.max) + "]", at());
        return false;
      }
      case column_schema::flags: {
        bool ok = true;
        for (const auto& f : detail::split_list(t, r, ci, problems_))
          if (!c.values.count(f)) {
            bad(errc::invalid_data, "unknown flag '" + f + "'", at());
            ok = false;
          }
        return ok;
      }
      case column_schema::choice:
        if (c.values.count(v)) return true;
        bad(errc::invalid_data, "unknown " + c.name + " '" + v + "'", at());
        return false;
      case column_schema::text:
      case column_schema::role_ref:
        return true;
    }
    return true;
  }
};

namespace {
// The line counts of the entity and office files: room for every row, so
// that the tables are not moved while they grow.
std::pair<std::size_t, std::size_t> row_room(const gazetteer_files& files) {
  std::size_t entity_lines = 0, office_lines = 0;
  for (const gazetteer_file& f : files) {
    const std::size_t lines = detail::count_newlines(f.content) + 1;
    if (f.path.rfind("entities/", 0) == 0) entity_lines += lines;
    else if (f.path == "offices.tsv" || f.path.rfind("offices/", 0) == 0) office_lines += lines;
  }
  return {entity_lines, office_lines};
}

// Slots of the id index for n entities: a power of two, at most half full.
std::size_t id_slot_count(std::size_t n) {
  std::size_t size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}
}  // namespace

gazetteer gazetteer_builder::parse(const gazetteer_files& files, const std::string& origin,
                                   std::vector<status>& problems) {
  gazetteer g;
  gazetteer_loader loader(g, problems);
  const auto [entity_rows, office_rows] = row_room(files);
  g.entities_.reserve(entity_rows);
  g.offices_.reserve(office_rows);
  g.id_slots_.assign(id_slot_count(entity_rows), 0);  // the id index sized for them too: index_added never rebuilds it
  for (const gazetteer_file& f : files) {
    const std::string& path = f.path;
    const std::string_view content = f.content;
    std::string shown = origin.empty() ? path : origin + "/" + path;
    if (path.size() < 4 || path.substr(path.size() - 4) != ".tsv") continue;
    const std::size_t first_problem = problems.size();
    loader.file(path, content, shown);
    // The TSV reader and the row checks run one after the other: list this
    // file's problems in line order so that the first one is the earliest.
    std::stable_sort(problems.begin() + static_cast<std::ptrdiff_t>(first_problem), problems.end(),
                     [](const status& a, const status& b) {
                       const source_position &x = a.where(), &y = b.where();
                       return x.line != y.line ? x.line < y.line : x.column < y.column;
                     });
  }
  // Reserved by line counts: the slack is only comments, headers and bad rows.
  if (g.entities_.capacity() > g.entities_.size() + g.entities_.size() / 8 + 16) g.entities_.shrink_to_fit();
  if (g.offices_.capacity() > g.offices_.size() + g.offices_.size() / 8 + 16) g.offices_.shrink_to_fit();
  return g;  // entity_row indexed each entity
}

namespace {
void put_id(std::vector<std::uint32_t>& slots, std::string_view id, std::uint32_t index) {
  const std::size_t mask = slots.size() - 1;
  std::size_t i = std::hash<std::string_view>{}(id) & mask;
  while (slots[i] != 0) i = (i + 1) & mask;
  slots[i] = index + 1;
}
}  // namespace

void gazetteer_builder::reindex(gazetteer& g) {
  g.id_slots_.assign(id_slot_count(g.entities_.size()), 0);
  for (std::size_t i = 0; i < g.entities_.size(); ++i)
    put_id(g.id_slots_, g.entities_[i].id, static_cast<std::uint32_t>(i));
}

void gazetteer_builder::index_added(gazetteer& g) {
  if (2 * g.entities_.size() > g.id_slots_.size()) {
    reindex(g);  // doubles the table (and adds the new entity)
    return;
  }
  put_id(g.id_slots_, g.entities_.back().id, static_cast<std::uint32_t>(g.entities_.size() - 1));
}

}  // namespace jumpa
