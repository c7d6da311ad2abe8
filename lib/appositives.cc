// Persons named around titles and honorifics: "<Name>, <title> ...",
// "<honorific> <Name>", titles after a known person ("Hun Sen, yang juga
// Presiden CPP"), and counterparts ("timpalannya dari Laos, <Name>").
#include "entity_passes.h"

namespace jumpa::detail {
namespace {

bool after_honorific(const entity_builder& b, std::uint32_t i) {
  if (i == 0) return false;
  std::int32_t h = b.lx.covering(lex::honorific, i - 1);
  return h >= 0 && b.lx.hit(lex::honorific, h).end == i;
}

// "a delegation led by <Name>", "dipimpin oleh <Name>": the one who leads is a person.
bool after_led_by(const entity_builder& b, std::uint32_t i) {
  return i >= 2 && b.lx.token_is(i - 2, word_class::led_by) && b.lx.word_is(i - 1, word_class::by);
}

// "<honorific> <Name>", "led by <Name>" or "<Name>, <title>" at token i; returns the name's end or 0.
std::uint32_t named_person_at(entity_builder& b, std::uint32_t i) {
  const auto& toks = b.tokens();
  std::uint32_t limit = b.sentence_end(i);
  bool honorific = after_honorific(b, i) || after_led_by(b, i);
  // The token before must end a phrase: sentence start, punctuation, lower-case word.
  if (!honorific && i > 0 && b.lx.sentence_of[i - 1] == b.lx.sentence_of[i]) {
    const token& p = toks[i - 1];
    if (p.kind == token_kind::word && p.has(tf_capitalized)) return 0;
  }
  std::uint32_t e = name_run(b, i, limit);
  if (e == i) return 0;
  std::uint32_t words = b.words_in(i, e);
  if (honorific && words >= 2) {
    b.add_mention(i, e, b.for_name(i, e, ""), mention_kind::name);
    return e;
  }
  if (e + 1 < limit && b.fold(e) == "," && b.lx.at(lex::title, e + 1) >= 0) {
    title_phrase tp;
    if (!parse_title(b, e + 1, limit, tp) || tp.generic_only || (tp.occupation && words < 2) || words < 1) return 0;
    add_titled_person(b, i, e, tp);
    return e;
  }
  return 0;
}

// Where a title after a known person starts ("Hun Sen, yang juga menjabat
// sebagai Presiden CPP", "X selaku Menlu", "X, Menlu Laos,"), or 0.
std::uint32_t appositive_title(const entity_builder& b, const mention_rec& men, std::uint32_t limit, bool& plain) {
  const lexical& lx = b.lx;
  std::uint32_t j = men.end;
  if (j < limit && b.fold(j) == ",") ++j;
  std::uint32_t wend = 0;
  bool relative = j < limit && lx.word_is(j, word_class::relative, &wend);
  bool linked = j < limit && lx.token_is(j, word_class::role_marker);
  plain = !relative && !linked;
  // "Menurut X, Perdana Menteri Kamboja itu ...": X is a speaker, the title starts a new subject.
  if (men.first > 0 && lx.word_is(men.first - 1, word_class::speech)) return 0;
  if (relative) {
    j = wend;
    for (int k = 0; k < 3 && j < limit && lx.token_is(j, word_class::appositive_link); ++k) ++j;
  } else if (linked) {
    ++j;
  } else if (!(j > men.end && j < limit && lx.at(lex::title, j) >= 0)) {
    return 0;
  }
  return j < limit && lx.at(lex::title, j) >= 0 ? j : 0;
}

void titles_after_persons(entity_builder& b) {
  const lexical& lx = b.lx;
  title_phrase tp;  // reused
  for (std::size_t mi = 0; mi < b.t.mentions.size(); ++mi) {
    const mention_rec men = b.t.mentions[mi];
    if (b.t.of(men).type != entity_type::person) continue;
    std::uint32_t limit = b.sentence_end(men.first);
    bool plain = true;
    std::uint32_t j = appositive_title(b, men, limit, plain);
    if (j == 0) continue;
    if (!parse_title(b, j, limit, tp)) continue;
    // "A, Menlu Laos, dan Menlu Vietnam B" is a list, not an appositive.
    std::uint32_t after = tp.end;
    if (after < limit && b.fold(after) == ",") ++after;
    if (after < limit && lx.token_is(after, word_class::and_word)) continue;
    // A plain appositive is closed by a comma or a semicolon (a list item), or ends the sentence.
    if (plain && tp.end < limit && b.fold(tp.end) != "," && b.fold(tp.end) != "." && b.fold(tp.end) != ";") continue;
    const doc_entity& pe = b.t.entities[men.entity];
    bool conflict = false;
    for (const text_role& r : tp.roles)
      if (r.country >= 0 && !pe.country.empty() && b.gent(static_cast<std::uint32_t>(r.country)).country != pe.country)
        conflict = true;
    if (!conflict) attach_roles(b, men.entity, tp);
  }
}

}  // namespace

void appositives_and_honorifics(entity_builder& b) {
  std::uint32_t next = 0;  // after the last name read
  for (std::uint32_t i : b.lx.capitalized) {  // a name starts with a capitalised word
    if (i < next || b.t.mention_at[i] >= 0 || b.boiler(i) || b.headline(i)) continue;
    if (std::uint32_t e = named_person_at(b, i)) next = e;
  }
  titles_after_persons(b);
}

void counterparts(entity_builder& b) {
  const lexical& lx = b.lx;
  if (!(lx.words_present & bit(word_class::counterpart))) return;
  std::uint32_t next = 0;  // after the last name read
  for (const lex_hit& h : lx.all(lex::word)) {  // the word hits, by position: "mitranya", "counterpart"
    const std::uint32_t i = h.first, wend = h.end;
    if (i < next || !(lx.lang->words[h.row].classes & bit(word_class::counterpart)) || b.boiler(i)) continue;
    std::uint32_t limit = b.sentence_end(i);
    std::uint32_t j = wend;
    std::string country;
    if (j < limit && lx.word_is(j, word_class::from)) ++j;
    if (const mention_rec* cm = b.t.starting(j, entity_type::country)) {
      country = b.t.of(*cm).country;
      j = cm->end;
    }
    if (j < limit && b.fold(j) == ",") ++j;
    j = skip_honorifics(b, j, limit);
    if (j >= limit || b.t.mention_at[j] >= 0) continue;
    std::uint32_t e = name_run(b, j, limit);
    if (b.words_in(j, e) < 2) continue;
    b.add_mention(j, e, b.for_name(j, e, country), mention_kind::name);
    next = e;
  }
}

}  // namespace jumpa::detail
