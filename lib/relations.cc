// Stage 5: relations over recognised entities, sentence by sentence.
#include "relation_stage.h"

#include <algorithm>

#include "relation_passes.h"

namespace jumpa::detail {

std::int32_t relation_context::gaz_of(std::uint32_t e) const {
  return e < t.entities.size() ? t.entities[e].gaz : out.added[e - t.entities.size()];
}

const std::string& relation_context::country_of(std::uint32_t e) const {
  return e < t.entities.size() ? t.entities[e].country
                               : m.entity(static_cast<std::uint32_t>(out.added[e - t.entities.size()])).country;
}

std::uint32_t relation_context::entity_for(std::int32_t g) {
  for (std::uint32_t i = 0; i < t.entities.size(); ++i)
    if (t.entities[i].gaz == g) return i;
  for (std::uint32_t i = 0; i < out.added.size(); ++i)
    if (out.added[i] == g) return static_cast<std::uint32_t>(t.entities.size() + i);
  out.added.push_back(g);
  return static_cast<std::uint32_t>(t.entities.size() + out.added.size() - 1);
}

void relation_context::metonym(const mention_rec& capital, std::uint32_t country) {
  if (country < t.entities.size())
    for (std::uint32_t mi : t.entities[country].mentions)
      if (t.mentions[mi].first == capital.first && t.mentions[mi].kind == mention_kind::metonym) return;
  for (const mention_rec& r : out.metonyms)
    if (r.entity == country && r.first == capital.first) return;
  out.metonyms.push_back({capital.first, capital.end, country, capital.sentence, mention_kind::metonym});
}

namespace {

// "... from A, Ambassador of X; B, Ambassador of Y; and C": a semicolon before
// a part with no trigger, speech or clause break of its own separates items of a list.
bool list_semicolon(const lexical& lx, std::uint32_t i, std::uint32_t end) {
  const word_mask own = bit(word_class::speech) | bit(word_class::clause_break);
  for (std::uint32_t k = i + 1; k < end && lx.fold(k) != ";"; ++k)
    if (lx.at(lex::trigger, k) >= 0 || (lx.word_at(k) & own)) return false;
  return true;
}

}  // namespace

void clauses(const lexical& lx, std::uint32_t first, std::uint32_t end, std::vector<clause>& plain,
             std::vector<clause>& relative) {
  plain.clear();
  relative.clear();
  std::uint32_t start_plain = first, start_relative = first;
  auto cut = [](std::vector<clause>& out, std::uint32_t& start, std::uint32_t i, bool semicolon) {
    if (i <= start) return;
    out.push_back({start, i});
    start = semicolon ? i + 1 : i;
  };
  for (std::uint32_t i = first; i < end; ++i) {
    const bool semicolon = lx.fold(i) == ";" && !list_semicolon(lx, i, end);
    bool cut_plain = semicolon, cut_relative = semicolon;
    if (i > first && lx.fold(i - 1) == ",") {
      const word_mask wc = lx.word_at(i);
      if (wc & bit(word_class::clause_break)) cut_plain = cut_relative = true;
      else if ((wc & bit(word_class::relative)) || lx.token_is(i, word_class::clause_and)) cut_relative = true;
    }
    if (cut_plain) cut(plain, start_plain, i, semicolon);
    if (cut_relative) cut(relative, start_relative, i, semicolon);
  }
  if (start_plain < end) plain.push_back({start_plain, end});
  if (start_relative < end) relative.push_back({start_relative, end});
}

void persons_in(const relation_context& cx, std::uint32_t a, std::uint32_t b, std::vector<std::uint32_t>& out) {
  out.clear();
  for (std::uint32_t i = a; i < b; ++i) {
    std::int32_t mi = cx.t.mention_at[i];
    if (mi < 0) continue;
    const mention_rec& r = cx.t.mentions[static_cast<std::size_t>(mi)];
    if (r.first != i) continue;
    if (cx.t.of(r).type == entity_type::person) out.push_back(static_cast<std::uint32_t>(mi));
    i = r.end - 1;
  }
}

namespace {

// The latest event date of a sentence becomes the running date for the next
// ones; the publication date in the first sentences (a dateline) and dates
// after publication do not.
void advance_running_date(const publication& pub, std::uint32_t si, const std::vector<date_mention>& dates, date& current) {
  for (const auto& dm : dates) {
    date r = resolve_date(dm, pub.published);
    const bool pub_full = pub.published.complete();
    if (!r.empty() && !(pub_full && r == pub.published && si < 2) && !(pub_full && r.complete() && pub.published < r))
      current = r;
  }
}

// Only a sentence that tells an event sets the running place.
bool sentence_has_trigger(const lexical& lx, const sentence& s) {
  for (std::uint32_t k = s.first_token; k < s.end_token; ++k)
    if (lx.at(lex::trigger, k) >= 0) return true;
  return false;
}

// The running place: the place of a meeting that happened in this sentence;
// when the sentence told an event without persons ("Pertemuan ... digelar di
// Chiang Mai"), the city it names. Planned meetings do not move it.
void advance_running_place(relation_context& cx, const sentence& s, std::size_t first_relation, std::int32_t& current) {
  bool any = false;
  for (std::size_t i = first_relation; i < cx.out.relations.size(); ++i) {
    const relation& r = cx.out.relations[i];
    if (r.type != relation_type::met) continue;
    any = true;
    if (r.status == meeting_status::happened && r.place) {
      current = cx.gaz_of(static_cast<std::uint32_t>(*r.place));
      return;
    }
  }
  if (any || !sentence_has_trigger(cx.lx, s)) return;
  std::int32_t p = place_in(cx, std::max(s.first_token, cx.pub.body_start), s.end_token);
  if (p >= 0 && cx.m.facts[static_cast<std::size_t>(p)].place == place_level::city) current = p;
}

}  // namespace

void extract_relations(const model& m, const lexical& lx, const publication& pub, const entity_table& t, bool explain,
                       relation_set& out, relation_scratch& scratch) {
  out.clear();
  scratch.priorities.clear();
  relation_context cx(m, lx, pub, t, explain, out, scratch);
  date current;
  std::int32_t current_place = -1;  // the place of the event told so far ("digelar di Chiang Mai")
  std::vector<clause> plain, relative;
  for (std::uint32_t si = 0; si < lx.text->sentences.size(); ++si) {
    const sentence& s = lx.text->sentences[si];
    if (s.boilerplate) continue;
    find_dates(lx, std::max(s.first_token, pub.body_start), s.end_token, scratch.dates);
    const std::size_t first_relation = out.relations.size();
    const std::vector<date_mention>& dates = scratch.dates;
    clauses(lx, s.first_token, s.end_token, plain, relative);
    for (const clause& c : plain) meetings(cx, si, c, dates, current, current_place);
    for (const clause& c : relative) country_pairs(cx, si, c);
    advance_running_date(pub, si, dates, current);
    advance_running_place(cx, s, first_relation, current_place);
  }
  affiliations(cx);
  meeting_countries(cx);
}

}  // namespace jumpa::detail
