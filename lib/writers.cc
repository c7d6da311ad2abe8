#include "jumpa/writers.h"

#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace jumpa {

using ojson = nlohmann::ordered_json;

// ---------------------------------------------------------------------------
// JSON Lines: one document per line (the contract of shared/eval/README.md).

namespace {

ojson evidence_json(const evidence& ev, const jsonl_options& o, bool with_trigger) {
  ojson e;
  e["start"] = ev.begin;
  e["end"] = ev.end;
  if (with_trigger && !ev.trigger.empty()) {
    e["trigger"] = {{"start", ev.trigger_begin}, {"end", ev.trigger_end}};
  }
  if (o.explain) {
    if (!ev.rule.empty()) e["rule"] = ev.rule;
    if (!ev.cues.empty()) e["cues"] = ev.cues;
  }
  return e;
}

}  // namespace

std::string to_jsonl(const document& doc, const jsonl_options& o) {
  ojson j;
  j["doc"] = doc.id;
  j["lang"] = doc.lang;
  j["published"] = doc.published.empty() ? ojson(nullptr) : ojson(doc.published.to_string());
  ojson ents = ojson::array();
  for (const entity& e : doc.entities) {
    ojson x;
    x["id"] = e.id;
    x["type"] = to_string(e.type);
    x["name"] = e.name;
    if (e.type == entity_type::country) x["code"] = e.country;
    if (!e.country.empty()) x["country"] = e.country;
    if (!e.ref.empty()) x["ref"] = e.ref;
    x["source"] = e.source;
    if (!e.kind.empty()) x["kind"] = e.kind;
    if (!e.parent.empty()) x["parent"] = e.parent;
    if (!e.aliases.empty()) x["aliases"] = e.aliases;
    if (e.type == entity_type::person) {
      ojson roles = ojson::array();
      ojson role_details = ojson::array();
      for (const role& r : e.roles) {
        roles.push_back(r.label);
        ojson rd;
        rd["role"] = r.id;
        if (!r.country.empty()) rd["country"] = r.country;
        if (!r.org.empty()) rd["org"] = r.org;
        rd["from_text"] = r.from_text;
        role_details.push_back(std::move(rd));
      }
      x["roles"] = std::move(roles);
      x["role_details"] = std::move(role_details);
    }
    ojson ms = ojson::array();
    for (const mention& m : e.mentions)
      ms.push_back({{"start", m.begin}, {"end", m.end}, {"text", m.text}, {"kind", to_string(m.kind)}});
    x["mentions"] = std::move(ms);
    ents.push_back(std::move(x));
  }
  j["entities"] = std::move(ents);
  ojson rels = ojson::array();
  for (const relation& r : doc.relations) {
    ojson x;
    x["type"] = to_string(r.type);
    ojson args = ojson::array();
    for (std::size_t a : r.args) args.push_back(a < doc.entities.size() ? doc.entities[a].id : std::string("?"));
    x["args"] = std::move(args);
    if (r.type == relation_type::met) {
      x["kind"] = r.kind;
      x["status"] = to_string(r.status);
      x["date"] = r.when.empty() ? ojson(nullptr) : ojson(r.when.to_string());
      x["place"] = r.place && *r.place < doc.entities.size() ? ojson(doc.entities[*r.place].id) : ojson(nullptr);
      x["trigger"] = r.ev.trigger;
    } else if (r.type == relation_type::country_relation) {
      x["kind"] = r.kind;
    } else {
      x["role"] = r.role;
    }
    x["evidence"] = evidence_json(r.ev, o, r.type == relation_type::met);
    rels.push_back(std::move(x));
  }
  j["relations"] = std::move(rels);
  if (!doc.problems.empty()) {
    ojson ps = ojson::array();
    for (const status& p : doc.problems) {
      ojson q;
      q["code"] = to_string(p.code());
      q["message"] = p.message();
      if (p.where().byte != source_position::npos) q["byte"] = p.where().byte;
      ps.push_back(std::move(q));
    }
    j["problems"] = std::move(ps);
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

status write_jsonl(std::ostream& out, const document& doc, const jsonl_options& o) {
  out << to_jsonl(doc, o);
  if (!out) return status(errc::io_error, "write failed");
  return {};
}

namespace {

template <class T>
bool get_to(const ojson& j, const char* key, T& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return false;
  out = it->get<T>();
  return true;
}

}  // namespace

result<document> read_jsonl_document(std::string_view line, std::size_t line_number) {
  source_position where{"", line_number, 0, source_position::npos};
  ojson j;
  try {
    j = ojson::parse(line.begin(), line.end());
  } catch (const ojson::parse_error& e) {
    where.byte = e.byte == 0 ? 0 : e.byte - 1;
    where.column = e.byte;
    return status(errc::parse_error, std::string("not JSON: ") + e.what(), where);
  }
  if (!j.is_object()) return status(errc::parse_error, "a result line must be a JSON object", where);
  document doc;
  try {
    get_to(j, "doc", doc.id);
    get_to(j, "lang", doc.lang);
    std::string pub;
    if (get_to(j, "published", pub) && !pub.empty()) {
      auto d = date::parse(pub);
      if (!d) return status(errc::parse_error, "bad published date '" + pub + "'", where);
      doc.published = *d;
    }
    std::map<std::string, std::size_t> index;
    if (auto it = j.find("entities"); it != j.end() && it->is_array()) {
      for (const auto& x : *it) {
        entity e;
        get_to(x, "id", e.id);
        std::string type;
        get_to(x, "type", type);
        auto t = parse_entity_type(type);
        if (!t) return status(errc::parse_error, "unknown entity type '" + type + "'", where);
        e.type = *t;
        get_to(x, "name", e.name);
        get_to(x, "country", e.country);
        if (e.type == entity_type::country) get_to(x, "code", e.country);
        get_to(x, "ref", e.ref);
        get_to(x, "source", e.source);
        get_to(x, "kind", e.kind);
        get_to(x, "parent", e.parent);
        if (auto a = x.find("aliases"); a != x.end() && a->is_array()) e.aliases = a->get<std::vector<std::string>>();
        if (auto rd = x.find("role_details"); rd != x.end() && rd->is_array()) {
          for (const auto& q : *rd) {
            role r;
            get_to(q, "role", r.id);
            get_to(q, "country", r.country);
            get_to(q, "org", r.org);
            get_to(q, "from_text", r.from_text);
            e.roles.push_back(std::move(r));
          }
        }
        if (auto ms = x.find("mentions"); ms != x.end() && ms->is_array()) {
          for (const auto& q : *ms) {
            mention m;
            get_to(q, "start", m.begin);
            get_to(q, "end", m.end);
            get_to(q, "text", m.text);
            e.mentions.push_back(std::move(m));
          }
        }
        index[e.id] = doc.entities.size();
        doc.entities.push_back(std::move(e));
      }
    }
    if (auto it = j.find("relations"); it != j.end() && it->is_array()) {
      for (const auto& x : *it) {
        relation r;
        std::string type;
        get_to(x, "type", type);
        if (type == "met") r.type = relation_type::met;
        else if (type == "country_relation") r.type = relation_type::country_relation;
        else if (type == "affiliation") r.type = relation_type::affiliation;
        else return status(errc::parse_error, "unknown relation type '" + type + "'", where);
        if (auto a = x.find("args"); a != x.end() && a->is_array()) {
          for (const auto& id : *a) {
            auto f = index.find(id.get<std::string>());
            if (f == index.end()) return status(errc::parse_error, "relation names unknown entity " + id.dump(), where);
            r.args.push_back(f->second);
          }
        }
        get_to(x, "kind", r.kind);
        get_to(x, "role", r.role);
        std::string st;
        if (get_to(x, "status", st)) {
          if (st == "happened") r.status = meeting_status::happened;
          else if (st == "planned") r.status = meeting_status::planned;
          else if (st == "hoped") r.status = meeting_status::hoped;
          else if (st == "negated") r.status = meeting_status::negated;
          else return status(errc::parse_error, "unknown status '" + st + "'", where);
        }
        std::string when;
        if (get_to(x, "date", when) && !when.empty()) {
          auto d = date::parse(when);
          if (!d) return status(errc::parse_error, "bad date '" + when + "'", where);
          r.when = *d;
        }
        std::string place;
        if (get_to(x, "place", place)) {
          auto f = index.find(place);
          if (f != index.end()) r.place = f->second;
        }
        get_to(x, "trigger", r.ev.trigger);
        if (auto ev = x.find("evidence"); ev != x.end() && ev->is_object()) {
          get_to(*ev, "start", r.ev.begin);
          get_to(*ev, "end", r.ev.end);
        }
        doc.relations.push_back(std::move(r));
      }
    }
  } catch (const ojson::exception& e) {
    return status(errc::parse_error, std::string("unexpected JSON shape: ") + e.what(), where);
  }
  return doc;
}

// ---------------------------------------------------------------------------
// Graph writers (DOT, GraphML, summary, Graphviz rendering) follow.

}  // namespace jumpa
