// Reading JSON Lines results back (for merging shards).
#include <limits>
#include <map>
#include <stdexcept>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "jumpa/writers.h"

namespace jumpa {

using ojson = nlohmann::ordered_json;

namespace {

// A value of the wrong JSON type: "unexpected JSON shape: ...".
struct shape_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// A value outside its vocabulary or a dangling id: the message as it is.
struct bad_value : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads j[key] into `out` when present; a value of the wrong type or out of
// range is a shape_error (never undefined behaviour).
template <class T>
bool get_to(const ojson& j, const char* key, T& out) {
  if (!j.is_object()) throw shape_error("expected an object");
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return false;
  if constexpr (std::is_same_v<T, bool>) {
    if (!it->is_boolean()) throw shape_error(std::string("\"") + key + "\" must be true or false");
    out = it->get<bool>();
  } else if constexpr (std::is_integral_v<T>) {
    bool ok = it->is_number_unsigned() ? it->get<std::uint64_t>() <= std::numeric_limits<T>::max()
              : it->is_number_integer() ? it->get<std::int64_t>() >= 0 &&
                                              static_cast<std::uint64_t>(it->get<std::int64_t>()) <=
                                                  std::numeric_limits<T>::max()
                                        : false;
    if (!ok) throw shape_error(std::string("\"") + key + "\" must be a non-negative integer in range");
    out = static_cast<T>(it->is_number_unsigned() ? it->get<std::uint64_t>()
                                                  : static_cast<std::uint64_t>(it->get<std::int64_t>()));
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (!it->is_string()) throw shape_error(std::string("\"") + key + "\" must be a string");
    out = it->get<std::string>();
  } else {
    out = it->get<T>();
  }
  return true;
}

// Parses `text` with `parse` into `out`, or throws bad_value naming `what`.
template <class T, class Parse>
void parse_field(const ojson& x, const char* key, const char* what, Parse parse, T& out) {
  std::string text;
  if (!get_to(x, key, text) || text.empty()) return;
  auto v = parse(text);
  if (!v) throw bad_value(std::string("unknown ") + what + " '" + text + "'");
  out = *v;
}

date date_field(const ojson& x, const char* key, const char* what) {
  std::string text;
  if (!get_to(x, key, text) || text.empty()) return {};
  auto d = date::parse(text);
  if (!d) throw bad_value(std::string("bad ") + what + " '" + text + "'");
  return *d;
}

void read_roles(const ojson& x, entity& e) {
  auto rd = x.find("role_details");
  if (rd == x.end() || !rd->is_array()) return;
  std::vector<std::string> labels;
  if (auto rl = x.find("roles"); rl != x.end() && rl->is_array())
    for (const auto& l : *rl) labels.push_back(l.is_string() ? l.get<std::string>() : std::string());
  for (const auto& q : *rd) {
    role r;
    if (e.roles.size() < labels.size()) r.label = labels[e.roles.size()];
    get_to(q, "role", r.id);
    get_to(q, "country", r.country);
    get_to(q, "org", r.org);
    get_to(q, "from_text", r.from_text);
    e.roles.push_back(std::move(r));
  }
}

void read_mentions(const ojson& x, entity& e) {
  auto ms = x.find("mentions");
  if (ms == x.end() || !ms->is_array()) return;
  for (const auto& q : *ms) {
    mention m;
    get_to(q, "start", m.begin);
    get_to(q, "end", m.end);
    get_to(q, "text", m.text);
    parse_field(q, "kind", "mention kind", parse_mention_kind, m.kind);
    e.mentions.push_back(std::move(m));
  }
}

entity read_entity(const ojson& x) {
  entity e;
  get_to(x, "id", e.id);
  std::string type;
  get_to(x, "type", type);
  auto t = parse_entity_type(type);
  if (!t) throw bad_value("unknown entity type '" + type + "'");
  e.type = *t;
  get_to(x, "name", e.name);
  get_to(x, "country", e.country);
  if (e.type == entity_type::country) get_to(x, "code", e.country);
  get_to(x, "ref", e.ref);
  parse_field(x, "source", "entity source", parse_entity_source, e.source);
  get_to(x, "kind", e.kind);
  get_to(x, "parent", e.parent);
  if (auto a = x.find("aliases"); a != x.end() && a->is_array()) e.aliases = a->get<std::vector<std::string>>();
  read_roles(x, e);
  read_mentions(x, e);
  return e;
}

void read_evidence(const ojson& x, evidence& ev) {
  get_to(x, "trigger", ev.trigger);
  auto it = x.find("evidence");
  if (it == x.end() || !it->is_object()) return;
  get_to(*it, "start", ev.begin);
  get_to(*it, "end", ev.end);
  if (auto tr = it->find("trigger"); tr != it->end() && tr->is_object()) {
    get_to(*tr, "start", ev.trigger_begin);
    get_to(*tr, "end", ev.trigger_end);
  }
  get_to(*it, "rule", ev.rule);
  if (auto cs = it->find("cues"); cs != it->end() && cs->is_array()) ev.cues = cs->get<std::vector<std::string>>();
}

relation read_relation(const ojson& x, const std::map<std::string, std::size_t>& index) {
  relation r;
  std::string type;
  get_to(x, "type", type);
  auto rt = parse_relation_type(type);
  if (!rt) throw bad_value("unknown relation type '" + type + "'");
  r.type = *rt;
  if (auto a = x.find("args"); a != x.end() && a->is_array()) {
    for (const auto& id : *a) {
      if (!id.is_string()) throw shape_error("\"args\" must hold entity ids");
      auto f = index.find(id.get<std::string>());
      if (f == index.end()) throw bad_value("relation names unknown entity " + id.dump());
      r.args.push_back(f->second);
    }
  }
  parse_field(x, "kind", "relation kind", parse_relation_kind, r.kind);
  get_to(x, "role", r.role);
  parse_field(x, "status", "status", parse_meeting_status, r.status);
  r.when = date_field(x, "date", "date");
  std::string place;
  if (get_to(x, "place", place))
    if (auto f = index.find(place); f != index.end()) r.place = f->second;
  read_evidence(x, r.ev);
  return r;
}

status read_problem(const ojson& p) {
  std::string code, message;
  get_to(p, "code", code);
  get_to(p, "message", message);
  source_position at;
  get_to(p, "byte", at.byte);
  errc c = errc::invalid_data;
  for (auto k : {errc::invalid_argument, errc::not_found, errc::io_error, errc::parse_error, errc::invalid_data,
                 errc::invalid_utf8, errc::pattern_error, errc::limit_exceeded})
    if (code == to_string(k)) c = k;
  return status(c, message, at);
}

document read_document(const ojson& j) {
  document doc;
  get_to(j, "doc", doc.id);
  get_to(j, "lang", doc.lang);
  doc.published = date_field(j, "published", "published date");
  std::map<std::string, std::size_t> index;
  if (auto it = j.find("entities"); it != j.end() && it->is_array())
    for (const auto& x : *it) {
      doc.entities.push_back(read_entity(x));
      index[doc.entities.back().id] = doc.entities.size() - 1;
    }
  if (auto it = j.find("relations"); it != j.end() && it->is_array())
    for (const auto& x : *it) doc.relations.push_back(read_relation(x, index));
  if (auto it = j.find("problems"); it != j.end() && it->is_array())
    for (const auto& p : *it) doc.problems.push_back(read_problem(p));
  return doc;
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
  } catch (const ojson::exception& e) {  // e.g. a number too large for a double
    return status(errc::parse_error, std::string("not JSON: ") + e.what(), where);
  }
  if (!j.is_object()) return status(errc::parse_error, "a result line must be a JSON object", where);
  try {
    return read_document(j);
  } catch (const bad_value& e) {
    return status(errc::parse_error, e.what(), where);
  } catch (const ojson::exception& e) {
    return status(errc::parse_error, std::string("unexpected JSON shape: ") + e.what(), where);
  } catch (const shape_error& e) {
    return status(errc::parse_error, std::string("unexpected JSON shape: ") + e.what(), where);
  }
}

}  // namespace jumpa
