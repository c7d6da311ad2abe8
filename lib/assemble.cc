#include "assemble.h"

#include <algorithm>
#include <charconv>

#include "roles.h"

namespace jumpa::detail {
namespace {

// One view over the table's entities and the relations' additions.
struct entity_source_view {
  const model& m;
  const entity_table& t;
  const relation_set& rels;
  // By entity, including metonyms: the first count() lists of a buffer the
  // thread reuses (their capacity stays from document to document).
  std::vector<std::vector<const mention_rec*>>& mentions;
  std::size_t count_;

  entity_source_view(const model& model_in, const entity_table& table_in, const relation_set& rels_in,
                     std::vector<std::vector<const mention_rec*>>& buffer)
      : m(model_in), t(table_in), rels(rels_in), mentions(buffer), count_(t.entities.size() + rels.added.size()) {
    if (mentions.size() < count_) mentions.resize(count_);
    for (std::size_t e = 0; e < count_; ++e) mentions[e].clear();
    for (std::size_t e = 0; e < t.entities.size(); ++e)
      for (std::uint32_t mi : t.entities[e].mentions) mentions[e].push_back(&t.mentions[mi]);
    for (const mention_rec& r : rels.metonyms) mentions[r.entity].push_back(&r);
  }
  std::size_t size() const { return count_; }
  std::int32_t gaz(std::size_t e) const {
    return e < t.entities.size() ? t.entities[e].gaz : rels.added[e - t.entities.size()];
  }
  std::uint32_t first_position(std::size_t e) const {
    std::uint32_t best = UINT32_MAX;
    for (const mention_rec* r : mentions[e]) best = std::min(best, r->first);
    return best;
  }
};

// Assigns `n` strings to `out` (its strings keep their storage).
template <class Fill>
void assign_strings(std::vector<std::string>& out, std::size_t n, Fill fill) {
  out.resize(n);
  for (std::size_t i = 0; i < n; ++i) fill(i, out[i]);
}

void gazetteer_fields(const gazetteer_entity& ge, entity& e) {
  e.ref = ge.id;
  // The Indonesian name first, then the aliases, then the acronyms.
  const std::size_t first = ge.name_id.empty() ? 0 : 1, acronyms = first + ge.aliases.size();
  assign_strings(e.aliases, acronyms + ge.acronyms.size(), [&](std::size_t i, std::string& a) {
    a = i < first ? ge.name_id : i < acronyms ? ge.aliases[i - first] : ge.acronyms[i - acronyms];
  });
  e.kind = ge.kind;
  e.parent = ge.parent;
}

// Sorts `ms` (the entity's mention records) by position and sets them as e's mentions.
void set_mentions(const lexical& lx, std::vector<const mention_rec*>& ms, entity& e) {
  auto before = [](const mention_rec* a, const mention_rec* b) { return a->first < b->first; };
  if (ms.size() <= 32) {  // short lists: a stable insertion sort, no temporary buffer
    for (std::size_t i = 1; i < ms.size(); ++i)
      for (std::size_t j = i; j > 0 && before(ms[j], ms[j - 1]); --j) std::swap(ms[j], ms[j - 1]);
  } else {
    std::stable_sort(ms.begin(), ms.end(), before);
  }
  const auto& toks = lx.text->tokens;
  e.mentions.resize(ms.size());
  std::size_t n = 0;
  for (const mention_rec* r : ms) {
    const std::uint32_t begin = toks[r->first].begin, end = toks[r->end - 1].end;
    if (n > 0 && e.mentions[n - 1].begin == begin && e.mentions[n - 1].end == end) continue;
    mention& mm = e.mentions[n++];
    mm.begin = begin;
    mm.end = end;
    mm.sentence = r->sentence;
    mm.kind = r->kind;
    mm.text.assign(lx.text->text.substr(begin, end - begin));
  }
  e.mentions.resize(n);
}

// "e" and k + 1.
void set_local_id(std::size_t k, std::string& id) {
  char digits[24];
  const auto r = std::to_chars(digits, digits + sizeof digits, k + 1);
  id.assign(1, 'e');
  id.append(digits, r.ptr);
}

void set_roles(const model& m, const std::vector<role_ref>& refs, std::vector<role>& out) {
  out.resize(refs.size());
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const role_ref& r = refs[i];
    role& x = out[i];
    x.id = r.id;
    x.label = r.role == kNoRole ? r.id : std::string_view(m.gaz().roles()[r.role].label);
    x.country = r.country;
    x.org = r.org;
    x.from_text = r.from_text;
  }
}

// Fills `e` (every field: it may hold an entity of an earlier document).
void fill_entity(entity_source_view& v, const lexical& lx, std::size_t src, std::size_t k, entity& e) {
  set_local_id(k, e.id);
  const std::int32_t g = v.gaz(src);
  if (src < v.t.entities.size()) {
    const doc_entity& de = v.t.entities[src];
    e.type = de.type;
    e.name = name_of(v.m, de);
    e.country = de.country;
    if (e.type == entity_type::person) set_roles(v.m, de.resolved, e.roles);
    else e.roles.clear();
  } else {
    const gazetteer_entity& ge = v.m.entity(static_cast<std::uint32_t>(g));
    e.type = ge.type;
    e.name = ge.name;
    e.country = ge.country;
    e.roles.clear();
  }
  if (g >= 0) {
    gazetteer_fields(v.m.entity(static_cast<std::uint32_t>(g)), e);
    e.source = entity_source::gazetteer;
  } else {
    e.ref.clear();
    e.aliases.clear();
    e.kind.clear();
    e.parent.clear();
    e.source = entity_source::pattern;
  }
  set_mentions(lx, v.mentions[src], e);
}

}  // namespace

void assemble_document(const model& m, const lexical& lx, const entity_table& t, relation_set& rels,
                       const extract_options& o, document& doc) {
  thread_local std::vector<std::vector<const mention_rec*>> mention_lists;
  thread_local std::vector<std::uint32_t> order, first;
  thread_local std::vector<std::size_t> remap;
  entity_source_view v(m, t, rels, mention_lists);
  order.resize(v.size());
  first.resize(v.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    order[i] = i;
    first[i] = v.first_position(i);
  }
  // Stable by first mention: ties keep their index order.
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return first[a] != first[b] ? first[a] < first[b] : a < b; });
  remap.resize(v.size());
  doc.entities.resize(order.size());  // the entities `doc` held keep their storage
  for (std::size_t k = 0; k < order.size(); ++k) {
    remap[order[k]] = k;
    fill_entity(v, lx, order[k], k, doc.entities[k]);
  }
  // The relations change hands; `rels` gets the old ones' storage, cleared at its next document.
  doc.relations.swap(rels.relations);
  for (auto& r : doc.relations) {
    for (auto& a : r.args) a = remap[a];
    if (r.place) r.place = remap[*r.place];
  }
  if (!o.keep_unhappened)
    doc.relations.erase(std::remove_if(doc.relations.begin(), doc.relations.end(),
                                       [](const relation& r) {
                                         return r.type == relation_type::met && r.status != meeting_status::happened;
                                       }),
                        doc.relations.end());
}

}  // namespace jumpa::detail
