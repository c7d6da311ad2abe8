// Affiliations: a person's title naming a party or an organisation
// ("Sekretaris Jenderal Partai Rakyat Kamboja", "Sekjen ASEAN", "Ketua DPR")
// makes the person a member in that role. Forums (meetings such as the AMM)
// are events, not bodies one belongs to.
#include <set>

#include "relation_passes.h"

namespace jumpa::detail {
namespace {

bool affiliating(const gazetteer_entity& org) {
  if (org.type == entity_type::party) return true;
  return org.type == entity_type::organization && org.kind != "forum";
}

// "Ketua Senat Kamboja Hun Sen": a title naming a body by its country; the
// body is the one the person's office record of that role names.
std::int32_t body_of_office(const relation_context& cx, const doc_entity& e, const text_role& r) {
  if (e.gaz < 0 || r.role == kNoRole) return -1;
  const role_class cls = cx.m.roles[r.role].cls;
  if (cls != role_class::legislature && cls != role_class::international && cls != role_class::party) return -1;
  for (std::uint32_t k : cx.m.facts[static_cast<std::size_t>(e.gaz)].offices) {
    const office& o = cx.m.office_at(k);
    if (o.org.empty() || cx.m.office_role(k) != r.role) continue;
    if (cx.pub.published.complete() && !o.held_on(cx.pub.published)) continue;
    if (const gazetteer_entity* g = cx.m.gaz().find(o.org)) return static_cast<std::int32_t>(g - cx.m.gaz().entities().data());
  }
  return -1;
}

}  // namespace

void affiliations(relation_context& cx) {
  std::set<std::pair<std::size_t, std::size_t>> affiliated;
  const auto& ents = cx.t.entities;
  for (std::uint32_t ei = 0; ei < ents.size(); ++ei) {
    const doc_entity& e = ents[ei];
    if (e.type != entity_type::person) continue;
    for (text_role r : e.roles) {
      if (r.org < 0) r.org = body_of_office(cx, e, r);
      if (r.org < 0 || !affiliating(cx.m.entity(static_cast<std::uint32_t>(r.org)))) continue;
      std::int32_t oe = -1;
      for (std::uint32_t i = 0; i < ents.size(); ++i)
        if (ents[i].gaz == r.org) oe = static_cast<std::int32_t>(i);
      if (oe < 0 && r.org >= 0) oe = static_cast<std::int32_t>(cx.entity_for(r.org));
      if (oe < 0 || !affiliated.insert({ei, static_cast<std::size_t>(oe)}).second) continue;
      relation rel;
      rel.type = relation_type::affiliation;
      rel.args = {ei, static_cast<std::size_t>(oe)};
      std::uint16_t role = r.role;
      bool party = cx.m.entity(static_cast<std::uint32_t>(r.org)).type == entity_type::party;
      if (party && role != kNoRole && cx.m.roles[role].in_party != kNoRole) role = cx.m.roles[role].in_party;
      rel.role = role == kNoRole ? std::string() : cx.m.role_id(role);
      const sentence& s = cx.lx.text->sentences[cx.lx.sentence_of[r.first]];
      rel.ev.begin = s.begin;
      rel.ev.end = s.end;
      rel.ev.trigger_begin = cx.tokens()[r.first].begin;
      rel.ev.trigger_end = cx.tokens()[r.end - 1].end;
      rel.ev.trigger = std::string(cx.lx.text->text.substr(rel.ev.trigger_begin, rel.ev.trigger_end - rel.ev.trigger_begin));
      if (cx.explain) rel.ev.rule = "affiliation.title";
      cx.out.relations.push_back(std::move(rel));
    }
  }
}

}  // namespace jumpa::detail
