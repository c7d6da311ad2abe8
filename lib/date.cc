#include "jumpa/date.h"

#include <charconv>
#include <cstdio>

namespace jumpa {

bool is_leap_year(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int year, int month) noexcept {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && (year == 0 || is_leap_year(year))) return 29;
  return kDays[month - 1];
}

std::string date::to_string() const {
  char buf[32];
  if (empty()) return {};
  if (year == 0) {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  } else if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

namespace {
bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}
}  // namespace

std::optional<date> date::parse(std::string_view t) {
  date d;
  if (t.size() == 7 && t.substr(0, 2) == "--" && t[4] == '-') {
    if (!parse_int(t.substr(2, 2), d.month) || !parse_int(t.substr(5, 2), d.day)) return std::nullopt;
  } else if (t.size() == 4) {
    if (!parse_int(t, d.year)) return std::nullopt;
  } else if (t.size() == 7 && t[4] == '-') {
    if (!parse_int(t.substr(0, 4), d.year) || !parse_int(t.substr(5, 2), d.month)) return std::nullopt;
  } else if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
    if (!parse_int(t.substr(0, 4), d.year) || !parse_int(t.substr(5, 2), d.month) ||
        !parse_int(t.substr(8, 2), d.day))
      return std::nullopt;
  } else {
    return std::nullopt;
  }
  // Every written part must be real: no year 0000, month 00 or day 00 (they
  // would read back as a different, partial date).
  const bool no_year = t.substr(0, 2) == "--";
  if (no_year ? d.year != 0 : d.year == 0) return std::nullopt;
  const bool has_month = no_year || t.size() >= 7;
  const bool has_day = no_year || t.size() == 10;
  if (has_month && (d.month < 1 || d.month > 12)) return std::nullopt;
  if (has_day && (d.day < 1 || d.day > days_in_month(d.year, d.month))) return std::nullopt;
  return d;
}

// Howard Hinnant's civil-from-days algorithms.
long date::days_since_epoch() const {
  int y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
  unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

date date::from_days_since_epoch(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int date::weekday() const {
  long z = days_since_epoch();  // 1970-01-01 was a Thursday (4)
  long w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

date date::first_day() const {
  if (year == 0) return *this;
  return date{year, month == 0 ? 1 : month, day == 0 ? 1 : day};
}

date date::last_day() const {
  if (year == 0) return *this;
  int m = month == 0 ? 12 : month;
  return date{year, m, day == 0 ? days_in_month(year, m) : day};
}

}  // namespace jumpa
