// Meetings of one clause: for each trigger, its participants, then its
// status (modality markers), date (clause, sentence, running date) and place
// ("di <venue>" climbing to the city, else the dateline city for meetings that
// happened); the same participants in one clause are one meeting of the most
// specific kind.
#include <algorithm>

#include "relation_passes.h"

namespace jumpa::detail {
namespace {

meeting_status status_of(modality_type t) {
  switch (t) {
    case modality_type::negation:
    case modality_type::cancel: return meeting_status::negated;
    case modality_type::hope:
    case modality_type::hypothetical: return meeting_status::hoped;
    default: return meeting_status::planned;  // future, plan, expectation, invitation
  }
}

// A trigger that does not start a meeting here: "menerima salam", "pertemuan itu",
// a greeting or invitation right after it, or inside an excluded zone.
bool skip_trigger(const relation_context& cx, const clause& c, std::int32_t th, const std::vector<std::uint8_t>& excluded) {
  const lexical& lx = cx.lx;
  const lex_hit& h = lx.hit(lex::trigger, th);
  std::uint32_t tend = std::min(h.end, c.end);
  if (lx.word_is(h.first, word_class::not_trigger)) return true;
  for (std::uint32_t k = tend; k < std::min(c.end, tend + 2); ++k) {
    std::int32_t mh = lx.at(lex::modality, k);
    if (mh >= 0 && (lx.modality(mh).type == modality_type::greeting || lx.modality(mh).type == modality_type::invitation))
      return true;
  }
  // An anaphoric noun ("pertemuan itu") refers to a meeting told before.
  if (lx.trigger(th).frame == trigger_frame::noun && tend < c.end && lx.word_is(tend, word_class::demonstrative))
    return true;
  return excluded[h.first - c.first] != 0;
}

// "Selain bertemu X, Y bakal bertemu Z": a trigger right after 'selain' takes
// the status of the clause's next trigger.
const lex_hit& status_trigger(const relation_context& cx, const clause& c, const lex_hit& h) {
  const lexical& lx = cx.lx;
  if (h.first == c.first || !lx.word_is(h.first - 1, word_class::besides)) return h;
  for (std::uint32_t k = h.end; k < c.end; ++k)
    if (std::int32_t th = lx.at(lex::trigger, k); th >= 0) return lx.hit(lex::trigger, th);
  return h;
}

// The nearest modality marker before the trigger in the clause, else one of
// scope after/clause in the trigger's own phrase.
meeting_status meeting_status_of(const relation_context& cx, const clause& c, const lex_hit& h,
                                 const std::vector<std::uint8_t>& aside, std::vector<std::string>& cues) {
  const lexical& lx = cx.lx;
  bool past = false;  // "had met": happened, unless a question or condition holds it ("whether he had met")
  for (std::uint32_t k = h.first; k > c.first;) {
    --k;
    std::int32_t mh = lx.covering(lex::modality, k);
    if (mh < 0 || aside[k - c.first]) continue;
    const modality_row& mr = lx.modality(mh);
    bool adjacent = lx.hit(lex::modality, mh).end == h.first;
    k = lx.hit(lex::modality, mh).first;
    if (mr.scope == modality_scope::after || mr.type == modality_type::greeting) continue;
    if (mr.scope == modality_scope::adjacent && !adjacent) continue;
    if (past && mr.type != modality_type::hypothetical) break;
    if (cx.explain) cues.push_back("modality:" + lx.form(lex::modality, mh));
    if (mr.type != modality_type::past) return status_of(mr.type);
    past = true;
  }
  const word_mask phrase_end = bit(word_class::to) | bit(word_class::relative) | bit(word_class::clause_break) |
                               bit(word_class::speech);
  for (std::uint32_t k = std::min(h.end, c.end); k < c.end; ++k) {
    // The trigger's own phrase ends at a purpose or relative clause.
    if (((lx.word_at(k) & phrase_end) || cx.fold(k) == ",") && !lx.covered(lex::honorific, k)) break;
    std::int32_t mh = lx.at(lex::modality, k);
    if (mh < 0) continue;
    const modality_row& mr = lx.modality(mh);
    if ((mr.scope == modality_scope::after || mr.scope == modality_scope::clause) && mr.type != modality_type::past &&
        mr.type != modality_type::greeting) {
      if (cx.explain) cues.push_back("modality:" + lx.form(lex::modality, mh));
      return status_of(mr.type);
    }
  }
  return meeting_status::happened;
}

// Date: in the clause, else the sentence, else the running date. A vague one ("pekan lalu") gives none.
date meeting_date(const relation_context& cx, const clause& c, const std::vector<date_mention>& dates, bool future,
                  const date& current) {
  date when;
  bool vague = false;
  for (const auto& dm : dates)
    if (dm.first >= c.first && dm.first < c.end) {
      if (!dm.exact) vague = true;
      when = resolve_date(dm, cx.pub.published, future);
      if (!when.empty()) break;
      // "last night ... after a clash on May 28": a relative date with no publication date to count from.
      if (dm.relative) {
        vague = true;
        break;
      }
    }
  if (when.empty() && !vague)
    for (const auto& dm : dates) {
      if (!dm.exact) vague = true;
      when = resolve_date(dm, cx.pub.published, future);
      if (!when.empty()) break;
    }
  if (when.empty() && !vague && !future) when = current;
  return when;
}

// The city of a location entity: venues climb to their city; seas and regions are no place.
std::int32_t city_of(const model& m, std::int32_t g) {
  for (int guard = 0; guard < 3; ++guard) {
    const entity_facts& f = m.facts[static_cast<std::size_t>(g)];
    if (f.place == place_level::city || f.parent < 0) break;
    g = f.parent;
  }
  return m.facts[static_cast<std::size_t>(g)].place == place_level::area ? -1 : g;
}

// "in Singapore": a country whose capital has its name is a city-state, and the
// capital is the place; any other country is no place (-1).
std::int32_t city_state(const model& m, std::int32_t country) {
  const gazetteer_entity& c = m.entity(static_cast<std::uint32_t>(country));
  const gazetteer_entity* cap = m.gaz().find(c.capital);
  if (!cap || cap->name != c.name) return -1;
  return static_cast<std::int32_t>(cap - m.gaz().entities().data());
}

}  // namespace

std::int32_t place_in(const relation_context& cx, std::uint32_t a, std::uint32_t b) {
  const lexical& lx = cx.lx;
  for (std::uint32_t k = a; k + 1 < b; ++k) {
    std::uint32_t wend = 0;
    if (!lx.word_is(k, word_class::place, &wend)) continue;
    for (std::uint32_t q = wend; q < std::min(b, wend + 6); ++q) {
      const mention_rec* r = cx.t.mention(q);
      if (!r) {
        if (cx.tokens()[q].kind == token_kind::word && !cx.tokens()[q].has(tf_capitalized)) break;
        continue;
      }
      const doc_entity& e = cx.t.of(*r);
      if (e.type == entity_type::country && e.gaz >= 0) {
        std::int32_t city = city_state(cx.m, e.gaz);
        if (city < 0) break;
        return city;
      }
      if (e.type != entity_type::location || e.gaz < 0) break;
      std::int32_t city = city_of(cx.m, e.gaz);
      if (city < 0) break;
      return city;
    }
  }
  return -1;
}

namespace {

// A welcome in a sentence that tells an arrival ("disambut ... setibanya di bandara") is no meeting.
bool arrival_welcome(const relation_context& cx, const trigger_row& tr, const sentence& s) {
  if (!tr.has(trigger_flag::welcome)) return false;
  for (std::uint32_t k = s.first_token; k < s.end_token; ++k)
    if (cx.lx.word_is(k, word_class::arrival)) return true;
  return false;
}

// A welcome by one's own officials ("disambut oleh Menlu" of the visitor's country) is protocol.
bool compatriot_welcome(const relation_context& cx, const trigger_row& tr, const participants& p) {
  if (!tr.has(trigger_flag::welcome)) return false;
  const std::string& first = cx.country_of(p.entities.front());
  if (first.empty()) return false;
  for (std::uint32_t e : p.entities)
    if (cx.country_of(e) != first) return false;
  return true;
}

// "X met A and B", A and B compatriots from another country than X's: X met
// each of them; nothing says they met each other.
bool compatriot_objects(const relation_context& cx, const participants& p) {
  if (p.subjects != 1 || p.entities.size() < 3) return false;
  const std::string& host = cx.country_of(p.entities[0]);
  const std::string& guest = cx.country_of(p.entities[1]);
  if (guest.empty() || guest == host) return false;
  for (std::size_t k = 2; k < p.entities.size(); ++k)
    if (cx.country_of(p.entities[k]) != guest) return false;
  return true;
}

// "X bertemu dengan A dan B secara terpisah": X met A, and X met B; so does
// each member of a group for a trigger whose persons come one by one
// ("menerima surat kepercayaan dari sepuluh duta besar").
// "... The visits were held separately.": the next sentence, naming no person,
// says the meetings of this one were separate.
bool next_says_separately(const relation_context& cx, std::uint32_t si) {
  const auto& sentences = cx.lx.text->sentences;
  if (si + 1 >= sentences.size()) return false;
  const sentence& n = sentences[si + 1];
  bool said = false;
  for (std::uint32_t k = n.first_token; k < n.end_token && k < n.first_token + 12; ++k)
    said |= cx.lx.token_is(k, word_class::separately);
  if (!said) return false;
  thread_local std::vector<std::uint32_t> persons;  // reused (persons_in clears it)
  persons_in(cx, n.first_token, n.end_token, persons);
  return persons.empty();
}

// "A and B separately met X": the word after the clause's first person
// ("Separately, A and B met" tells another event, not how they met).
bool clause_separately(const relation_context& cx, const clause& c) {
  bool person = false;
  for (std::uint32_t k = c.first; k < c.end; ++k) {
    person |= cx.t.person(k) != nullptr;
    if (person && cx.lx.token_is(k, word_class::separately)) return true;
  }
  return false;
}

void split_separately(const relation_context& cx, std::uint32_t si, const clause& c, std::uint32_t tend,
                      const trigger_row& tr, participants& p, std::vector<std::vector<std::uint32_t>>& groups) {
  groups.clear();
  bool separately = tr.has(trigger_flag::separate) || next_says_separately(cx, si);
  // "In separate meetings, X met A and B", "X met A and B separately".
  for (std::uint32_t k = c.first; k < c.end; ++k)
    if (cx.lx.token_is(k, word_class::separately)) separately = true;
  // "X bersama Y menerima A dan istrinya B": each side meets the other, not itself.
  std::size_t objects = p.entities.size() - p.subjects;
  bool spouse = false;
  for (std::uint32_t k = tend; k < c.end && !spouse; ++k) spouse = cx.lx.word_is(k, word_class::spouse);
  bool sides = p.members == 0 && !p.between && p.subjects >= 1 && objects >= 1 &&
               (p.subjects >= 2 || spouse || compatriot_objects(cx, p)) && p.entities.size() >= 3;
  if (sides) {
    for (std::size_t a = 0; a < p.subjects; ++a)
      for (std::size_t k = p.subjects; k < p.entities.size(); ++k) groups.push_back({p.entities[a], p.entities[k]});
    if (cx.explain) p.cues.push_back("sides");
  } else if (separately && p.subjects >= 1 && p.entities.size() - p.subjects >= 2) {
    for (std::size_t k = p.subjects; k < p.entities.size(); ++k) {
      std::vector<std::uint32_t> g(p.entities.begin(), p.entities.begin() + static_cast<std::ptrdiff_t>(p.subjects));
      g.push_back(p.entities[k]);
      groups.push_back(std::move(g));
    }
    if (cx.explain) p.cues.push_back("separately");
  } else if ((tr.has(trigger_flag::separate) || clause_separately(cx, c)) && p.subjects >= 2 && objects == 0) {
    // "A, B and C each presented their credentials to <someone unknown>": they did not meet each other.
  } else {
    groups.push_back(p.entities);
  }
}

// The distinct values of `v`, ascending, into `out`.
void distinct_sorted(const std::vector<std::size_t>& v, std::vector<std::size_t>& out) {
  out.assign(v.begin(), v.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

// Adds `r`, or merges it into a meeting of the same participants in the same
// sentence, which keeps the kind of higher priority.
void emit(relation_context& cx, relation r, std::uint8_t priority, std::vector<std::uint8_t>& priorities) {
  priorities.resize(cx.out.relations.size(), 0);
  bool merged = false;
  thread_local std::vector<std::size_t> b, other;  // the participants as sets
  distinct_sorted(r.args, b);
  for (std::size_t i = cx.out.relations.size(); i-- > 0 && cx.out.relations[i].ev.begin == r.ev.begin;) {
    relation& o = cx.out.relations[i];
    if (o.type != relation_type::met) continue;
    distinct_sorted(o.args, other);
    if (other != b) continue;
    if (priority > priorities[i]) {
      o.kind = r.kind;
      priorities[i] = priority;
    }
    merged = true;
  }
  if (merged) return;
  cx.out.relations.push_back(std::move(r));
  priorities.resize(cx.out.relations.size(), 0);
  priorities.back() = priority;
}

}  // namespace

void meetings(relation_context& cx, std::uint32_t si, const clause& c, const std::vector<date_mention>& dates,
              const date& current, std::int32_t current_place) {
  const lexical& lx = cx.lx;
  // Most clauses have no trigger: nothing to read in them.
  if (const auto [b, e] = lx.starting_in(lex::trigger, c.first, c.end); b == e) return;
  const sentence& s = lx.text->sentences[si];
  auto& excluded = cx.scratch.excluded;
  auto& aside = cx.scratch.aside;
  exclusion_zones(cx, c, excluded);
  aside_zones(cx, c, aside);
  thread_local participants p;  // reused: meeting_participants and split_separately refill them
  thread_local std::vector<std::vector<std::uint32_t>> groups;
  for (std::uint32_t i = c.first; i < c.end; ++i) {
    std::int32_t th = lx.at(lex::trigger, i);
    if (th < 0) continue;
    const lex_hit& h = lx.hit(lex::trigger, th);
    const trigger_row& tr = lx.trigger(th);
    std::uint32_t tend = std::min(h.end, c.end);
    i = tend - 1;
    if (skip_trigger(cx, c, th, excluded) || arrival_welcome(cx, tr, s)) continue;
    meeting_participants(cx, s.first_token, c, th, excluded, p);
    if (p.entities.size() < 2 || compatriot_welcome(cx, tr, p)) continue;
    split_separately(cx, si, c, tend, tr, p, groups);
    std::vector<std::string> cues = p.cues;
    meeting_status st = meeting_status_of(cx, c, status_trigger(cx, c, h), aside, cues);
    date when = meeting_date(cx, c, dates, st != meeting_status::happened, current);
    if (st == meeting_status::happened && when.complete() && cx.pub.published.complete() && cx.pub.published < when) {
      st = meeting_status::planned;
      if (cx.explain) cues.push_back("date_after_publication");
    }
    if (cx.explain) cues.insert(cues.begin(), "trigger:" + lx.form(lex::trigger, th));
    std::int32_t place = -1;
    if (tr.carries_place) {
      place = place_in(cx, c.first, c.end);
      if (place < 0) place = place_in(cx, s.first_token, s.end_token);
      // The place of the event told before, then the dateline city (where a meeting that
      // happened was reported from): fallbacks for meetings that happened only.
      if (place < 0 && st == meeting_status::happened) place = current_place;
      if (place < 0 && st == meeting_status::happened) place = cx.pub.dateline_place;
    }
    for (const auto& group : groups) {
      relation r;
      r.type = relation_type::met;
      r.kind = tr.kind;
      r.status = st;
      r.when = when;
      r.args.assign(group.begin(), group.end());
      if (place >= 0) r.place = cx.entity_for(place);
      r.ev.begin = s.begin;
      r.ev.end = s.end;
      r.ev.trigger_begin = cx.tokens()[h.first].begin;
      r.ev.trigger_end = cx.tokens()[tend - 1].end;
      r.ev.trigger = std::string(lx.text->text.substr(r.ev.trigger_begin, r.ev.trigger_end - r.ev.trigger_begin));
      if (cx.explain) {
        r.ev.rule = p.between ? "meeting.between"
                    : tr.frame == trigger_frame::passive ? "meeting.passive"
                                                         : std::string("meeting.") + name_of(tr.frame);
        r.ev.cues = cues;
      }
      emit(cx, std::move(r), tr.priority, cx.scratch.priorities);
    }
  }
}

}  // namespace jumpa::detail
