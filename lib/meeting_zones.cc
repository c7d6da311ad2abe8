// Zones of a clause whose persons never take part in its meeting: after
// greetings and invitations, companions ("didampingi Y"), persons represented
// ("atas nama X"), speakers ("kata X", "X mengatakan"); and ", yang ... ,"
// asides whose markers do not apply to the clause's trigger.
#include "relation_passes.h"

namespace jumpa::detail {
namespace {

void mark(const clause& c, std::vector<std::uint8_t>& zone, std::uint32_t first, std::uint32_t end) {
  for (std::uint32_t q = first; q < end && q < c.end; ++q) zone[q - c.first] = 1;
}

// "... to the King, according to": a person right after "to"/"with" (and an
// article) is an object, not a speaker.
bool object_of_preposition(const relation_context& cx, const clause& c, const mention_rec& r) {
  const word_mask prepositions = bit(word_class::to) | bit(word_class::with);
  for (std::uint32_t k = r.first; k > c.first && k + 2 > r.first;) {
    --k;
    if (cx.lx.word_at(k) & prepositions) return true;
  }
  return false;
}

// Marks the nearest person mention starting within `window` tokens before `tok`.
void exclude_person_before(const relation_context& cx, std::uint32_t tok, std::uint32_t window, const clause& c,
                           std::vector<std::uint8_t>& excluded) {
  for (std::uint32_t k = tok; k > c.first && k + window > tok;) {
    --k;
    if (const mention_rec* r = cx.t.person(k)) {
      if (!object_of_preposition(cx, c, *r)) mark(c, excluded, r->first, r->end);
      return;
    }
  }
}

bool trigger_within(const relation_context& cx, std::uint32_t from, std::uint32_t end) {
  for (std::uint32_t k = from; k < end; ++k)
    if (cx.lx.at(lex::trigger, k) >= 0) return true;
  return false;
}

bool person_within(const relation_context& cx, std::uint32_t from, std::uint32_t end) {
  for (std::uint32_t k = from; k < end; ++k)
    if (cx.t.person(k)) return true;
  return false;
}

// "said X met Y": a trigger after the person, before any comma, makes the
// person the subject of the reported clause, not the speaker.
bool reported_subject(const relation_context& cx, const clause& c, std::uint32_t after) {
  for (std::uint32_t j = after; j < c.end && j < after + 4; ++j) {
    if (cx.lx.at(lex::trigger, j) >= 0) return true;
    if (cx.fold(j) == "," || cx.fold(j) == "\"") return false;
  }
  return false;
}

// "kata Wang", "menurut Abad": the person after a speech word is the speaker;
// "X, juru bicara ..., mengatakan": so is the subject right before it.
void speaker_zone(const relation_context& cx, const clause& c, std::uint32_t i, std::uint32_t wend,
                  std::vector<std::uint8_t>& excluded) {
  const auto& toks = cx.tokens();
  for (std::uint32_t k = wend; k < std::min(c.end, wend + 8); ++k) {
    if (const mention_rec* r = cx.t.person(k)) {
      if (!reported_subject(cx, c, r->end)) mark(c, excluded, k, r->end);
      break;
    }
    if (cx.fold(k) == "," || cx.fold(k) == "\"") continue;
    if (toks[k].kind == token_kind::word && !toks[k].has(tf_capitalized)) break;
  }
  // "X, a spokesperson, said": X is the speaker.
  if (i > c.first) exclude_person_before(cx, i, 6, c, excluded);
}

}  // namespace

void exclusion_zones(const relation_context& cx, const clause& c, std::vector<std::uint8_t>& excluded) {
  const lexical& lx = cx.lx;
  excluded.assign(c.end - c.first, 0);
  const word_mask companions = bit(word_class::accompany) | bit(word_class::accompanied);
  for (std::uint32_t i = c.first; i < c.end; ++i) {
    std::uint32_t wend = 0;
    word_mask wc = lx.word_at(i, &wend);
    std::int32_t mh = lx.at(lex::modality, i);
    bool greeting = mh >= 0 && lx.modality(mh).type == modality_type::greeting;
    bool invitation = mh >= 0 && lx.modality(mh).type == modality_type::invitation;
    // "X yang mendampingi Y": X is a companion too.
    if ((wc & bit(word_class::accompany)) && person_within(cx, wend, std::min(c.end, wend + 3)) && i > c.first &&
        lx.word_is(i - 1, word_class::relative))
      exclude_person_before(cx, i - 1, 4, c, excluded);
    // "A, B dan C ikut mendampingi X menemui Y": A, B and C are companions; X takes part.
    if ((wc & bit(word_class::accompany)) && !(wc & bit(word_class::accompanied)) && i > c.first &&
        !lx.word_is(i - 1, word_class::relative) && !trigger_within(cx, c.first, i) &&
        person_within(cx, wend, std::min(c.end, wend + 3))) {
      mark(c, excluded, c.first, i);
      continue;
    }
    if (greeting || invitation || (wc & companions)) {
      for (std::uint32_t k = i; k < c.end; ++k) {
        if (k > i && lx.at(lex::trigger, k) >= 0 && !invitation) break;
        excluded[k - c.first] = 1;
      }
    } else if (wc & bit(word_class::behalf)) {
      for (std::uint32_t k = wend; k < c.end; ++k) {
        excluded[k - c.first] = 1;
        const mention_rec* r = cx.t.mention(k);
        if (r && r->end == k + 1) break;
      }
    } else if (wc & bit(word_class::speech)) {
      speaker_zone(cx, c, i, wend, excluded);
    }
  }
}

void aside_zones(const relation_context& cx, const clause& c, std::vector<std::uint8_t>& aside) {
  const lexical& lx = cx.lx;
  aside.assign(c.end - c.first, 0);
  for (std::uint32_t i = c.first; i + 1 < c.end; ++i) {
    if (cx.fold(i) != "," || !lx.word_is(i + 1, word_class::relative)) continue;
    std::uint32_t k = i + 1;
    while (k < c.end && cx.fold(k) != "," && lx.at(lex::trigger, k) < 0) ++k;
    if (k < c.end && cx.fold(k) == ",") mark(c, aside, i, k + 1);
    i = k;
  }
}

}  // namespace jumpa::detail
