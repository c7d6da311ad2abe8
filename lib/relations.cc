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

void clauses(const lexical& lx, std::uint32_t first, std::uint32_t end, bool split_relative, std::vector<clause>& out) {
  out.clear();
  std::uint32_t start = first;
  for (std::uint32_t i = first; i < end; ++i) {
    bool semicolon = lx.fold(i) == ";";
    bool cut = semicolon;
    if (i > first && lx.fold(i - 1) == ",") {
      word_mask wc = lx.word_at(i);
      if ((wc & bit(word_class::clause_break)) ||
          (split_relative && ((wc & bit(word_class::relative)) || lx.token_is(i, word_class::clause_and))))
        cut = true;
    }
    if (cut && i > start) {
      out.push_back({start, i});
      start = semicolon ? i + 1 : i;
    }
  }
  if (start < end) out.push_back({start, end});
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

}  // namespace

void extract_relations(const model& m, const lexical& lx, const publication& pub, const entity_table& t, bool explain,
                       relation_set& out, relation_scratch& scratch) {
  out.clear();
  scratch.priorities.clear();
  relation_context cx(m, lx, pub, t, explain, out, scratch);
  date current;
  std::vector<clause> cl;
  for (std::uint32_t si = 0; si < lx.text->sentences.size(); ++si) {
    const sentence& s = lx.text->sentences[si];
    if (s.boilerplate) continue;
    find_dates(lx, std::max(s.first_token, pub.body_start), s.end_token, scratch.dates);
    const std::vector<date_mention>& dates = scratch.dates;
    clauses(lx, s.first_token, s.end_token, false, cl);
    for (const clause& c : cl) meetings(cx, si, c, dates, current);
    clauses(lx, s.first_token, s.end_token, true, cl);
    for (const clause& c : cl) country_pairs(cx, si, c);
    advance_running_date(pub, si, dates, current);
  }
  affiliations(cx);
  meeting_countries(cx);
}

}  // namespace jumpa::detail
