// jumpa/relations.h — stage 5: who met whom, which countries, which parties.
//
// A `relation` links two or more entities of a document:
//  - `met`: persons who met, typed by `kind` (talks, visit, courtesy_call,
//    reception, phone_call, co_chair, summit, meeting) with a `status`
//    (happened, planned, hoped, negated), a date and a place when the text
//    gives them;
//  - `country_relation`: countries tied by cooperation, agreement, support,
//    opposition, trade, condolence, diplomatic relations, or a meeting of
//    their people;
//  - `affiliation`: a person (args[0]) holding a role in a party or
//    organisation (args[1]).
// Every relation carries its evidence: the sentence span, the trigger text and
// span, and the rule and lexicon entries that fired.
#ifndef JUMPA_RELATIONS_H_
#define JUMPA_RELATIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "jumpa/date.h"

namespace jumpa {

enum class relation_type : std::uint8_t { met, country_relation, affiliation };
const char* to_string(relation_type t) noexcept;

enum class meeting_status : std::uint8_t { happened, planned, hoped, negated };
const char* to_string(meeting_status s) noexcept;

struct evidence {
  std::uint32_t begin = 0, end = 0;                  // the sentence, bytes
  std::string trigger;                               // trigger text as written
  std::uint32_t trigger_begin = 0, trigger_end = 0;  // its bytes
  std::string rule;                                  // the rule that fired
  std::vector<std::string> cues;  // lexicon entries that decided ("modality:akan")
};

struct relation {
  relation_type type = relation_type::met;
  std::vector<std::size_t> args;  // indexes into document::entities
  std::string kind;               // meeting kind / relation kind / "" for affiliations
  meeting_status status = meeting_status::happened;  // met only
  date when;                      // met only; empty when unknown
  std::optional<std::size_t> place;  // met only: a location entity index
  std::string role;               // affiliation: role id ("party_president")
  evidence ev;
};

}  // namespace jumpa

#endif  // JUMPA_RELATIONS_H_
