// Private: text helpers shared by the graph writers (DOT, GraphML, summary).
#ifndef JUMPA_LIB_GRAPH_TEXT_H_
#define JUMPA_LIB_GRAPH_TEXT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jumpa/graph.h"

namespace jumpa::detail {

// Text safe for DOT and XML: invalid UTF-8 becomes U+FFFD, carriage returns
// are dropped and other control characters but '\n' and '\t' become spaces.
std::string clean_text(std::string_view s);
// Kinds by count (descending), then by name.
std::vector<std::pair<std::string, std::size_t>> ranked_kinds(const edge_info& e);
// "talks<between>3<separator>visit<between>1".
std::string kinds_text(const edge_info& e, const char* between, const char* separator);
template <class Set>
std::string joined(const Set& items, const char* separator) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}
// The latest date: complete and partial dates sort as text; "--MM-DD" ones
// (no year) sort first, so they are the latest only when there is nothing else.
inline std::string last_date(const edge_info& e) { return e.dates.empty() ? std::string() : *e.dates.rbegin(); }

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_GRAPH_TEXT_H_
