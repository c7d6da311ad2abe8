// Tests for jumpa/writers.h: JSON Lines round trip, DOT, GraphML, summary and
// Graphviz rendering. Documents are built by hand.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <nlohmann/json.hpp>

#include "jumpa/graph.h"
#include "cli.h"  // tools/jumpa-extract: render_graphviz
#include "jumpa/writers.h"
#include "support.h"

namespace fs = std::filesystem;
using jumpa::date;
using jumpa::document;
using jumpa::entity;
using jumpa::entity_type;
using jumpa::errc;
using jumpa::meeting_status;
using jumpa::relation;
using jumpa::relation_graph;
using jumpa::relation_type;

namespace {

using namespace jumpa_test;


std::size_t add_entity(document& d, entity e) {
  e.id = "e" + std::to_string(d.entities.size() + 1);
  d.entities.push_back(std::move(e));
  return d.entities.size() - 1;
}




// Three documents: talks in Phnom Penh reported twice, and a Moscow visit
// with a party affiliation, roles and country relations.
std::vector<document> corpus() {
  std::vector<document> docs;
  for (const char* id : {"antara/1.txt", "antara/2.txt"}) {
    document d;
    d.id = id;
    d.published = date{2024, 4, 22};
    entity hun = make_entity(entity_type::person, "person:hun-sen", "Hun Sen", "KH");
    hun.roles.push_back(make_role("senate_president", "KH"));
    std::size_t h = add_entity(d, hun);
    std::size_t w = add_entity(d, make_entity(entity_type::person, "person:wang-yi", "Wang Yi", "CN"));
    std::size_t pp = add_entity(d, make_entity(entity_type::location, "loc:phnom-penh", "Phnom Penh", "KH"));
    std::size_t kh = add_entity(d, make_entity(entity_type::country, "country:kh", "Cambodia", "KH"));
    std::size_t cn = add_entity(d, make_entity(entity_type::country, "country:cn", "China", "CN"));
    d.relations.push_back(met({h, w}, "talks", date{2024, 4, 21}, pp));
    d.relations.push_back(country_rel(kh, cn, "cooperation"));
    docs.push_back(std::move(d));
  }
  document d;
  d.id = "kompas/3.txt";
  d.published = date{2023, 12, 6};
  entity hun = make_entity(entity_type::person, "person:hun-sen", "Hun Sen", "KH");
  hun.roles.push_back(make_role("party_president", "KH", "party:cpp"));
  std::size_t h = add_entity(d, hun);
  std::size_t b = add_entity(d, make_entity(entity_type::person, "", "ANATOLY BOROVIK", "RU"));
  std::size_t b2 = add_entity(d, make_entity(entity_type::person, "", "Anatoly Borovik", "RU"));
  std::size_t p = add_entity(d, make_entity(entity_type::party, "party:cpp", "Cambodian People's Party", "KH"));
  std::size_t ru = add_entity(d, make_entity(entity_type::country, "country:ru", "Russia", "RU"));
  std::size_t kh = add_entity(d, make_entity(entity_type::country, "country:kh", "Cambodia", "KH"));
  std::size_t un = add_entity(d, make_entity(entity_type::organization, "org:un", "United Nations"));
  std::size_t mos = add_entity(d, make_entity(entity_type::location, "loc:moscow", "Moscow", "RU"));
  d.relations.push_back(met({h, b}, "courtesy_call", date{2023, 12, 5}, mos));
  d.relations.push_back(met({h, b2}, "visit", date{0, 12, 5}));
  d.relations.push_back(met({h, b}, "talks", {}, std::nullopt, meeting_status::planned));
  relation aff;
  aff.type = relation_type::affiliation;
  aff.args = {h, p};
  aff.role = "party_president";
  d.relations.push_back(aff);
  relation un_rel;
  un_rel.type = relation_type::affiliation;
  un_rel.args = {b, un};
  un_rel.role = "envoy";
  d.relations.push_back(un_rel);
  d.relations.push_back(country_rel(ru, kh, "support"));
  d.relations.push_back(country_rel(kh, ru, "trade"));
  docs.push_back(std::move(d));
  return docs;
}

relation_graph corpus_graph() {
  relation_graph g;
  for (const document& d : corpus()) g.add(d);
  return g;
}

std::string dot_of(const relation_graph& g, const jumpa::dot_options& o = {}) {
  std::ostringstream out;
  REQUIRE(jumpa::write_dot(out, g, o).ok());
  return out.str();
}

// Undoes dot_escape on a string read back by boost::read_graphviz (which
// itself only turns \" into ").
std::string dot_unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      out += c == 'n' ? '\n' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

struct dot_vertex {
  std::string id, label, shape;
};
struct dot_edge {
  std::string label, style, dir;
};
using dot_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, dot_vertex, dot_edge>;

dot_graph parse_dot(const std::string& text) {
  dot_graph g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("node_id", boost::get(&dot_vertex::id, g));
  dp.property("label", boost::get(&dot_vertex::label, g));
  dp.property("shape", boost::get(&dot_vertex::shape, g));
  dp.property("label", boost::get(&dot_edge::label, g));
  dp.property("style", boost::get(&dot_edge::style, g));
  dp.property("dir", boost::get(&dot_edge::dir, g));
  std::istringstream in(text);
  REQUIRE(boost::read_graphviz(in, g, dp, "node_id"));
  return g;
}

std::string find_dot_on_path() {
  const char* path = std::getenv("PATH");
  if (!path) return {};
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    fs::path p = fs::path(dir.empty() ? "." : dir) / "dot";
    if (::access(p.c_str(), X_OK) == 0 && fs::is_regular_file(p)) return p.string();
  }
  return {};
}

// A fresh directory under the system temporary directory, removed at scope exit.
struct temp_dir {
  fs::path path;
  temp_dir() {
    std::string tmpl = (fs::temp_directory_path() / "jumpa-writers-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~temp_dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
  REQUIRE(out.good());
}

const std::string kHostile = "Evil \"Quote\" \\ back\\slash\nnew line\r {brace} [x] <b>bold</b> </script> \\";

// A graph whose ids, names, places and document ids are all hostile.
relation_graph hostile_graph() {
  document d;
  d.id = "doc \"1\" </script>\n{}";
  std::size_t a = add_entity(d, make_entity(entity_type::person, "person:" + kHostile, kHostile, "KH"));
  std::size_t b = add_entity(d, make_entity(entity_type::person, "", "}\"; node [x=1] {\\", "KH"));
  std::size_t c = add_entity(d, make_entity(entity_type::party, "party:<x>", "<<table>>", "KH"));
  std::size_t pl = add_entity(d, make_entity(entity_type::location, "loc:x", "Place \"<&>\"", "KH"));
  std::size_t bad = add_entity(d, make_entity(entity_type::organization, "org:bad", "bad \xff\xfe utf8 \x01 ctl"));
  d.relations.push_back(met({a, b}, "talks\"\\", date{2024, 4, 21}, pl));
  relation aff;
  aff.type = relation_type::affiliation;
  aff.args = {a, c};
  aff.role = "role \"x\"\n</script>";
  d.relations.push_back(aff);
  relation aff2 = aff;
  aff2.args = {b, bad};
  d.relations.push_back(aff2);
  relation_graph g;
  g.add(d);
  return g;
}

}  // namespace

// --- JSON Lines ---------------------------------------------------------------

TEST_CASE("writers: to_jsonl and read_jsonl_document round trip", "[writers][jsonl]") {
  document d;
  d.id = "antara/2024/04/22.txt";
  d.published = date{2024, 4, 22};
  entity hun = make_entity(entity_type::person, "person:hun-sen", "Hun Sen", "KH");
  hun.aliases = {"Samdech Techo"};
  jumpa::role r = make_role("party_president", "KH", "party:cpp");
  r.from_text = true;
  hun.roles.push_back(r);
  jumpa::mention m;
  m.begin = 10;
  m.end = 17;
  m.text = "Hun Sen";
  hun.mentions.push_back(m);
  std::size_t h = add_entity(d, hun);
  std::size_t w = add_entity(d, make_entity(entity_type::person, "", "Wang \"Yi\"", "CN"));
  entity pp = make_entity(entity_type::location, "loc:phnom-penh", "Phnom Penh", "KH");
  pp.kind = "city";
  pp.parent = "country:kh";
  std::size_t place = add_entity(d, pp);
  std::size_t kh = add_entity(d, make_entity(entity_type::country, "country:kh", "Cambodia", "KH"));
  std::size_t cn = add_entity(d, make_entity(entity_type::country, "country:cn", "China", "CN"));
  std::size_t cpp = add_entity(d, make_entity(entity_type::party, "party:cpp", "CPP", "KH"));
  relation talks = met({h, w}, "talks", date{2024, 4, 21}, place);
  talks.ev.trigger = "bertemu";
  talks.ev.begin = 0;
  talks.ev.end = 40;
  d.relations.push_back(talks);
  d.relations.push_back(met({w, h}, "visit", date{0, 11, 28}, std::nullopt, meeting_status::planned));
  d.relations.push_back(country_rel(kh, cn, "cooperation"));
  relation aff;
  aff.type = relation_type::affiliation;
  aff.args = {h, cpp};
  aff.role = "party_president";
  d.relations.push_back(aff);

  const std::string line = jumpa::to_jsonl(d);
  REQUIRE(!line.empty());
  CHECK(line.back() == '\n');
  CHECK(line.find('\n') == line.size() - 1);
  std::ostringstream out;
  REQUIRE(jumpa::write_jsonl(out, d).ok());
  CHECK(out.str() == line);

  auto back = jumpa::read_jsonl_document(line, 3);
  REQUIRE(back.ok());
  const document& b = *back;
  CHECK(b.id == d.id);
  CHECK(b.lang == d.lang);
  CHECK(b.published == d.published);
  REQUIRE(b.entities.size() == d.entities.size());
  for (std::size_t i = 0; i < d.entities.size(); ++i) {
    const entity& x = d.entities[i];
    const entity& y = b.entities[i];
    CHECK(y.id == x.id);
    CHECK(y.ref == x.ref);
    CHECK(y.type == x.type);
    CHECK(y.name == x.name);
    CHECK(y.country == x.country);
    CHECK(y.kind == x.kind);
    CHECK(y.parent == x.parent);
    CHECK(y.source == x.source);
    CHECK(y.aliases == x.aliases);
    REQUIRE(y.roles.size() == x.roles.size());
    for (std::size_t k = 0; k < x.roles.size(); ++k) {
      CHECK(y.roles[k].id == x.roles[k].id);
      CHECK(y.roles[k].country == x.roles[k].country);
      CHECK(y.roles[k].org == x.roles[k].org);
      CHECK(y.roles[k].from_text == x.roles[k].from_text);
    }
    REQUIRE(y.mentions.size() == x.mentions.size());
    for (std::size_t k = 0; k < x.mentions.size(); ++k) {
      CHECK(y.mentions[k].begin == x.mentions[k].begin);
      CHECK(y.mentions[k].end == x.mentions[k].end);
      CHECK(y.mentions[k].text == x.mentions[k].text);
    }
  }
  REQUIRE(b.relations.size() == d.relations.size());
  for (std::size_t i = 0; i < d.relations.size(); ++i) {
    const relation& x = d.relations[i];
    const relation& y = b.relations[i];
    CHECK(y.type == x.type);
    CHECK(y.args == x.args);
    CHECK(y.kind == x.kind);
    CHECK(y.role == x.role);
    if (x.type == relation_type::met) {
      CHECK(y.status == x.status);
      CHECK(y.when == x.when);
      CHECK(y.place == x.place);
      CHECK(y.ev.trigger == x.ev.trigger);
    }
  }
  CHECK(b.relations[0].ev.begin == 0);
  CHECK(b.relations[0].ev.end == 40);

}

TEST_CASE("writers: read_jsonl_document reports malformed lines with their number", "[writers][jsonl]") {
  const std::vector<std::string> bad = {
      "",
      "not json",
      "{\"doc\": \"x\",",
      "[1, 2, 3]",
      "{\"doc\":\"x\",\"published\":\"2023-02-30\"}",
      "{\"entities\":[{\"id\":\"e1\",\"type\":\"alien\",\"name\":\"X\"}]}",
      "{\"entities\":[],\"relations\":[{\"type\":\"met\",\"args\":[\"e9\"]}]}",
      "{\"entities\":[],\"relations\":[{\"type\":\"hugged\",\"args\":[]}]}",
      "{\"entities\":[{\"id\":\"e1\",\"type\":\"person\",\"name\":\"A\"}],"
      "\"relations\":[{\"type\":\"met\",\"args\":[\"e1\"],\"status\":\"maybe\"}]}",
      "{\"entities\":[{\"id\":\"e1\",\"type\":\"person\",\"name\":\"A\"}],"
      "\"relations\":[{\"type\":\"met\",\"args\":[\"e1\"],\"date\":\"yesterday\"}]}",
      "{\"entities\":[{\"id\":7,\"type\":\"person\",\"name\":\"A\"}]}",
  };
  std::size_t line_number = 41;
  for (const std::string& line : bad) {
    ++line_number;
    INFO(line);
    auto r = jumpa::read_jsonl_document(line, line_number);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == errc::parse_error);
    CHECK(r.error().where().line == line_number);
    CHECK_FALSE(r.error().message().empty());
  }
}

// --- DOT ----------------------------------------------------------------------

TEST_CASE("writers: dot_escape makes any text a valid quoted DOT string", "[writers][dot]") {
  CHECK(jumpa::dot_escape("plain") == "plain");
  CHECK(jumpa::dot_escape("a\"b") == "a\\\"b");
  CHECK(jumpa::dot_escape("a\\b") == "a\\\\b");
  CHECK(jumpa::dot_escape("line\nnext") == "line\\nnext");
  CHECK(jumpa::dot_escape("cr\r\nlf") == "cr\\nlf");
  CHECK(jumpa::dot_escape("{x} <y> [z]") == "{x} <y> [z]");
  CHECK(jumpa::dot_escape("ends\\") == "ends\\\\");
  CHECK(jumpa::dot_escape("Phạm ×") == "Phạm ×");
  CHECK(jumpa::dot_escape("bad\xff") == "bad\xEF\xBF\xBD");
  CHECK(jumpa::dot_escape(std::string("nul\0x", 5)) == "nul x");
}

TEST_CASE("writers: write_dot styles vertices and edges", "[writers][dot]") {
  relation_graph g = corpus_graph();
  const std::string dot = dot_of(g);
  CHECK(dot.rfind("graph \"jumpa\" {\n", 0) == 0);
  CHECK(dot.find("digraph") == std::string::npos);
  CHECK(dot.find("\"person:hun-sen\" [label=\"Hun Sen\", shape=ellipse, style=filled, fillcolor=lightblue]") !=
        std::string::npos);
  CHECK(dot.find("\"country:kh\" [label=\"Cambodia\", shape=box, style=filled, fillcolor=lightgoldenrod]") !=
        std::string::npos);
  CHECK(dot.find("shape=hexagon, style=filled, fillcolor=pink") != std::string::npos);
  CHECK(dot.find("shape=component, style=filled, fillcolor=lightgrey") != std::string::npos);
  CHECK(dot.find("\"person:hun-sen\" -- \"person:wang-yi\" [label=\"met \xC3\x97" "2\\n2024-04-21\", style=bold]") !=
        std::string::npos);
  CHECK(dot.find("\"person:hun-sen\" -- \"party:cpp\" [label=\"affiliation \xC3\x97" "1\\nparty_president\", "
                 "style=dotted, dir=forward]") != std::string::npos);
  CHECK(dot.find("style=dotted, color=grey, dir=forward") != std::string::npos);
  CHECK(dot.find("style=dashed") != std::string::npos);
  CHECK(dot.find("loc:") == std::string::npos);
  CHECK(dot.find("planned") == std::string::npos);

  jumpa::dot_options named;
  named.graph_name = "who \"met\" whom";
  CHECK(dot_of(g, named).rfind("graph \"who \\\"met\\\" whom\" {\n", 0) == 0);
}

TEST_CASE("writers: write_dot output does not depend on the order documents are added", "[writers][dot]") {
  std::vector<document> docs = corpus();
  relation_graph forward, backward, shards;
  for (const document& d : docs) forward.add(d);
  for (auto it = docs.rbegin(); it != docs.rend(); ++it) backward.add(*it);
  relation_graph shard_a, shard_b;
  shard_a.add(docs[2]);
  shard_b.add(docs[1]);
  shard_b.add(docs[0]);
  shards.merge(shard_a);
  shards.merge(shard_b);

  const std::string a = dot_of(forward);
  CHECK(a == dot_of(backward));
  CHECK(a == dot_of(shards));
  jumpa::dot_options clusters;
  clusters.cluster_by_country = true;
  CHECK(dot_of(forward, clusters) == dot_of(backward, clusters));

  std::ostringstream ga, gb;
  REQUIRE(jumpa::write_graphml(ga, forward).ok());
  REQUIRE(jumpa::write_graphml(gb, backward).ok());
  CHECK(ga.str() == gb.str());
}

TEST_CASE("writers: DOT parses back with boost::read_graphviz", "[writers][dot]") {
  relation_graph g = corpus_graph();
  for (bool clustered : {false, true}) {
    jumpa::dot_options o;
    o.cluster_by_country = clustered;
    const std::string text = dot_of(g, o);
    CHECK((text.find("subgraph \"cluster_KH\"") != std::string::npos) == clustered);
    dot_graph back = parse_dot(text);
    CHECK(boost::num_vertices(back) == g.vertex_count());
    CHECK(boost::num_edges(back) == g.edge_count());
    std::set<std::string> ids;
    for (auto v : boost::make_iterator_range(boost::vertices(back))) ids.insert(back[v].id);
    std::set<std::string> expected;
    for (const auto& [id, v] : g.vertices()) expected.insert(id);
    CHECK(ids == expected);
  }
  jumpa::dot_options o;
  o.cluster_by_country = true;
  const std::string text = dot_of(g, o);
  CHECK(text.find("label=\"Cambodia\";") != std::string::npos);  // the cluster is named after its country
}

TEST_CASE("writers: hostile names are escaped in DOT", "[writers][dot]") {
  relation_graph g = hostile_graph();
  for (bool clustered : {false, true}) {
    jumpa::dot_options o;
    o.cluster_by_country = clustered;
    o.graph_name = kHostile;
    const std::string text = dot_of(g, o);
    dot_graph back = parse_dot(text);
    REQUIRE(boost::num_vertices(back) == g.vertex_count());
    REQUIRE(boost::num_edges(back) == g.edge_count());

    std::map<std::string, std::string> labels;  // id → label, both unescaped
    for (auto v : boost::make_iterator_range(boost::vertices(back)))
      labels[dot_unescape(back[v].id)] = dot_unescape(back[v].label);
    std::string clean = kHostile;
    clean.erase(std::remove(clean.begin(), clean.end(), '\r'), clean.end());
    REQUIRE(labels.count("person:" + clean) == 1);
    CHECK(labels["person:" + clean] == clean);
    CHECK(labels["party:<x>"] == "<<table>>");
    CHECK(labels["org:bad"] == "bad \xEF\xBF\xBD\xEF\xBF\xBD utf8   ctl");
    for (auto e : boost::make_iterator_range(boost::edges(back))) CHECK(!back[e].label.empty());
  }
}

TEST_CASE("writers: hostile DOT is accepted by Graphviz", "[writers][dot][graphviz]") {
  if (find_dot_on_path().empty()) {
    WARN("Graphviz 'dot' is not on PATH; skipped");
    return;
  }
  temp_dir tmp;
  jumpa::dot_options o;
  o.cluster_by_country = true;
  o.graph_name = kHostile;
  write_file(tmp.path / "hostile.dot", dot_of(hostile_graph(), o));
  jumpa::status st = cli::render_graphviz(tmp.path / "hostile.dot", tmp.path / "hostile.svg", "svg");
  REQUIRE(st.ok());
  const std::string svg = read_file(tmp.path / "hostile.svg");
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(svg.find("</script>") == std::string::npos);
  CHECK(svg.find("&lt;/script&gt;") != std::string::npos);
}

// --- GraphML ----------------------------------------------------------------

namespace {

struct gml_vertex {
  std::string id, name, type, country;
  long documents = 0;
};
struct gml_edge {
  std::string relation, kinds, dates, places, documents, role;
  long count = 0;
};
using gml_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, gml_vertex, gml_edge>;

gml_graph parse_graphml(const std::string& text) {
  gml_graph g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("id", boost::get(&gml_vertex::id, g));
  dp.property("name", boost::get(&gml_vertex::name, g));
  dp.property("type", boost::get(&gml_vertex::type, g));
  dp.property("country", boost::get(&gml_vertex::country, g));
  dp.property("documents", boost::get(&gml_vertex::documents, g));
  dp.property("relation", boost::get(&gml_edge::relation, g));
  dp.property("count", boost::get(&gml_edge::count, g));
  dp.property("kinds", boost::get(&gml_edge::kinds, g));
  dp.property("dates", boost::get(&gml_edge::dates, g));
  dp.property("places", boost::get(&gml_edge::places, g));
  dp.property("documents", boost::get(&gml_edge::documents, g));
  dp.property("role", boost::get(&gml_edge::role, g));
  std::istringstream in(text);
  boost::read_graphml(in, g, dp);
  return g;
}

}  // namespace

TEST_CASE("writers: large graphs get a force-directed DOT layout hint", "[writers][dot]") {
  relation_graph g = corpus_graph();
  CHECK(dot_of(g).find("layout=sfdp") == std::string::npos);  // small: Graphviz's default layout
  jumpa::dot_options o;
  o.large_graph = g.vertex_count() - 1;
  const std::string text = dot_of(g, o);
  CHECK(text.find("graph [layout=sfdp, overlap=prism") != std::string::npos);
  CHECK(boost::num_vertices(parse_dot(text)) == g.vertex_count());
}

TEST_CASE("writers: GraphML has Gephi's label and weight keys", "[writers][graphml]") {
  relation_graph g = corpus_graph();
  std::ostringstream out;
  REQUIRE(jumpa::write_graphml(out, g).ok());
  const std::string text = out.str();
  CHECK(text.find("for=\"node\" attr.name=\"label\" attr.type=\"string\"") != std::string::npos);
  CHECK(text.find("for=\"edge\" attr.name=\"label\" attr.type=\"string\"") != std::string::npos);
  CHECK(text.find("for=\"edge\" attr.name=\"weight\" attr.type=\"double\"") != std::string::npos);
}

TEST_CASE("writers: GraphML parses back with boost::read_graphml", "[writers][graphml]") {
  relation_graph g = corpus_graph();
  std::ostringstream out;
  REQUIRE(jumpa::write_graphml(out, g).ok());
  const std::string text = out.str();
  CHECK(text.rfind("<?xml", 0) == 0);
  gml_graph back = parse_graphml(text);
  REQUIRE(boost::num_vertices(back) == g.vertex_count());
  REQUIRE(boost::num_edges(back) == g.edge_count());

  std::map<std::string, gml_vertex> vertices;
  for (auto v : boost::make_iterator_range(boost::vertices(back))) vertices[back[v].id] = back[v];
  REQUIRE(vertices.count("person:hun-sen") == 1);
  CHECK(vertices["person:hun-sen"].name == "Hun Sen");
  CHECK(vertices["person:hun-sen"].type == "person");
  CHECK(vertices["person:hun-sen"].country == "KH");
  CHECK(vertices["person:hun-sen"].documents == 3);

  bool found = false;
  for (auto e : boost::make_iterator_range(boost::edges(back))) {
    const gml_edge& x = back[e];
    if (x.relation != "met" || back[boost::target(e, back)].id != "person:wang-yi") continue;
    found = true;
    CHECK(back[boost::source(e, back)].id == "person:hun-sen");
    CHECK(x.count == 2);
    CHECK(x.kinds == "talks:2");
    CHECK(x.dates == "2024-04-21");
    CHECK(x.places == "Phnom Penh");
    CHECK(x.documents == "antara/1.txt;antara/2.txt");
  }
  CHECK(found);
  for (auto e : boost::make_iterator_range(boost::edges(back))) {
    if (back[e].relation == "affiliation" && back[boost::target(e, back)].id == "party:cpp") {
      CHECK(back[boost::source(e, back)].id == "person:hun-sen");  // direction kept
      CHECK(back[e].role == "party_president");
    }
  }
}

TEST_CASE("writers: GraphML keeps hostile names", "[writers][graphml]") {
  relation_graph g = hostile_graph();
  std::ostringstream out;
  REQUIRE(jumpa::write_graphml(out, g).ok());
  CHECK(out.str().find("</script>") == std::string::npos);
  gml_graph back = parse_graphml(out.str());
  REQUIRE(boost::num_vertices(back) == g.vertex_count());
  REQUIRE(boost::num_edges(back) == g.edge_count());
  // read_graphml trims and collapses whitespace (property_tree's
  // trim_whitespace), so compare whitespace-normalised text.
  auto squeeze = [](const std::string& s) {
    std::string out;
    for (char c : s) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (space && (out.empty() || out.back() == ' ')) continue;
      out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  std::map<std::string, std::string> names;
  for (auto v : boost::make_iterator_range(boost::vertices(back))) names[back[v].id] = back[v].name;
  REQUIRE(names.count(squeeze("person:" + kHostile)) == 1);
  CHECK(names[squeeze("person:" + kHostile)] == squeeze(kHostile));
  CHECK(names["party:<x>"] == "<<table>>");
  CHECK(names["org:bad"] == "bad \xEF\xBF\xBD\xEF\xBF\xBD utf8 ctl");
  // The written text itself keeps the newline.
  CHECK(out.str().find("back\\slash\nnew line {brace}") != std::string::npos);
}

// --- summary ----------------------------------------------------------------

TEST_CASE("writers: write_summary is one JSON object", "[writers][summary]") {
  relation_graph g = corpus_graph();
  std::ostringstream out;
  REQUIRE(jumpa::write_summary(out, g).ok());
  nlohmann::json j = nlohmann::json::parse(out.str());
  REQUIRE(j.is_object());
  CHECK(j["vertices"] == g.vertex_count());
  CHECK(j["edges"] == g.edge_count());
  CHECK(j["vertices_by_type"]["person"] == 3);
  CHECK(j["vertices_by_type"]["country"] == 3);
  CHECK(j["vertices_by_type"]["party"] == 1);
  CHECK(j["vertices_by_type"]["organization"] == 1);
  CHECK(j["edges_by_relation"]["met"] == 2);
  CHECK(j["edges_by_relation"]["country_relation"] == 2);
  REQUIRE(j["top_persons"].is_array());
  REQUIRE(j["top_persons"].size() == 3);
  CHECK(j["top_persons"][0]["id"] == "person:hun-sen");
  CHECK(j["top_persons"][0]["partners"] == 2);
  CHECK(j["top_persons"][0]["meetings"] == 4);
  REQUIRE(j["top_country_pairs"].size() == 2);
  CHECK(j["top_country_pairs"][0]["count"] == 2);
  CHECK(j["dates"]["min"] == "2023-12-05");
  CHECK(j["dates"]["max"] == "2024-04-21");

  std::ostringstream empty;
  REQUIRE(jumpa::write_summary(empty, relation_graph()).ok());
  nlohmann::json e = nlohmann::json::parse(empty.str());
  CHECK(e["vertices"] == 0);
  CHECK(e["dates"].is_null());
  CHECK(e["top_persons"].empty());

  std::ostringstream hostile;
  REQUIRE(jumpa::write_summary(hostile, hostile_graph()).ok());
  CHECK_NOTHROW(nlohmann::json::parse(hostile.str()));
}

// --- Graphviz -----------------------------------------------------------------

TEST_CASE("writers: render_graphviz rejects formats other than svg and png", "[writers][graphviz]") {
  temp_dir tmp;
  write_file(tmp.path / "g.dot", "graph g { a -- b }\n");
  for (const char* format : {"pdf", "", "svg -o /tmp/x", "SVG"}) {
    jumpa::status st = cli::render_graphviz(tmp.path / "g.dot", tmp.path / "g.out", format);
    CHECK(st.code() == errc::invalid_argument);
  }
}

TEST_CASE("writers: render_graphviz reports a missing dot", "[writers][graphviz]") {
  temp_dir tmp;
  write_file(tmp.path / "g.dot", "graph g { a -- b }\n");
  const char* old = std::getenv("PATH");
  const std::string saved = old ? old : "";
  ::setenv("PATH", (tmp.path / "empty-bin").c_str(), 1);
  jumpa::status st = cli::render_graphviz(tmp.path / "g.dot", tmp.path / "g.svg", "svg");
  if (old) ::setenv("PATH", saved.c_str(), 1);
  else ::unsetenv("PATH");
  CHECK(st.code() == errc::not_found);
  CHECK(st.message() == "Graphviz 'dot' not found on PATH; install the graphviz package");
}

TEST_CASE("writers: render_graphviz makes SVG and PNG when dot is installed", "[writers][graphviz]") {
  if (find_dot_on_path().empty()) {
    WARN("Graphviz 'dot' is not on PATH; skipped");
    return;
  }
  temp_dir tmp;
  // A path with a space and a quote must survive.
  fs::path dir = tmp.path / "out dir 'q'";
  fs::create_directories(dir);
  write_file(dir / "g raph.dot", dot_of(corpus_graph()));

  REQUIRE(cli::render_graphviz(dir / "g raph.dot", dir / "g raph.svg", "svg").ok());
  const std::string svg = read_file(dir / "g raph.svg");
  CHECK((svg.rfind("<?xml", 0) == 0 || svg.rfind("<svg", 0) == 0));
  CHECK(svg.find("Hun Sen") != std::string::npos);

  REQUIRE(cli::render_graphviz(dir / "g raph.dot", dir / "g raph.png", "png").ok());
  CHECK(read_file(dir / "g raph.png").rfind("\x89PNG", 0) == 0);

  write_file(dir / "broken.dot", "graph { a -- \n");
  jumpa::status broken = cli::render_graphviz(dir / "broken.dot", dir / "broken.svg", "svg");
  CHECK(broken.code() == errc::io_error);
  CHECK(broken.message().find("dot exited") != std::string::npos);

  CHECK(cli::render_graphviz(dir / "missing.dot", dir / "m.svg", "svg").code() == errc::not_found);
}

TEST_CASE("writers: read_jsonl_document rejects numbers out of range without crashing") {
  // found by fuzz_jsonl: nlohmann throws out_of_range, not parse_error, for 44e34444444
  for (const char* line : {"{\"doc\":\"x\",\"n\":44e34444444}", "{\"doc\":\"x\",\"entities\":[{\"id\":\"e1\","
                                                                 "\"type\":\"person\",\"mentions\":[{\"start\":-1}]}]}",
                           "{\"doc\":\"x\",\"entities\":[{\"id\":\"e1\",\"type\":\"person\",\"mentions\":[{\"start\":1e300}]}]}"}) {
    INFO(line);
    auto r = jumpa::read_jsonl_document(line, 7);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == jumpa::errc::parse_error);
    CHECK(r.error().where().line == 7);
  }
}
