// Private: where and when a document was published — from the caller, a date
// line ("22 April 2024"), a dateline ("PHNOM PENH, 3 Maret 2025 –") or a
// copyright year — and where its body starts.
#ifndef JUMPA_LIB_PUBLICATION_H_
#define JUMPA_LIB_PUBLICATION_H_

#include <cstdint>
#include <vector>

#include "dates.h"
#include "jumpa/date.h"
#include "lexical.h"

namespace jumpa::detail {

struct publication {
  date published;                  // may be empty or partial
  std::int32_t dateline_place = -1;  // gazetteer location index of the dateline city, or -1
  std::uint32_t body_start = 0;    // first token after the dateline or date line (no event dates or places before)
};

// `given` (the caller's date) wins over dates in the text. `scratch` is reused.
publication find_publication(const model& m, const lexical& lx, const date& given,
                             std::vector<date_mention>& scratch);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_PUBLICATION_H_
