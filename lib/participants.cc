// Who takes part in a meeting trigger: the persons of "antara X dan Y"; or
// the subjects before the trigger (pair anaphors and pronouns when none is
// named) and the objects after it up to a stop; minus excluded zones.
#include <algorithm>

#include "relation_passes.h"

namespace jumpa::detail {
namespace {

// Does the person hold `role`, or a role of the class the role covers (a plain "menteri")?
bool has_role(const relation_context& cx, const doc_entity& e, std::uint16_t role) {
  const model& m = cx.m;
  const role_class* covers = m.roles[role].covers ? &*m.roles[role].covers : nullptr;
  auto fits = [&](std::uint16_t r) { return r == role || (covers && r != kNoRole && m.roles[r].cls == *covers); };
  for (const text_role& r : e.roles)
    if (fits(r.role)) return true;
  if (e.gaz < 0) return false;
  const auto& offices = m.facts[static_cast<std::size_t>(e.gaz)].offices;
  for (std::uint32_t k : offices)
    if (office_counts(m, m.office_at(k), offices, cx.pub.published) && fits(m.office_role(k))) return true;
  return false;
}

}  // namespace

// "kedua pemimpin", "ketiga menteri", "kedua menteri luar negeri": the latest
// distinct persons before the anaphor at `first`, as many as it counts,
// holding the role it names.
std::vector<std::uint32_t> group_before(const relation_context& cx, std::uint32_t first) {
  const lexical& lx = cx.lx;
  std::size_t n = 2;
  if (std::int32_t h = lx.tokens[first].word; h >= 0) n = static_cast<std::size_t>(lx.word(h).count);
  std::uint16_t role = kNoRole;
  if (first + 1 < cx.tokens().size())
    if (std::int32_t th = lx.at(lex::title, first + 1); th >= 0) role = lx.title(th).role;
  std::vector<std::uint32_t> out;
  const std::uint32_t floor = first > 2000 ? first - 2000 : 0;  // bounded look-back
  for (std::uint32_t k = first; k > floor && out.size() < n;) {
    --k;
    const mention_rec* r = cx.t.person(k);
    if (!r) continue;
    std::uint32_t e = r->entity;
    k = r->first;
    if (std::find(out.begin(), out.end(), e) != out.end() || cx.t.entities[e].speaker) continue;
    if (role != kNoRole && !has_role(cx, cx.t.entities[e], role)) continue;
    out.push_back(e);
  }
  if (out.size() < n) out.clear();
  return out;
}

namespace {

// A pronoun: the nearest earlier person in the sentence, else the first of the previous sentence.
std::int32_t resolve_pronoun(const relation_context& cx, std::uint32_t tok, std::uint32_t sentence_first) {
  for (std::uint32_t k = tok; k > sentence_first;) {
    --k;
    if (const mention_rec* r = cx.t.person(k)) return static_cast<std::int32_t>(r->entity);
  }
  std::uint32_t si = cx.lx.sentence_of[tok];
  if (si == 0) return -1;
  const sentence& p = cx.lx.text->sentences[si - 1];
  for (std::uint32_t k = p.first_token; k < p.end_token; ++k)
    if (const mention_rec* r = cx.t.person(k)) return static_cast<std::int32_t>(r->entity);
  return -1;
}

class collector {
 public:
  collector(const relation_context& cx, const clause& c, const std::vector<std::uint8_t>& excluded, participants& out)
      : cx_(cx), c_(c), excluded_(excluded), out_(out) {}

  void add(std::uint32_t e) {
    if (std::find(out_.entities.begin(), out_.entities.end(), e) == out_.entities.end()) out_.entities.push_back(e);
  }
  void add_mention(std::uint32_t mi) {
    const mention_rec& r = cx_.t.mentions[mi];
    if (!excluded_[r.first - c_.first]) add(r.entity);
  }
  void add_persons(std::uint32_t a, std::uint32_t b) {
    thread_local std::vector<std::uint32_t> found;  // reused (persons_in clears it)
    persons_in(cx_, a, b, found);
    for (std::uint32_t mi : found) add_mention(mi);
  }
  void add_group(std::uint32_t k) {
    for (std::uint32_t e : group_before(cx_, k)) add(e);
    if (cx_.explain) out_.cues.push_back("pair_anaphor");
  }
  bool excluded(std::uint32_t k) const { return excluded_[k - c_.first] != 0; }

 private:
  const relation_context& cx_;
  const clause& c_;
  const std::vector<std::uint8_t>& excluded_;
  participants& out_;
};

// "antara X dan Y" within a few tokens after the trigger: the token after "antara", or 0.
std::uint32_t between_start(const lexical& lx, const clause& c, std::uint32_t tend) {
  for (std::uint32_t k = tend; k < std::min(c.end, tend + 7); ++k)
    if (lx.word_is(k, word_class::between)) return k + 1;
  return 0;
}

// Where the coordination after "antara" ends.
// A comma at `k` followed by a person, a title or "and" goes on with a list.
bool continues_list(const relation_context& cx, const clause& c, std::uint32_t k) {
  return k + 1 < c.end && (cx.t.person(k + 1) || cx.lx.at(lex::title, k + 1) >= 0 ||
                           cx.lx.word_is(k + 1, word_class::and_word));
}

std::uint32_t between_stop(const relation_context& cx, const clause& c, std::uint32_t between) {
  const lexical& lx = cx.lx;
  for (std::uint32_t k = between; k < c.end; ++k) {
    word_mask wc = lx.word_at(k);
    if ((wc & (bit(word_class::speech) | bit(word_class::clause_break))) ||
        ((wc & bit(word_class::relative)) && k > between))
      return k;
    if (cx.fold(k) == "," && k + 1 < c.end && !continues_list(cx, c, k)) {
      // "between A, now suspended as prime minister, and B": an aside between commas.
      std::uint32_t close = k + 1;
      while (close < std::min(c.end, k + 9) && cx.fold(close) != ",") ++close;
      if (close < c.end && cx.fold(close) == "," && continues_list(cx, c, close) && !cx.t.person(k + 1)) {
        k = close;
        continue;
      }
      return k;
    }
  }
  return c.end;
}

// The comma closing a ", who ... ," aside opened at `rel` when the list of
// persons goes on after it (", and B"); 0 otherwise.
std::uint32_t aside_close(const relation_context& cx, const clause& c, std::uint32_t rel) {
  if (rel == 0 || cx.fold(rel - 1) != ",") return 0;
  for (std::uint32_t k = rel + 1; k < std::min(c.end, rel + 14); ++k) {
    if (cx.lx.at(lex::trigger, k) >= 0 || cx.t.person(k)) return 0;
    if (cx.fold(k) == ",") return continues_list(cx, c, k) ? k : 0;
  }
  return 0;
}

// Where the objects after the trigger end: a speech word, a clause break, a
// companion, a relative clause (not an appositive title), "oleh" (except after
// a passive or "dipimpin"), another trigger, a greeting.
std::uint32_t object_stop(const relation_context& cx, const clause& c, std::uint32_t tend, bool passive) {
  const lexical& lx = cx.lx;
  const word_mask stops = bit(word_class::speech) | bit(word_class::clause_break) | bit(word_class::accompany) |
                          bit(word_class::accompanied) | bit(word_class::relative) | bit(word_class::by);
  for (std::uint32_t k = tend; k < c.end; ++k) {
    word_mask wc = lx.word_at(k);
    if (wc & bit(word_class::relative)) {
      if (lx.covered(lex::honorific, k)) continue;  // "Yang Mulia"
      // "met A, whose country chairs ASEAN, and B": an aside inside the list of objects.
      if (std::uint32_t close = aside_close(cx, c, k)) {
        k = close;
        continue;
      }
      // "delegasi ... yang dipimpin oleh X": the head of the delegation takes part.
      if (k + 1 < c.end && lx.token_is(k + 1, word_class::led_by)) continue;
      // "..., yang juga Presiden Laos, X": an appositive title, not a new clause.
      if ((k + 1 < c.end && lx.at(lex::title, k + 1) >= 0) || (k + 2 < c.end && lx.at(lex::title, k + 2) >= 0)) continue;
    }
    if (wc & stops) {
      bool by = (wc & bit(word_class::by)) && !(wc & (stops & ~bit(word_class::by)));
      if (by && (passive || (k > tend && lx.token_is(k - 1, word_class::led_by)))) continue;
      return k;
    }
    if (k > tend && lx.at(lex::trigger, k) >= 0) return k;
    std::int32_t mh = lx.at(lex::modality, k);
    if (mh >= 0 && lx.modality(mh).type == modality_type::greeting) return k;
  }
  return c.end;
}

// "Sebelum bertemu Prabowo, X lebih dulu bertemu dengan Y": Prabowo is the
// object of the earlier trigger, not a subject of the later one.
bool object_of_earlier_trigger(const relation_context& cx, const clause& c, const mention_rec& r,
                               std::uint32_t trigger_first) {
  if (trigger_first - r.end <= 3) return false;  // written right before this trigger: its subject
  const lexical& lx = cx.lx;
  for (std::uint32_t k = r.first; k > c.first && k + 3 > r.first;) {
    --k;
    std::int32_t th = lx.covering(lex::trigger, k);
    if (th >= 0 && lx.trigger(th).frame != trigger_frame::noun) return true;
  }
  return false;
}

// "Harris, who came after President Biden skipped the summit, met X": a person
// inside a ", who ... ," aside closed before the trigger is no subject.
bool in_relative_aside(const relation_context& cx, const clause& c, const mention_rec& r, std::uint32_t trigger_first) {
  std::uint32_t open = r.first;
  while (open > c.first + 1 && cx.fold(open - 1) != ",") --open;
  if (open <= c.first + 1 || !cx.lx.word_is(open, word_class::relative)) return false;
  const token& before = cx.tokens()[open - 2];  // the antecedent: a person or a name we do not know
  if (cx.t.person(open - 2) == nullptr && !(before.kind == token_kind::word && before.has(tf_capitalized))) return false;
  for (std::uint32_t k = r.end; k < trigger_first; ++k)
    if (cx.fold(k) == ",") return true;
  return false;
}

// "A had a meeting with B, and held talks with C": a trigger right after "and"
// (and a comma) shares the subjects of the clause's previous trigger; returns
// where the subjects end.
std::uint32_t subjects_end(const relation_context& cx, const clause& c, std::uint32_t trigger_first) {
  const lexical& lx = cx.lx;
  std::uint32_t k = trigger_first;
  bool joined = false;
  while (k > c.first && (cx.fold(k - 1) == "," || lx.word_is(k - 1, word_class::and_word))) {
    joined |= cx.fold(k - 1) != ",";
    --k;
  }
  if (!joined) return trigger_first;
  for (std::uint32_t q = k; q > c.first;) {
    --q;
    std::int32_t th = lx.covering(lex::trigger, q);
    if (th >= 0 && lx.trigger(th).frame != trigger_frame::noun) return lx.hit(lex::trigger, th).first;
  }
  return trigger_first;
}

void subjects(const relation_context& cx, std::uint32_t sentence_first, const clause& c, std::uint32_t trigger_first,
              collector& col, participants& out) {
  const lexical& lx = cx.lx;
  thread_local std::vector<std::uint32_t> subj, earlier_objects;  // reused: subjects() does not recurse
  persons_in(cx, c.first, subjects_end(cx, c, trigger_first), subj);
  // An object of an earlier trigger stays one when a title repeats it later ("X, Wakil PM Laos, serta berbincang").
  earlier_objects.clear();
  for (std::uint32_t mi : subj)
    if (object_of_earlier_trigger(cx, c, cx.t.mentions[mi], trigger_first)) earlier_objects.push_back(cx.t.mentions[mi].entity);
  for (std::uint32_t mi : subj) {
    const mention_rec& r = cx.t.mentions[mi];
    if (cx.t.of(r).speaker && trigger_first - r.end > 3) continue;
    // Objects of prepositions before the trigger ("Kepada Hun Manet, Sugiono ...") are not subjects.
    if (r.first > c.first && (lx.word_at(r.first - 1) & (bit(word_class::to) | bit(word_class::with)))) continue;
    if (std::find(earlier_objects.begin(), earlier_objects.end(), r.entity) != earlier_objects.end()) continue;
    if (in_relative_aside(cx, c, r, trigger_first)) continue;
    col.add_mention(mi);
  }
  if (!out.entities.empty()) return;
  // "X, who met Y in May, ...": the person before ", who" is the subject of the relative clause.
  if (c.first >= 2 && lx.word_is(c.first, word_class::relative) && cx.fold(c.first - 1) == ",")
    if (const mention_rec* r = cx.t.person(c.first - 2); r && r->end == c.first - 1) {
      col.add(r->entity);
      if (!out.entities.empty()) return;
    }
  // Pair anaphors and pronouns as subjects.
  for (std::uint32_t k = c.first; k < trigger_first; ++k) {
    word_mask wc = lx.word_at(k);
    if (wc & bit(word_class::pair_anaphor)) {
      col.add_group(k);
    } else if (wc & bit(word_class::person_anaphor)) {
      std::int32_t e = resolve_pronoun(cx, k, sentence_first);
      if (e >= 0) col.add(static_cast<std::uint32_t>(e));
      if (cx.explain) out.cues.push_back("pronoun");
    }
  }
}

// A capitalised word right before the trigger, after another word of the
// clause, that is no mention: a subject the extractor does not know.
bool unknown_subject(const relation_context& cx, const clause& c, std::uint32_t trigger_first) {
  if (trigger_first <= c.first + 1) return false;
  // "The Lao leader also received A and B": a noun phrase the extractor does not resolve.
  for (std::uint32_t k = c.first; k + 1 < trigger_first; ++k) {
    const token& t = cx.tokens()[k];
    if (t.kind != token_kind::word || t.has(tf_capitalized) || cx.t.mention(k) || cx.lx.word_at(k) != 0) continue;
    if (!cx.lx.covered(lex::stopword, k) && !cx.lx.covered(lex::modality, k) && !cx.lx.covered(lex::title, k) &&
        !cx.lx.covered(lex::relative_date, k) && !cx.lx.covered(lex::weekday, k) && !cx.lx.covered(lex::month, k))
      return true;
  }
  std::uint32_t k = trigger_first - 1;
  const token& t = cx.tokens()[k];
  if (cx.tokens()[k - 1].kind != token_kind::word) return false;  // "– Saat bertemu": a clause opener
  return t.kind == token_kind::word && t.has(tf_capitalized) && !cx.t.mention(k) && cx.lx.word_at(k) == 0;
}

// "menerima bunga tangan dari X": a reception verb before a common noun receives a thing.
bool receives_a_thing(const relation_context& cx, const clause& c, std::uint32_t tend, const trigger_row& tr) {
  const lexical& lx = cx.lx;
  if (tr.kind != relation_kind::reception || tr.frame != trigger_frame::active || tend >= c.end) return false;
  const token& t = cx.tokens()[tend];
  if (t.kind != token_kind::word || t.has(tf_capitalized) || cx.t.mention(tend)) return false;
  // "menyambut kehadiran Perdana Menteri X": the noun is the guest's coming.
  if (tend + 1 < c.end && (cx.tokens()[tend + 1].has(tf_capitalized) || lx.at(lex::title, tend + 1) >= 0)) return false;
  // "menerima delegasi ... yang dipimpin oleh X": the head of the delegation is received.
  for (std::uint32_t k = tend; k < std::min(c.end, tend + 16); ++k)
    if (lx.token_is(k, word_class::led_by)) return false;
  return lx.at(lex::title, tend) < 0 && !lx.covered(lex::honorific, tend) && lx.word_at(tend) == 0 &&
         !lx.token_is(tend, word_class::plural_marker);
}

// "pertemuan dengan X", "pertemuan yang dihadiri X": a linking word after a
// noun trigger, before the first person of [tend, stop).
bool linked_after(const relation_context& cx, std::uint32_t tend, std::uint32_t stop) {
  const word_mask linking = bit(word_class::with) | bit(word_class::attend) | bit(word_class::to);
  for (std::uint32_t k = tend; k < stop; ++k) {
    if (cx.lx.word_at(k) & linking) return true;
    if (cx.t.person(k)) break;
  }
  return false;
}

// The objects in [tend, stop), the end of the trigger's object phrase.
void objects(const relation_context& cx, const clause& c, std::uint32_t tend, std::uint32_t stop,
             const trigger_row& tr, collector& col, participants& out) {
  const lexical& lx = cx.lx;
  if (receives_a_thing(cx, c, tend, tr)) return;
  // A noun trigger without antara/dengan/attend takes only its subjects.
  if (tr.frame != trigger_frame::noun || linked_after(cx, tend, stop)) {
    col.add_persons(tend, stop);
    for (std::uint32_t k = tend; k < stop; ++k) {
      std::uint32_t e2 = 0;
      if (!lx.word_is(k, word_class::pair_anaphor, &e2) || col.excluded(k)) continue;
      col.add_group(k);
      k = e2 - 1;
    }
  }
  // "Pertemuan yang dihadiri X, Y, dan Z".
  if (tr.frame == trigger_frame::noun && out.entities.empty()) {
    for (std::uint32_t k = tend; k < c.end; ++k)
      if (lx.word_is(k, word_class::attend)) {
        col.add_persons(k, c.end);
        break;
      }
  }
}


// A bare noun trigger ("sebelum acara Gala Dinner KTT") names an event: its
// subjects take part only when they attend it ("menghadiri KTT") or it links
// them to others ("pertemuan dengan X", "pertemuan yang dihadiri X").
bool noun_linked(const relation_context& cx, const clause& c, const lex_hit& h, std::uint32_t tend,
                 std::uint32_t stop) {
  for (std::uint32_t k = h.first; k > c.first && k + 3 > h.first;) {
    --k;
    if (cx.lx.word_at(k) & bit(word_class::attend)) return true;
  }
  return linked_after(cx, tend, stop);
}

bool in_event(const relation_context& cx, const clause& c, const lex_hit& h) {
  if (h.first <= c.first) return false;
  std::int32_t w = cx.lx.covering(lex::word, h.first - 1);
  return w >= 0 && cx.lx.hit(lex::word, w).end == h.first && cx.lx.word_is(cx.lx.hit(lex::word, w).first, word_class::in_event);
}

// The role named after a group noun at `k` ("para Menteri Luar Negeri", "sepuluh duta besar"), or kNoRole.
std::uint16_t group_role(const relation_context& cx, std::uint32_t k, const std::vector<std::uint8_t>& excluded,
                         const clause& c) {
  const lexical& lx = cx.lx;
  if (!lx.token_is(k, word_class::plural_marker) || excluded[k - c.first] || k + 1 >= c.end) return kNoRole;
  std::int32_t th = lx.at(lex::title, k + 1);
  return th < 0 ? kNoRole : lx.title(th).role;
}

bool holds_text_role(const doc_entity& e, std::uint16_t role) {
  return std::any_of(e.roles.begin(), e.roles.end(), [&](const text_role& r) { return r.role == role; });
}

// Persons of the document introduced by the role a group noun names, who are
// not of the other side's country: "menerima kunjungan para Menlu ASEAN"
// followed by the list of those ministers.
void group_members(const relation_context& cx, const clause& c, std::uint32_t tend, std::uint32_t stop,
                   const std::vector<std::uint8_t>& excluded, participants& out) {
  constexpr std::uint32_t kWindow = 25;  // sentences after the trigger's in which the members are named
  std::vector<std::uint16_t> roles;
  // The group is the trigger's object: "menerima kunjungan para Menlu", "dari sepuluh duta besar".
  for (std::uint32_t k = tend; k < std::min(stop, tend + 3); ++k)
    if (std::uint16_t r = group_role(cx, k, excluded, c); r != kNoRole) roles.push_back(r);
  if (roles.empty() || out.entities.empty()) return;
  std::vector<std::string> sides;  // the host side: the subjects' countries
  for (std::size_t k = 0; k < out.subjects; ++k)
    if (!cx.t.entities[out.entities[k]].country.empty()) sides.push_back(cx.t.entities[out.entities[k]].country);
  std::size_t before = out.entities.size();
  for (std::uint32_t e = 0; e < cx.t.entities.size(); ++e) {
    const doc_entity& d = cx.t.entities[e];
    if (d.type != entity_type::person || d.speaker || d.country.empty() || d.mentions.empty()) continue;
    std::uint32_t at = cx.lx.sentence_of[cx.t.mentions[d.mentions.front()].first];
    if (at + 1 < cx.lx.sentence_of[c.first] || at > cx.lx.sentence_of[c.first] + kWindow) continue;
    if (std::find(out.entities.begin(), out.entities.end(), e) != out.entities.end()) continue;
    if (std::find(sides.begin(), sides.end(), d.country) != sides.end()) continue;
    if (std::any_of(roles.begin(), roles.end(), [&](std::uint16_t r) { return holds_text_role(d, r); }))
      out.entities.push_back(e);
  }
  out.members = out.entities.size() - before;
  if (cx.explain && out.members) out.cues.push_back("group_members");
}

}  // namespace

void meeting_participants(const relation_context& cx, std::uint32_t sentence_first, const clause& c, std::int32_t th,
                          const std::vector<std::uint8_t>& excluded, participants& out) {
  const lexical& lx = cx.lx;
  out.entities.clear();
  out.subjects = 0;
  out.between = false;
  out.members = 0;
  out.cues.clear();
  const lex_hit& h = lx.hit(lex::trigger, th);
  const trigger_row& tr = lx.trigger(th);
  std::uint32_t tend = std::min(h.end, c.end);
  collector col(cx, c, excluded, out);
  if (std::uint32_t between = between_start(lx, c, tend)) {
    out.between = true;
    col.add_persons(between, between_stop(cx, c, between));
    return;
  }
  subjects(cx, sentence_first, c, h.first, col, out);
  const std::uint32_t stop = object_stop(cx, c, tend, tr.frame == trigger_frame::passive);
  if (tr.frame == trigger_frame::noun && in_event(cx, c, h)) {
    out.entities.clear();
    col.add_persons(c.first, h.first);  // "X memberi pengarahan kepada Y dalam sebuah pertemuan"
    if (cx.explain) out.cues.push_back("in_event");
  } else if (tr.frame == trigger_frame::noun && !noun_linked(cx, c, h, tend, stop)) {
    out.entities.clear();
  }
  out.subjects = out.entities.size();
  // "Hue had a meeting with A and B" with its subject unknown: A and B did not meet each other.
  if (tr.frame == trigger_frame::active && out.subjects == 0 && unknown_subject(cx, c, h.first)) return;
  objects(cx, c, tend, stop, tr, col, out);
  if (!tr.has(trigger_flag::welcome)) group_members(cx, c, tend, stop, excluded, out);
}

}  // namespace jumpa::detail
