// Relations between countries: hyphen compounds (Vietnam-Kamboja), countries
// coordinated in a clause with a cue, two countries in a clause with a cue,
// "kedua negara" with a cue, capitals standing for their states, and meetings
// between persons of two countries.
#include <algorithm>

#include "relation_passes.h"

namespace jumpa::detail {
namespace {

// A few distinct values in ascending order (clauses hold few countries: a
// vector, not a node per value).
template <class T>
class small_set {
 public:
  bool insert(const T& v) {
    auto it = std::lower_bound(v_.begin(), v_.end(), v);
    if (it != v_.end() && *it == v) return false;
    v_.insert(it, v);
    return true;
  }
  std::size_t size() const { return v_.size(); }
  const T& front() const { return v_.front(); }
  const T& back() const { return v_.back(); }

 private:
  std::vector<T> v_;
};

struct cmention {
  std::uint32_t first, end, entity;    // entity: doc entity of the country
  const mention_rec* capital = nullptr;  // the capital's mention when a capital stands for the state
};

// A capital standing for its state: coordinated ("Beijing dan Phnom Penh",
// "Hanoi-Vientiane"), not a place ("di Hanoi", "tiba di"), not in a route name.
bool capital_as_state(const relation_context& cx, const clause& c, const mention_rec& r) {
  const lexical& lx = cx.lx;
  if (r.first > c.first) {
    const word_mask before = lx.word_at(r.first - 1);
    if (before & (bit(word_class::place) | bit(word_class::from) | bit(word_class::to))) return false;
    if (lx.token_is(r.first - 1, word_class::place) || lx.token_is(r.first - 1, word_class::arrive)) return false;
  }
  bool coordinated = false;
  for (std::uint32_t k : {r.end, r.first > 0 ? r.first - 1 : r.end})
    if (k < c.end && (lx.token_is(k, word_class::and_word) || cx.fold(k) == "-")) coordinated = true;
  if (!coordinated) return false;
  for (std::uint32_t k = r.first; k > c.first && k + 4 > r.first;)
    if (lx.token_is(--k, word_class::route_noun)) return false;  // "jalan tol Phnom Penh-Bavet"
  return true;
}

void country_mentions(relation_context& cx, const clause& c, std::vector<cmention>& out) {
  out.clear();
  for (std::uint32_t i = c.first; i < c.end; ++i) {
    const mention_rec* r = cx.t.mention(i);
    if (!r || r->first != i) continue;
    i = r->end - 1;
    const doc_entity& e = cx.t.of(*r);
    if (r->kind != mention_kind::name) continue;
    if (e.type == entity_type::country) {
      out.push_back({r->first, r->end, r->entity, nullptr});
    } else if (e.type == entity_type::location && e.gaz >= 0 && cx.m.facts[static_cast<std::size_t>(e.gaz)].capital_of >= 0) {
      if (!capital_as_state(cx, c, *r)) continue;
      std::uint32_t ce = cx.entity_for(cx.m.facts[static_cast<std::size_t>(e.gaz)].capital_of);
      out.push_back({r->first, r->end, ce, r});
    }
  }
}

// The kind of the clause's relation cues ("kerja sama": cooperation), or none;
// a denied cue ("tidak mencapai kesepakatan") says nothing.
relation_kind cue_kind(const relation_context& cx, const clause& c, std::vector<std::string>& cues) {
  const lexical& lx = cx.lx;
  relation_kind kind = relation_kind::none;
  for (std::uint32_t k = c.first; k < c.end; ++k) {
    std::int32_t h = lx.at(lex::relation_cue, k);
    if (h < 0) continue;
    bool denied = false;
    for (std::uint32_t q = k > c.first + 2 ? k - 2 : c.first; q < k; ++q) {
      std::int32_t mh = lx.covering(lex::modality, q);
      if (mh >= 0 && (lx.modality(mh).type == modality_type::negation || lx.modality(mh).type == modality_type::cancel))
        denied = true;
    }
    if (denied) continue;
    relation_kind kk = lx.lang->cues[lx.hit(lex::relation_cue, h).row];
    if (cx.explain) cues.push_back("cue:" + lx.form(lex::relation_cue, h));
    if (kind == relation_kind::none || (kind == relation_kind::meeting && kk != relation_kind::meeting)) kind = kk;
  }
  return kind;
}

void add_country_relation(relation_context& cx, std::uint32_t a, std::uint32_t b, relation_kind kind, const sentence& s,
                          const char* rule, const std::vector<std::string>& cues) {
  if (a == b) return;
  relation r;
  r.type = relation_type::country_relation;
  r.args = {a, b};
  r.kind = kind == relation_kind::none ? relation_kind::cooperation : kind;
  r.ev.begin = s.begin;
  r.ev.end = s.end;
  if (cx.explain) {
    r.ev.rule = rule;
    r.ev.cues = cues;
  }
  cx.out.relations.push_back(std::move(r));
}

// Does the clause say "kedua negara" (a country anaphor)?
bool has_country_anaphor(const lexical& lx, const clause& c) {
  if (!(lx.words_present & bit(word_class::country_anaphor))) return false;  // none in the document
  // The word hits in the clause (sorted, disjoint: found by their first token).
  const auto [b, e] = lx.starting_in(lex::word, c.first, c.end);
  for (const lex_hit* h = b; h != e; ++h)
    if (lx.lang->words[h->row].classes & bit(word_class::country_anaphor)) return true;
  return false;
}

// "kedua negara" with a cue (the clause has a country anaphor): the two
// countries of the last few sentences, when there are exactly two.
void country_anaphor(relation_context& cx, std::uint32_t si, const clause& c, relation_kind kind,
                     std::vector<std::string> cues) {
  const lexical& lx = cx.lx;
  small_set<std::uint32_t> seen;
  std::uint32_t from = si >= 3 ? si - 3 : 0;
  for (std::uint32_t k = lx.text->sentences[from].first_token; k < c.end; ++k) {
    const mention_rec* r = cx.t.mention(k);
    if (!r) continue;
    k = r->end - 1;  // the mention's later tokens give the same mention
    if (r->kind == mention_kind::name && cx.t.of(*r).type == entity_type::country &&
        (r->first == 0 || !lx.word_is(r->first - 1, word_class::place)))
      seen.insert(r->entity);
  }
  if (seen.size() != 2) return;
  if (cx.explain) cues.push_back("country_anaphor");
  add_country_relation(cx, seen.front(), seen.back(), kind, lx.text->sentences[si], "country.anaphor", cues);
}

class pairer {
 public:
  pairer(relation_context& cx, const sentence& s, const std::vector<cmention>& cs, relation_kind kind,
         const std::vector<std::string>& cues)
      : cx_(cx), s_(s), cs_(cs), kind_(kind), cues_(cues) {}

  void pair(std::uint32_t a, std::uint32_t b, const char* rule) {
    if (a == b || !done_.insert(std::minmax(a, b))) return;
    for (const auto& x : cs_)
      if ((x.entity == a || x.entity == b) && x.capital) cx_.metonym(*x.capital, x.entity);
    add_country_relation(cx_, a, b, kind_, s_, rule, cues_);
  }
  void all_pairs(std::size_t i, std::size_t j, const char* rule) {
    for (std::size_t a = i; a <= j; ++a)
      for (std::size_t b = a + 1; b <= j; ++b) pair(cs_[a].entity, cs_[b].entity, rule);
  }

 private:
  relation_context& cx_;
  const sentence& s_;
  const std::vector<cmention>& cs_;
  relation_kind kind_;
  const std::vector<std::string>& cues_;
  small_set<std::pair<std::uint32_t, std::uint32_t>> done_;
};

// Hyphen compounds: Vietnam-Kamboja-Laos, not part of a longer chain of places.
void compounds(const relation_context& cx, const clause& c, const std::vector<cmention>& cs, pairer& p) {
  const auto& toks = cx.tokens();
  auto hyphen = [&](std::uint32_t k) { return cx.fold(k) == "-"; };
  for (std::size_t i = 0; i + 1 < cs.size(); ++i) {
    std::size_t j = i;
    while (j + 1 < cs.size() && cs[j + 1].first == cs[j].end + 1 && hyphen(cs[j].end) &&
           !toks[cs[j].end].has(tf_space_before) && !toks[cs[j + 1].first].has(tf_space_before))
      ++j;
    if (j == i) continue;
    bool chain = (cs[i].first > 0 && hyphen(cs[i].first - 1)) || (cs[j].end < c.end && hyphen(cs[j].end));
    if (!chain) p.all_pairs(i, j, "country.compound");
    i = j;
  }
}

// Coordination: "Kamboja dan Laos", "Vietnam, Kamboja, dan Laos".
void coordinations(const relation_context& cx, const std::vector<cmention>& cs, pairer& p) {
  for (std::size_t i = 0; i + 1 < cs.size(); ++i) {
    std::size_t j = i;
    while (j + 1 < cs.size()) {
      bool joined = cs[j + 1].first != cs[j].end;
      for (std::uint32_t k = cs[j].end; k < cs[j + 1].first; ++k)
        if (cx.fold(k) != "," && !cx.lx.token_is(k, word_class::and_word)) joined = false;
      if (!joined) break;
      ++j;
    }
    // "Vietnam memiliki hubungan baik dengan China dan AS": the coordination is
    // the object of the clause's first country, not a relation among its members.
    bool object = i > 0 && j > i && cs[i].first > 0 && cx.lx.word_is(cs[i].first - 1, word_class::with);
    if (object) {
      for (std::size_t k = i; k <= j; ++k) p.pair(cs[0].entity, cs[k].entity, "country.coordination_object");
    } else {
      p.all_pairs(i, j, "country.coordination");
    }
    i = j;
  }
}

}  // namespace

void country_pairs(relation_context& cx, std::uint32_t si, const clause& c) {
  const sentence& s = cx.lx.text->sentences[si];
  thread_local std::vector<cmention> cs;  // reused: most clauses have none
  country_mentions(cx, c, cs);
  // Fewer than two countries: only "kedua negara" with a cue relates two (most clauses have neither).
  if (cs.size() < 2 && !has_country_anaphor(cx.lx, c)) return;
  std::vector<std::string> cues;
  relation_kind kind = cue_kind(cx, c, cues);
  if (cs.size() < 2) {  // and the clause has an anaphor
    if (kind != relation_kind::none && kind != relation_kind::meeting) country_anaphor(cx, si, c, kind, cues);
    return;
  }
  pairer p(cx, s, cs, kind, cues);
  compounds(cx, c, cs, p);
  if (kind == relation_kind::none || kind == relation_kind::meeting) return;
  coordinations(cx, cs, p);
  // Exactly two countries in a clause with a cue; "di Ukraina" is a place.
  small_set<std::uint32_t> distinct;
  for (const auto& x : cs)
    if (x.first == c.first || !cx.lx.word_is(x.first - 1, word_class::place)) distinct.insert(x.entity);
  if (distinct.size() == 2) p.pair(distinct.front(), distinct.back(), "country.clause");
}

void meeting_countries(relation_context& cx) {
  std::vector<relation> extra;
  small_set<std::pair<std::string_view, std::string_view>> have;  // views of the entities' countries
  for (const relation& r : cx.out.relations) {
    if (r.type != relation_type::met || r.status != meeting_status::happened) continue;
    // A large gathering (a group courtesy call by a whole bloc) does not relate each pair of its countries.
    constexpr std::size_t kMaxRelating = 6;
    if (r.args.size() > kMaxRelating) continue;
    for (std::size_t a = 0; a < r.args.size(); ++a)
      for (std::size_t b = a + 1; b < r.args.size(); ++b) {
        const std::string& ca = cx.country_of(static_cast<std::uint32_t>(r.args[a]));
        const std::string& cb = cx.country_of(static_cast<std::uint32_t>(r.args[b]));
        if (ca.empty() || cb.empty() || ca == cb) continue;
        if (!have.insert(std::minmax(std::string_view(ca), std::string_view(cb)))) continue;
        std::int32_t ia = cx.m.country_entity(ca), ib = cx.m.country_entity(cb);
        if (ia < 0 || ib < 0) continue;
        relation cr;
        cr.type = relation_type::country_relation;
        cr.kind = relation_kind::meeting;
        cr.args = {cx.entity_for(ia), cx.entity_for(ib)};
        cr.ev = r.ev;
        if (cx.explain) cr.ev.rule = "country.meeting";
        extra.push_back(std::move(cr));
      }
  }
  for (auto& r : extra) cx.out.relations.push_back(std::move(r));
}

}  // namespace jumpa::detail
