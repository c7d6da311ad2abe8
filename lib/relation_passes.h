// Private to the relation stage: what the rules read (the document's lexical
// facts and entity table, read-only) and write (the relation set), and the
// rules in the files that hold them:
//   clauses.cc            clause boundaries
//   meeting_zones.cc      tokens whose persons never take part (speech, companions, greetings, 'atas nama')
//   participants.cc       who takes part in a meeting trigger
//   meetings.cc           meetings: status, date, place, merging
//   country_relations.cc  relations between countries
//   affiliations.cc       persons' roles in parties
#ifndef JUMPA_LIB_RELATION_PASSES_H_
#define JUMPA_LIB_RELATION_PASSES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "relation_stage.h"
#include "roles.h"

namespace jumpa::detail {

struct clause {
  std::uint32_t first, end;  // tokens
};
// Clauses of tokens [first, end), in one pass: `plain` cut at ';' and at
// ", <clause break>"; `relative` also at ", yang" and ", serta".
void clauses(const lexical& lx, std::uint32_t first, std::uint32_t end, std::vector<clause>& plain,
             std::vector<clause>& relative);

class relation_context {
 public:
  relation_context(const model& model_in, const lexical& lexical_in, const publication& pub_in,
                   const entity_table& table_in, bool explain_in, relation_set& out_in, relation_scratch& scratch_in)
      : m(model_in), lx(lexical_in), pub(pub_in), t(table_in), explain(explain_in), out(out_in), scratch(scratch_in) {}

  const model& m;
  const lexical& lx;
  const publication& pub;
  const entity_table& t;
  const bool explain;
  relation_set& out;
  relation_scratch& scratch;

  std::string_view fold(std::uint32_t tok) const { return lx.fold(tok); }
  const std::vector<token>& tokens() const { return lx.text->tokens; }
  // Entity facts over the table and the additions.
  std::int32_t gaz_of(std::uint32_t e) const;
  const std::string& country_of(std::uint32_t e) const;
  // The document entity of gazetteer entity g (a place or a country), added when the table lacks it.
  std::uint32_t entity_for(std::int32_t g);
  // Records that the capital mention `capital` stands for country entity `country`.
  void metonym(const mention_rec& capital, std::uint32_t country);
};

// Person mentions starting in [a, b), into `out`.
void persons_in(const relation_context& cx, std::uint32_t a, std::uint32_t b, std::vector<std::uint32_t>& out);

// Tokens of clause `c` whose persons never take part: excluded[k - c.first].
void exclusion_zones(const relation_context& cx, const clause& c, std::vector<std::uint8_t>& excluded);
// ", yang ... ," asides: their modality markers do not apply to the clause's trigger.
void aside_zones(const relation_context& cx, const clause& c, std::vector<std::uint8_t>& aside);

struct participants {
  std::vector<std::uint32_t> entities;  // doc entities; [0, subjects) stand before the trigger
  std::size_t subjects = 0;
  bool between = false;                 // from "antara X dan Y"
  std::size_t members = 0;              // the last `members` entities came from a group noun ("para Menlu")
  std::vector<std::string> cues;
};
// Who takes part in the meeting trigger `th` in clause `c`.
void meeting_participants(const relation_context& cx, std::uint32_t sentence_first, const clause& c, std::int32_t th,
                          const std::vector<std::uint8_t>& excluded, participants& out);

// "di <location>" in tokens [a, b): the gazetteer index of its city (a venue climbs to it), or -1.
std::int32_t place_in(const relation_context& cx, std::uint32_t a, std::uint32_t b);
// Meetings of one clause; `current` is the running event date, `current_place` the running
// event place (a gazetteer index, -1 when none).
void meetings(relation_context& cx, std::uint32_t si, const clause& c, const std::vector<date_mention>& dates,
              const date& current, std::int32_t current_place);
void country_pairs(relation_context& cx, std::uint32_t si, const clause& c);
// Meetings between persons of two countries relate the countries.
void meeting_countries(relation_context& cx);
void affiliations(relation_context& cx);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_RELATION_PASSES_H_
