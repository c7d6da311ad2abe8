// Tests for lib/dates.h: resolving date mentions against the publication date.
#include <catch2/catch.hpp>

#include "dates.h"

using jumpa::date;
using jumpa::detail::date_mention;
using jumpa::detail::resolve_date;

namespace {

// "21 April" / "(21/4)": day and month as written, optionally a year and a weekday.
date_mention day_month(int day, int month, int year = 0, int weekday = 0) {
  date_mention dm;
  dm.day = day;
  dm.month = month;
  dm.year = year;
  dm.weekday = weekday;
  return dm;
}

// "pada Minggu": a weekday on its own.
date_mention weekday_only(int weekday) {
  date_mention dm;
  dm.weekday = weekday;
  return dm;
}

// "kemarin" (-1), "lusa" (+2), "pekan lalu" (-7, not exact).
date_mention relative(int days, bool exact = true) {
  date_mention dm;
  dm.relative = true;
  dm.relative_days = days;
  dm.exact = exact;
  return dm;
}

const date kSenin{2024, 4, 22};  // a Monday
const date kNone{};

}  // namespace

TEST_CASE("dates: a written year is kept as is", "[dates]") {
  CHECK(resolve_date(day_month(21, 4, 2024), kSenin) == date{2024, 4, 21});
  CHECK(resolve_date(day_month(28, 11, 2025), kSenin) == date{2025, 11, 28});  // even after publication
  CHECK(resolve_date(day_month(5, 1, 2019), kNone) == date{2019, 1, 5});
  CHECK(resolve_date(day_month(5, 1, 2019, 3), kSenin) == date{2019, 1, 5});  // a wrong weekday does not move it
}

TEST_CASE("dates: the year is inferred from the publication date", "[dates]") {
  // Just before publication: the same year.
  CHECK(resolve_date(day_month(21, 4), kSenin) == date{2024, 4, 21});
  CHECK(resolve_date(day_month(2, 1), kSenin) == date{2024, 1, 2});
  // A little after publication (an announced meeting): still the same year.
  CHECK(resolve_date(day_month(10, 5), kSenin) == date{2024, 5, 10});
  CHECK(resolve_date(day_month(23, 5), kSenin) == date{2024, 5, 23});  // 31 days later
  // Long after publication: the previous year.
  CHECK(resolve_date(day_month(24, 5), kSenin) == date{2023, 5, 24});  // 32 days later
  CHECK(resolve_date(day_month(28, 12), date{2024, 1, 5}) == date{2023, 12, 28});
  CHECK(resolve_date(day_month(30, 1), date{2024, 1, 5}) == date{2024, 1, 30});
  // Across the new year the other way round: an announced date early next year.
  CHECK(resolve_date(day_month(3, 1), date{2023, 12, 20}) == date{2024, 1, 3});
  CHECK(resolve_date(day_month(3, 1, 0, 3), date{2023, 12, 20}) == date{2024, 1, 3});  // Rabu
  CHECK(resolve_date(day_month(25, 1), date{2023, 12, 20}) == date{2023, 1, 25});     // 36 days on: last January
  CHECK(resolve_date(day_month(3, 1), date{2023, 0, 0}) == date{2023, 1, 3});        // year only: that year
}

TEST_CASE("dates: a named weekday picks between this year and the last", "[dates]") {
  // "Minggu (21/4)" published on Monday 2024-04-22: 2024-04-21 is a Sunday.
  CHECK(resolve_date(day_month(21, 4, 0, 7), kSenin) == date{2024, 4, 21});
  // "Selasa (23/5)" published 2024-04-25: 2024-05-23 is a Thursday, 2023-05-23 a Tuesday.
  CHECK(resolve_date(day_month(23, 5, 0, 2), date{2024, 4, 25}) == date{2023, 5, 23});
  CHECK(resolve_date(day_month(23, 5, 0, 4), date{2024, 4, 25}) == date{2024, 5, 23});
  // "Selasa (31/12)" published 2025-01-10: 2024-12-31 was a Tuesday.
  CHECK(resolve_date(day_month(31, 12, 0, 2), date{2025, 1, 10}) == date{2024, 12, 31});
  // A weekday that fits neither year is ignored rather than trusted.
  CHECK(resolve_date(day_month(23, 5, 0, 7), date{2024, 4, 25}) == date{2024, 5, 23});
}

TEST_CASE("dates: a weekday on its own is the latest such day up to publication", "[dates]") {
  CHECK(resolve_date(weekday_only(7), kSenin) == date{2024, 4, 21});  // Minggu
  CHECK(resolve_date(weekday_only(1), kSenin) == date{2024, 4, 22});  // Senin: the same day
  CHECK(resolve_date(weekday_only(2), kSenin) == date{2024, 4, 16});  // Selasa: last week
  CHECK(resolve_date(weekday_only(5), date{2024, 3, 1}) == date{2024, 3, 1});
  CHECK(resolve_date(weekday_only(4), date{2024, 3, 1}) == date{2024, 2, 29});  // across a leap day
  for (int w = 1; w <= 7; ++w) {
    date d = resolve_date(weekday_only(w), kSenin);
    INFO("weekday " << w);
    REQUIRE(d.complete());
    CHECK(d.weekday() == w);
    CHECK_FALSE(kSenin < d);
    CHECK(kSenin.days_since_epoch() - d.days_since_epoch() < 7);
  }
}

TEST_CASE("dates: a weekday of a future event is the next such day", "[dates]") {
  CHECK(resolve_date(weekday_only(3), kSenin, true) == date{2024, 4, 24});  // Rabu
  CHECK(resolve_date(weekday_only(1), kSenin, true) == date{2024, 4, 22});
  CHECK(resolve_date(weekday_only(7), kSenin, true) == date{2024, 4, 28});
}

TEST_CASE("dates: relative expressions count from publication", "[dates]") {
  CHECK(resolve_date(relative(-1), kSenin) == date{2024, 4, 21});  // kemarin
  CHECK(resolve_date(relative(0), kSenin) == kSenin);              // hari ini
  CHECK(resolve_date(relative(2), date{2024, 2, 28}) == date{2024, 3, 1});  // lusa over 29 February
  CHECK(resolve_date(relative(-2), date{2024, 1, 1}) == date{2023, 12, 30});
  // "pekan lalu" is not a day.
  CHECK(resolve_date(relative(-7, false), kSenin).empty());
  // Without a full publication date there is nothing to count from.
  CHECK(resolve_date(relative(-1), kNone).empty());
  CHECK(resolve_date(relative(-1), date{2024, 4, 0}).empty());
}

TEST_CASE("dates: no year is invented when the publication date is unknown", "[dates]") {
  CHECK(resolve_date(day_month(21, 4), kNone) == date{0, 4, 21});
  CHECK(resolve_date(day_month(21, 4), kNone).to_string() == "--04-21");
  CHECK(resolve_date(day_month(21, 4, 0, 7), kNone) == date{0, 4, 21});
  CHECK(resolve_date(day_month(29, 2), kNone) == date{0, 2, 29});
  CHECK(resolve_date(day_month(30, 2), kNone).empty());
  CHECK(resolve_date(day_month(31, 4), kNone).empty());
  // A weekday alone needs the full publication date.
  CHECK(resolve_date(weekday_only(7), kNone).empty());
  CHECK(resolve_date(weekday_only(7), date{2024, 0, 0}).empty());
}

TEST_CASE("dates: a publication date with only a year or a month", "[dates]") {
  // Year only: that year and no other.
  CHECK(resolve_date(day_month(21, 4), date{2024, 0, 0}) == date{2024, 4, 21});
  CHECK(resolve_date(day_month(31, 12), date{2024, 0, 0}) == date{2024, 12, 31});
  // Month only: counted from the last day of the month.
  CHECK(resolve_date(day_month(28, 12), date{2024, 1, 0}) == date{2023, 12, 28});
  CHECK(resolve_date(day_month(20, 2), date{2024, 1, 0}) == date{2024, 2, 20});
  CHECK(resolve_date(day_month(15, 1), date{2024, 1, 0}) == date{2024, 1, 15});
}

TEST_CASE("dates: 29 February", "[dates]") {
  CHECK(resolve_date(day_month(29, 2, 2024), kSenin) == date{2024, 2, 29});
  CHECK(resolve_date(day_month(29, 2, 2023), kSenin).empty());  // not a date
  // Without a year: the leap year among the candidates.
  CHECK(resolve_date(day_month(29, 2), date{2024, 3, 10}) == date{2024, 2, 29});
  CHECK(resolve_date(day_month(29, 2), date{2025, 3, 10}) == date{2024, 2, 29});
  // Neither the publication year nor the one before has it: keep the day, not a year.
  CHECK(resolve_date(day_month(29, 2), date{2026, 3, 10}) == date{0, 2, 29});
  CHECK(resolve_date(day_month(29, 2), date{2023, 0, 0}) == date{0, 2, 29});
  CHECK(resolve_date(day_month(30, 2), date{2024, 3, 10}).empty());
}
