// Private: stage 5 — relations over the entity table of one document. The
// table is read-only here: entities that relations need and the table lacks
// (a venue's city, the state a capital stands for) are returned as additions,
// which the document assembly appends after the table's entities.
#ifndef JUMPA_LIB_RELATION_STAGE_H_
#define JUMPA_LIB_RELATION_STAGE_H_

#include <cstdint>
#include <vector>

#include "dates.h"
#include "entity_table.h"
#include "jumpa/relations.h"
#include "lexical.h"
#include "publication.h"

namespace jumpa::detail {

struct relation_set {
  std::vector<relation> relations;   // args index the table's entities, then `added`
  std::vector<std::int32_t> added;   // gazetteer indexes of mention-less entities relations need
  std::vector<mention_rec> metonyms; // capitals standing for their states (entity: as in args)
  void clear() {
    relations.clear();
    added.clear();
    metonyms.clear();
  }
};

// Per-document buffers reused across documents.
struct relation_scratch {
  std::vector<date_mention> dates;
  std::vector<std::uint8_t> excluded, aside;
  std::vector<std::uint8_t> priorities;  // by relation: the priority of the trigger that made a meeting
};

void extract_relations(const model& m, const lexical& lx, const publication& pub, const entity_table& t,
                       bool explain, relation_set& out, relation_scratch& scratch);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_RELATION_STAGE_H_
