// relation_graph: many documents merged into one Boost.Graph (see jumpa/graph.h).
#include "jumpa/graph.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <tuple>
#include <utility>

#include "fnv.h"
#include "jumpa/text.h"

namespace jumpa {

namespace {

using vertex_map = std::map<std::string, vertex_info>;
using edge_map = std::map<std::string, edge_info>;

constexpr std::uint32_t kNoDocument = std::numeric_limits<std::uint32_t>::max();

// FNV-1a, mixed down: document ids are short.
std::uint64_t id_hash(std::string_view s) {
  std::uint64_t h = detail::fnv1a(s);
  return h ^ (h >> 29);
}

std::string ascii_lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string ascii_upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string vertex_id(const entity& e) {
  if (!e.ref.empty()) return e.ref;
  std::string key = fold(e.name);
  if (key.empty()) return {};
  return std::string("pattern:") + to_string(e.type) + ":" + key;
}

std::string edge_key(edge_relation relation, const std::string& a, const std::string& b) {
  return std::string(to_string(relation)) + "|" + a + "|" + b;
}

// A strict order on names so that the name a vertex keeps does not depend on
// the order documents arrive in: mixed case over all caps, then more
// non-ASCII bytes (diacritics kept), then byte order.
bool better_name(const std::string& a, const std::string& b) {
  if (a.empty() != b.empty()) return !a.empty();
  auto has_lower = [](const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  auto non_ascii = [](const std::string& s) {
    return std::count_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  };
  if (has_lower(a) != has_lower(b)) return has_lower(a);
  if (non_ascii(a) != non_ascii(b)) return non_ascii(a) > non_ascii(b);
  return a < b;
}

// `real`: the vertex comes from an entity of a document rather than from a
// role's country code (a placeholder whose name is only the code).
void upsert_vertex(vertex_map& vertices, const vertex_info& in, bool in_real, bool have_real) {
  auto [it, inserted] = vertices.try_emplace(in.id, in);
  if (inserted) return;
  vertex_info& v = it->second;
  if (in_real && !in.name.empty() && (!have_real || better_name(in.name, v.name))) v.name = in.name;
  if (!in.country.empty() && (v.country.empty() || in.country < v.country)) v.country = in.country;
}

// affiliation and represents edges keep every role seen, sorted, joined by ';'.
void add_roles(edge_info& e, const std::string& roles) {
  if (roles.empty()) return;
  std::set<std::string> all;
  const std::string current = e.role;
  for (const std::string* s : {&current, &roles}) {
    std::size_t start = 0;
    while (start <= s->size()) {
      std::size_t end = s->find(';', start);
      if (end == std::string::npos) end = s->size();
      if (end > start) all.insert(s->substr(start, end - start));
      start = end + 1;
    }
  }
  e.role.clear();
  for (const std::string& r : all) {
    if (!e.role.empty()) e.role += ';';
    e.role += r;
  }
}

edge_info& edge_for(edge_map& edges, edge_relation relation, const std::string& a, const std::string& b) {
  auto [it, inserted] = edges.try_emplace(edge_key(relation, a, b));
  if (inserted) {
    it->second.relation = relation;
    it->second.source_id = a;
    it->second.target_id = b;
  }
  return it->second;
}

// `from_documents`: from.documents in the numbers of `into`'s graph.
void merge_edge(edge_info& into, const edge_info& from, const document_set& from_documents) {
  for (const auto& [kind, n] : from.kinds) into.kinds[kind] += n;
  into.dates.insert(from.dates.begin(), from.dates.end());
  into.places.insert(from.places.begin(), from.places.end());
  into.documents.insert(from_documents);
  add_roles(into, from.role);
  into.count = into.relation == edge_relation::represents ? into.documents.size() : into.count + from.count;
}

bool type_ok(const graph_filter& f, const vertex_info& v) {
  return f.entity_types.empty() || f.entity_types.count(v.type) != 0;
}

// A date is in [from, to] when every day it covers is ("2024-04" is inside
// 2024-01-01..2024-12-31, not inside 2024-04-10..2024-04-20). Dates and bounds
// without a year never match a bounded range.
bool in_range(const date& d, const date& from, const date& to) {
  if (from.empty() && to.empty()) return true;
  if (d.year == 0) return false;
  if (!from.empty() && (from.year == 0 || d.first_day() < from.first_day())) return false;
  if (!to.empty() && (to.year == 0 || to.last_day() < d.last_day())) return false;
  return true;
}

bool dates_ok(const edge_info& e, const date& from, const date& to) {
  if (from.empty() && to.empty()) return true;
  for (const std::string& text : e.dates) {
    auto d = date::parse(text);
    if (d && in_range(*d, from, to)) return true;
  }
  return false;
}

bool edge_ok(const graph_filter& f, const edge_info& e) {
  if (!f.relations.empty() && f.relations.count(e.relation) == 0) return false;
  if (!f.kinds.empty() &&
      std::none_of(e.kinds.begin(), e.kinds.end(), [&](const auto& k) { return f.kinds.count(k.first) != 0; }))
    return false;
  return e.relation != edge_relation::met || dates_ok(e, f.from, f.to);
}

bool has_edge_criteria(const graph_filter& f) {
  return !f.relations.empty() || !f.kinds.empty() || !f.from.empty() || !f.to.empty();
}

}  // namespace

bool document_set::insert(std::uint32_t n) {
  if (numbers_.empty() || numbers_.back() < n) {
    numbers_.push_back(n);
    return true;
  }
  auto it = std::lower_bound(numbers_.begin(), numbers_.end(), n);
  if (it != numbers_.end() && *it == n) return false;
  numbers_.insert(it, n);
  return true;
}

void document_set::insert(const document_set& other) {
  if (other.numbers_.empty() || &other == this) return;
  if (numbers_.empty() || numbers_.back() < other.numbers_.front()) {
    numbers_.insert(numbers_.end(), other.numbers_.begin(), other.numbers_.end());
    return;
  }
  std::vector<std::uint32_t> out;
  out.reserve(numbers_.size() + other.numbers_.size());
  std::set_union(numbers_.begin(), numbers_.end(), other.numbers_.begin(), other.numbers_.end(),
                 std::back_inserter(out));
  numbers_ = std::move(out);
}

std::string_view relation_graph::document_id(std::uint32_t number) const {
  if (number >= doc_ends_.size()) return {};
  std::size_t start = number == 0 ? 0 : doc_ends_[number - 1];
  return std::string_view(doc_chars_).substr(start, doc_ends_[number] - start);
}

std::vector<std::string_view> relation_graph::document_ids(const document_set& s) const {
  std::vector<std::string_view> out;
  out.reserve(s.size());
  for (std::uint32_t n : s.numbers()) out.push_back(document_id(n));
  std::sort(out.begin(), out.end());
  return out;
}

const document_set* relation_graph::vertex_documents(const std::string& id) const {
  auto it = vertex_docs_.find(id);
  return it == vertex_docs_.end() ? nullptr : &it->second;
}

std::uint32_t relation_graph::intern_document(std::string_view id) {
  const std::size_t count = doc_ends_.size();
  if (doc_index_.size() < 2 * (count + 1)) {  // load factor <= 1/2
    std::vector<std::uint32_t> index(std::max<std::size_t>(64, doc_index_.size() * 2), kNoDocument);
    const std::size_t mask = index.size() - 1;
    for (std::uint32_t n = 0; n < count; ++n) {
      std::size_t i = id_hash(document_id(n)) & mask;
      while (index[i] != kNoDocument) i = (i + 1) & mask;
      index[i] = n;
    }
    doc_index_ = std::move(index);
  }
  const std::size_t mask = doc_index_.size() - 1;
  std::size_t i = id_hash(id) & mask;
  for (; doc_index_[i] != kNoDocument; i = (i + 1) & mask)
    if (document_id(doc_index_[i]) == id) return doc_index_[i];
  if (count >= kNoDocument) throw std::length_error("relation_graph: too many documents");
  doc_chars_.append(id);
  doc_ends_.push_back(doc_chars_.size());
  doc_index_[i] = static_cast<std::uint32_t>(count);
  return static_cast<std::uint32_t>(count);
}

void relation_graph::take_documents_from(const relation_graph& source) {
  std::vector<std::uint32_t> renumber(source.document_count(), kNoDocument);
  auto mark = [&](const document_set& s) {
    for (std::uint32_t n : s.numbers_) renumber[n] = 0;
  };
  for (const auto& [id, s] : vertex_docs_) mark(s);
  for (const auto& [key, e] : edges_) mark(e.documents);
  doc_chars_.clear();
  doc_ends_.clear();
  doc_index_.clear();
  for (std::uint32_t n = 0; n < renumber.size(); ++n)
    if (renumber[n] != kNoDocument) renumber[n] = intern_document(source.document_id(n));
  // The new numbers keep the old order, so every set stays sorted.
  auto apply = [&](document_set& s) {
    for (std::uint32_t& n : s.numbers_) n = renumber[n];
  };
  for (auto& [id, s] : vertex_docs_) apply(s);
  for (auto& [key, e] : edges_) apply(e.documents);
}

void relation_graph::add(const document& doc) {
  // The document's number, interned when it first leaves a vertex or an edge.
  std::uint32_t number = kNoDocument;
  auto doc_number = [&] {
    if (number == kNoDocument) number = intern_document(doc.id);
    return number;
  };

  // Vertex id of each entity; "" for locations and nameless pattern entities.
  std::vector<std::string> ids(doc.entities.size());
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const entity& e = doc.entities[i];
    if (e.type == entity_type::location) continue;
    std::string id = vertex_id(e);
    if (id.empty()) continue;
    document_set& docs = vertex_docs_[id];
    upsert_vertex(vertices_, vertex_info{id, e.name, e.type, e.country, 0}, true, !docs.empty());
    docs.insert(doc_number());
    vertices_[id].documents = docs.size();
    ids[i] = std::move(id);
  }

  auto distinct_args = [&](const relation& r) {
    std::set<std::string> out;
    for (std::size_t a : r.args)
      if (a < ids.size() && !ids[a].empty()) out.insert(ids[a]);
    return std::vector<std::string>(out.begin(), out.end());
  };

  for (const relation& r : doc.relations) {
    if (r.type == relation_type::affiliation) {
      if (r.args.size() < 2) continue;
      std::size_t p = r.args[0], o = r.args[1];
      if (p >= ids.size() || o >= ids.size() || ids[p].empty() || ids[o].empty() || ids[p] == ids[o]) continue;
      edge_info& e = edge_for(edges_, edge_relation::affiliation, ids[p], ids[o]);
      ++e.count;
      e.documents.insert(doc_number());
      add_roles(e, r.role);
      continue;
    }
    if (r.type == relation_type::met && r.status != meeting_status::happened) continue;
    edge_relation name = r.type == relation_type::met ? edge_relation::met : edge_relation::country_relation;
    std::vector<std::string> args = distinct_args(r);  // sorted: a < b below
    for (std::size_t i = 0; i < args.size(); ++i) {
      for (std::size_t j = i + 1; j < args.size(); ++j) {
        edge_info& e = edge_for(edges_, name, args[i], args[j]);
        ++e.count;
        if (r.kind != relation_kind::none) ++e.kinds[to_string(r.kind)];
        e.documents.insert(doc_number());
        if (r.type != relation_type::met) continue;
        if (!r.when.empty()) e.dates.insert(r.when.to_string());
        if (r.place && *r.place < doc.entities.size() && !doc.entities[*r.place].name.empty())
          e.places.insert(doc.entities[*r.place].name);
      }
    }
  }

  // represents: person → the country of each of their roles.
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const entity& person = doc.entities[i];
    if (person.type != entity_type::person || ids[i].empty()) continue;
    for (const role& ro : person.roles) {
      if (ro.country.empty()) continue;
      std::string code = ascii_upper(ro.country);
      std::string cid;
      for (std::size_t k = 0; k < doc.entities.size() && cid.empty(); ++k) {
        const entity& c = doc.entities[k];
        if (c.type == entity_type::country && !ids[k].empty() && ascii_upper(c.country) == code) cid = ids[k];
      }
      if (cid.empty()) {
        cid = "country:" + ascii_lower(code);
        auto d = vertex_docs_.find(cid);
        upsert_vertex(vertices_, vertex_info{cid, code, entity_type::country, code, 0}, false,
                      d != vertex_docs_.end() && !d->second.empty());
      }
      edge_info& e = edge_for(edges_, edge_relation::represents, ids[i], cid);
      e.documents.insert(doc_number());
      e.count = e.documents.size();
      add_roles(e, ro.id);
    }
  }
  dirty_ = true;
}

void relation_graph::merge(const relation_graph& other) {
  if (&other == this) {
    const relation_graph copy = other;
    merge(copy);
    return;
  }
  // Other's document numbers in this graph's table.
  std::vector<std::uint32_t> renumber(other.document_count());
  for (std::uint32_t n = 0; n < renumber.size(); ++n) renumber[n] = intern_document(other.document_id(n));
  auto translated = [&](const document_set& s) {
    document_set out;
    out.numbers_.reserve(s.size());
    for (std::uint32_t n : s.numbers_) out.numbers_.push_back(renumber[n]);
    if (!std::is_sorted(out.numbers_.begin(), out.numbers_.end())) std::sort(out.numbers_.begin(), out.numbers_.end());
    return out;
  };
  for (const auto& [id, v] : other.vertices_) {
    auto od = other.vertex_docs_.find(id);
    bool in_real = od != other.vertex_docs_.end() && !od->second.empty();
    auto md = vertex_docs_.find(id);
    bool have_real = md != vertex_docs_.end() && !md->second.empty();
    upsert_vertex(vertices_, v, in_real, have_real);
    if (in_real) {
      document_set& docs = vertex_docs_[id];
      docs.insert(translated(od->second));
      vertices_[id].documents = docs.size();
    }
  }
  for (const auto& [key, e] : other.edges_) {
    document_set docs = translated(e.documents);
    auto [it, inserted] = edges_.try_emplace(key, e);
    if (inserted) it->second.documents = std::move(docs);
    else merge_edge(it->second, e, docs);
  }
  dirty_ = true;
}

std::vector<const edge_info*> relation_graph::ordered_edges() const {
  std::vector<const edge_info*> order;
  order.reserve(edges_.size());
  for (const auto& kv : edges_)
    if (vertices_.count(kv.second.source_id) && vertices_.count(kv.second.target_id)) order.push_back(&kv.second);
  std::sort(order.begin(), order.end(), [](const edge_info* a, const edge_info* b) {
    return std::make_tuple(std::string_view(a->source_id), std::string_view(a->target_id),
                           std::string_view(to_string(a->relation))) <
           std::make_tuple(std::string_view(b->source_id), std::string_view(b->target_id),
                           std::string_view(to_string(b->relation)));
  });
  return order;
}

const graph_type& relation_graph::graph() const {
  if (!dirty_) return graph_;
  graph_type g;
  std::map<std::string_view, vertex_t> index;
  for (const auto& [id, v] : vertices_) index.emplace(id, boost::add_vertex(v, g));
  for (const edge_info* e : ordered_edges())
    boost::add_edge(index.at(e->source_id), index.at(e->target_id), *e, g);
  graph_ = std::move(g);
  dirty_ = false;
  return graph_;
}

std::size_t relation_graph::vertex_count() const { return vertices_.size(); }
std::size_t relation_graph::edge_count() const { return edges_.size(); }

std::vector<std::string> relation_graph::find(const std::string& name_or_id) const {
  std::vector<std::string> out;
  const std::string key = fold(name_or_id);
  for (const auto& [id, v] : vertices_) {
    if (id == name_or_id || (!key.empty() && (fold(v.name) == key || fold(id) == key))) out.push_back(id);
  }
  return out;
}

std::vector<std::string> relation_graph::neighbours(const std::string& id, const graph_filter& f) const {
  std::set<std::string> out;
  auto self = vertices_.find(id);
  if (self == vertices_.end() || !type_ok(f, self->second)) return {};
  for (const auto& [key, e] : edges_) {
    if (e.source_id != id && e.target_id != id) continue;
    const std::string& other = e.source_id == id ? e.target_id : e.source_id;
    auto v = vertices_.find(other);
    if (v != vertices_.end() && type_ok(f, v->second) && edge_ok(f, e)) out.insert(other);
  }
  return std::vector<std::string>(out.begin(), out.end());
}

std::vector<edge_info> relation_graph::meetings_of(const std::string& id, const date& from, const date& to) const {
  std::vector<edge_info> out;
  for (const auto& [key, e] : edges_) {
    if (e.relation == edge_relation::met && (e.source_id == id || e.target_id == id) && dates_ok(e, from, to)) out.push_back(e);
  }
  return out;
}

std::vector<edge_info> relation_graph::strongest_country_pairs(std::size_t n) const {
  std::vector<const edge_info*> pairs;
  for (const auto& [key, e] : edges_)
    if (e.relation == edge_relation::country_relation) pairs.push_back(&e);
  std::sort(pairs.begin(), pairs.end(), [](const edge_info* a, const edge_info* b) {
    if (a->count != b->count) return a->count > b->count;
    return std::tie(a->source_id, a->target_id) < std::tie(b->source_id, b->target_id);
  });
  std::vector<edge_info> out;
  for (std::size_t i = 0; i < pairs.size() && i < n; ++i) out.push_back(*pairs[i]);
  return out;
}

relation_graph relation_graph::ego(const std::string& id, std::size_t depth, const graph_filter& f) const {
  relation_graph out;
  auto centre = vertices_.find(id);
  if (centre == vertices_.end() || !type_ok(f, centre->second)) return out;

  std::map<std::string, std::vector<std::string>> adjacent;
  for (const auto& [key, e] : edges_) {
    if (!edge_ok(f, e)) continue;
    auto s = vertices_.find(e.source_id), t = vertices_.find(e.target_id);
    if (s == vertices_.end() || t == vertices_.end() || !type_ok(f, s->second) || !type_ok(f, t->second)) continue;
    adjacent[e.source_id].push_back(e.target_id);
    adjacent[e.target_id].push_back(e.source_id);
  }

  std::map<std::string, std::size_t> distance{{id, 0}};
  std::deque<std::string> queue{id};
  while (!queue.empty()) {
    std::string v = std::move(queue.front());
    queue.pop_front();
    std::size_t d = distance[v];
    if (d == depth) continue;
    for (const std::string& w : adjacent[v]) {
      if (distance.emplace(w, d + 1).second) queue.push_back(w);
    }
  }

  for (const auto& [v, d] : distance) {
    out.vertices_.emplace(v, vertices_.at(v));
    if (auto docs = vertex_docs_.find(v); docs != vertex_docs_.end()) out.vertex_docs_.emplace(*docs);
  }
  for (const auto& [key, e] : edges_) {
    if (distance.count(e.source_id) && distance.count(e.target_id) && edge_ok(f, e)) out.edges_.emplace(key, e);
  }
  out.take_documents_from(*this);
  return out;
}

// Without edge criteria (relations, kinds, dates) every vertex of a wanted
// type stays; with them, only the vertices some kept edge touches.
relation_graph relation_graph::filtered(const graph_filter& f) const {
  relation_graph out;
  std::set<std::string> touched;
  for (const auto& [key, e] : edges_) {
    if (!edge_ok(f, e)) continue;
    auto s = vertices_.find(e.source_id), t = vertices_.find(e.target_id);
    if (s == vertices_.end() || t == vertices_.end() || !type_ok(f, s->second) || !type_ok(f, t->second)) continue;
    out.edges_.emplace(key, e);
    touched.insert(e.source_id);
    touched.insert(e.target_id);
  }
  const bool only_touched = has_edge_criteria(f);
  for (const auto& [id, v] : vertices_) {
    if (!type_ok(f, v) || (only_touched && touched.count(id) == 0)) continue;
    out.vertices_.emplace(id, v);
    if (auto docs = vertex_docs_.find(id); docs != vertex_docs_.end()) out.vertex_docs_.emplace(*docs);
  }
  out.take_documents_from(*this);
  return out;
}

}  // namespace jumpa
