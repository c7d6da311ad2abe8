// examples/quickstart.cc
#include <iostream>
#include "jumpa/jumpa.h"

int main() {
  auto ex = jumpa::extractor::create(jumpa::gazetteer::builtin());
  if (!ex) return std::cerr << ex.error().to_string() << "\n", 1;
  jumpa::document doc = ex->extract(
      "PHNOM PENH, 3 Maret 2025 - Menlu RI Sugiono bertemu dengan Perdana Menteri Kamboja Hun Manet di "
      "Istana Perdamaian pada Senin (3/3).");
  for (const jumpa::relation& r : doc.relations)
    if (r.type == jumpa::relation_type::met)
      std::cout << doc.entities[r.args[0]].name << " met " << doc.entities[r.args[1]].name << " ("
                << to_string(r.kind) << ", " << r.when.to_string() << ")\n";   // Sugiono met Hun Manet (meeting, 2025-03-03)
}
