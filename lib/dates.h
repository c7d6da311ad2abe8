// Private: date expressions in news text ("Minggu (21/4)", "pada 20 April",
// "28 November 2025", "kemarin", "Kamis malam") and their resolution against
// the publication date. A year is never invented: without one the result is
// --MM-DD. The words (months, weekdays, relative dates, day parts) come from
// the language's lexicon.
#ifndef JUMPA_LIB_DATES_H_
#define JUMPA_LIB_DATES_H_

#include <cstdint>
#include <vector>

#include "jumpa/date.h"
#include "lexical.h"

namespace jumpa::detail {

struct date_mention {
  std::uint32_t first = 0, end = 0;  // tokens
  int year = 0, month = 0, day = 0;  // as written (0 = absent)
  int weekday = 0;                   // 1..7 when a weekday is named
  int relative_days = 0;             // for relative expressions
  bool relative = false;
  bool exact = true;                 // false for "pekan lalu", "bulan lalu", a month without a day
};

// Date expressions in tokens [first, end), in text order, into `out` (cleared).
void find_dates(const lexical& lx, std::uint32_t first, std::uint32_t end, std::vector<date_mention>& out);

// The calendar date a mention denotes, given the publication date (which may
// be empty or carry only a year). Returns an empty date when it cannot tell.
// A weekday on its own resolves to the latest such day on or before the
// publication date; with `future` (a planned meeting) a weekday or a day and
// month resolve to the next such day on or after it.
date resolve_date(const date_mention& dm, const date& published, bool future = false);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_DATES_H_
