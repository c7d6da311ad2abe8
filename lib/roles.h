// Private: roles of persons by date — shared by the entity stage (title-only
// mentions, output roles) and the relation stage (group anaphors).
#ifndef JUMPA_LIB_ROLES_H_
#define JUMPA_LIB_ROLES_H_

#include <cstdint>
#include <vector>

#include "entity_table.h"
#include "model.h"

namespace jumpa::detail {

// Does office `o` count for a document published on `published`? With a
// complete date: held on that date. Without one: still held, or any office
// when the person holds none any more.
bool office_counts(const model& m, const office& o, const std::vector<std::uint32_t>& all, const date& published);
// Does the person hold `role` (of country entity `country`, -1 = any)?
bool holds(const model& m, const doc_entity& e, std::uint16_t role, std::int32_t country, const date& published);
// Does the person lead a state or government (a role of class head_of_state or
// head_of_government, read in the text or held on the date)?
bool leads(const model& m, const doc_entity& e, const date& published);
// The roles of a person on the document's date, for output, into `out`
// (cleared first; its views are into the model and into e.country).
void resolve_roles(const model& m, const doc_entity& e, const date& published, std::vector<role_ref>& out);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_ROLES_H_
