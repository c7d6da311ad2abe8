// Private: text_analyzer::analyze as its two steps. Tokens and their folded
// forms do not depend on an analyzer's abbreviations and boilerplate lines
// (only sentences do), so the extractor tokenises once, picks the document's
// language from the tokens, and segments with that language's analyzer.
#ifndef JUMPA_LIB_ANALYZER_ACCESS_H_
#define JUMPA_LIB_ANALYZER_ACCESS_H_

#include <string_view>

#include "jumpa/text.h"

namespace jumpa::detail {

struct analyzer_access {
  // Clears `out` and fills its tokens, folded forms and problems (no sentences).
  static void tokenize(const text_analyzer& a, std::string_view text, analyzed_text& out);
  // Fills out.sentences from its tokens (as analyze() would after tokenize).
  static void segment(const text_analyzer& a, analyzed_text& out);
};

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_ANALYZER_ACCESS_H_
