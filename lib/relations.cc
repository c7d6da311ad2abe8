// Stage 5: relations over recognised entities.
//
// Meetings: each trigger in a clause collects its participants (subject
// persons before it, objects after it, the persons of "antara X dan Y", the
// agent after "oleh" in passives, pair anaphors and pronouns) minus speakers,
// greeting addressees, companions and persons represented "atas nama". The
// nearest modality marker sets the status; a date after publication makes it
// planned. Country relations come from hyphen compounds, coordinated
// countries with a cue, "A ... dengan B" and two-country clauses with a cue,
// and from meetings between persons of two countries. Affiliations come from
// title phrases naming a party.
#include "jumpa/relations.h"

#include <algorithm>
#include <map>
#include <set>

#include "dates.h"
#include "pipeline.h"

namespace jumpa {

const char* to_string(relation_type t) noexcept {
  switch (t) {
    case relation_type::met: return "met";
    case relation_type::country_relation: return "country_relation";
    case relation_type::affiliation: return "affiliation";
  }
  return "unknown";
}

const char* to_string(meeting_status s) noexcept {
  switch (s) {
    case meeting_status::happened: return "happened";
    case meeting_status::planned: return "planned";
    case meeting_status::hoped: return "hoped";
    case meeting_status::negated: return "negated";
  }
  return "unknown";
}

namespace detail {
namespace {

using model = extractor::model;

struct clause {
  std::uint32_t first, end;
};

int kind_specificity(const std::string& k) {
  if (k == "meeting") return 0;
  if (k == "visit") return 1;
  if (k == "summit") return 2;
  return 3;
}

class relation_extractor {
 public:
  relation_extractor(const model& m, doc_state& d, std::vector<relation>& out) : m_(m), d_(d), out_(out) {}

  void run() {
    date current;  // the latest event date mentioned so far
    for (std::uint32_t si = 0; si < d_.text.sentences.size(); ++si) {
      const sentence& s = d_.text.sentences[si];
      if (s.boilerplate) continue;
      auto dates = find_dates(m_, d_, std::max(s.first_token, d_.body_start), s.end_token);
      for (const clause& c : clauses(s.first_token, s.end_token, false)) meetings(si, c, dates, current);
      for (const clause& c : clauses(s.first_token, s.end_token, true)) country_pairs(si, c);
      for (const auto& dm : dates) {
        date r = resolve_date(dm, d_.published);
        if (!r.empty() && !(d_.published.complete() && r == d_.published && si < 2) &&
            !(d_.published.complete() && r.complete() && d_.published < r))
          current = r;
      }
    }
    affiliations();
    meeting_countries();
  }

 private:
  const model& m_;
  doc_state& d_;
  std::vector<relation>& out_;
  std::vector<std::uint8_t> excluded_, aside_;  // per-clause scratch, reused

  std::string_view wclass(std::uint32_t tok, std::uint32_t* end = nullptr) const {
    return word_class_at(m_, d_, tok, end);
  }

  std::vector<clause> clauses(std::uint32_t first, std::uint32_t end, bool split_relative) const {
    std::vector<clause> out;
    std::uint32_t start = first;
    for (std::uint32_t i = first; i < end; ++i) {
      std::string_view f = d_.fold(i);
      bool cut = false;
      if (f == ";") cut = true;
      if (i > first && d_.fold(i - 1) == ",") {
        std::string_view wc = wclass(i);
        if (wc == "clause_break" || (split_relative && (wc == "relative" || f == "serta"))) cut = true;
      }
      if (cut && i > start) {
        out.push_back({start, i});
        start = f == ";" ? i + 1 : i;
      }
    }
    if (start < end) out.push_back({start, end});
    return out;
  }

  const doc_entity& ent(std::uint32_t e) const { return d_.entities[e]; }
  bool is_person_mention(std::int32_t mi) const {
    return mi >= 0 && ent(d_.mentions[static_cast<std::size_t>(mi)].entity).type == entity_type::person;
  }

  // Person mentions starting in [a, b).
  std::vector<std::uint32_t> persons_in(std::uint32_t a, std::uint32_t b) const {
    std::vector<std::uint32_t> out;
    for (std::uint32_t i = a; i < b; ++i) {
      std::int32_t mi = d_.mention_at[i];
      if (mi < 0 || d_.mentions[static_cast<std::size_t>(mi)].first != i) continue;
      if (is_person_mention(mi)) out.push_back(static_cast<std::uint32_t>(mi));
      i = d_.mentions[static_cast<std::size_t>(mi)].end - 1;
    }
    return out;
  }

  std::int32_t resolve_pronoun(std::uint32_t tok, std::uint32_t sentence_first) const {
    // nearest earlier person mention in the sentence, else the first of the previous sentence
    for (std::uint32_t k = tok; k > sentence_first;) {
      --k;
      std::int32_t mi = d_.mention_at[k];
      if (is_person_mention(mi)) return static_cast<std::int32_t>(d_.mentions[static_cast<std::size_t>(mi)].entity);
    }
    std::uint32_t si = d_.sentence_of[tok];
    if (si == 0) return -1;
    const sentence& p = d_.text.sentences[si - 1];
    for (std::uint32_t k = p.first_token; k < p.end_token; ++k) {
      std::int32_t mi = d_.mention_at[k];
      if (is_person_mention(mi)) return static_cast<std::int32_t>(d_.mentions[static_cast<std::size_t>(mi)].entity);
    }
    return -1;
  }

  // Does the person hold `role` (or, for the generic "minister", any ministerial role)?
  bool has_role(const doc_entity& e, const std::string& role) const {
    auto fits = [&](const std::string& r) {
      if (r == role) return true;
      if (role != "minister") return false;
      const role_info* ri = m_.gaz.role(r);
      return ri && ri->role_class == "minister";
    };
    for (const text_role& r : e.roles)
      if (fits(r.role)) return true;
    if (e.gaz >= 0)
      for (const office* o : m_.offices[static_cast<std::size_t>(e.gaz)])
        if (office_counts(*o, m_.offices[static_cast<std::size_t>(e.gaz)], d_.published) && fits(o->role))
          return true;
    return false;
  }

  // "kedua pemimpin", "ketiga menteri", "kedua menteri luar negeri": the
  // latest distinct persons before the anaphor starting at `first`, as many as it
  // counts, holding the role it names.
  std::vector<std::uint32_t> group_before(std::uint32_t first) const {
    std::size_t n = d_.fold(first).substr(0, 6) == "ketiga" ? 3 : 2;
    std::string role;
    if (first + 1 < d_.text.tokens.size()) {
      std::int32_t th = d_.at(cat::title, first + 1);
      if (th >= 0) role = m_.titles[d_.mean(m_, cat::title, th).index].role;
    }
    std::vector<std::uint32_t> out;
    const std::uint32_t floor = first > 2000 ? first - 2000 : 0;  // bounded look-back
    for (std::uint32_t k = first; k > floor && out.size() < n;) {
      --k;
      std::int32_t mi = d_.mention_at[k];
      if (!is_person_mention(mi)) continue;
      std::uint32_t e = d_.mentions[static_cast<std::size_t>(mi)].entity;
      k = d_.mentions[static_cast<std::size_t>(mi)].first;
      if (std::find(out.begin(), out.end(), e) != out.end() || ent(e).speaker) continue;
      if (!role.empty() && !has_role(ent(e), role)) continue;
      out.push_back(e);
    }
    if (out.size() < n) out.clear();
    return out;
  }

  // Marks the nearest person mention starting within `window` tokens before `tok` as excluded.
  void exclude_person_before(std::uint32_t tok, std::uint32_t window, const clause& c,
                             std::vector<std::uint8_t>& excluded) const {
    for (std::uint32_t k = tok; k > c.first && k + window > tok;) {
      --k;
      std::int32_t mi = d_.mention_at[k];
      if (!is_person_mention(mi)) continue;
      const mention_rec& r = d_.mentions[static_cast<std::size_t>(mi)];
      for (std::uint32_t q = r.first; q < r.end && q < c.end; ++q) excluded[q - c.first] = 1;
      return;
    }
  }

  meeting_status status_of(const std::string& type) const {
    if (type == "negation" || type == "cancel") return meeting_status::negated;
    if (type == "hope" || type == "hypothetical") return meeting_status::hoped;
    return meeting_status::planned;  // future, plan, expectation, invitation
  }

  struct participants {
    std::vector<std::uint32_t> entities;
    std::uint32_t first_arg_end = 0;
  };

  void meetings(std::uint32_t si, const clause& c, const std::vector<date_mention>& dates, const date& current) {
    const sentence& s = d_.text.sentences[si];
    // Zones whose persons never take part: after greetings, companions, 'atas nama', speech tags.
    excluded_.assign(c.end - c.first, 0);
    auto& excluded = excluded_;
    for (std::uint32_t i = c.first; i < c.end; ++i) {
      std::uint32_t wend = 0;
      std::string_view wc = wclass(i, &wend);
      std::int32_t mh = d_.at(cat::modality, i);
      bool greeting = mh >= 0 && m_.modality[d_.mean(m_, cat::modality, mh).index].type == "greeting";
      bool invitation = mh >= 0 && m_.modality[d_.mean(m_, cat::modality, mh).index].type == "invitation";
      bool companion_object = false;  // "mendampingi Prabowo": a person follows the verb
      for (std::uint32_t k = wend; k < std::min(c.end, wend + 3); ++k)
        if (is_person_mention(d_.mention_at[k])) companion_object = true;
      bool passive_accompany = d_.fold(i).substr(0, 2) == "di";  // "didampingi Y": Y is the companion
      if (wc == "accompany" && companion_object && !passive_accompany && i > c.first && wclass(i - 1) == "relative") {
        // "X yang mendampingi Y": X is a companion too
        exclude_person_before(i - 1, 4, c, excluded);
      }
      if (greeting || invitation || wc == "accompany") {
        for (std::uint32_t k = i; k < c.end; ++k) {
          if (k > i && d_.at(cat::trigger, k) >= 0 && !invitation) break;
          excluded[k - c.first] = 1;
        }
      } else if (wc == "behalf") {
        for (std::uint32_t k = wend; k < c.end; ++k) {
          excluded[k - c.first] = 1;
          std::int32_t mi = d_.mention_at[k];
          if (mi >= 0 && d_.mentions[static_cast<std::size_t>(mi)].end == k + 1) break;
        }
      } else if (wc == "speech") {
        // "kata Wang", "menurut Abad": the person after a speech word is the speaker
        bool after_verb = i > c.first;  // "X mengatakan": the person before is the speaker
        for (std::uint32_t k = wend; k < std::min(c.end, wend + 8); ++k) {
          std::int32_t mi = d_.mention_at[k];
          if (is_person_mention(mi)) {
            for (std::uint32_t q = k; q < d_.mentions[static_cast<std::size_t>(mi)].end; ++q) excluded[q - c.first] = 1;
            break;
          }
          if (d_.fold(k) == "," || d_.fold(k) == "\"") continue;
          if (d_.text.tokens[k].kind == token_kind::word && !d_.text.tokens[k].has(tf_capitalized)) break;
        }
        if (after_verb) {
          // "X, juru bicara ..., mengatakan": the subject right before the speech verb
          exclude_person_before(i, 6, c, excluded);
        }
      }
    }
    // ", yang ... ," describes a person; its markers do not apply to the clause's trigger.
    aside_.assign(c.end - c.first, 0);
    auto& aside = aside_;
    for (std::uint32_t i = c.first; i + 1 < c.end; ++i) {
      if (d_.fold(i) != "," || wclass(i + 1) != "relative") continue;
      std::uint32_t k = i + 1;
      while (k < c.end && d_.fold(k) != "," && d_.at(cat::trigger, k) < 0) ++k;
      if (k < c.end && d_.fold(k) == ",")
        for (std::uint32_t q = i; q <= k; ++q) aside[q - c.first] = 1;
      i = k;
    }
    for (std::uint32_t i = c.first; i < c.end; ++i) {
      std::int32_t th = d_.at(cat::trigger, i);
      if (th < 0) continue;
      const lex_hit& h = d_.hit(cat::trigger, th);
      const trigger_row& tr = m_.triggers[d_.mean(m_, cat::trigger, th).index];
      std::uint32_t tend = std::min(h.end, c.end);
      i = tend - 1;
      if (wclass(h.first) == "not_trigger") continue;
      // Greetings or invitations right after the trigger: "menerima salam", "menerima undangan".
      bool greeting_after = false;
      for (std::uint32_t k = tend; k < std::min(c.end, tend + 2); ++k) {
        std::int32_t mh = d_.at(cat::modality, k);
        if (mh >= 0) {
          const std::string& ty = m_.modality[d_.mean(m_, cat::modality, mh).index].type;
          if (ty == "greeting" || ty == "invitation") greeting_after = true;
        }
      }
      if (greeting_after) continue;
      // An anaphoric noun ("pertemuan itu") refers to a meeting told before.
      std::uint32_t wend = 0;
      if (tr.frame == "noun" && tend < c.end && wclass(tend, &wend) == "demonstrative") continue;
      if (excluded[h.first - c.first]) continue;

      std::vector<std::uint32_t> parts;
      std::size_t subjects = 0;  // parts[0, subjects) stand before the trigger
      std::vector<std::string> cues;
      auto add = [&](std::uint32_t e) {
        if (std::find(parts.begin(), parts.end(), e) == parts.end()) parts.push_back(e);
      };
      auto add_mention = [&](std::uint32_t mi) {
        const mention_rec& r = d_.mentions[mi];
        if (excluded[r.first - c.first]) return;
        add(r.entity);
      };
      // "antara X dan Y" within a few tokens after the trigger
      std::uint32_t between = 0;
      for (std::uint32_t k = tend; k < std::min(c.end, tend + 7); ++k)
        if (wclass(k) == "between") {
          between = k + 1;
          break;
        }
      bool passive = tr.frame == "passive";
      if (between) {
        std::uint32_t stop = c.end;
        for (std::uint32_t k = between; k < c.end; ++k) {
          std::string_view wc = wclass(k);
          if (wc == "speech" || wc == "clause_break" || (wc == "relative" && k > between)) {
            stop = k;
            break;
          }
          if (d_.fold(k) == "," && k + 1 < c.end && !is_person_mention(d_.mention_at[k + 1]) &&
              d_.at(cat::title, k + 1) < 0 && wclass(k + 1) != "and") {
            stop = k;
            break;
          }
        }
        for (std::uint32_t mi : persons_in(between, stop)) add_mention(mi);
      } else {
        // subjects: persons before the trigger in the clause
        std::vector<std::uint32_t> subj = persons_in(c.first, h.first);
        // The subject is the last coordinated group before the trigger.
        for (std::uint32_t mi : subj) {
          const mention_rec& r = d_.mentions[mi];
          if (ent(r.entity).speaker && h.first - r.end > 3) continue;
          // objects of prepositions before the trigger ("Kepada Hun Manet, Sugiono ...") are not subjects
          if (r.first > c.first && (wclass(r.first - 1) == "to" || wclass(r.first - 1) == "with")) continue;
          add_mention(mi);
        }
        if (parts.empty()) {
          // pair anaphors and pronouns as subjects
          for (std::uint32_t k = c.first; k < h.first; ++k) {
            std::uint32_t e2 = 0;
            std::string_view wc = wclass(k, &e2);
            if (wc == "pair_anaphor") {
              for (std::uint32_t e : group_before(k)) add(e);
              if (d_.explain) cues.push_back("pair_anaphor");
            } else if (wc == "person_anaphor") {
              std::int32_t e = resolve_pronoun(k, s.first_token);
              if (e >= 0) add(static_cast<std::uint32_t>(e));
              if (d_.explain) cues.push_back("pronoun");
            }
          }
        }
        subjects = parts.size();
        // objects: persons after the trigger until a stop
        std::uint32_t stop = c.end;
        for (std::uint32_t k = tend; k < c.end; ++k) {
          std::string_view wc = wclass(k);
          if (wc == "relative" && d_.covering(cat::honorific, k) >= 0) continue;  // "Yang Mulia"
          // "..., yang juga Presiden Laos, X": an appositive title, not a new clause
          // "delegasi ... yang dipimpin oleh X": the head of the delegation takes part
          if (wc == "relative" && k + 1 < c.end && d_.fold(k + 1) == "dipimpin") continue;
          if (wc == "relative" && ((k + 1 < c.end && d_.at(cat::title, k + 1) >= 0) ||
                                   (k + 2 < c.end && d_.at(cat::title, k + 2) >= 0)))
            continue;
          if (wc == "speech" || wc == "clause_break" || wc == "accompany" || wc == "relative" || wc == "by") {
            if (wc == "by" && (passive || (k > tend && d_.fold(k - 1) == "dipimpin"))) continue;
            stop = k;
            break;
          }
          if (k > tend && d_.at(cat::trigger, k) >= 0) {
            stop = k;
            break;
          }
          std::int32_t mh = d_.at(cat::modality, k);
          if (mh >= 0 && m_.modality[d_.mean(m_, cat::modality, mh).index].type == "greeting") {
            stop = k;
            break;
          }
        }
        // a noun trigger without antara/dengan/attend takes only its subjects
        bool noun_with_object = tr.frame != "noun";
        for (std::uint32_t k = tend; k < stop && !noun_with_object; ++k) {
          std::string_view wc = wclass(k);
          if (wc == "with" || wc == "attend" || wc == "to") noun_with_object = true;
          if (is_person_mention(d_.mention_at[k])) break;
        }
        if (noun_with_object) {
          for (std::uint32_t mi : persons_in(tend, stop)) add_mention(mi);
          for (std::uint32_t k = tend; k < stop; ++k) {
            std::uint32_t e2 = 0;
            if (wclass(k, &e2) != "pair_anaphor" || excluded[k - c.first]) continue;
            for (std::uint32_t e : group_before(k)) add(e);
            if (d_.explain) cues.push_back("pair_anaphor");
            k = e2 - 1;
          }
        }
        // "Pertemuan yang dihadiri X, Y, dan Z"
        if (tr.frame == "noun" && parts.empty()) {
          for (std::uint32_t k = tend; k < c.end; ++k)
            if (wclass(k) == "attend") {
              for (std::uint32_t mi : persons_in(k, c.end)) add_mention(mi);
              break;
            }
        }
      }
      if (parts.size() < 2) continue;
      // "X bertemu dengan A dan B secara terpisah": X met A, and X met B.
      std::vector<std::vector<std::uint32_t>> groups;
      bool separately = false;
      for (std::uint32_t k = tend; k < c.end; ++k)
        if (d_.fold(k) == "terpisah") separately = true;
      if (separately && subjects >= 1 && parts.size() - subjects >= 2) {
        for (std::size_t k = subjects; k < parts.size(); ++k) {
          std::vector<std::uint32_t> g(parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(subjects));
          g.push_back(parts[k]);
          groups.push_back(std::move(g));
        }
        if (d_.explain) cues.push_back("separately");
      } else {
        groups.push_back(parts);
      }

      // Status: the nearest modality marker before the trigger in the clause.
      meeting_status st = meeting_status::happened;
      for (std::uint32_t k = h.first; k > c.first;) {
        --k;
        std::int32_t mh = d_.covering(cat::modality, k);
        if (mh < 0 || aside[k - c.first]) continue;
        const lex_hit& mhit = d_.hit(cat::modality, mh);
        const modality_row& mr = m_.modality[d_.mean(m_, cat::modality, mh).index];
        k = mhit.first;
        if (mr.scope == "after") continue;
        if (mr.type == "greeting") continue;
        if (d_.explain) cues.push_back("modality:" + m_.forms[d_.hit(cat::modality, mh).payload]);
        if (mr.type != "past") st = status_of(mr.type);
        break;
      }
      if (st == meeting_status::happened) {
        for (std::uint32_t k = tend; k < c.end; ++k) {
          // the trigger's own phrase ends at a purpose or relative clause
          std::string_view wc = wclass(k);
          if ((wc == "to" || wc == "relative" || wc == "clause_break" || wc == "speech" || d_.fold(k) == ",") &&
              d_.covering(cat::honorific, k) < 0)
            break;
          std::int32_t mh = d_.at(cat::modality, k);
          if (mh < 0) continue;
          const modality_row& mr = m_.modality[d_.mean(m_, cat::modality, mh).index];
          if ((mr.scope == "after" || mr.scope == "clause") && mr.type != "past" && mr.type != "greeting") {
            st = status_of(mr.type);
            if (d_.explain) cues.push_back("modality:" + m_.forms[d_.hit(cat::modality, mh).payload]);
            break;
          }
        }
      }
      // Date: in the clause, else the sentence, else the running date. A vague
      // one ("pekan lalu") gives none.
      bool future = st != meeting_status::happened;
      date when;
      bool vague = false;
      for (const auto& dm : dates)
        if (dm.first >= c.first && dm.first < c.end) {
          if (!dm.exact) vague = true;
          when = resolve_date(dm, d_.published, future);
          if (!when.empty()) break;
        }
      if (when.empty() && !vague)
        for (const auto& dm : dates) {
          if (!dm.exact) vague = true;
          when = resolve_date(dm, d_.published, future);
          if (!when.empty()) break;
        }
      if (when.empty() && !vague && !future) when = current;
      if (st == meeting_status::happened && when.complete() && d_.published.complete() &&
          d_.published < when) {
        st = meeting_status::planned;
        if (d_.explain) cues.push_back("date_after_publication");
      }
      for (const auto& group : groups) {
      relation r;
      r.type = relation_type::met;
      r.kind = tr.kind;
      r.status = st;
      r.when = when;
      for (std::uint32_t e : group) r.args.push_back(e);
      std::int32_t place = place_of(s.first_token, s.end_token, c);
      // The dateline city is where a meeting that happened was reported from: a fallback for those only.
      if (place < 0 && tr.kind != "phone_call" && st == meeting_status::happened && d_.dateline_place >= 0)
        place = doc_location(d_.dateline_place);
      if (tr.kind == "phone_call") place = -1;
      if (place >= 0) r.place = static_cast<std::size_t>(place);
      r.ev.begin = s.begin;
      r.ev.end = s.end;
      r.ev.trigger_begin = d_.text.tokens[h.first].begin;
      r.ev.trigger_end = d_.text.tokens[tend - 1].end;
      r.ev.trigger = std::string(d_.text.text.substr(r.ev.trigger_begin, r.ev.trigger_end - r.ev.trigger_begin));
      r.ev.rule = between ? "meeting.between" : passive ? "meeting.passive" : "meeting." + tr.frame;
      if (d_.explain) cues.insert(cues.begin(), "trigger:" + m_.forms[h.payload]);
      r.ev.cues = cues;
      // The same participants in the same clause: keep the more specific kind.
      bool merged = false;
      for (auto it = out_.rbegin(); it != out_.rend() && it->ev.begin == r.ev.begin; ++it) {
        relation& o = *it;
        if (o.type != relation_type::met) continue;
        std::set<std::size_t> a(o.args.begin(), o.args.end()), b(r.args.begin(), r.args.end());
        if (a != b) continue;
        if (kind_specificity(r.kind) > kind_specificity(o.kind)) o.kind = r.kind;
        merged = true;
      }
      if (!merged) out_.push_back(std::move(r));
      }
    }
  }

  // Document entity of a gazetteer location, created without mentions when needed.
  std::int32_t doc_location(std::int32_t gaz) {
    for (std::uint32_t i = 0; i < d_.entities.size(); ++i)
      if (d_.entities[i].gaz == gaz) return static_cast<std::int32_t>(i);
    doc_entity e;
    e.gaz = gaz;
    const auto& g = m_.gaz.entities()[static_cast<std::size_t>(gaz)];
    e.type = g.type;
    e.name = g.name;
    e.country = g.country;
    d_.entities.push_back(std::move(e));
    return static_cast<std::int32_t>(d_.entities.size() - 1);
  }

  // "di <location>" in the clause, then in the sentence; venues give their city.
  std::int32_t place_of(std::uint32_t sfirst, std::uint32_t send, const clause& c) {
    auto scan = [&](std::uint32_t a, std::uint32_t b) -> std::int32_t {
      for (std::uint32_t k = a; k + 1 < b; ++k) {
        if (wclass(k) != "place") continue;
        std::uint32_t wend = 0;
        wclass(k, &wend);
        for (std::uint32_t q = wend; q < std::min(b, wend + 6); ++q) {
          std::int32_t mi = d_.mention_at[q];
          if (mi < 0) {
            if (d_.text.tokens[q].kind == token_kind::word && !d_.text.tokens[q].has(tf_capitalized)) break;
            continue;
          }
          const doc_entity& e = ent(d_.mentions[static_cast<std::size_t>(mi)].entity);
          if (e.type != entity_type::location || e.gaz < 0) break;
          std::int32_t g = e.gaz;
          // climb venues to their city
          for (int guard = 0; guard < 3; ++guard) {
            const auto& ge = m_.gaz.entities()[static_cast<std::size_t>(g)];
            if (ge.kind == "city" || ge.kind == "capital" || ge.parent.empty()) break;
            const auto* p = m_.gaz.find(ge.parent);
            if (!p) break;
            g = static_cast<std::int32_t>(p - m_.gaz.entities().data());
          }
          const auto& gg = m_.gaz.entities()[static_cast<std::size_t>(g)];
          if (gg.kind == "sea" || gg.kind == "region" || gg.kind == "continent") break;
          return doc_location(g);
        }
      }
      return -1;
    };
    std::int32_t p = scan(c.first, c.end);
    return p >= 0 ? p : scan(sfirst, send);
  }

  // --- country relations ------------------------------------------------
  struct cmention {
    std::uint32_t first, end, entity;  // entity: doc entity of the country
    std::int32_t capital = -1;         // the capital's mention when a capital stands for the state
  };

  // A capital standing for its state becomes a mention of the state once a relation uses it.
  void use(const cmention& c) {
    if (c.capital < 0) return;
    const mention_rec r = d_.mentions[static_cast<std::size_t>(c.capital)];
    for (std::uint32_t mi : d_.entities[c.entity].mentions)
      if (d_.mentions[mi].first == r.first && d_.mentions[mi].kind == mention_kind::metonym) return;
    d_.mentions.push_back({r.first, r.end, c.entity, r.sentence, mention_kind::metonym});
    d_.entities[c.entity].mentions.push_back(static_cast<std::uint32_t>(d_.mentions.size() - 1));
  }

  std::int32_t country_entity(std::uint32_t gaz_country) {
    for (std::uint32_t i = 0; i < d_.entities.size(); ++i)
      if (d_.entities[i].gaz == static_cast<std::int32_t>(gaz_country)) return static_cast<std::int32_t>(i);
    return doc_location(static_cast<std::int32_t>(gaz_country));
  }

  std::vector<cmention> country_mentions(const clause& c) {
    std::vector<cmention> out;
    for (std::uint32_t i = c.first; i < c.end; ++i) {
      std::int32_t mi = d_.mention_at[i];
      if (mi < 0) continue;
      const mention_rec& r = d_.mentions[static_cast<std::size_t>(mi)];
      if (r.first != i) continue;
      i = r.end - 1;
      const doc_entity& e = ent(r.entity);
      if (r.kind != mention_kind::name) continue;
      if (e.type == entity_type::country) {
        out.push_back({r.first, r.end, r.entity, -1});
      } else if (e.type == entity_type::location && e.gaz >= 0 &&
                 m_.capital_country[static_cast<std::size_t>(e.gaz)] >= 0) {
        // a capital standing for its state, unless it is a place ("di Hanoi", "ke Beijing")
        std::string_view before = r.first > c.first ? wclass(r.first - 1) : std::string_view();
        if (before == "place" || before == "from" || before == "to") continue;
        if (r.first > c.first && (d_.fold(r.first - 1) == "ke" || d_.fold(r.first - 1) == "tiba")) continue;
        bool coordinated = false;
        for (std::uint32_t k : {r.end, r.first > 0 ? r.first - 1 : r.end}) {
          if (k >= c.end) continue;
          std::string_view f = d_.fold(k);
          if (f == "dan" || f == "-") coordinated = true;
        }
        if (!coordinated) continue;
        // not in a route name: "jalan tol Phnom Penh-Bavet", "kereta Vientiane-Boten"
        bool route = false;
        for (std::uint32_t k = r.first; k > c.first && k + 4 > r.first;) {
          --k;
          std::string_view f = d_.fold(k);
          if (f == "jalan" || f == "tol" || f == "jalur" || f == "rute" || f == "kereta" || f == "penerbangan" ||
              f == "koridor")
            route = true;
        }
        if (route) continue;
        std::int32_t ce = country_entity(static_cast<std::uint32_t>(m_.capital_country[static_cast<std::size_t>(e.gaz)]));
        out.push_back({r.first, r.end, static_cast<std::uint32_t>(ce), mi});
      }
    }
    return out;
  }

  std::string cue_kind(const clause& c, std::vector<std::string>& cues) const {
    std::string kind;
    for (std::uint32_t k = c.first; k < c.end; ++k) {
      std::int32_t h = d_.at(cat::relation_cue, k);
      if (h < 0) continue;
      // "tidak mencapai kesepakatan": a denied cue says nothing
      bool denied = false;
      for (std::uint32_t q = k > c.first + 2 ? k - 2 : c.first; q < k; ++q) {
        std::int32_t mh = d_.covering(cat::modality, q);
        if (mh >= 0) {
          const std::string& ty = m_.modality[d_.mean(m_, cat::modality, mh).index].type;
          if (ty == "negation" || ty == "cancel") denied = true;
        }
      }
      if (denied) continue;
      const std::string& kk = m_.cues[d_.mean(m_, cat::relation_cue, h).index].kind;
      if (d_.explain) cues.push_back("cue:" + m_.forms[d_.hit(cat::relation_cue, h).payload]);
      if (kind.empty() || (kind == "meeting" && kk != "meeting")) kind = kk;
    }
    return kind;
  }

  void add_country_relation(std::uint32_t a, std::uint32_t b, const std::string& kind, const sentence& s,
                            const std::string& rule, std::vector<std::string> cues) {
    if (a == b) return;
    relation r;
    r.type = relation_type::country_relation;
    r.args = {a, b};
    r.kind = kind.empty() ? "cooperation" : kind;
    r.ev.begin = s.begin;
    r.ev.end = s.end;
    r.ev.rule = rule;
    r.ev.cues = std::move(cues);
    out_.push_back(std::move(r));
  }

  // "kedua negara" with a cue: the two countries of the last few sentences, when there are exactly two.
  void country_anaphor(std::uint32_t si, const clause& c, const std::string& kind, std::vector<std::string> cues) {
    bool anaphor = false;
    for (std::uint32_t k = c.first; k < c.end; ++k)
      if (wclass(k) == "country_anaphor") anaphor = true;
    if (!anaphor) return;
    std::set<std::uint32_t> seen;
    std::uint32_t from = si >= 3 ? si - 3 : 0;
    for (std::uint32_t k = d_.text.sentences[from].first_token; k < c.end; ++k) {
      std::int32_t mi = d_.mention_at[k];
      if (mi < 0) continue;
      const mention_rec& r = d_.mentions[static_cast<std::size_t>(mi)];
      if (r.kind == mention_kind::name && ent(r.entity).type == entity_type::country &&
          (r.first == 0 || wclass(r.first - 1) != "place"))
        seen.insert(r.entity);
    }
    if (seen.size() != 2) return;
    if (d_.explain) cues.push_back("country_anaphor");
    add_country_relation(*seen.begin(), *seen.rbegin(), kind, d_.text.sentences[si], "country.anaphor",
                         std::move(cues));
  }

  void country_pairs(std::uint32_t si, const clause& c) {
    const sentence& s = d_.text.sentences[si];
    std::vector<cmention> cs = country_mentions(c);
    std::vector<std::string> cues;
    std::string kind = cue_kind(c, cues);
    if (cs.size() < 2) {
      if (!kind.empty() && kind != "meeting") country_anaphor(si, c, kind, cues);
      return;
    }
    std::set<std::pair<std::uint32_t, std::uint32_t>> done;
    auto pair = [&](std::uint32_t a, std::uint32_t b, const char* rule) {
      if (a == b) return;
      auto key = std::minmax(a, b);
      if (!done.insert(key).second) return;
      for (const auto& x : cs)
        if (x.entity == a || x.entity == b) use(x);
      add_country_relation(a, b, kind, s, rule, cues);
    };
    // hyphen compounds: Vietnam-Kamboja-Laos
    for (std::size_t i = 0; i + 1 < cs.size(); ++i) {
      std::size_t j = i;
      while (j + 1 < cs.size() && cs[j + 1].first == cs[j].end + 1 && d_.fold(cs[j].end) == "-" &&
             !d_.text.tokens[cs[j].end].has(tf_space_before) && !d_.text.tokens[cs[j + 1].first].has(tf_space_before))
        ++j;
      if (j > i) {
        // not part of a longer chain of places (Ho Chi Minh-Moc Bai-Bavet-Phnom Penh)
        bool chain = (cs[i].first > 0 && d_.fold(cs[i].first - 1) == "-") ||
                     (cs[j].end < c.end && d_.fold(cs[j].end) == "-");
        if (!chain)
          for (std::size_t a = i; a <= j; ++a)
            for (std::size_t b = a + 1; b <= j; ++b) pair(cs[a].entity, cs[b].entity, "country.compound");
        i = j;
      }
    }
    if (kind.empty() || kind == "meeting") return;
    // coordination: "Kamboja dan Laos", "Vietnam, Kamboja, dan Laos"
    for (std::size_t i = 0; i + 1 < cs.size(); ++i) {
      std::size_t j = i;
      while (j + 1 < cs.size()) {
        bool joined = true;
        for (std::uint32_t k = cs[j].end; k < cs[j + 1].first; ++k) {
          std::string_view f = d_.fold(k);
          if (f != "," && f != "dan" && f != "serta") joined = false;
        }
        if (!joined || cs[j + 1].first == cs[j].end) break;
        ++j;
      }
      for (std::size_t a = i; a <= j; ++a)
        for (std::size_t b = a + 1; b <= j; ++b) pair(cs[a].entity, cs[b].entity, "country.coordination");
      i = j;
    }
    // exactly two countries in a clause with a cue; "di Ukraina" is a place
    std::set<std::uint32_t> distinct;
    for (const auto& x : cs)
      if (x.first == c.first || wclass(x.first - 1) != "place") distinct.insert(x.entity);
    if (distinct.size() == 2) pair(*distinct.begin(), *distinct.rbegin(), "country.clause");
  }

  void affiliations() {
    std::set<std::pair<std::size_t, std::size_t>> affiliated;
    for (std::uint32_t ei = 0; ei < d_.entities.size(); ++ei) {
      const doc_entity& e = d_.entities[ei];
      if (e.type != entity_type::person) continue;
      for (const text_role& r : e.roles) {
        if (r.org < 0) continue;
        const auto& org = m_.gaz.entities()[static_cast<std::size_t>(r.org)];
        if (org.type != entity_type::party) continue;
        std::int32_t oe = -1;
        for (std::uint32_t i = 0; i < d_.entities.size(); ++i)
          if (d_.entities[i].gaz == r.org) oe = static_cast<std::int32_t>(i);
        if (oe < 0) continue;
        if (!affiliated.insert({ei, static_cast<std::size_t>(oe)}).second) continue;
        relation rel;
        rel.type = relation_type::affiliation;
        rel.args = {ei, static_cast<std::size_t>(oe)};
        std::string role = r.role;
        if (role == "president") role = "party_president";
        if (role == "secretary_general") role = "party_general_secretary";
        rel.role = role;
        const sentence& s = d_.text.sentences[d_.sentence_of[r.first]];
        rel.ev.begin = s.begin;
        rel.ev.end = s.end;
        rel.ev.trigger_begin = d_.text.tokens[r.first].begin;
        rel.ev.trigger_end = d_.text.tokens[r.end - 1].end;
        rel.ev.trigger = std::string(d_.text.text.substr(rel.ev.trigger_begin, rel.ev.trigger_end - rel.ev.trigger_begin));
        rel.ev.rule = "affiliation.title";
        out_.push_back(std::move(rel));
      }
    }
  }

  void meeting_countries() {
    std::vector<relation> extra;
    std::set<std::pair<std::string, std::string>> have;
    for (const relation& r : out_) {
      if (r.type != relation_type::met || r.status != meeting_status::happened) continue;
      for (std::size_t a = 0; a < r.args.size(); ++a)
        for (std::size_t b = a + 1; b < r.args.size(); ++b) {
          const std::string& ca = ent(static_cast<std::uint32_t>(r.args[a])).country;
          const std::string& cb = ent(static_cast<std::uint32_t>(r.args[b])).country;
          if (ca.empty() || cb.empty() || ca == cb) continue;
          if (!have.insert(std::minmax(ca, cb)).second) continue;
          auto ia = m_.country_by_code.find(ca), ib = m_.country_by_code.find(cb);
          if (ia == m_.country_by_code.end() || ib == m_.country_by_code.end()) continue;
          relation cr;
          cr.type = relation_type::country_relation;
          cr.kind = "meeting";
          cr.args = {static_cast<std::size_t>(country_entity(ia->second)),
                     static_cast<std::size_t>(country_entity(ib->second))};
          cr.ev = r.ev;
          cr.ev.rule = "country.meeting";
          extra.push_back(std::move(cr));
        }
    }
    for (auto& r : extra) out_.push_back(std::move(r));
  }
};

}  // namespace

void extract_relations(const extractor::model& m, doc_state& d, document& out) {
  relation_extractor x(m, d, out.relations);
  x.run();
}

}  // namespace detail
}  // namespace jumpa
