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
// span, and (on request) the rule and lexicon entries that fired. Relations
// are values; their arguments index the entities of the same document.
#ifndef JUMPA_RELATIONS_H_
#define JUMPA_RELATIONS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jumpa/date.h"

namespace jumpa {

enum class relation_type : std::uint8_t { met, country_relation, affiliation };
const char* to_string(relation_type t) noexcept;
std::optional<relation_type> parse_relation_type(std::string_view s) noexcept;

enum class meeting_status : std::uint8_t { happened, planned, hoped, negated };
const char* to_string(meeting_status s) noexcept;
std::optional<meeting_status> parse_meeting_status(std::string_view s) noexcept;

// The kind of a meeting (talks .. meeting) or of a country relation
// (cooperation .. diplomatic, or meeting). `none` for affiliations.
enum class relation_kind : std::uint8_t {
  none,
  // meetings
  talks, visit, courtesy_call, reception, phone_call, co_chair, summit, meeting,
  // country relations (and `meeting`: a meeting of their people)
  cooperation, agreement, support, opposition, trade, condolence, diplomatic,
};
const char* to_string(relation_kind k) noexcept;  // "" for none
std::optional<relation_kind> parse_relation_kind(std::string_view s) noexcept;
bool is_meeting_kind(relation_kind k) noexcept;   // talks .. meeting
bool is_country_kind(relation_kind k) noexcept;   // cooperation .. diplomatic, and meeting

struct evidence {
  std::uint32_t begin = 0, end = 0;                  // the sentence, bytes
  std::string trigger;                               // trigger text as written
  std::uint32_t trigger_begin = 0, trigger_end = 0;  // its bytes
  std::string rule;                                  // the rule that fired (with explain)
  std::vector<std::string> cues;  // lexicon entries that decided ("modality:akan"; with explain)
};

struct relation {
  relation_type type = relation_type::met;
  std::vector<std::size_t> args;  // indexes into document::entities
  relation_kind kind = relation_kind::none;
  meeting_status status = meeting_status::happened;  // met only
  date when;                      // met only; empty when unknown
  std::optional<std::size_t> place;  // met only: a location entity index
  std::string role;               // affiliation: role id ("party_president")
  evidence ev;
};

}  // namespace jumpa

#endif  // JUMPA_RELATIONS_H_
