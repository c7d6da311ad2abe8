// Built against the installed jumpa: extract one meeting, load the installed gazetteer folder.
#include <iostream>

#include <jumpa/jumpa.h>

int main() {
  auto g = jumpa::gazetteer::load(GAZETTEER_DIR);
  if (!g) return std::cerr << g.error().to_string() << "\n", 1;
  auto ex = jumpa::extractor::create(*g);
  if (!ex) return std::cerr << ex.error().to_string() << "\n", 1;
  auto doc = ex->extract("Menlu RI Sugiono bertemu dengan Perdana Menteri Kamboja Hun Manet di Phnom Penh.");
  jumpa::relation_graph graph;
  graph.add(doc);
  std::cout << jumpa::to_jsonl(doc);
  for (const auto& r : doc.relations)
    if (r.type == jumpa::relation_type::met) return graph.edge_count() > 0 ? 0 : 3;
  return 2;
}
