// Tests for jumpa/graph.h and lib/graph.cc. Documents are built by hand so
// that the graph is tested independently of extraction quality.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "jumpa/graph.h"
#include "support.h"

using jumpa::date;
using jumpa::document;
using jumpa::entity;
using jumpa::entity_type;
using jumpa::graph_filter;
using jumpa::meeting_status;
using jumpa::relation;
using jumpa::relation_graph;
using jumpa::relation_type;

namespace {

using namespace jumpa_test;


// Appends an entity, numbering local ids in order; returns its index.
std::size_t add_entity(document& d, entity e) {
  e.id = "e" + std::to_string(d.entities.size() + 1);
  d.entities.push_back(std::move(e));
  return d.entities.size() - 1;
}



relation affiliation(std::size_t person, std::size_t org, std::string role) {
  relation r;
  r.type = relation_type::affiliation;
  r.args = {person, org};
  r.role = std::move(role);
  return r;
}


// Hun Sen and Wang Yi hold talks in Phnom Penh on 2024-04-21.
document talks_document(const std::string& id) {
  document d;
  d.id = id;
  d.published = date{2024, 4, 22};
  std::size_t hun = add_entity(d, make_entity(entity_type::person, "person:hun-sen", "Hun Sen", "KH"));
  std::size_t wang = add_entity(d, make_entity(entity_type::person, "person:wang-yi", "Wang Yi", "CN"));
  std::size_t pp = add_entity(d, make_entity(entity_type::location, "loc:phnom-penh", "Phnom Penh", "KH"));
  d.relations.push_back(met({hun, wang}, "talks", date{2024, 4, 21}, pp));
  return d;
}

// An edge's source documents as ids.
std::set<std::string> document_ids(const relation_graph& g, const jumpa::edge_info& e) {
  std::set<std::string> out;
  for (std::string_view id : g.document_ids(e.documents)) out.emplace(id);
  return out;
}

const jumpa::edge_info* find_edge(const relation_graph& g, const std::string& key) {
  auto it = g.edges().find(key);
  return it == g.edges().end() ? nullptr : &it->second;
}

// Four persons in a chain A—B—C—D, plus Cambodia represented by A.
relation_graph chain_graph() {
  document d;
  d.id = "chain";
  entity a = make_entity(entity_type::person, "person:a", "Alpha", "KH");
  a.roles.push_back(make_role("prime_minister", "KH"));
  std::size_t ia = add_entity(d, a);
  std::size_t ib = add_entity(d, make_entity(entity_type::person, "person:b", "Bravo", "CN"));
  std::size_t ic = add_entity(d, make_entity(entity_type::person, "person:c", "Charlie", "RU"));
  std::size_t id = add_entity(d, make_entity(entity_type::person, "person:d", "Delta", "VN"));
  add_entity(d, make_entity(entity_type::country, "country:kh", "Cambodia", "KH"));
  d.relations.push_back(met({ia, ib}, "talks", date{2024, 1, 10}));
  d.relations.push_back(met({ib, ic}, "visit", date{2024, 2, 10}));
  d.relations.push_back(met({ic, id}, "phone_call", date{2024, 3, 10}));
  relation_graph g;
  g.add(d);
  return g;
}

}  // namespace

TEST_CASE("graph: the same meeting reported by two documents is one edge", "[graph]") {
  relation_graph g;
  g.add(talks_document("a.txt"));
  g.add(talks_document("b.txt"));

  CHECK(g.vertex_count() == 2);  // the place is an edge attribute, not a vertex
  CHECK(g.vertices().count("loc:phnom-penh") == 0);
  REQUIRE(g.edge_count() == 1);
  const jumpa::edge_info* e = find_edge(g, "met|person:hun-sen|person:wang-yi");
  REQUIRE(e != nullptr);
  CHECK(e->relation == jumpa::edge_relation::met);
  CHECK(e->source_id == "person:hun-sen");
  CHECK(e->target_id == "person:wang-yi");
  CHECK(e->count == 2);
  CHECK(document_ids(g, *e) == std::set<std::string>{"a.txt", "b.txt"});
  CHECK(e->kinds == std::map<std::string, std::size_t>{{"talks", 2}});
  CHECK(e->dates == std::set<std::string>{"2024-04-21"});
  CHECK(e->places == std::set<std::string>{"Phnom Penh"});
  CHECK(g.vertices().at("person:hun-sen").documents == 2);
  CHECK(g.vertices().at("person:wang-yi").type == jumpa::entity_type::person);
  CHECK(g.vertices().at("person:wang-yi").country == "CN");

  const jumpa::graph_type& bg = g.graph();
  CHECK(boost::num_vertices(bg) == 2);
  CHECK(boost::num_edges(bg) == 1);
}

TEST_CASE("graph: meetings that did not happen make no edge", "[graph]") {
  for (meeting_status st : {meeting_status::planned, meeting_status::hoped, meeting_status::negated}) {
    document d = talks_document("x.txt");
    d.relations[0].status = st;
    relation_graph g;
    g.add(d);
    CHECK(g.vertex_count() == 2);
    CHECK(g.edge_count() == 0);
  }
}

TEST_CASE("graph: a meeting of three persons is three edges", "[graph]") {
  document d;
  d.id = "summit";
  std::size_t a = add_entity(d, make_entity(entity_type::person, "person:a", "A"));
  std::size_t b = add_entity(d, make_entity(entity_type::person, "person:b", "B"));
  std::size_t c = add_entity(d, make_entity(entity_type::person, "person:c", "C"));
  d.relations.push_back(met({c, a, b}, "summit", date{2023, 9, 5}));
  relation_graph g;
  g.add(d);
  CHECK(g.edge_count() == 3);
  CHECK(find_edge(g, "met|person:a|person:b"));
  CHECK(find_edge(g, "met|person:a|person:c"));
  CHECK(find_edge(g, "met|person:b|person:c"));
  for (const auto& [key, e] : g.edges()) {
    CHECK(e.count == 1);
    CHECK(e.source_id < e.target_id);
  }
}

TEST_CASE("graph: pattern entities are keyed by type and folded name", "[graph]") {
  document d1;
  d1.id = "1";
  std::size_t b1 = add_entity(d1, make_entity(entity_type::person, "", "ANATOLY BOROVIK", "RU"));
  std::size_t h1 = add_entity(d1, make_entity(entity_type::person, "person:hun-sen", "Hun Sen", "KH"));
  d1.relations.push_back(met({b1, h1}, "courtesy_call"));
  document d2;
  d2.id = "2";
  add_entity(d2, make_entity(entity_type::person, "", "Anatoly Borovik", "RU"));

  for (bool reversed : {false, true}) {
    relation_graph g;
    if (reversed) {
      g.add(d2);
      g.add(d1);
    } else {
      g.add(d1);
      g.add(d2);
    }
    REQUIRE(g.vertices().count("pattern:person:anatoly borovik") == 1);
    const jumpa::vertex_info& v = g.vertices().at("pattern:person:anatoly borovik");
    CHECK(v.documents == 2);
    CHECK(v.name == "Anatoly Borovik");  // mixed case wins whatever the order
    CHECK(v.type == jumpa::entity_type::person);
    CHECK(find_edge(g, "met|pattern:person:anatoly borovik|person:hun-sen"));
  }
}

TEST_CASE("graph: affiliation, represents and country_relation edges", "[graph]") {
  document d;
  d.id = "d1";
  entity hun = make_entity(entity_type::person, "person:hun-sen", "Hun Sen", "KH");
  hun.roles.push_back(make_role("party_president", "KH", "party:cpp"));
  hun.roles.push_back(make_role("senate_president", "KH"));
  hun.roles.push_back(make_role("envoy", ""));  // no country: no represents edge
  std::size_t h = add_entity(d, hun);
  std::size_t p = add_entity(d, make_entity(entity_type::party, "party:cpp", "Cambodian People's Party", "KH"));
  std::size_t kh = add_entity(d, make_entity(entity_type::country, "country:kh", "Cambodia", "KH"));
  std::size_t cn = add_entity(d, make_entity(entity_type::country, "country:cn", "China", "CN"));
  d.relations.push_back(affiliation(h, p, "party_president"));
  d.relations.push_back(country_rel(cn, kh, "cooperation"));
  d.relations.push_back(country_rel(kh, cn, "cooperation"));
  d.relations.push_back(country_rel(kh, cn, "trade"));

  relation_graph g;
  g.add(d);
  const jumpa::edge_info* aff = find_edge(g, "affiliation|person:hun-sen|party:cpp");
  REQUIRE(aff);
  CHECK(aff->source_id == "person:hun-sen");
  CHECK(aff->target_id == "party:cpp");
  CHECK(aff->role == "party_president");
  CHECK(aff->count == 1);

  const jumpa::edge_info* rep = find_edge(g, "represents|person:hun-sen|country:kh");
  REQUIRE(rep);
  CHECK(rep->count == 1);  // documents, not roles
  CHECK(rep->role == "party_president;senate_president");

  const jumpa::edge_info* cr = find_edge(g, "country_relation|country:cn|country:kh");
  REQUIRE(cr);
  CHECK(cr->count == 3);
  CHECK(cr->kinds == std::map<std::string, std::size_t>{{"cooperation", 2}, {"trade", 1}});
  CHECK(g.edge_count() == 3);

  // The same document again: represents counts documents, so it stays at 1.
  g.add(d);
  CHECK(find_edge(g, "represents|person:hun-sen|country:kh")->count == 1);
  CHECK(find_edge(g, "country_relation|country:cn|country:kh")->count == 6);
}

TEST_CASE("graph: represents creates the country a role names when the text does not", "[graph]") {
  document roles_only;
  roles_only.id = "r";
  entity minister = make_entity(entity_type::person, "person:prak-sokhonn", "Prak Sokhonn", "KH");
  minister.roles.push_back(make_role("foreign_minister", "KH"));
  add_entity(roles_only, minister);

  document mentions;
  mentions.id = "m";
  add_entity(mentions, make_entity(entity_type::country, "country:kh", "Cambodia", "KH"));

  relation_graph only;
  only.add(roles_only);
  REQUIRE(only.vertices().count("country:kh") == 1);
  CHECK(only.vertices().at("country:kh").documents == 0);
  CHECK(only.vertices().at("country:kh").type == jumpa::entity_type::country);
  CHECK(boost::num_vertices(only.graph()) == 2);

  for (bool reversed : {false, true}) {
    relation_graph g;
    if (reversed) {
      g.add(mentions);
      g.add(roles_only);
    } else {
      g.add(roles_only);
      g.add(mentions);
    }
    const jumpa::vertex_info& kh = g.vertices().at("country:kh");
    CHECK(kh.name == "Cambodia");
    CHECK(kh.documents == 1);
  }
}

TEST_CASE("graph: merge equals adding every document to one graph", "[graph]") {
  relation_graph a, b, all;
  a.add(talks_document("a.txt"));
  b.add(talks_document("b.txt"));
  all.add(talks_document("a.txt"));
  all.add(talks_document("b.txt"));
  a.merge(b);
  CHECK(a.vertex_count() == all.vertex_count());
  REQUIRE(a.edge_count() == all.edge_count());
  const jumpa::edge_info* e = find_edge(a, "met|person:hun-sen|person:wang-yi");
  REQUIRE(e);
  CHECK(e->count == 2);
  CHECK(document_ids(a, *e) == std::set<std::string>{"a.txt", "b.txt"});
  CHECK(a.vertices().at("person:hun-sen").documents == 2);

  a.merge(a);  // merging with itself doubles counts but not documents
  CHECK(find_edge(a, "met|person:hun-sen|person:wang-yi")->count == 4);
  CHECK(a.vertices().at("person:hun-sen").documents == 2);
}

TEST_CASE("graph: the Boost graph is rebuilt in sorted order", "[graph]") {
  relation_graph g = chain_graph();
  const jumpa::graph_type& bg = g.graph();
  REQUIRE(boost::num_vertices(bg) == g.vertex_count());
  REQUIRE(boost::num_edges(bg) == g.edge_count());
  std::vector<std::string> ids;
  for (auto v : boost::make_iterator_range(boost::vertices(bg))) ids.push_back(bg[v].id);
  CHECK(std::is_sorted(ids.begin(), ids.end()));
  for (auto e : boost::make_iterator_range(boost::edges(bg))) {
    CHECK(bg[boost::source(e, bg)].id == bg[e].source_id);
    CHECK(bg[boost::target(e, bg)].id == bg[e].target_id);
  }
  g.add(talks_document("later"));  // marks the graph as changed
  CHECK(boost::num_vertices(g.graph()) == g.vertex_count());
}

TEST_CASE("graph: find matches names and ids without case or diacritics", "[graph]") {
  document d;
  d.id = "vn";
  add_entity(d, make_entity(entity_type::person, "person:pham-minh-chinh", "Phạm Minh Chính", "VN"));
  add_entity(d, make_entity(entity_type::person, "person:hun-sen", "Hun Sen", "KH"));
  relation_graph g;
  g.add(d);
  CHECK(g.find("pham minh chinh") == std::vector<std::string>{"person:pham-minh-chinh"});
  CHECK(g.find("PHẠM MINH CHÍNH") == std::vector<std::string>{"person:pham-minh-chinh"});
  CHECK(g.find("hun SEN") == std::vector<std::string>{"person:hun-sen"});
  CHECK(g.find("person:hun-sen") == std::vector<std::string>{"person:hun-sen"});
  CHECK(g.find("Person:Hun-Sen") == std::vector<std::string>{"person:hun-sen"});
  CHECK(g.find("Wang Yi").empty());
  CHECK(g.find("").empty());
}

TEST_CASE("graph: neighbours follow the filter", "[graph]") {
  relation_graph g = chain_graph();
  CHECK(g.neighbours("person:b") == std::vector<std::string>{"person:a", "person:c"});
  CHECK(g.neighbours("person:a") == std::vector<std::string>{"country:kh", "person:b"});
  graph_filter met_only;
  met_only.relations = {jumpa::edge_relation::met};
  CHECK(g.neighbours("person:a", met_only) == std::vector<std::string>{"person:b"});
  graph_filter visits;
  visits.kinds = {"visit"};
  CHECK(g.neighbours("person:b", visits) == std::vector<std::string>{"person:c"});
  graph_filter countries;
  countries.entity_types = {jumpa::entity_type::country};
  CHECK(g.neighbours("person:a", countries).empty());  // person:a itself is filtered out
  graph_filter february;
  february.from = date{2024, 2, 1};
  february.to = date{2024, 2, 29};
  CHECK(g.neighbours("person:b", february) == std::vector<std::string>{"person:c"});
  CHECK(g.neighbours("person:a", february) == std::vector<std::string>{"country:kh"});  // non-met edges pass
  CHECK(g.neighbours("nobody").empty());
}

TEST_CASE("graph: meetings_of keeps meetings dated within the range", "[graph]") {
  document d;
  d.id = "m";
  std::size_t hun = add_entity(d, make_entity(entity_type::person, "person:hun-sen", "Hun Sen"));
  std::size_t wang = add_entity(d, make_entity(entity_type::person, "person:wang-yi", "Wang Yi"));
  std::size_t lav = add_entity(d, make_entity(entity_type::person, "person:lavrov", "Sergey Lavrov"));
  std::size_t undated = add_entity(d, make_entity(entity_type::person, "person:undated", "Undated"));
  std::size_t noyear = add_entity(d, make_entity(entity_type::person, "person:noyear", "No Year"));
  std::size_t month = add_entity(d, make_entity(entity_type::person, "person:month", "Month Only"));
  d.relations.push_back(met({hun, wang}, "talks", date{2024, 4, 21}));
  d.relations.push_back(met({hun, lav}, "visit", date{2023, 12, 5}));
  d.relations.push_back(met({hun, undated}, "meeting"));
  d.relations.push_back(met({hun, noyear}, "meeting", date{0, 11, 28}));
  d.relations.push_back(met({hun, month}, "meeting", date{2024, 6, 0}));
  d.relations.push_back(met({wang, lav}, "talks", date{2024, 4, 22}));
  relation_graph g;
  g.add(d);

  auto partners = [&](const date& from, const date& to) {
    std::vector<std::string> out;
    for (const jumpa::edge_info& e : g.meetings_of("person:hun-sen", from, to))
      out.push_back(e.source_id == "person:hun-sen" ? e.target_id : e.source_id);
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(partners({}, {}).size() == 5);
  CHECK(partners(date{2024, 1, 1}, date{2024, 12, 31}) ==
        std::vector<std::string>{"person:month", "person:wang-yi"});
  CHECK(partners(date{2024, 4, 21}, date{2024, 4, 21}) == std::vector<std::string>{"person:wang-yi"});
  CHECK(partners(date{2024, 0, 0}, date{2024, 0, 0}) ==
        std::vector<std::string>{"person:month", "person:wang-yi"});
  CHECK(partners(date{2024, 6, 10}, date{2024, 6, 20}).empty());  // June 2024 is not inside the range
  CHECK(partners({}, date{2023, 12, 31}) == std::vector<std::string>{"person:lavrov"});
  CHECK(partners(date{2024, 5, 1}, {}) == std::vector<std::string>{"person:month"});
  CHECK(partners(date{1900, 1, 1}, date{2100, 1, 1}).size() == 3);  // no undated, no "--11-28"
  CHECK(g.meetings_of("person:nobody").empty());
}

TEST_CASE("graph: strongest_country_pairs ranks country relations by count", "[graph]") {
  document d;
  d.id = "c";
  std::size_t kh = add_entity(d, make_entity(entity_type::country, "country:kh", "Cambodia", "KH"));
  std::size_t cn = add_entity(d, make_entity(entity_type::country, "country:cn", "China", "CN"));
  std::size_t ru = add_entity(d, make_entity(entity_type::country, "country:ru", "Russia", "RU"));
  d.relations.push_back(country_rel(kh, cn, "cooperation"));
  d.relations.push_back(country_rel(cn, kh, "support"));
  d.relations.push_back(country_rel(kh, cn, "trade"));
  d.relations.push_back(country_rel(kh, ru, "condolence"));
  d.relations.push_back(country_rel(ru, cn, "trade"));
  relation_graph g;
  g.add(d);

  auto top = g.strongest_country_pairs(10);
  REQUIRE(top.size() == 3);
  CHECK(top[0].source_id == "country:cn");
  CHECK(top[0].target_id == "country:kh");
  CHECK(top[0].count == 3);
  CHECK(top[1].source_id == "country:cn");  // ties broken by ids
  CHECK(top[1].target_id == "country:ru");
  CHECK(top[2].source_id == "country:kh");
  CHECK(top[2].target_id == "country:ru");
  CHECK(g.strongest_country_pairs(1).size() == 1);
  CHECK(g.strongest_country_pairs(0).empty());
}

TEST_CASE("graph: ego graphs grow with depth", "[graph]") {
  relation_graph g = chain_graph();
  relation_graph zero = g.ego("person:a", 0);
  CHECK(zero.vertex_count() == 1);
  CHECK(zero.edge_count() == 0);

  relation_graph one = g.ego("person:a", 1);
  CHECK(one.vertex_count() == 3);  // a, b, Cambodia
  CHECK(one.edge_count() == 2);
  CHECK(one.vertices().count("person:c") == 0);

  relation_graph two = g.ego("person:a", 2);
  CHECK(two.vertex_count() == 4);
  CHECK(two.vertices().count("person:c") == 1);
  CHECK(two.edge_count() == 3);

  graph_filter persons;
  persons.entity_types = {jumpa::entity_type::person};
  relation_graph two_persons = g.ego("person:a", 2, persons);
  CHECK(two_persons.vertex_count() == 3);
  CHECK(two_persons.edge_count() == 2);

  CHECK(g.ego("person:a", 10).vertex_count() == 5);
  CHECK(g.ego("nobody", 3).vertex_count() == 0);
}

TEST_CASE("graph: filtered keeps what passes the filter", "[graph]") {
  relation_graph g = chain_graph();

  graph_filter persons;
  persons.entity_types = {jumpa::entity_type::person};
  relation_graph p = g.filtered(persons);
  CHECK(p.vertex_count() == 4);
  CHECK(p.edge_count() == 3);
  CHECK(p.vertices().count("country:kh") == 0);

  graph_filter visits;
  visits.kinds = {"visit", "phone_call"};
  relation_graph v = g.filtered(visits);
  CHECK(v.edge_count() == 2);
  CHECK(v.vertex_count() == 3);  // b, c, d: only vertices of kept edges

  graph_filter march;
  march.from = date{2024, 3, 1};
  relation_graph m = g.filtered(march);
  CHECK(m.edge_count() == 2);  // c—d in March, and the undated represents edge
  CHECK(m.edges().count("met|person:c|person:d") == 1);
  CHECK(m.edges().count("represents|person:a|country:kh") == 1);

  graph_filter reps;
  reps.relations = {jumpa::edge_relation::represents};
  relation_graph r = g.filtered(reps);
  CHECK(r.edge_count() == 1);
  CHECK(r.vertex_count() == 2);
  CHECK(boost::num_edges(r.graph()) == 1);

  relation_graph everything = g.filtered({});
  CHECK(everything.vertex_count() == g.vertex_count());
  CHECK(everything.edge_count() == g.edge_count());
}

TEST_CASE("graph: yearless dates never match a bounded filter", "[graph]") {
  document d;
  d.id = "y";
  std::size_t a = add_entity(d, make_entity(entity_type::person, "person:a", "A"));
  std::size_t b = add_entity(d, make_entity(entity_type::person, "person:b", "B"));
  d.relations.push_back(met({a, b}, "talks", date{0, 4, 21}));
  relation_graph g;
  g.add(d);
  graph_filter f;
  f.from = date{2024, 1, 1};
  f.to = date{2024, 12, 31};
  CHECK(g.filtered(f).edge_count() == 0);
  CHECK(g.filtered({}).edge_count() == 1);
}

// Issue 16: the graph grows with entities and edges, not with documents. Each
// document id is stored once, in the graph's table; vertices and edges hold
// 4-byte numbers into it, and every count stays exact.
TEST_CASE("graph: the same meeting from 1000 documents is one edge of interned document numbers", "[graph][memory]") {
  static_assert(std::is_same_v<std::decay_t<decltype(jumpa::document_set{}.numbers())>, std::vector<std::uint32_t>>,
                "an edge stores document numbers, not id strings");
  static_assert(std::is_same_v<decltype(jumpa::edge_info::documents), jumpa::document_set>);

  relation_graph g;
  std::set<std::string> expected;
  for (int i = 0; i < 1000; ++i) {
    std::string id = "news/2024/04/article-" + std::to_string(i) + ".txt";
    expected.insert(id);
    g.add(talks_document(id));
  }
  REQUIRE(g.edge_count() == 1);
  REQUIRE(g.vertex_count() == 2);
  const jumpa::edge_info* e = find_edge(g, "met|person:hun-sen|person:wang-yi");
  REQUIRE(e);
  CHECK(e->count == 1000);
  CHECK(e->documents.size() == 1000);
  // One table entry per document, though each document is referenced three
  // times (two vertices, one edge).
  CHECK(g.document_count() == 1000);
  const std::vector<std::uint32_t>& numbers = e->documents.numbers();
  CHECK(std::is_sorted(numbers.begin(), numbers.end()));
  CHECK(std::adjacent_find(numbers.begin(), numbers.end()) == numbers.end());
  CHECK(numbers.back() < 1000);
  // The edge's documents resolve to the ids, sorted as text.
  std::vector<std::string_view> ids = g.document_ids(e->documents);
  CHECK(std::vector<std::string>(ids.begin(), ids.end()) == std::vector<std::string>(expected.begin(), expected.end()));
  for (const char* v : {"person:hun-sen", "person:wang-yi"}) {
    CHECK(g.vertices().at(v).documents == 1000);
    REQUIRE(g.vertex_documents(v));
    CHECK(g.vertex_documents(v)->size() == 1000);
  }
  // The edge keeps one copy of each distinct value, not one per document.
  CHECK(e->dates == std::set<std::string>{"2024-04-21"});
  CHECK(e->places == std::set<std::string>{"Phnom Penh"});
  CHECK(e->kinds == std::map<std::string, std::size_t>{{"talks", 1000}});

  // The same documents again: meetings count twice, documents once.
  for (const std::string& id : expected) g.add(talks_document(id));
  e = find_edge(g, "met|person:hun-sen|person:wang-yi");
  CHECK(e->count == 2000);
  CHECK(e->documents.size() == 1000);
  CHECK(g.document_count() == 1000);
  CHECK(g.vertices().at("person:hun-sen").documents == 1000);
}

TEST_CASE("graph: document numbers do not depend on the order documents arrive in", "[graph][memory]") {
  auto doc = [](int i) {
    document d = talks_document("d" + std::to_string(i));
    if (i % 3 == 0) {  // a second edge for some documents
      std::size_t kh = add_entity(d, make_entity(entity_type::country, "country:kh", "Cambodia", "KH"));
      std::size_t cn = add_entity(d, make_entity(entity_type::country, "country:cn", "China", "CN"));
      d.relations.push_back(country_rel(kh, cn, "cooperation"));
    }
    return d;
  };
  relation_graph forward, backward, merged, shard_a, shard_b;
  for (int i = 0; i < 300; ++i) forward.add(doc(i));
  for (int i = 299; i >= 0; --i) backward.add(doc(i));
  for (int i = 0; i < 300; ++i) (i % 2 ? shard_a : shard_b).add(doc(299 - i));
  merged.merge(shard_b);
  merged.merge(shard_a);
  auto listing = [](const relation_graph& g) {
    std::vector<std::string> out;
    for (const auto& [key, e] : g.edges()) {
      std::string line = key + " " + std::to_string(e.count);
      for (std::string_view id : g.document_ids(e.documents)) line += " " + std::string(id);
      out.push_back(line);
    }
    for (const auto& [id, v] : g.vertices()) out.push_back(id + " " + std::to_string(v.documents));
    return out;
  };
  CHECK(listing(backward) == listing(forward));
  CHECK(listing(merged) == listing(forward));
  CHECK(merged.document_count() == 300);
  CHECK(find_edge(forward, "country_relation|country:cn|country:kh")->documents.size() == 100);

  // A filtered graph keeps a table of only the documents it refers to.
  graph_filter only_countries;
  only_countries.relations = {jumpa::edge_relation::country_relation};
  relation_graph f = forward.filtered(only_countries);
  CHECK(f.edge_count() == 1);
  CHECK(f.document_count() == 100);
  const jumpa::edge_info* cr = find_edge(f, "country_relation|country:cn|country:kh");
  REQUIRE(cr);
  CHECK(listing(f).front() == listing(forward).front());
  CHECK(f.vertices().at("country:kh").documents == 100);
  relation_graph ego = forward.ego("country:kh", 1, only_countries);
  CHECK(ego.document_count() == 100);
  CHECK(listing(ego) == listing(f));
}
