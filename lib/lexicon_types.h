// Private: the closed vocabularies of the lexicon tables (gazetteers/<lang>/)
// as enums, with the names the files use. The loader checks every value
// against these names (an unknown class fails at load with file:line:column)
// and the compiler turns them into the enums and bit masks the rules compare.
#ifndef JUMPA_LIB_LEXICON_TYPES_H_
#define JUMPA_LIB_LEXICON_TYPES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace jumpa::detail {

// Classes of words.tsv. A form may have several classes (one row each).
enum class word_class : std::uint8_t {
  speech,           // kata, mengatakan: the nearby person speaks, does not take part
  and_word,         // dan, serta: coordination
  with,             // dengan, bersama
  to,               // kepada, untuk
  between,          // antara
  by,               // oleh
  place,            // di, ke, di sela
  from,             // dari
  person_anaphor,   // ia, beliau
  pair_anaphor,     // kedua pemimpin (column `count`: how many)
  country_anaphor,  // kedua negara
  demonstrative,    // itu, tersebut
  counterpart,      // timpalannya
  accompany,        // mendampingi: the person after it is accompanied
  accompanied,      // didampingi: the person after it accompanies
  attend,           // menghadiri, dihadiri
  clause_break,     // namun, sementara
  behalf,           // atas nama, mewakili
  title_filler,     // words inside a title phrase before the name
  relative,         // yang
  not_trigger,      // menerima salam: starts like a trigger, is not one
  name_particle,    // bin, binti, van, de, dos: inside a personal name
  title_joiner,     // sekaligus, merangkap, dan: joins two titles of one person
  field_word,       // urusan, bidang: starts the portfolio of a title
  appositive_link,  // juga, kini, menjabat, sebagai: "X, yang juga menjabat sebagai <title>"
  role_marker,      // selaku: "X selaku <title>"
  name_joiner,      // dan: joins the parts of an organisation's name ("Luar Negeri dan Perdagangan")
  plural_marker,    // para, kedua: the title after it is several persons
  clause_and,       // serta: after a comma, starts a new clause for country relations
  led_by,           // dipimpin: "delegasi yang dipimpin oleh X"
  separately,       // terpisah: "bertemu A dan B secara terpisah"
  arrive,           // tiba: a capital after it is a place
  route_noun,       // jalan, tol, kereta: a capital after it names a route
  date_preposition, // pada, hari: a weekday after it is a date
  day_part,         // pagi, malam: a weekday before it is a date
  patronymic,       // bin, binti: the father's names follow (Malay names)
  arrival,          // kedatangan, setibanya, bandara: a welcome on arrival, not a meeting
  spouse,           // istrinya, suaminya: "A dan istrinya, B" are one side of a meeting
  besides,          // selain: the trigger right after it has the status of the clause's next trigger
  in_event,         // dalam sebuah: "... kepada Y dalam sebuah pertemuan": the clause's persons took part
  possessive,       // 's: "Vietnam's Foreign Minister": the country before it qualifies the title
  leader_noun,      // leader, pemimpin: "the Lao leader" is the latest Lao head of state or government named
  count_
};
constexpr std::size_t kWordClasses = static_cast<std::size_t>(word_class::count_);
using word_mask = std::uint64_t;
static_assert(kWordClasses <= 64, "word_mask holds 64 classes");
constexpr word_mask bit(word_class c) noexcept { return word_mask{1} << static_cast<unsigned>(c); }
// Classes read only of single tokens (lexical::token_is): their forms are not
// function-word hits, so they never stop a name or hide a word from other rules.
constexpr word_mask kTokenClasses =
    bit(word_class::name_particle) | bit(word_class::title_joiner) | bit(word_class::field_word) |
    bit(word_class::appositive_link) | bit(word_class::role_marker) | bit(word_class::name_joiner) |
    bit(word_class::plural_marker) | bit(word_class::clause_and) |
    bit(word_class::led_by) | bit(word_class::separately) | bit(word_class::arrive) | bit(word_class::route_noun) |
    bit(word_class::date_preposition) | bit(word_class::day_part) | bit(word_class::patronymic) |
    bit(word_class::possessive) | bit(word_class::leader_noun);

enum class modality_type : std::uint8_t {
  future, plan, hope, expectation, invitation, greeting, negation, hypothetical, cancel, past, count_
};
// adjacent: only right before the trigger ("sebelum bertemu")
enum class modality_scope : std::uint8_t { before, after, clause, adjacent, count_ };
enum class trigger_frame : std::uint8_t { active, passive, noun, count_ };
enum class trap_position : std::uint8_t { before, after, count_ };
enum class trap_effect : std::uint8_t { not_country, not_entity, count_ };
enum class date_precision : std::uint8_t { day, week, month, count_ };
enum class title_flag : std::uint8_t { speaker, generic, occupation, count_ };
// welcome: a welcome that is no meeting when the sentence tells an arrival;
// separate: each person of a group object meets the subject on their own.
enum class trigger_flag : std::uint8_t { welcome, separate, count_ };
enum class role_class : std::uint8_t {
  head_of_state, head_of_government, minister, diplomat, party, legislature, international, official,
  occupation, royal, military, count_
};

// Names as written in the files, indexed by the enum value.
template <class E>
struct enum_names;
#define JUMPA_ENUM_NAMES(E, ...)                                       \
  template <>                                                          \
  struct enum_names<E> {                                               \
    static constexpr const char* names[] = {__VA_ARGS__};              \
    static constexpr std::size_t size = sizeof(names) / sizeof(*names); \
    static_assert(size == static_cast<std::size_t>(E::count_));        \
  }
JUMPA_ENUM_NAMES(word_class, "speech", "and", "with", "to", "between", "by", "place", "from", "person_anaphor",
                 "pair_anaphor", "country_anaphor", "demonstrative", "counterpart", "accompany", "accompanied",
                 "attend", "clause_break", "behalf", "title_filler", "relative", "not_trigger", "name_particle",
                 "title_joiner", "field_word", "appositive_link", "role_marker", "name_joiner", "plural_marker", "clause_and", "led_by",
                 "separately", "arrive", "route_noun", "date_preposition", "day_part", "patronymic", "arrival", "spouse", "besides", "in_event", "possessive", "leader_noun");
JUMPA_ENUM_NAMES(modality_type, "future", "plan", "hope", "expectation", "invitation", "greeting", "negation",
                 "hypothetical", "cancel", "past");
JUMPA_ENUM_NAMES(modality_scope, "before", "after", "clause", "adjacent");
JUMPA_ENUM_NAMES(trigger_frame, "active", "passive", "noun");
JUMPA_ENUM_NAMES(trap_position, "before", "after");
JUMPA_ENUM_NAMES(trap_effect, "not_country", "not_entity");
JUMPA_ENUM_NAMES(date_precision, "day", "week", "month");
JUMPA_ENUM_NAMES(title_flag, "speaker", "generic", "occupation");
JUMPA_ENUM_NAMES(trigger_flag, "welcome", "separate");
JUMPA_ENUM_NAMES(role_class, "head_of_state", "head_of_government", "minister", "diplomat", "party", "legislature",
                 "international", "official", "occupation", "royal", "military");
#undef JUMPA_ENUM_NAMES

template <class E>
constexpr const char* name_of(E e) noexcept {
  return enum_names<E>::names[static_cast<std::size_t>(e)];
}

template <class E>
std::optional<E> parse_enum(std::string_view s) noexcept {
  for (std::size_t i = 0; i < enum_names<E>::size; ++i)
    if (s == enum_names<E>::names[i]) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_LEXICON_TYPES_H_
