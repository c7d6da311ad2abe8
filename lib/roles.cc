// Roles by the document's date: the dated offices of gazetteer persons, and
// titles read in the text unless the offices contradict them ("Presiden Hun
// Sen" in 2025: Senate and party president, not head of state).
#include <algorithm>

#include "roles.h"

namespace jumpa::detail {

bool office_counts(const model& m, const office& o, const std::vector<std::uint32_t>& all, const date& published) {
  if (published.complete()) return o.held_on(published);
  if (published.year != 0) return o.held_on(date{published.year, 12, 31});
  if (o.to.empty()) return true;
  for (std::uint32_t x : all)
    if (m.office_at(x).to.empty()) return false;
  return true;
}

bool holds(const model& m, const doc_entity& e, std::uint16_t role, std::int32_t country, const date& published) {
  auto country_ok = [&](std::int32_t c) {
    if (country < 0) return true;
    if (c >= 0) return c == country;
    return !e.country.empty() && m.entity(static_cast<std::uint32_t>(country)).country == e.country;
  };
  for (const text_role& r : e.roles)
    if (r.role == role && country_ok(r.country)) return true;
  if (e.gaz < 0) return false;
  const auto& offices = m.facts[static_cast<std::size_t>(e.gaz)].offices;
  for (std::uint32_t k : offices) {
    const office& o = m.office_at(k);
    if (!office_counts(m, o, offices, published) || m.office_role(k) != role) continue;
    if (country < 0 || m.entity(static_cast<std::uint32_t>(country)).country == o.country) return true;
  }
  return false;
}

bool leads(const model& m, const doc_entity& e, const date& published) {
  auto top = [&](std::uint16_t r) {
    return r != kNoRole && (m.roles[r].cls == role_class::head_of_state || m.roles[r].cls == role_class::head_of_government);
  };
  for (const text_role& r : e.roles)
    if (top(r.role)) return true;
  if (e.gaz < 0) return false;
  const auto& offices = m.facts[static_cast<std::size_t>(e.gaz)].offices;
  for (std::uint32_t k : offices)
    if (office_counts(m, m.office_at(k), offices, published) && top(m.office_role(k))) return true;
  return false;
}

namespace {

// Adds a role unless an equal one (or, for a title, one it only repeats) is in `out`.
void add_role(std::vector<role_ref>& out, const role_ref& r) {
  for (const auto& x : out)
    if (x.id == r.id && (x.org == r.org || (r.from_text && r.org.empty())) &&
        (x.country == r.country || r.country.empty()))
      return;
  out.push_back(r);
}

// Does a title of role `title` contradict the offices `held` of a known person?
bool contradicted(const model& m, const text_role& title, const std::vector<role_ref>& held) {
  if (title.role == kNoRole) return false;
  if (std::any_of(held.begin(), held.end(), [&](const role_ref& x) { return x.role == title.role; })) return false;
  role_class cls = m.roles[title.role].cls;
  if (cls == role_class::head_of_state || cls == role_class::head_of_government || cls == role_class::royal) return true;
  if (title.org >= 0) return false;
  // A title that one of the offices answers to ("Presiden" for the Senate president).
  return std::any_of(held.begin(), held.end(), [&](const role_ref& x) {
    if (x.role == kNoRole) return false;
    const auto& a = m.roles[x.role].answers_to;
    return std::find(a.begin(), a.end(), title.role) != a.end();
  });
}

}  // namespace

void resolve_roles(const model& m, const doc_entity& e, const date& published, std::vector<role_ref>& out) {
  out.clear();
  if (e.gaz >= 0) {
    const auto& offices = m.facts[static_cast<std::size_t>(e.gaz)].offices;
    for (std::uint32_t k : offices) {
      const office& o = m.office_at(k);
      if (office_counts(m, o, offices, published)) add_role(out, {m.office_role(k), o.role, o.country, o.org, false});
    }
  }
  const bool has_offices = !out.empty() && e.gaz >= 0;
  for (const text_role& r : e.roles) {
    if (has_offices && contradicted(m, r, out)) continue;
    // The person's own country is kept by the table (e.country) and named as such at output.
    std::string_view country = r.country >= 0 ? std::string_view(m.entity(static_cast<std::uint32_t>(r.country)).country)
                                              : std::string_view(e.country);
    std::string_view org = r.org >= 0 ? std::string_view(m.entity(static_cast<std::uint32_t>(r.org)).id) : std::string_view();
    std::string_view id = r.role == kNoRole ? std::string_view() : std::string_view(m.role_id(r.role));
    add_role(out, {r.role, id, country, org, true});
  }
}

}  // namespace jumpa::detail
