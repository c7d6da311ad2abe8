// Writing the gazetteer report and graphs.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.h"

using json = nlohmann::ordered_json;

namespace cli {

int check_gazetteer(const options& o) {
  std::vector<std::filesystem::path> dirs(o.gazetteers.begin(), o.gazetteers.end());
  for (const auto& i : o.inputs) dirs.emplace_back(i);
  jumpa::gazetteer_report rep = jumpa::gazetteer::check(dirs, !o.no_builtin);
  json j;
  j["valid"] = rep.ok();
  j["entities"] = rep.entities_by_type;
  j["offices"] = rep.offices;
  j["roles"] = rep.roles;
  j["lexicon_entries"] = rep.lexicon_entries;
  auto statuses = [](const std::vector<jumpa::status>& list) {
    json out = json::array();
    for (const auto& p : list) {
      json q;
      q["file"] = p.where().file;
      q["line"] = p.where().line;
      q["column"] = p.where().column;
      q["code"] = jumpa::to_string(p.code());
      q["message"] = p.message();
      q["text"] = p.to_string();
      out.push_back(std::move(q));
    }
    return out;
  };
  j["problems"] = statuses(rep.problems);
  j["warnings"] = statuses(rep.warnings);
  json amb = json::array();
  for (const auto& a : rep.ambiguities) amb.push_back({{"form", a.form}, {"ids", a.ids}, {"reason", a.reason}});
  j["ambiguities"] = std::move(amb);
  std::cout << j.dump(2) << "\n";
  return rep.ok() ? 0 : 1;
}

bool is_graph_format(const std::string& f) { return f == "dot" || f == "graphml" || f == "summary"; }

bool write_graph(std::ostream& out, const jumpa::relation_graph& g, const std::string& format, const options& o,
                 const jumpa::graph_filter& filter) {
  // The whole graph is written as it is (no copy: it can be large); --focus
  // and --from/--to write a smaller derived one.
  const jumpa::relation_graph* view = &g;
  jumpa::relation_graph derived;
  bool filtering = !filter.from.empty() || !filter.to.empty();
  if (!o.focus.empty()) {
    auto ids = g.find(o.focus);
    if (ids.empty()) {
      std::cerr << "jumpa-extract: --focus: no entity named '" << o.focus << "' in the graph\n";
      return false;
    }
    for (const auto& id : ids) derived.merge(g.ego(id, o.depth, filter));
    view = &derived;
  } else if (filtering) {
    derived = g.filtered(filter);
    view = &derived;
  }
  jumpa::status s;
  if (format == "dot") {
    jumpa::dot_options d;
    d.cluster_by_country = o.cluster;
    s = jumpa::write_dot(out, *view, d);
  } else if (format == "graphml") {
    s = jumpa::write_graphml(out, *view);
  } else {
    s = jumpa::write_summary(out, *view);
  }
  if (!s.ok()) std::cerr << "jumpa-extract: " << s.to_string() << "\n";
  return s.ok();
}

}  // namespace cli
