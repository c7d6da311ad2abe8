// jumpa/matcher.h — stage 3: find every gazetteer form in analysed text.
//
// A `matcher` is compiled once from a list of forms (names, aliases, titles,
// triggers...). `find_all` reports every occurrence of every form that starts
// and ends on token boundaries, overlapping ones included, so that later
// stages can apply their own priority policy; `select_longest` applies the
// default one (leftmost-longest, non-overlapping).
//
// Two engines give identical results:
//  - `literal`: a token trie over folded tokens; one hash lookup per token.
//    The default: its speed does not depend on the number of forms.
//  - `re2`: RE2::Set automata over the folded token stream, anchored at each
//    token start, split into shards of `re2_shard_size` forms, each with an
//    explicit `re2_max_mem` budget so no entry can push RE2's DFA out of memory.
// Compilation fails with a status naming the offending form.
//
// A matcher is immutable after compile(), movable, cheap to copy (shared
// state) and safe to use from several threads at once.
#ifndef JUMPA_MATCHER_H_
#define JUMPA_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <string>
#include <vector>

#include "jumpa/status.h"
#include "jumpa/text.h"

namespace jumpa {
namespace detail {
struct matcher_access;  // private (lib/): matchers that share one token vocabulary
}

struct matcher_entry {
  std::string form;         // as written; folded by compile()
  std::uint32_t payload = 0;  // caller's value, reported with every match
  // Match only text whose letters are all upper case (short acronyms: AS, RI).
  bool case_sensitive = false;
};

// A form borrowed for compile(): the text is read during compile() only, so a
// caller can pass views into strings it already holds (no copies).
struct matcher_form {
  std::string_view form;      // as written; folded by compile()
  std::uint32_t payload = 0;  // caller's value, reported with every match
  bool case_sensitive = false;  // as in matcher_entry
};

enum class match_engine : std::uint8_t { literal, re2 };

struct matcher_options {
  match_engine engine = match_engine::literal;
  std::int64_t re2_max_mem = 64ll << 20;  // per RE2::Set shard
  std::size_t re2_shard_size = 1000;      // forms per shard
};

struct match {
  std::uint32_t first_token = 0, end_token = 0;  // tokens [first, end)
  std::uint32_t begin = 0, end = 0;              // bytes [begin, end) in the original text
  std::uint32_t payload = 0;
};

class matcher {
 public:
  matcher();  // matches nothing
  static result<matcher> compile(const std::vector<matcher_entry>& entries,
                                 const matcher_options& options = {});
  // The same from borrowed forms (same matches, same failures).
  static result<matcher> compile_forms(const std::vector<matcher_form>& entries, const matcher_options& options = {});
  // Why compile() would refuse `form` (no tokens, more than 64 tokens, a token
  // that folds to nothing), or ok.
  static status form_problem(std::string_view form);

  // Appends all matches to `out` (not cleared), ordered by first token, then
  // longer before shorter, then by payload.
  void find_all(const analyzed_text& text, std::vector<match>& out) const;
  std::vector<match> find_all(const analyzed_text& text) const;

  std::size_t size() const noexcept;  // number of entries
  match_engine engine() const noexcept;

 private:
  friend struct detail::matcher_access;
  struct impl;
  std::shared_ptr<const impl> impl_;
};

// Leftmost-longest, non-overlapping subset of `matches` (as ordered by
// find_all) appended to `out`; on equal spans the lower `rank(payload)` wins.
template <class Rank>
void select_longest(const std::vector<match>& matches, Rank rank, std::vector<match>& out) {
  const std::size_t start = out.size();
  std::uint32_t covered = 0;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const match& m = matches[i];
    if (out.size() > start && m.first_token < covered) continue;
    const match* best = &m;
    for (std::size_t j = i + 1; j < matches.size() && matches[j].first_token == m.first_token &&
                                matches[j].end_token == m.end_token;
         ++j)
      if (rank(matches[j].payload) < rank(best->payload)) best = &matches[j];
    out.push_back(*best);
    covered = m.end_token;
  }
}

template <class Rank>
std::vector<match> select_longest(const std::vector<match>& matches, Rank rank) {
  std::vector<match> out;
  select_longest(matches, rank, out);
  return out;
}

}  // namespace jumpa

#endif  // JUMPA_MATCHER_H_
