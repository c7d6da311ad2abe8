// Private: matchers that share one token vocabulary, so that one pass of
// token ids over a text serves all of them (the model's entity-name matcher
// and each language's lexicon matcher read every token of every document).
#ifndef JUMPA_LIB_MATCHER_ACCESS_H_
#define JUMPA_LIB_MATCHER_ACCESS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "jumpa/matcher.h"

namespace jumpa::detail {

struct matcher_access {
  // One matcher per list, all over one vocabulary; each matches exactly as
  // matcher::compile_forms(list) would. On failure *failed (if given) is the
  // index of the list with the form compile_forms would refuse.
  static result<std::vector<matcher>> compile_sharing(const std::vector<std::vector<matcher_form>>& lists,
                                                      const matcher_options& options, std::size_t* failed = nullptr);
  // Each token's id in m's vocabulary (0: in no form of the shared vocabulary).
  static void token_ids(const matcher& m, const analyzed_text& text, std::vector<std::uint32_t>& ids);
  // The id of one folded token (as analyzed_text::fold gives it), or 0.
  static std::uint32_t token_id(const matcher& m, std::string_view folded);
  // m.find_all(text, out) from `ids` = token_ids(ids_from, text); ids_from
  // must share m's vocabulary (std::logic_error otherwise: a programming error).
  static void find_all(const matcher& m, const matcher& ids_from, const analyzed_text& text,
                       const std::vector<std::uint32_t>& ids, std::vector<match>& out);
};

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_MATCHER_ACCESS_H_
