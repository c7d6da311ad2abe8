// jumpa/document.h — what extraction gives for one text.
//
// A `document` is a value: the entities found (with byte spans into the text
// it was extracted from, which it does not keep), the relations between them,
// and the problems met in the input. It is produced by `extractor::extract`,
// read back from JSON Lines by `read_jsonl_document` (writers.h) and merged
// into graphs by `relation_graph::add` (graph.h).
#ifndef JUMPA_DOCUMENT_H_
#define JUMPA_DOCUMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "jumpa/date.h"
#include "jumpa/entities.h"
#include "jumpa/relations.h"
#include "jumpa/status.h"

namespace jumpa {

struct document {
  std::string id;          // caller's id, usually the path
  std::string lang = "id"; // the lexicon language used (a gazetteer language folder)
  date published;          // from the caller, else from a dateline or date line; may be empty
  std::vector<entity> entities;    // in order of first mention (mention-less places last)
  std::vector<relation> relations;
  std::vector<status> problems;    // input problems; the document is still usable

  // The entity with document-local id `local_id` ("e3"), or nullptr.
  const entity* find(std::string_view local_id) const;
};

}  // namespace jumpa

#endif  // JUMPA_DOCUMENT_H_
