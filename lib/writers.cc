#include "jumpa/writers.h"

#include <limits>
#include <ostream>
#include <stdexcept>
#include <type_traits>
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

struct shape_error : std::runtime_error {
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
        if (auto ms = x.find("mentions"); ms != x.end() && ms->is_array()) {
          for (const auto& q : *ms) {
            mention m;
            get_to(q, "start", m.begin);
            get_to(q, "end", m.end);
            get_to(q, "text", m.text);
            std::string kind;
            if (get_to(q, "kind", kind)) {
              for (auto k : {mention_kind::name, mention_kind::short_name, mention_kind::title, mention_kind::pronoun,
                             mention_kind::nested, mention_kind::adjective, mention_kind::metonym})
                if (kind == to_string(k)) m.kind = k;
            }
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
          if (auto tr = ev->find("trigger"); tr != ev->end() && tr->is_object()) {
            get_to(*tr, "start", r.ev.trigger_begin);
            get_to(*tr, "end", r.ev.trigger_end);
          }
          get_to(*ev, "rule", r.ev.rule);
          if (auto cs = ev->find("cues"); cs != ev->end() && cs->is_array())
            r.ev.cues = cs->get<std::vector<std::string>>();
        }
        doc.relations.push_back(std::move(r));
      }
    }
    if (auto it = j.find("problems"); it != j.end() && it->is_array()) {
      for (const auto& p : *it) {
        std::string code, message;
        get_to(p, "code", code);
        get_to(p, "message", message);
        source_position at;
        get_to(p, "byte", at.byte);
        errc c = errc::invalid_data;
        for (auto k : {errc::invalid_argument, errc::not_found, errc::io_error, errc::parse_error, errc::invalid_data,
                       errc::invalid_utf8, errc::pattern_error, errc::limit_exceeded})
          if (code == to_string(k)) c = k;
        doc.problems.emplace_back(c, message, at);
      }
    }
  } catch (const ojson::exception& e) {
    return status(errc::parse_error, std::string("unexpected JSON shape: ") + e.what(), where);
  } catch (const shape_error& e) {
    return status(errc::parse_error, std::string("unexpected JSON shape: ") + e.what(), where);
  }
  return doc;
}

// ---------------------------------------------------------------------------
// Graph writers (DOT, GraphML, summary, Graphviz rendering) follow.

}  // namespace jumpa

#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <tuple>
#include <vector>

#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/transform_value_property_map.hpp>

extern char** environ;

namespace jumpa {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size() || byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

// Text safe for DOT and XML: invalid UTF-8 becomes U+FFFD, carriage returns
// are dropped and other control characters but '\n' and '\t' become spaces.
std::string clean_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const char c = s[i];
    if (n == 1 && static_cast<unsigned char>(c) < 0x20) {
      if (c == '\n' || c == '\t') out += c;
      else if (c != '\r') out += ' ';
    } else {
      out.append(s.data() + i, n);
    }
    i += n;
  }
  return out;
}

std::string dot_quoted(std::string_view s) { return "\"" + dot_escape(s) + "\""; }

// Kinds by count (descending), then by name.
std::vector<std::pair<std::string, std::size_t>> ranked_kinds(const edge_info& e) {
  std::vector<std::pair<std::string, std::size_t>> kinds(e.kinds.begin(), e.kinds.end());
  std::stable_sort(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return kinds;
}

std::string kinds_text(const edge_info& e, const char* between, const char* separator) {
  std::string out;
  for (const auto& [kind, n] : ranked_kinds(e)) {
    if (!out.empty()) out += separator;
    out += kind + between + std::to_string(n);
  }
  return out;
}

template <class Set>
std::string joined(const Set& items, const char* separator) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

// The latest date: complete and partial dates sort as text; "--MM-DD" ones
// (no year) sort first, so they are the latest only when there is nothing else.
std::string last_date(const edge_info& e) { return e.dates.empty() ? std::string() : *e.dates.rbegin(); }

const char* const kTimes = " \xC3\x97";  // " ×"

std::string edge_label(const edge_info& e) {
  std::string label = e.relation + kTimes + std::to_string(e.count);
  std::string detail;
  if (e.relation == "met") detail = last_date(e);
  else if (e.relation == "country_relation") detail = kinds_text(e, kTimes, ", ");
  else detail = e.role;
  if (!detail.empty()) label += "\n" + detail;
  return label;
}

struct node_style {
  const char* shape;
  const char* fill;  // nullptr: not filled
};

node_style style_of(const std::string& type) {
  if (type == "person") return {"ellipse", "lightblue"};
  if (type == "country") return {"box", "lightgoldenrod"};
  if (type == "party") return {"hexagon", "pink"};
  if (type == "organization") return {"component", "lightgrey"};
  return {"ellipse", nullptr};
}

std::string edge_attributes(const edge_info& e) {
  std::string a = "label=" + dot_quoted(edge_label(e));
  if (e.relation == "met") a += ", style=bold";
  else if (e.relation == "country_relation") a += ", style=dashed";
  else if (e.relation == "affiliation") a += ", style=dotted, dir=forward";
  else if (e.relation == "represents") a += ", style=dotted, color=grey, dir=forward";
  return a;
}

void write_node(std::ostream& out, const vertex_info& v, const char* indent) {
  node_style st = style_of(v.type);
  out << indent << dot_quoted(v.id) << " [label=" << dot_quoted(v.name.empty() ? v.id : v.name) << ", shape=" << st.shape;
  if (st.fill) out << ", style=filled, fillcolor=" << st.fill;
  out << "];\n";
}

bool complete_date(const std::string& text) {
  auto d = date::parse(text);
  return d && d->complete();
}

}  // namespace

std::string dot_escape(std::string_view s) {
  std::string out;
  for (char c : clean_text(s)) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      default: out += c;
    }
  }
  return out;
}

status write_dot(std::ostream& out, const relation_graph& g, const dot_options& o) {
  const graph_type& gr = g.graph();
  out << "graph " << dot_quoted(o.graph_name) << " {\n";
  out << "  graph [overlap=false, splines=true];\n";
  out << "  node [fontname=\"Helvetica\"];\n";
  out << "  edge [fontname=\"Helvetica\", fontsize=10];\n";

  std::map<std::string, std::vector<const vertex_info*>> clusters;  // by country code
  for (vertex_t v : boost::make_iterator_range(boost::vertices(gr))) {
    const vertex_info& info = gr[v];
    if (o.cluster_by_country && !info.country.empty() && (info.type == "person" || info.type == "party"))
      clusters[info.country].push_back(&info);
    else
      write_node(out, info, "  ");
  }
  for (const auto& [code, members] : clusters) {
    std::string label = code;
    std::string lower = code;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (auto c = g.vertices().find("country:" + lower); c != g.vertices().end() && !c->second.name.empty())
      label = c->second.name;
    out << "  subgraph " << dot_quoted("cluster_" + code) << " {\n";
    out << "    label=" << dot_quoted(label) << ";\n";
    out << "    style=rounded;\n";
    for (const vertex_info* info : members) write_node(out, *info, "    ");
    out << "  }\n";
  }
  for (edge_t e : boost::make_iterator_range(boost::edges(gr))) {
    const edge_info& info = gr[e];
    out << "  " << dot_quoted(gr[boost::source(e, gr)].id) << " -- " << dot_quoted(gr[boost::target(e, gr)].id) << " ["
        << edge_attributes(info) << "];\n";
  }
  out << "}\n";
  if (!out) return status(errc::io_error, "write failed");
  return {};
}

status write_graphml(std::ostream& out, const relation_graph& g) {
  const graph_type& gr = g.graph();
  auto vb = boost::get(boost::vertex_bundle, gr);
  auto eb = boost::get(boost::edge_bundle, gr);
  auto vtext = [&](auto f) {
    return boost::make_transform_value_property_map<std::string>(
        [f](const vertex_info& v) { return clean_text(f(v)); }, vb);
  };
  auto etext = [&](auto f) {
    return boost::make_transform_value_property_map<std::string>(
        [f](const edge_info& e) { return clean_text(f(e)); }, eb);
  };
  boost::dynamic_properties dp;
  dp.property("id", vtext([](const vertex_info& v) { return v.id; }));
  dp.property("name", vtext([](const vertex_info& v) { return v.name; }));
  dp.property("type", vtext([](const vertex_info& v) { return v.type; }));
  dp.property("country", vtext([](const vertex_info& v) { return v.country; }));
  dp.property("documents", boost::make_transform_value_property_map<long>(
                               [](const vertex_info& v) { return static_cast<long>(v.documents); }, vb));
  dp.property("relation", etext([](const edge_info& e) { return e.relation; }));
  dp.property("count", boost::make_transform_value_property_map<long>(
                           [](const edge_info& e) { return static_cast<long>(e.count); }, eb));
  dp.property("kinds", etext([](const edge_info& e) { return kinds_text(e, ":", ";"); }));
  dp.property("dates", etext([](const edge_info& e) { return joined(e.dates, ";"); }));
  dp.property("places", etext([](const edge_info& e) { return joined(e.places, ";"); }));
  dp.property("documents", etext([](const edge_info& e) { return joined(e.documents, ";"); }));
  dp.property("role", etext([](const edge_info& e) { return e.role; }));
  try {
    boost::write_graphml(out, gr, boost::get(boost::vertex_index, gr), dp, true);
  } catch (const std::exception& e) {
    return status(errc::io_error, std::string("GraphML: ") + e.what());
  }
  if (!out) return status(errc::io_error, "write failed");
  return {};
}

status write_summary(std::ostream& out, const relation_graph& g) {
  std::map<std::string, std::size_t> by_type, by_relation;
  for (const auto& [id, v] : g.vertices()) ++by_type[v.type];
  for (const auto& [key, e] : g.edges()) ++by_relation[e.relation];

  struct person_stats {
    std::set<std::string> partners;
    std::size_t meetings = 0;
  };
  std::map<std::string, person_stats> persons;
  std::string min_date, max_date;
  for (const auto& [key, e] : g.edges()) {
    for (const std::string& d : e.dates) {
      if (!complete_date(d)) continue;
      if (min_date.empty() || d < min_date) min_date = d;
      if (max_date.empty() || d > max_date) max_date = d;
    }
    if (e.relation != "met") continue;
    for (const auto& [self, other] : {std::pair(&e.source_id, &e.target_id), std::pair(&e.target_id, &e.source_id)}) {
      auto v = g.vertices().find(*self);
      if (v == g.vertices().end() || v->second.type != "person") continue;
      person_stats& p = persons[*self];
      p.partners.insert(*other);
      p.meetings += e.count;
    }
  }
  std::vector<std::pair<const std::string*, const person_stats*>> ranked;
  for (const auto& [id, p] : persons) ranked.emplace_back(&id, &p);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return std::make_tuple(a.second->partners.size(), a.second->meetings) >
           std::make_tuple(b.second->partners.size(), b.second->meetings);
  });
  if (ranked.size() > 10) ranked.resize(10);

  auto name_of = [&](const std::string& id) {
    auto v = g.vertices().find(id);
    return v == g.vertices().end() ? id : v->second.name;
  };

  ojson j;
  j["vertices"] = g.vertex_count();
  j["edges"] = g.edge_count();
  j["vertices_by_type"] = by_type;
  j["edges_by_relation"] = by_relation;
  ojson top = ojson::array();
  for (const auto& [id, p] : ranked)
    top.push_back({{"id", *id}, {"name", name_of(*id)}, {"partners", p->partners.size()}, {"meetings", p->meetings}});
  j["top_persons"] = std::move(top);
  ojson pairs = ojson::array();
  for (const edge_info& e : g.strongest_country_pairs(10)) {
    ojson kinds = ojson::object();
    for (const auto& [kind, n] : ranked_kinds(e)) kinds[kind] = n;
    pairs.push_back({{"a", e.source_id}, {"a_name", name_of(e.source_id)}, {"b", e.target_id},
                     {"b_name", name_of(e.target_id)}, {"count", e.count}, {"kinds", std::move(kinds)}});
  }
  j["top_country_pairs"] = std::move(pairs);
  j["dates"] = min_date.empty() ? ojson(nullptr) : ojson({{"min", min_date}, {"max", max_date}});
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  if (!out) return status(errc::io_error, "write failed");
  return {};
}

namespace {

std::string find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return {};
  std::string_view rest(path);
  for (;;) {
    std::size_t colon = rest.find(':');
    std::string dir(rest.substr(0, colon));
    if (dir.empty()) dir = ".";  // an empty entry means the current directory
    std::string candidate = dir + "/" + program;
    struct stat st {};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.c_str(), X_OK) == 0)
      return candidate;
    if (colon == std::string_view::npos) return {};
    rest.remove_prefix(colon + 1);
  }
}

}  // namespace

status render_graphviz(const std::filesystem::path& dot_file, const std::filesystem::path& out_file,
                       const std::string& format) {
  if (format != "svg" && format != "png")
    return status(errc::invalid_argument, "unsupported Graphviz format '" + format + "' (use svg or png)");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(dot_file, ec))
    return status(errc::not_found, "no such DOT file: " + dot_file.string(), source_position{dot_file.string()});
  const std::string dot = find_on_path("dot");
  if (dot.empty()) return status(errc::not_found, "Graphviz 'dot' not found on PATH; install the graphviz package");

  std::vector<std::string> args = {dot, "-T" + format, "-o" + out_file.string(), dot_file.string()};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  // dot's stderr goes through a pipe so that its complaint ends up in the status.
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return status(errc::io_error, std::string("pipe: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, dot.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (rc != 0) {
    ::close(pipe_fds[0]);
    return status(errc::io_error, "cannot run " + dot + ": " + std::strerror(rc));
  }
  std::string errors;
  char buf[4096];
  for (;;) {
    ssize_t n = ::read(pipe_fds[0], buf, sizeof buf);
    if (n > 0) {
      if (errors.size() < 4096) errors.append(buf, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  ::close(pipe_fds[0]);
  int wstatus = 0;
  while (::waitpid(pid, &wstatus, 0) < 0) {
    if (errno != EINTR) return status(errc::io_error, std::string("waitpid: ") + std::strerror(errno));
  }
  if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0) return {};
  while (!errors.empty() && (errors.back() == '\n' || errors.back() == '\r')) errors.pop_back();
  std::string how = WIFEXITED(wstatus) ? "exited with status " + std::to_string(WEXITSTATUS(wstatus))
                                       : "was killed by signal " + std::to_string(WTERMSIG(wstatus));
  return status(errc::io_error, "dot " + how + (errors.empty() ? "" : ": " + errors),
                source_position{dot_file.string()});
}

}  // namespace jumpa
