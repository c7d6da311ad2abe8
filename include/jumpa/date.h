// jumpa/date.h — calendar dates that may lack a year.
//
// A `date` is a proleptic Gregorian date whose year, month or day may be
// unknown (0). News often gives "28 November" without a year: jumpa keeps the
// year unknown rather than inventing one, and writes such a date "--11-28".
// Parsing fails (returns nullopt) on anything that is not a real date.
#ifndef JUMPA_DATE_H_
#define JUMPA_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace jumpa {

struct date {
  int year = 0;   // 0 = unknown
  int month = 0;  // 1..12, 0 = unknown
  int day = 0;    // 1..31, 0 = unknown

  bool empty() const noexcept { return year == 0 && month == 0 && day == 0; }
  bool complete() const noexcept { return year != 0 && month != 0 && day != 0; }

  // "YYYY-MM-DD", "YYYY-MM", "YYYY" or "--MM-DD" (year unknown); "" when empty.
  std::string to_string() const;

  // Parses the forms written by to_string(). Rejects impossible dates (2023-02-30).
  static std::optional<date> parse(std::string_view text);

  // Days since 1970-01-01; requires complete().
  long days_since_epoch() const;
  static date from_days_since_epoch(long days);
  // ISO weekday, Monday = 1 .. Sunday = 7; requires complete().
  int weekday() const;
  date plus_days(long n) const { return from_days_since_epoch(days_since_epoch() + n); }

  // First and last day covered by a partial date with a known year
  // (2023-08 → 2023-08-01 .. 2023-08-31; 2023 → 2023-01-01 .. 2023-12-31).
  date first_day() const;
  date last_day() const;

  friend bool operator==(const date& a, const date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const date& a, const date& b) { return !(a == b); }
  friend bool operator<(const date& a, const date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
};

bool is_leap_year(int year) noexcept;
int days_in_month(int year, int month) noexcept;  // year 0 = leap-agnostic (29 for February)

}  // namespace jumpa

#endif  // JUMPA_DATE_H_
