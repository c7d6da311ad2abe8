// Tests for jumpa/date.h and lib/date.cc.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "jumpa/date.h"

using jumpa::date;

namespace {
date D(int y, int m, int d) { return date{y, m, d}; }
}  // namespace

TEST_CASE("date: parse accepts the four written forms", "[date]") {
  auto full = date::parse("2024-04-21");
  REQUIRE(full);
  CHECK(*full == D(2024, 4, 21));
  CHECK(full->complete());

  auto month = date::parse("2023-08");
  REQUIRE(month);
  CHECK(*month == D(2023, 8, 0));
  CHECK_FALSE(month->complete());

  auto year = date::parse("2023");
  REQUIRE(year);
  CHECK(*year == D(2023, 0, 0));

  auto no_year = date::parse("--04-21");
  REQUIRE(no_year);
  CHECK(*no_year == D(0, 4, 21));
  CHECK_FALSE(no_year->complete());
  CHECK_FALSE(no_year->empty());
}

TEST_CASE("date: parse rejects impossible dates and other text", "[date]") {
  CHECK_FALSE(date::parse("2023-02-29"));  // not a leap year
  CHECK(date::parse("2024-02-29"));        // leap year
  CHECK(date::parse("2000-02-29"));        // divisible by 400
  CHECK_FALSE(date::parse("1900-02-29"));  // divisible by 100 only
  CHECK_FALSE(date::parse("2023-02-30"));
  CHECK_FALSE(date::parse("2023-04-31"));
  CHECK(date::parse("2023-12-31"));
  CHECK_FALSE(date::parse("2023-13-01"));
  CHECK_FALSE(date::parse("2023-13"));
  CHECK_FALSE(date::parse("2023-00"));
  CHECK_FALSE(date::parse("2023-00-10"));
  CHECK_FALSE(date::parse("2023-08-00"));
  CHECK_FALSE(date::parse("2023-08-32"));
  CHECK_FALSE(date::parse("0000"));
  CHECK_FALSE(date::parse("0000-08"));
  CHECK_FALSE(date::parse("0000-08-01"));
  CHECK_FALSE(date::parse("--00-00"));
  CHECK_FALSE(date::parse("--04-00"));
  CHECK_FALSE(date::parse("--13-01"));
  CHECK_FALSE(date::parse("--04-31"));
  CHECK(date::parse("--02-29"));  // possible in some year
  CHECK_FALSE(date::parse("--02-30"));
  CHECK_FALSE(date::parse(""));
  CHECK_FALSE(date::parse("21 April 2024"));
  CHECK_FALSE(date::parse("2024/04/21"));
  CHECK_FALSE(date::parse("2024-4-21"));
  CHECK_FALSE(date::parse("24-04-21"));
  CHECK_FALSE(date::parse("2024-04-21 "));
  CHECK_FALSE(date::parse("+024-04-21"));
  CHECK_FALSE(date::parse("2024-0a-21"));
  CHECK_FALSE(date::parse("-2024"));
}

TEST_CASE("date: to_string writes the forms parse reads", "[date]") {
  CHECK(D(2024, 4, 21).to_string() == "2024-04-21");
  CHECK(D(2023, 8, 0).to_string() == "2023-08");
  CHECK(D(2023, 0, 0).to_string() == "2023");
  CHECK(D(0, 11, 28).to_string() == "--11-28");
  CHECK(D(0, 0, 0).to_string().empty());
  CHECK(D(987, 1, 2).to_string() == "0987-01-02");
  for (const char* s : {"2024-04-21", "2023-08", "2023", "--11-28", "2024-02-29", "1999-12-31"}) {
    auto d = date::parse(s);
    REQUIRE(d);
    CHECK(d->to_string() == s);
  }
}

TEST_CASE("date: weekday is ISO, Monday 1 to Sunday 7", "[date]") {
  CHECK(D(2024, 4, 21).weekday() == 7);  // Sunday
  CHECK(D(2024, 4, 22).weekday() == 1);  // Monday
  CHECK(D(1970, 1, 1).weekday() == 4);   // Thursday
  CHECK(D(1969, 12, 31).weekday() == 3); // Wednesday, before the epoch
  CHECK(D(2000, 1, 1).weekday() == 6);   // Saturday
  CHECK(D(2024, 2, 29).weekday() == 4);  // Thursday
  CHECK(D(2025, 6, 1).weekday() == 7);   // Sunday
}

TEST_CASE("date: days since the epoch round-trip", "[date]") {
  CHECK(D(1970, 1, 1).days_since_epoch() == 0);
  CHECK(D(1970, 1, 2).days_since_epoch() == 1);
  CHECK(D(1969, 12, 31).days_since_epoch() == -1);
  CHECK(D(2000, 3, 1).days_since_epoch() - D(2000, 2, 28).days_since_epoch() == 2);
  CHECK(D(2023, 3, 1).days_since_epoch() - D(2023, 2, 28).days_since_epoch() == 1);
  CHECK(D(2024, 1, 1).days_since_epoch() - D(2023, 1, 1).days_since_epoch() == 365);
  CHECK(D(2025, 1, 1).days_since_epoch() - D(2024, 1, 1).days_since_epoch() == 366);

  // Every day from 1899 to 2101 maps back to itself, and consecutive days differ by one.
  long first = D(1899, 1, 1).days_since_epoch();
  long last = D(2101, 12, 31).days_since_epoch();
  date prev = date::from_days_since_epoch(first - 1);
  long mismatches = 0;
  for (long z = first; z <= last; ++z) {
    date d = date::from_days_since_epoch(z);
    if (d.days_since_epoch() != z || !(prev < d) || d.day < 1 || d.day > jumpa::days_in_month(d.year, d.month))
      ++mismatches;
    prev = d;
  }
  CHECK(mismatches == 0);
}

TEST_CASE("date: plus_days crosses months, years and leap days", "[date]") {
  CHECK(D(2024, 2, 28).plus_days(1) == D(2024, 2, 29));
  CHECK(D(2024, 2, 29).plus_days(1) == D(2024, 3, 1));
  CHECK(D(2023, 2, 28).plus_days(1) == D(2023, 3, 1));
  CHECK(D(2024, 1, 1).plus_days(-1) == D(2023, 12, 31));
  CHECK(D(2024, 4, 22).plus_days(-1) == D(2024, 4, 21));
  CHECK(D(2024, 4, 21).plus_days(0) == D(2024, 4, 21));
  CHECK(D(2023, 12, 25).plus_days(10) == D(2024, 1, 4));
  CHECK(D(2024, 3, 1).plus_days(-366) == D(2023, 3, 1));
}

TEST_CASE("date: first_day and last_day of partial dates", "[date]") {
  CHECK(D(2023, 8, 0).first_day() == D(2023, 8, 1));
  CHECK(D(2023, 8, 0).last_day() == D(2023, 8, 31));
  CHECK(D(2023, 0, 0).first_day() == D(2023, 1, 1));
  CHECK(D(2023, 0, 0).last_day() == D(2023, 12, 31));
  CHECK(D(2024, 2, 0).last_day() == D(2024, 2, 29));
  CHECK(D(2023, 2, 0).last_day() == D(2023, 2, 28));
  CHECK(D(2023, 4, 0).last_day() == D(2023, 4, 30));
  CHECK(D(2024, 4, 21).first_day() == D(2024, 4, 21));
  CHECK(D(2024, 4, 21).last_day() == D(2024, 4, 21));
  // Without a year there is no range to speak of: the date is returned as is.
  CHECK(D(0, 11, 28).first_day() == D(0, 11, 28));
  CHECK(D(0, 11, 28).last_day() == D(0, 11, 28));
}

TEST_CASE("date: comparison orders by year, month, day", "[date]") {
  CHECK(D(2023, 12, 31) < D(2024, 1, 1));
  CHECK(D(2024, 1, 31) < D(2024, 2, 1));
  CHECK(D(2024, 2, 1) < D(2024, 2, 2));
  CHECK_FALSE(D(2024, 2, 2) < D(2024, 2, 2));
  CHECK(D(2024, 2, 2) != D(2024, 2, 3));
  CHECK(D(2023, 8, 0) < D(2023, 8, 1));
  CHECK(date{}.empty());
  CHECK_FALSE(D(2023, 0, 0).empty());
}

TEST_CASE("date: leap years and month lengths", "[date]") {
  CHECK(jumpa::is_leap_year(2024));
  CHECK_FALSE(jumpa::is_leap_year(2023));
  CHECK_FALSE(jumpa::is_leap_year(2100));
  CHECK(jumpa::is_leap_year(2000));
  CHECK(jumpa::days_in_month(2023, 2) == 28);
  CHECK(jumpa::days_in_month(2024, 2) == 29);
  CHECK(jumpa::days_in_month(0, 2) == 29);  // year unknown: leap-agnostic
  CHECK(jumpa::days_in_month(2024, 4) == 30);
  CHECK(jumpa::days_in_month(2024, 12) == 31);
  CHECK(jumpa::days_in_month(2024, 0) == 0);
  CHECK(jumpa::days_in_month(2024, 13) == 0);
}
