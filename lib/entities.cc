// Stage 4: entity recognition over a matched document.
//
//  1. gazetteer names: leftmost-longest over every entity form, priority
//     person > party > organization > country > location on equal spans;
//     traps (dolar AS, bergaya Jepang) and lower-case common words rejected;
//  2. title phrases ("Wakil Perdana Menteri sekaligus Menlu Kamboja") give
//     roles to the person that follows, or make an unknown name a person;
//  3. appositives ("Kin Phea, direktur ...") and honorifics make persons;
//  4. short forms link to the unique earlier full mention sharing the token;
//  5. title-only mentions ("menlu China itu") link to the latest person
//     holding that role.
#include "jumpa/entities.h"

#include <algorithm>
#include <map>
#include <set>

#include "pipeline.h"

namespace jumpa {

const char* to_string(mention_kind k) noexcept {
  switch (k) {
    case mention_kind::name: return "name";
    case mention_kind::short_name: return "short";
    case mention_kind::title: return "title";
    case mention_kind::pronoun: return "pronoun";
    case mention_kind::nested: return "nested";
    case mention_kind::adjective: return "adjective";
    case mention_kind::metonym: return "metonym";
  }
  return "unknown";
}

namespace detail {
namespace {

using model = extractor::model;

int type_rank(entity_type t) {
  switch (t) {
    case entity_type::person: return 0;
    case entity_type::party: return 1;
    case entity_type::organization: return 2;
    case entity_type::country: return 3;
    case entity_type::location: return 4;
  }
  return 5;
}

bool lower_initial(const doc_state& d, std::uint32_t tok) {
  std::string_view raw = d.text.raw(d.text.tokens[tok]);
  return !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z';
}

struct candidate {
  std::uint32_t first, end, entity;  // gazetteer entity
  cat c;
};

class recognizer {
 public:
  recognizer(const model& m, doc_state& d) : m_(m), d_(d) {}

  void run() {
    const std::size_t n = d_.text.tokens.size();
    d_.mention_at.assign(n, -1);
    gazetteer_names();
    bodies();
    title_phrases();
    short_forms();
    appositives_and_honorifics();
    counterparts();
    short_forms();
    title_only_mentions();
  }

 private:
  const model& m_;
  doc_state& d_;
  std::map<std::int32_t, std::uint32_t> by_gaz_;        // gazetteer index → doc entity
  std::map<std::string, std::uint32_t> by_pattern_;     // folded name → doc entity

  const gazetteer_entity& gent(std::uint32_t i) const { return m_.gaz.entities()[i]; }

  bool boiler(std::uint32_t tok) const { return d_.text.sentences[d_.sentence_of[tok]].boilerplate; }

  // A headline in title case ("Hun Sen Terima Menlu Thailand Bahas Perbatasan"):
  // its capitalised words are not names.
  bool headline(std::uint32_t tok) {
    std::uint32_t si = d_.sentence_of[tok];
    if (headline_.size() != d_.text.sentences.size()) headline_.assign(d_.text.sentences.size(), -1);
    if (headline_[si] < 0) {
      const sentence& s = d_.text.sentences[si];
      std::uint32_t words = 0, caps = 0;
      for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
        const token& t = d_.text.tokens[k];
        if (t.kind != token_kind::word) continue;
        ++words;
        if (t.has(tf_capitalized)) ++caps;
      }
      std::string_view last = d_.fold(s.end_token - 1);
      bool final_punct = last == "." || last == "!" || last == "?" || last == "\"";
      headline_[si] = words >= 4 && caps * 4 >= words * 3 && !final_punct ? 1 : 0;
    }
    return headline_[si] == 1;
  }
  std::vector<std::int8_t> headline_;

  bool trapped(std::uint32_t first, std::uint32_t end, entity_type t) const {
    auto bad_effect = [&](std::int32_t h) {
      const std::string& eff = m_.traps[d_.mean(m_, cat::trap, h).index].effect;
      return eff == "not_entity" || (eff == "not_country" && t == entity_type::country);
    };
    if (first > 0) {
      std::int32_t h = d_.covering(cat::trap, first - 1);
      if (h >= 0 && d_.hit(cat::trap, h).end == first &&
          m_.traps[d_.mean(m_, cat::trap, h).index].position == "before" && bad_effect(h))
        return true;
    }
    std::int32_t h = d_.at(cat::trap, end);
    return h >= 0 && m_.traps[d_.mean(m_, cat::trap, h).index].position == "after" && bad_effect(h);
  }

  std::uint32_t entity_for_gaz(std::int32_t g) {
    auto it = by_gaz_.find(g);
    if (it != by_gaz_.end()) return it->second;
    doc_entity e;
    e.gaz = g;
    const auto& ge = gent(static_cast<std::uint32_t>(g));
    e.type = ge.type;
    e.name = ge.name;
    e.country = ge.country;
    d_.entities.push_back(std::move(e));
    std::uint32_t idx = static_cast<std::uint32_t>(d_.entities.size() - 1);
    by_gaz_[g] = idx;
    return idx;
  }

  std::uint32_t entity_for_pattern(const std::string& name, const std::string& country) {
    std::string key = fold(name);
    auto it = by_pattern_.find(key);
    if (it != by_pattern_.end()) {
      if (d_.entities[it->second].country.empty()) d_.entities[it->second].country = country;
      return it->second;
    }
    doc_entity e;
    e.type = entity_type::person;
    e.name = name;
    e.country = country;
    d_.entities.push_back(std::move(e));
    std::uint32_t idx = static_cast<std::uint32_t>(d_.entities.size() - 1);
    by_pattern_[key] = idx;
    return idx;
  }

  bool free_span(std::uint32_t first, std::uint32_t end) const {
    for (std::uint32_t k = first; k < end; ++k)
      if (d_.mention_at[k] >= 0) return false;
    return true;
  }

  std::int32_t add_mention(std::uint32_t first, std::uint32_t end, std::uint32_t entity, mention_kind kind,
                           bool mark = true) {
    mention_rec r;
    r.first = first;
    r.end = end;
    r.entity = entity;
    r.sentence = d_.sentence_of[first];
    r.kind = kind;
    d_.mentions.push_back(r);
    std::int32_t mi = static_cast<std::int32_t>(d_.mentions.size() - 1);
    d_.entities[entity].mentions.push_back(static_cast<std::uint32_t>(mi));
    if (kind == mention_kind::name) d_.entities[entity].first_name = std::min(d_.entities[entity].first_name, first);
    if (mark)
      for (std::uint32_t k = first; k < end; ++k) d_.mention_at[k] = mi;
    return mi;
  }

  // 1. Gazetteer names.
  void gazetteer_names() {
    std::vector<candidate> cands;
    for (const match& mt : d_.matches) {
      const meaning& me = m_.meanings[mt.payload];
      if (me.c != cat::ent_name && me.c != cat::ent_adjective) continue;
      if (boiler(mt.first_token)) continue;
      if (me.form_capitalized && lower_initial(d_, mt.first_token)) continue;
      const auto& ge = gent(me.index);
      if (trapped(mt.first_token, mt.end_token, ge.type)) continue;
      cands.push_back({mt.first_token, mt.end_token, me.index, me.c});
    }
    // Leftmost-longest; the ordering of find_all is kept (start, longer first).
    std::stable_sort(cands.begin(), cands.end(), [](const candidate& a, const candidate& b) {
      if (a.first != b.first) return a.first < b.first;
      return a.end > b.end;
    });
    std::uint32_t covered = 0;
    std::vector<candidate> chosen;
    for (std::size_t i = 0; i < cands.size();) {
      std::size_t j = i;
      while (j < cands.size() && cands[j].first == cands[i].first && cands[j].end == cands[i].end) ++j;
      if (cands[i].first < covered) {
        i = j;
        continue;
      }
      // Best rank on this span; names beat adjectives.
      int best = 100;
      for (std::size_t k = i; k < j; ++k)
        best = std::min(best, type_rank(gent(cands[k].entity).type) * 2 + (cands[k].c == cat::ent_adjective));
      std::set<std::uint32_t> winners;
      for (std::size_t k = i; k < j; ++k)
        if (type_rank(gent(cands[k].entity).type) * 2 + (cands[k].c == cat::ent_adjective) == best)
          winners.insert(cands[k].entity);
      if (winners.size() == 1) {
        candidate c = cands[i];
        c.entity = *winners.begin();
        for (std::size_t k = i; k < j; ++k)
          if (cands[k].entity == c.entity) c.c = cands[k].c;
        chosen.push_back(c);
        covered = cands[i].end;
      }  // an ambiguous span is not guessed
      i = j;
    }
    for (const candidate& c : chosen) {
      // News agencies (ANTARA, Xinhua) are sources, not actors.
      if (gent(c.entity).type == entity_type::organization && gent(c.entity).kind == "media") continue;
      std::uint32_t e = entity_for_gaz(static_cast<std::int32_t>(c.entity));
      add_mention(c.first, c.end, e, c.c == cat::ent_adjective ? mention_kind::adjective : mention_kind::name);
    }
    // Countries named inside party and organisation names.
    std::size_t from = 0;  // matches are ordered by first token: one sweep
    for (const candidate& c : chosen) {
      entity_type t = gent(c.entity).type;
      if (t != entity_type::party && t != entity_type::organization) continue;
      while (from < d_.matches.size() && d_.matches[from].first_token < c.first) ++from;
      for (std::size_t q = from; q < d_.matches.size() && d_.matches[q].first_token < c.end; ++q) {
        const match& mt = d_.matches[q];
        if (mt.end_token > c.end) continue;
        const meaning& me = m_.meanings[mt.payload];
        if (me.c != cat::ent_name || gent(me.index).type != entity_type::country) continue;
        add_mention(mt.first_token, mt.end_token, entity_for_gaz(static_cast<std::int32_t>(me.index)),
                    mention_kind::nested, false);
      }
    }
  }

 public:
  // A run of capitalised name tokens starting at `i`; returns its end (== i when none).
  std::uint32_t name_run(std::uint32_t i, std::uint32_t limit) const {
    const auto& toks = d_.text.tokens;
    std::uint32_t j = i, last_word_end = i;
    int words = 0;
    while (j < limit && words < 5) {
      const token& t = toks[j];
      if (d_.mention_at[j] >= 0) break;
      if (t.kind == token_kind::word) {
        std::string_view f = d_.fold(j);
        bool particle = words > 0 && (f == "bin" || f == "binti" || f == "van" || f == "de" || f == "da" ||
                                      f == "dos" || f == "der" || f == "al" || f == "o");
        if (j > i && t.has(tf_space_before) == false && toks[j - 1].kind == token_kind::punct &&
            d_.fold(j - 1) == "-") {
          // hyphenated part: Bahiddha-Nukara, Chan-o-cha
        } else if (!t.has(tf_capitalized) && !particle) {
          break;
        }
        if (t.has(tf_capitalized)) {
          // an ordinary word cannot start a name but may end one ("Lourdes Abad")
          if ((words == 0 && (d_.covering(cat::stopword, j) >= 0 || d_.covering(cat::honorific, j) >= 0)) ||
              d_.covering(cat::title, j) >= 0 || d_.covering(cat::month, j) >= 0 ||
              d_.covering(cat::weekday, j) >= 0 || d_.covering(cat::trigger, j) >= 0 ||
              d_.covering(cat::word, j) >= 0)
            break;
          if (t.has(tf_all_caps) && t.end - t.begin >= 3) break;  // acronyms, datelines
        }
        if (j > i && t.has(tf_newline_before) && t.has(tf_paragraph_before)) break;
        ++words;
        ++j;
        last_word_end = j;
        continue;
      }
      if (t.kind == token_kind::punct && words > 0) {
        std::string_view f = d_.fold(j);
        // "Ma." initials, "Marcos Jr." and hyphenated names
        if (f == "." && !t.has(tf_space_before) && toks[j - 1].end - toks[j - 1].begin <= 2 &&
            toks[j - 1].has(tf_capitalized)) {
          ++j;
          last_word_end = j;
          continue;
        }
        if (f == "-" && !t.has(tf_space_before) && j + 1 < limit && !toks[j + 1].has(tf_space_before) &&
            toks[j + 1].kind == token_kind::word) {
          ++j;
          continue;
        }
      }
      break;
    }
    // Drop a trailing lower-case particle.
    while (last_word_end > i && toks[last_word_end - 1].kind == token_kind::word &&
           !toks[last_word_end - 1].has(tf_capitalized) && d_.fold(last_word_end - 1).size() <= 5 &&
           (last_word_end - 1 == i || toks[last_word_end - 1].has(tf_space_before)))
      --last_word_end;
    return last_word_end;
  }

 private:
  std::string span_text(std::uint32_t first, std::uint32_t end) const {
    const auto& toks = d_.text.tokens;
    return std::string(d_.text.text.substr(toks[first].begin, toks[end - 1].end - toks[first].begin));
  }

  std::int32_t mention_entity_type(std::uint32_t tok, entity_type t) const {
    std::int32_t mi = d_.mention_at[tok];
    if (mi < 0) return -1;
    const auto& me = d_.mentions[static_cast<std::size_t>(mi)];
    if (me.first != tok) return -1;
    return d_.entities[me.entity].type == t ? mi : -1;
  }

 public:
  struct title_phrase {
    std::uint32_t first = 0, end = 0;  // tokens
    std::vector<text_role> roles;
    bool generic_only = true;
    bool speaker = false;
    bool occupation = true;
  };

  // Parses a title chain starting at a title hit: titles joined by dan /
  // sekaligus / merangkap, each qualified by countries, organisations,
  // places and fillers.
  bool parse_title(std::uint32_t start, std::uint32_t limit, title_phrase& out) const {
    std::uint32_t i = start;
    bool any = false;
    while (i < limit) {
      std::int32_t th = d_.at(cat::title, i);
      if (th < 0) break;
      const lex_hit& h = d_.hit(cat::title, th);
      const title_row& tr = m_.titles[d_.mean(m_, cat::title, th).index];
      text_role r;
      r.role = tr.role;
      r.first = h.first;
      r.speaker = tr.speaker;
      out.speaker |= tr.speaker;
      out.occupation &= tr.occupation;
      if (!tr.generic) out.generic_only = false;
      std::uint32_t j = h.end;
      // qualifiers
      int guard = 0;
      while (j < limit && guard++ < 12) {
        std::int32_t mi = d_.mention_at[j];
        if (mi >= 0 && d_.mentions[static_cast<std::size_t>(mi)].first == j) {
          const auto& men = d_.mentions[static_cast<std::size_t>(mi)];
          const doc_entity& e = d_.entities[men.entity];
          if (e.type == entity_type::person) break;
          if (e.type == entity_type::country) {
            if (r.country < 0) r.country = e.gaz;
          } else if (e.type == entity_type::party || e.type == entity_type::organization) {
            if (r.org < 0) r.org = e.gaz;
            if (r.country < 0 && !e.country.empty()) {
              auto it = m_.country_by_code.find(e.country);
              if (it != m_.country_by_code.end()) r.country = static_cast<std::int32_t>(it->second);
            }
          } else if (e.type == entity_type::location) {
            if (r.country < 0 && !e.country.empty()) {
              auto it = m_.country_by_code.find(e.country);
              if (it != m_.country_by_code.end()) r.country = static_cast<std::int32_t>(it->second);
            }
          }
          j = men.end;
          continue;
        }
        std::uint32_t wend = 0;
        std::string_view wc = word_class_at(m_, d_, j, &wend);
        if (wc == "title_filler") {
          j = wend;
          continue;
        }
        if ((wc == "to" || wc == "place") && j + 1 < limit) {
          std::int32_t nm = d_.mention_at[j + 1];
          if (nm >= 0 && d_.entities[d_.mentions[static_cast<std::size_t>(nm)].entity].type != entity_type::person) {
            ++j;
            continue;
          }
        }
        // "(CPV)", "(PRRL)": a parenthesised acronym.
        if (d_.fold(j) == "(") {
          std::uint32_t k = j + 1;
          while (k < limit && k < j + 5 && d_.fold(k) != ")") ++k;
          if (k < limit && d_.fold(k) == ")") {
            for (std::uint32_t q = j + 1; q < k; ++q) {
              std::int32_t pm = d_.mention_at[q];
              if (pm >= 0) {
                const doc_entity& e = d_.entities[d_.mentions[static_cast<std::size_t>(pm)].entity];
                if ((e.type == entity_type::party || e.type == entity_type::organization) && r.org < 0) r.org = e.gaz;
              }
            }
            j = k + 1;
            continue;
          }
        }
        break;
      }
      r.end = j;
      out.roles.push_back(r);
      any = true;
      i = j;
      // coordination with another title, before any name
      if (i < limit) {
        std::string_view f = d_.fold(i);
        std::uint32_t nxt = i + 1;
        if ((f == "dan" || f == "sekaligus" || f == "merangkap" || f == "serta") && nxt < limit &&
            d_.at(cat::title, nxt) >= 0) {
          i = nxt;
          continue;
        }
        if (f == "," && nxt < limit && d_.at(cat::title, nxt) >= 0) {
          // "Wakil Perdana Menteri, Menteri Luar Negeri X": only when the next title is followed by more title/name
          i = nxt;
          continue;
        }
      }
      break;
    }
    out.first = start;
    out.end = i;
    return any;
  }

 private:
  // A person the gazetteer does not know, named at [first, end) after the title phrase `tp`.
  std::uint32_t add_titled_person(std::uint32_t first, std::uint32_t end, const title_phrase& tp) {
    std::uint32_t ent = entity_for_pattern(span_text(first, end), phrase_country(tp));
    add_mention(first, end, ent, mention_kind::name);
    attach_roles(ent, tp);
    return ent;
  }

  // The ISO code of the first country a title phrase names, or "".
  std::string phrase_country(const title_phrase& tp) const {
    for (const text_role& r : tp.roles)
      if (r.country >= 0) return gent(static_cast<std::uint32_t>(r.country)).country;
    return {};
  }

  void attach_roles(std::uint32_t entity, const title_phrase& tp) {
    doc_entity& e = d_.entities[entity];
    for (text_role r : tp.roles) {
      // A title before a party is the party office: Sekretaris Jenderal / Presiden Partai X
      if (r.org >= 0 && gent(static_cast<std::uint32_t>(r.org)).type == entity_type::party) {
        if (r.role == "secretary_general") r.role = "party_general_secretary";
        else if (r.role == "president") r.role = "party_president";
      }
      bool dup = std::any_of(e.roles.begin(), e.roles.end(), [&](const text_role& x) {
        return x.role == r.role && x.country == r.country && x.org == r.org;
      });
      if (!dup) e.roles.push_back(r);
    }
    if (tp.speaker) e.speaker = true;
    if (e.country.empty()) e.country = phrase_country(tp);
  }

  std::uint32_t skip_honorifics(std::uint32_t i, std::uint32_t limit) const {
    while (i < limit) {
      std::int32_t h = d_.at(cat::honorific, i);
      if (h < 0) break;
      i = d_.hit(cat::honorific, h).end;
    }
    return i;
  }

  std::uint32_t sentence_end(std::uint32_t tok) const { return d_.text.sentences[d_.sentence_of[tok]].end_token; }

  // 2. Title phrases followed by a person or an unknown name.
  void title_phrases() {
    const std::size_t n = d_.text.tokens.size();
    for (std::uint32_t i = 0; i < n; ++i) {
      if (d_.at(cat::title, i) < 0 || boiler(i)) continue;
      if (i > 0 && d_.covering(cat::title, i - 1) >= 0) continue;
      std::uint32_t limit = sentence_end(i);
      title_phrase tp;
      if (!parse_title(i, limit, tp)) continue;
      std::uint32_t j = tp.end;
      bool comma = false;
      if (j < limit && d_.fold(j) == ",") {
        comma = true;
        ++j;
      }
      // an honorific may be part of the person's alias ("Samdech Techo Hun Sen")
      if (j < limit && mention_entity_type(j, entity_type::person) < 0) j = skip_honorifics(j, limit);
      if (j < limit && !comma && d_.fold(j) == ",") {
        comma = true;
        ++j;
        if (j < limit && mention_entity_type(j, entity_type::person) < 0) j = skip_honorifics(j, limit);
      }
      if (j >= limit) continue;
      if (std::int32_t pm = mention_entity_type(j, entity_type::person); pm >= 0) {
        attach_roles(d_.mentions[static_cast<std::size_t>(pm)].entity, tp);
        i = tp.end > i ? tp.end - 1 : i;
        continue;
      }
      if (tp.occupation || tp.generic_only || headline(i)) continue;
      // "Juru bicara Departemen Luar Negeri Filipina, <Name>,": an unknown
      // organisation between the title and a comma before the name.
      if (!comma) {
        std::uint32_t k = j;
        bool lower_run = j > 0 && (d_.fold(j - 1) == "urusan" || d_.fold(j - 1) == "bidang");
        std::uint32_t after_mention = 0;  // first token after the last place/country/organisation
        while (k < limit && k < j + 8) {
          const token& t = d_.text.tokens[k];
          std::int32_t mi = d_.mention_at[k];
          if (mi >= 0) {
            const auto& men = d_.mentions[static_cast<std::size_t>(mi)];
            if (d_.entities[men.entity].type == entity_type::person) break;
            const doc_entity& qe = d_.entities[men.entity];
            if (tp.roles.back().country < 0) {
              if (qe.type == entity_type::country) {
                tp.roles.back().country = qe.gaz;
              } else if (!qe.country.empty()) {  // "Kemlu RI", "Provinsi Surin"
                auto it = m_.country_by_code.find(qe.country);
                if (it != m_.country_by_code.end()) tp.roles.back().country = static_cast<std::int32_t>(it->second);
              }
            }
            k = men.end;
            after_mention = k;
            continue;
          }
          if (t.kind != token_kind::word) break;
          std::string_view f = d_.fold(k);
          if (t.has(tf_capitalized) || f == "dan" || word_class_at(m_, d_, k) == "title_filler") {
            if (f == "urusan" || f == "bidang") lower_run = true;
            ++k;
            continue;
          }
          if (lower_run) {
            ++k;
            continue;
          }
          break;
        }
        // "Wakil Menteri Perencanaan dan Investasi Vietnam <Name> bertemu": the name
        // follows the last qualifier and ends before a lower-case word.
        if (after_mention > j && k > after_mention && (k >= limit || d_.fold(k) != ",")) {
          std::uint32_t ne = name_run(after_mention, limit);
          std::uint32_t words = 0;
          for (std::uint32_t q = after_mention; q < ne; ++q) words += d_.text.tokens[q].kind == token_kind::word;
          if (ne == k && words >= 2) {
            add_titled_person(after_mention, ne, tp);
            i = ne - 1;
            continue;
          }
        }
        if (k > j && k + 1 < limit && d_.fold(k) == ",") {
          std::uint32_t n0 = skip_honorifics(k + 1, limit);
          if (std::int32_t pm = mention_entity_type(n0, entity_type::person); pm >= 0) {
            attach_roles(d_.mentions[static_cast<std::size_t>(pm)].entity, tp);
            i = k;
            continue;
          }
          std::uint32_t ne = name_run(n0, limit);
          if (ne > n0 && (ne >= limit || d_.fold(ne) == "," || d_.fold(ne) == "." ||
                          !d_.text.tokens[ne].has(tf_capitalized))) {
            add_titled_person(n0, ne, tp);
            i = ne - 1;
            continue;
          }
          if (k > j + 1) continue;  // an organisation, then no name: nothing to add
        }
      }
      std::uint32_t e = name_run(j, limit);
      if (e == j) continue;
      // Single names need a country or a comma: "Dubes Buakeo" is fine only with a qualifier.
      bool qualified = std::any_of(tp.roles.begin(), tp.roles.end(), [](const text_role& r) {
        return r.country >= 0 || r.org >= 0;
      });
      std::uint32_t words = 0;
      for (std::uint32_t k = j; k < e; ++k) words += d_.text.tokens[k].kind == token_kind::word;
      if (words < 2 && !qualified && !comma) {
        // accept a single name when it recurs later (a surname) or is followed by a verb-like lower-case word
        if (!(e < limit && d_.text.tokens[e].kind == token_kind::word && !d_.text.tokens[e].has(tf_capitalized)))
          continue;
      }
      // "Dubes Buakeo" after "Buakeo Phumvongsay": the same person
      if (words == 1) {
        std::int32_t owner = earlier_owner(j);
        if (owner >= 0) {
          add_mention(j, e, static_cast<std::uint32_t>(owner), mention_kind::short_name);
          attach_roles(static_cast<std::uint32_t>(owner), tp);
          i = e - 1;
          continue;
        }
      }
      add_titled_person(j, e, tp);
      i = e - 1;
    }
  }

  // 3. "<Name>, <title> ..." and "<honorific> <Name>".
  void appositives_and_honorifics() {
    const std::size_t n = d_.text.tokens.size();
    for (std::uint32_t i = 0; i < n; ++i) {
      if (boiler(i) || d_.mention_at[i] >= 0) continue;
      const token& t = d_.text.tokens[i];
      if (t.kind != token_kind::word || !t.has(tf_capitalized) || headline(i)) continue;
      std::uint32_t limit = sentence_end(i);
      // honorific before
      bool after_honorific = i > 0 && d_.covering(cat::honorific, i - 1) >= 0 &&
                             d_.hit(cat::honorific, d_.covering(cat::honorific, i - 1)).end == i;
      // the token before must end a phrase: sentence start, punctuation, lower-case word
      if (!after_honorific && i > 0 && d_.sentence_of[i - 1] == d_.sentence_of[i]) {
        const token& p = d_.text.tokens[i - 1];
        if (p.kind == token_kind::word && p.has(tf_capitalized)) continue;
      }
      std::uint32_t e = name_run(i, limit);
      if (e == i) continue;
      std::uint32_t words = 0;
      for (std::uint32_t k = i; k < e; ++k) words += d_.text.tokens[k].kind == token_kind::word;
      if (after_honorific && words >= 2) {
        std::uint32_t ent = entity_for_pattern(span_text(i, e), "");
        add_mention(i, e, ent, mention_kind::name);
        i = e - 1;
        continue;
      }
      if (e + 1 < limit && d_.fold(e) == "," && d_.at(cat::title, e + 1) >= 0) {
        title_phrase tp;
        if (!parse_title(e + 1, limit, tp)) continue;
        if (tp.generic_only) continue;
        if (tp.occupation && words < 2) continue;
        if (words < 1) continue;
        add_titled_person(i, e, tp);
        i = e - 1;
      }
    }
    // Titles before a known person mention that the title pass did not see
    // ("Hun Sen, yang juga Presiden Partai Rakyat Kamboja (CPP)").
    for (std::size_t mi = 0; mi < d_.mentions.size(); ++mi) {
      const mention_rec men = d_.mentions[mi];
      if (d_.entities[men.entity].type != entity_type::person) continue;
      std::uint32_t j = men.end;
      std::uint32_t limit = sentence_end(men.first);
      if (j < limit && d_.fold(j) == ",") ++j;
      std::uint32_t wend = 0;
      std::string_view wc = j < limit ? word_class_at(m_, d_, j, &wend) : std::string_view();
      bool plain_appositive = wc != "relative" && !(j < limit && d_.fold(j) == "selaku");
      // "Menurut X, Perdana Menteri Kamboja itu ...": X is a speaker, the title starts a new subject
      if (men.first > 0 && word_class_at(m_, d_, men.first - 1) == "speech") continue;
      if (wc == "relative") {
        j = wend;
        if (j < limit && (d_.fold(j) == "juga" || d_.fold(j) == "kini")) ++j;
        if (j < limit && (d_.fold(j) == "menjabat")) ++j;
        if (j < limit && (d_.fold(j) == "sebagai")) ++j;
      } else if (j < limit && d_.fold(j) == "selaku") {
        ++j;
      } else if (!(j > men.end && j < limit && d_.at(cat::title, j) >= 0)) {
        continue;
      }
      if (j >= limit || d_.at(cat::title, j) < 0) continue;
      title_phrase tp;
      if (!parse_title(j, limit, tp)) continue;
      // "A, Menlu Laos, dan Menlu Vietnam B" is a list, not an appositive
      std::uint32_t after = tp.end;
      if (after < limit && d_.fold(after) == ",") ++after;
      if (after < limit && (d_.fold(after) == "dan" || d_.fold(after) == "serta")) continue;
      // a plain appositive is closed by a comma or ends the sentence
      if (plain_appositive && tp.end < limit && d_.fold(tp.end) != "," && d_.fold(tp.end) != ".") continue;
      const doc_entity& pe = d_.entities[men.entity];
      bool conflict = false;
      for (const text_role& r : tp.roles)
        if (r.country >= 0 && !pe.country.empty() && gent(static_cast<std::uint32_t>(r.country)).country != pe.country)
          conflict = true;
      if (!conflict) attach_roles(men.entity, tp);
    }
  }

  // "Komisi Bersama Kamboja-Thailand" → the organisation "Cambodia-Thailand Joint Commission".
  void bodies() {
    for (const lex_hit& h : d_.hits[static_cast<std::size_t>(cat::body)]) {
      if (boiler(h.first) || !free_span(h.first, h.end)) continue;
      if (!d_.text.tokens[h.end - 1].has(tf_capitalized)) continue;  // a name, not "komisi bersama"
      std::uint32_t limit = sentence_end(h.first);
      std::string name;
      std::uint32_t j = h.end;
      std::vector<std::string> countries;
      while (j < limit) {
        std::int32_t cm = mention_entity_type(j, entity_type::country);
        if (cm < 0) break;
        const mention_rec& r = d_.mentions[static_cast<std::size_t>(cm)];
        countries.push_back(d_.entities[r.entity].name);
        j = r.end;
        if (j + 1 < limit && d_.fold(j) == "-" && !d_.text.tokens[j].has(tf_space_before) &&
            mention_entity_type(j + 1, entity_type::country) >= 0)
          ++j;
        else
          break;
      }
      for (const auto& c : countries) name += (name.empty() ? "" : "-") + c;
      const std::string& body = m_.bodies[m_.meanings[h.payload].index].name;
      name = name.empty() ? body : name + " " + body;
      std::string key = "org:" + fold(name);
      std::uint32_t ent;
      if (auto it = by_pattern_.find(key); it != by_pattern_.end()) {
        ent = it->second;
      } else {
        doc_entity e;
        e.type = entity_type::organization;
        e.name = name;
        d_.entities.push_back(std::move(e));
        ent = static_cast<std::uint32_t>(d_.entities.size() - 1);
        by_pattern_[key] = ent;
      }
      // the countries stay country mentions; the body's own words become the organisation's mention
      std::uint32_t first = h.first;  // "sidang Komisi Bersama": the name starts at the capital
      while (first + 1 < h.end && !d_.text.tokens[first].has(tf_capitalized)) ++first;
      add_mention(first, h.end, ent, mention_kind::name);
    }
  }

  // "timpalannya dari Laos, <Name>": a counterpart named after the country.
  void counterparts() {
    const std::size_t n = d_.text.tokens.size();
    for (std::uint32_t i = 0; i < n; ++i) {
      std::uint32_t wend = 0;
      if (word_class_at(m_, d_, i, &wend) != "counterpart" || boiler(i)) continue;
      std::uint32_t limit = sentence_end(i);
      std::uint32_t j = wend;
      std::string country;
      if (j < limit && word_class_at(m_, d_, j) == "from") ++j;
      if (std::int32_t cm = mention_entity_type(j, entity_type::country); cm >= 0) {
        country = d_.entities[d_.mentions[static_cast<std::size_t>(cm)].entity].country;
        j = d_.mentions[static_cast<std::size_t>(cm)].end;
      }
      if (j < limit && d_.fold(j) == ",") ++j;
      j = skip_honorifics(j, limit);
      if (j >= limit || d_.mention_at[j] >= 0) continue;
      std::uint32_t e = name_run(j, limit);
      std::uint32_t words = 0;
      for (std::uint32_t k = j; k < e; ++k) words += d_.text.tokens[k].kind == token_kind::word;
      if (words < 2) continue;
      std::uint32_t ent = entity_for_pattern(span_text(j, e), country);
      add_mention(j, e, ent, mention_kind::name);
      i = e - 1;
    }
  }

  // The unique person with a full mention before `tok` whose names contain its token, or -1.
  std::int32_t earlier_owner(std::uint32_t tok) const {
    std::string f(d_.fold(tok));
    std::int32_t owner = -1;
    for (std::uint32_t ei = 0; ei < d_.entities.size(); ++ei) {
      const doc_entity& e = d_.entities[ei];
      if (e.type != entity_type::person || e.first_name >= tok || !has_token(name_tokens(e), f)) continue;
      if (owner >= 0) return -1;
      owner = static_cast<std::int32_t>(ei);
    }
    return owner;
  }

  // Tokens of a person's names, for short-form linking.
  // Folded tokens of a person's names (sorted), cached per document entity.
  const std::vector<std::string>& name_tokens(const doc_entity& e) const {
    if (e.gaz >= 0) return m_.person_tokens[static_cast<std::size_t>(e.gaz)];
    if (e.tokens.empty()) {
      for (auto& t : fold_tokens(e.name))
        if (t.size() >= 2 && t != "-" && t != ".") e.tokens.push_back(t);
      std::sort(e.tokens.begin(), e.tokens.end());
    }
    return e.tokens;
  }
  static bool has_token(const std::vector<std::string>& toks, const std::string& f) {
    return std::binary_search(toks.begin(), toks.end(), f);
  }

  // 4. Short forms: explicit ones from the gazetteer, then any capitalised
  // token that belongs to exactly one earlier full name.
  void short_forms() {
    struct full {
      std::uint32_t entity;
      std::uint32_t first_begin;
      const std::vector<std::string>* toks;
    };
    std::vector<full> persons;
    for (std::uint32_t ei = 0; ei < d_.entities.size(); ++ei) {
      const doc_entity& e = d_.entities[ei];
      if (e.type != entity_type::person) continue;
      std::uint32_t first = UINT32_MAX;
      for (std::uint32_t mi : e.mentions)
        if (d_.mentions[mi].kind == mention_kind::name) first = std::min(first, d_.mentions[mi].first);
      if (first == UINT32_MAX) continue;
      persons.push_back({ei, first, &name_tokens(e)});
    }
    // Explicit multi-token short forms from the gazetteer.
    for (const match& mt : d_.matches) {
      const meaning& me = m_.meanings[mt.payload];
      if (me.c != cat::ent_short || boiler(mt.first_token)) continue;
      if (!free_span(mt.first_token, mt.end_token)) continue;
      if (me.form_capitalized && lower_initial(d_, mt.first_token)) continue;
      auto it = by_gaz_.find(static_cast<std::int32_t>(me.index));
      if (it == by_gaz_.end()) continue;
      // ambiguous when another earlier person shares this form
      std::string f = fold(span_text(mt.first_token, mt.end_token));
      int owners = 0;
      bool earlier = false;
      for (const full& p : persons) {
        bool has = has_token(*p.toks, f) || (p.entity == it->second);
        if (!has) continue;
        if (p.first_begin < mt.first_token) {
          ++owners;
          if (p.entity == it->second) earlier = true;
        }
      }
      if (earlier && owners == 1) add_mention(mt.first_token, mt.end_token, it->second, mention_kind::short_name);
    }
    // Generic single-token links.
    const std::size_t n = d_.text.tokens.size();
    for (std::uint32_t i = 0; i < n; ++i) {
      const token& t = d_.text.tokens[i];
      if (t.kind != token_kind::word || !t.has(tf_capitalized) || d_.mention_at[i] >= 0 || boiler(i)) continue;
      if (d_.covering(cat::stopword, i) >= 0 || d_.covering(cat::title, i) >= 0 ||
          d_.covering(cat::honorific, i) >= 0 || d_.covering(cat::month, i) >= 0 ||
          d_.covering(cat::weekday, i) >= 0 || d_.covering(cat::word, i) >= 0)
        continue;
      if (t.has(tf_all_caps) && t.end - t.begin >= 3) continue;
      // Part of a longer unknown name? Then it is not a short form.
      auto cap_word = [&](std::uint32_t k) {
        const token& x = d_.text.tokens[k];
        return x.kind == token_kind::word && x.has(tf_capitalized) && d_.mention_at[k] < 0 &&
               d_.covering(cat::stopword, k) < 0 && d_.sentence_of[k] == d_.sentence_of[i];
      };
      if ((i + 1 < n && cap_word(i + 1)) || (i > 0 && cap_word(i - 1))) continue;
      std::string f(d_.fold(i));
      std::int32_t owner = -1;
      int owners = 0;
      for (const full& p : persons) {
        if (p.first_begin >= i || !has_token(*p.toks, f)) continue;
        if (owner != static_cast<std::int32_t>(p.entity)) {
          ++owners;
          owner = static_cast<std::int32_t>(p.entity);
        }
      }
      if (owners == 1) add_mention(i, i + 1, static_cast<std::uint32_t>(owner), mention_kind::short_name);
    }
  }

  bool holds(const doc_entity& e, const std::string& role, std::int32_t country) const {
    auto role_ok = [&](const std::string& r) {
      if (r == role) return true;
      // Related roles: a deputy PM who is also foreign minister answers to both titles.
      return false;
    };
    auto country_ok = [&](std::int32_t c) {
      if (country < 0) return true;
      if (c >= 0) return c == country;
      return !e.country.empty() && gent(static_cast<std::uint32_t>(country)).country == e.country;
    };
    for (const text_role& r : e.roles)
      if (role_ok(r.role) && country_ok(r.country)) return true;
    if (e.gaz >= 0) {
      for (const office* o : m_.offices[static_cast<std::size_t>(e.gaz)]) {
        if (!office_counts(*o, m_.offices[static_cast<std::size_t>(e.gaz)], d_.published) || !role_ok(o->role))
          continue;
        if (country < 0 || gent(static_cast<std::uint32_t>(country)).country == o->country) return true;
      }
    }
    return false;
  }

  // 5. "Menlu China itu", "Wakil Perdana Menteri", "duta besar tersebut".
  void title_only_mentions() {
    const std::size_t n = d_.text.tokens.size();
    // Person mentions by position, swept as i grows: last_seen[e] = 1 + latest mention start before i.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> order;
    for (const mention_rec& r : d_.mentions)
      if (d_.entities[r.entity].type == entity_type::person) order.emplace_back(r.first, r.entity);
    std::sort(order.begin(), order.end());
    std::vector<std::uint32_t> last_seen(d_.entities.size(), 0);
    std::size_t next_mention = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
      if (d_.at(cat::title, i) < 0 || boiler(i) || d_.mention_at[i] >= 0) continue;
      if (i > 0 && d_.covering(cat::title, i - 1) >= 0) continue;
      // "kedua Wakil Perdana Menteri" is a pair, not one person
      if (i > 0 && (d_.fold(i - 1) == "kedua" || d_.fold(i - 1) == "para" || d_.fold(i - 1) == "ketiga")) continue;
      // "Kantor Perdana Menteri": the title is part of a name
      if (i > 0 && d_.sentence_of[i - 1] == d_.sentence_of[i] && d_.mention_at[i - 1] < 0 &&
          d_.text.tokens[i - 1].kind == token_kind::word && d_.text.tokens[i - 1].has(tf_capitalized) &&
          d_.covering(cat::honorific, i - 1) < 0 && d_.covering(cat::stopword, i - 1) < 0)
        continue;
      std::uint32_t limit = sentence_end(i);
      title_phrase tp;
      if (!parse_title(i, limit, tp) || tp.generic_only || tp.occupation) continue;
      std::uint32_t j = skip_honorifics(tp.end, limit);
      if (j < limit && d_.fold(j) == ",") {
        std::uint32_t k = skip_honorifics(j + 1, limit);
        if (k < limit && (d_.mention_at[k] >= 0 || name_run(k, limit) > k)) continue;
      }
      if (j < limit && d_.mention_at[j] >= 0) continue;  // a title before a name
      if (j < limit && name_run(j, limit) > j) continue;
      std::uint32_t end = tp.end;
      std::uint32_t wend = 0;
      bool demonstrative = j < limit && word_class_at(m_, d_, j, &wend) == "demonstrative";
      if (demonstrative) end = wend;
      // Resolve to the latest person before i holding the title's roles.
      while (next_mention < order.size() && order[next_mention].first < i) {
        last_seen[order[next_mention].second] = order[next_mention].first + 1;
        ++next_mention;
      }
      std::int32_t best = -1;
      std::uint32_t best_pos = 0;
      for (std::uint32_t ei = 0; ei < d_.entities.size(); ++ei) {
        const doc_entity& e = d_.entities[ei];
        if (e.type != entity_type::person || ei >= last_seen.size() || last_seen[ei] == 0) continue;
        std::uint32_t last = last_seen[ei] - 1;
        bool ok = true;
        for (const text_role& q : tp.roles) ok = ok && holds(e, q.role, q.country);
        if (!ok) continue;
        if (best < 0 || last > best_pos) {
          best = static_cast<std::int32_t>(ei);
          best_pos = last;
        }
      }
      if (best < 0) continue;
      add_mention(i, end, static_cast<std::uint32_t>(best), mention_kind::title);
      last_seen[static_cast<std::size_t>(best)] = i + 1;
      i = end - 1;
    }
  }
};

}  // namespace

std::string_view word_class_at(const extractor::model& m, const doc_state& d, std::uint32_t tok,
                               std::uint32_t* end) {
  std::int32_t h = tok < d.word_at.size() ? d.word_at[tok] : -1;  // O(1): the most frequent lookup
  if (h < 0) return {};
  if (end) *end = d.hit(cat::word, h).end;
  return m.words[d.mean(m, cat::word, h).index].cls;
}

void recognize_entities(const extractor::model& m, doc_state& d) {
  recognizer r(m, d);
  r.run();
}

}  // namespace detail
}  // namespace jumpa
