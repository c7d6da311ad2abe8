#include "dates.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <tuple>

#include <re2/re2.h>

namespace jumpa::detail {
namespace {

int number_at(const lexical& lx, std::uint32_t tok) {
  const token& t = lx.text->tokens[tok];
  if (t.kind != token_kind::number || t.end - t.begin > 4) return -1;
  int v = 0;
  std::string_view f = lx.fold(tok);
  std::from_chars(f.data(), f.data() + f.size(), v);
  return v;
}

// "(21/4)", "(21/4/2024)", "21/4/2024": RE2 over the raw sentence text.
const RE2& numeric_date() {
  static const RE2* re = new RE2(R"(\(?\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b\)?)");
  return *re;
}

std::uint32_t token_at_byte(const lexical& lx, std::uint32_t from, std::uint32_t to, std::size_t byte) {
  for (std::uint32_t k = from; k < to; ++k)
    if (lx.text->tokens[k].end > byte) return k;
  return to;
}

int weekday_of(const lexical& lx, std::int32_t h) { return lx.lang->weekdays[lx.hit(lex::weekday, h).row]; }
int month_of(const lexical& lx, std::int32_t h) { return lx.lang->months[lx.hit(lex::month, h).row]; }

// "2023-09-15" (ISO 8601, as in "Source: Xinhua | 2023-09-15 21:40:12").
const RE2& iso_date() {
  static const RE2* re = new RE2(R"(\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b)");
  return *re;
}

int number_of(re2::StringPiece p) {
  int v = 0;
  std::from_chars(p.data(), p.data() + p.size(), v);
  return v;
}

// Does `marker` occur between two ASCII digits in `s`? (Most sentences with a
// hyphen or a slash hold no date: they need not run the expression.)
bool digits_around(std::string_view s, char marker) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = s.find(marker); i != std::string_view::npos; i = s.find(marker, i + 1))
    if (i > 0 && i + 1 < s.size() && digit(s[i - 1]) && digit(s[i + 1])) return true;
  return false;
}

// Every match of `re` (three groups, the first starting the date) in the raw
// text of tokens [first, end) that holds `marker`; `fill(g1, g2, g3, dm)` sets
// the date's fields and returns false to drop the match. Returns the number added.
template <class Fill>
std::size_t regex_dates(const lexical& lx, std::uint32_t first, std::uint32_t end, const RE2& re, char marker,
                        Fill fill, std::vector<date_mention>& out) {
  const auto& toks = lx.text->tokens;
  std::string_view span = lx.text->text.substr(toks[first].begin, toks[end - 1].end - toks[first].begin);
  if (!digits_around(span, marker)) return 0;  // both patterns need "<digit><marker><digit>"
  re2::StringPiece input(span.data(), span.size());
  re2::StringPiece g1, g2, g3;
  const std::size_t base = toks[first].begin, before = out.size();
  while (RE2::FindAndConsume(&input, re, &g1, &g2, &g3)) {
    date_mention dm;
    if (!fill(g1, g2, g3, dm)) continue;
    dm.first = token_at_byte(lx, first, end, static_cast<std::size_t>(g1.data() - span.data()) + base);
    dm.end = token_at_byte(lx, first, end, static_cast<std::size_t>(input.data() - span.data()) + base - 1) + 1;
    out.push_back(dm);
  }
  return out.size() - before;
}

void iso_dates(const lexical& lx, std::uint32_t first, std::uint32_t end, std::vector<date_mention>& out) {
  regex_dates(lx, first, end, iso_date(), '-', [](re2::StringPiece y, re2::StringPiece m, re2::StringPiece d,
                                                  date_mention& dm) {
    dm.year = number_of(y);
    dm.month = number_of(m);
    dm.day = number_of(d);
    return dm.month >= 1 && dm.month <= 12 && dm.day >= 1 && dm.day <= days_in_month(dm.year, dm.month);
  }, out);
}

// Numeric day/month, possibly after a weekday: "Minggu (21/4)", "Kamis malam (13/3)".
void numeric_dates(const lexical& lx, std::uint32_t first, std::uint32_t end, std::vector<date_mention>& out) {
  const std::size_t added = regex_dates(lx, first, end, numeric_date(), '/', [](re2::StringPiece d, re2::StringPiece m,
                                                                                 re2::StringPiece y, date_mention& dm) {
    dm.day = number_of(d);
    dm.month = number_of(m);
    if (!y.empty()) {
      dm.year = number_of(y);
      if (dm.year < 100) dm.year += 2000;
    }
    return dm.month >= 1 && dm.month <= 12 && dm.day >= 1 && dm.day <= 31;
  }, out);
  for (std::size_t i = out.size() - added; i < out.size(); ++i) {
    date_mention& dm = out[i];
    for (std::uint32_t back = 1; back <= 3 && dm.first >= first + back; ++back) {
      std::int32_t w = lx.at(lex::weekday, dm.first - back);
      if (w >= 0) {
        dm.weekday = weekday_of(lx, w);
        dm.first -= back;
        break;
      }
    }
  }
}

bool name_follows(const lexical& lx, std::uint32_t k, std::uint32_t end) {
  return k < end && lx.text->tokens[k].kind == token_kind::word && lx.text->tokens[k].has(tf_capitalized);
}

// A weekday taken alone just before it was found to start a full date ("Monday, 26 February").
void drop_lone_weekday(std::uint32_t first, std::vector<date_mention>& out) {
  if (!out.empty() && out.back().first == first && out.back().month == 0 && out.back().weekday != 0) out.pop_back();
}

// Adds a day date, taking in "Monday, " before it; returns its end token.
std::uint32_t add_after_weekday(const lexical& lx, std::uint32_t first, date_mention dm, std::vector<date_mention>& out) {
  if (dm.first >= first + 2 && lx.fold(dm.first - 1) == ",") {
    std::int32_t w = lx.at(lex::weekday, dm.first - 2);
    if (w >= 0) {
      dm.weekday = weekday_of(lx, w);
      dm.first -= 2;
      drop_lone_weekday(dm.first, out);
    }
  }
  out.push_back(dm);
  return dm.end;
}

// "<d> <month> [<yyyy>]", with "Senin, " before it; returns the end token or 0.
std::uint32_t day_month(const lexical& lx, std::uint32_t first, std::uint32_t i, std::uint32_t end, std::int32_t mh,
                        std::vector<date_mention>& out) {
  int day = number_at(lx, i - 1);
  if (day < 1 || day > 31) return 0;
  date_mention dm;
  dm.day = day;
  dm.month = month_of(lx, mh);
  dm.first = i - 1;
  dm.end = lx.hit(lex::month, mh).end;
  if (dm.end < end) {
    int y = number_at(lx, dm.end);
    if (y >= 1900 && y <= 2100) {
      dm.year = y;
      ++dm.end;
    }
  }
  return add_after_weekday(lx, first, dm, out);
}

// "<month> <d>[,] [<yyyy>]" ("May 26, 2025", "Jan. 3"), with "Monday, " before
// it; returns the end token or 0. "May 2025" (a year) and "May 4-7" (a range) are
// not days.
std::uint32_t month_day(const lexical& lx, std::uint32_t first, std::uint32_t i, std::uint32_t end, std::int32_t mh,
                        std::vector<date_mention>& out) {
  std::uint32_t d = lx.hit(lex::month, mh).end;
  if (d >= end) return 0;
  int day = number_at(lx, d);
  if (day < 1 || day > 31) return 0;
  if (d + 1 < end && lx.fold(d + 1) == "-") return 0;
  date_mention dm;
  dm.day = day;
  dm.month = month_of(lx, mh);
  dm.first = i;
  dm.end = d + 1;
  std::uint32_t y = dm.end < end && lx.fold(dm.end) == "," ? dm.end + 1 : dm.end;
  if (y < end) {
    int year = number_at(lx, y);
    if (year >= 1900 && year <= 2100) {
      dm.year = year;
      dm.end = y + 1;
    }
  }
  return add_after_weekday(lx, first, dm, out);
}

bool after_lower_word(const lexical& lx, std::uint32_t i) {
  const token& p = lx.text->tokens[i - 1];
  return p.kind == token_kind::word && !p.has(tf_capitalized) && lx.sentence_of[i - 1] == lx.sentence_of[i];
}

// A weekday on its own ("pada Selasa pagi", "Kamis malam"); returns whether one was added.
bool lone_weekday(const lexical& lx, std::uint32_t first, std::uint32_t i, std::uint32_t end, std::int32_t wh,
                  std::vector<date_mention>& out) {
  for (const auto& o : out)
    if (i >= o.first && i < o.end) return false;
  // A weekday name may also be an ordinary word ("Minggu" is "week"): require
  // a preposition before it or a part of day after it.
  // ... or, mid-sentence after a lower-case word ("agreed Saturday to ...").
  bool pre = i > first && (lx.token_is(i - 1, word_class::date_preposition) || lx.fold(i - 1) == "," ||
                           after_lower_word(lx, i));
  std::uint32_t e = lx.hit(lex::weekday, wh).end;
  bool part = e < end && lx.token_is(e, word_class::day_part);
  if ((!pre && !part) || !lx.text->tokens[i].has(tf_capitalized)) return false;
  date_mention dm;
  dm.first = i;
  dm.end = part ? e + 1 : e;
  dm.weekday = weekday_of(lx, wh);
  out.push_back(dm);
  return true;
}

}  // namespace

namespace {

// The hits of one category that start in tokens [first, end), read forward.
class hit_cursor {
 public:
  hit_cursor(const lexical& lx, lex c, std::uint32_t first, std::uint32_t end) {
    std::tie(at_, end_) = lx.starting_in(c, first, end);
  }
  // The first token at or after `from` where one of the hits starts, or `none`.
  std::uint32_t first_from(std::uint32_t from, std::uint32_t none) {
    while (at_ != end_ && at_->first < from) ++at_;
    return at_ != end_ ? at_->first : none;
  }

 private:
  const lex_hit* at_;
  const lex_hit* end_;
};

}  // namespace

void find_dates(const lexical& lx, std::uint32_t first, std::uint32_t end, std::vector<date_mention>& out) {
  out.clear();
  if (first >= end) return;
  numeric_dates(lx, first, end, out);
  iso_dates(lx, first, end, out);
  // Only tokens where a month, a relative date or a weekday starts can start a
  // date: visit those, in order (each category's hits are sorted), not every token.
  hit_cursor starts[] = {hit_cursor(lx, lex::month, first, end), hit_cursor(lx, lex::relative_date, first, end),
                         hit_cursor(lx, lex::weekday, first, end)};
  auto next_start = [&](std::uint32_t from) {
    std::uint32_t next = end;
    for (hit_cursor& c : starts) next = std::min(next, c.first_from(from, end));
    return next;
  };
  for (std::uint32_t i = next_start(first); i < end; i = next_start(i + 1)) {
    std::int32_t mh = lx.at(lex::month, i);
    if (mh >= 0 && i > first) {
      if (std::uint32_t e = day_month(lx, first, i, end, mh, out)) {
        i = e - 1;
        continue;
      }
    }
    if (mh >= 0 && lx.text->tokens[i].has(tf_capitalized))
      if (std::uint32_t e = month_day(lx, first, i, end, mh, out)) {
        i = e - 1;
        continue;
      }
    // A month without a day ("pada April lalu"): an event in that month, but no day to give.
    // One followed by a capitalised word is a name ("Jan Kowalski").
    if (mh >= 0 && lx.text->tokens[i].has(tf_capitalized) && !name_follows(lx, lx.hit(lex::month, mh).end, end)) {
      date_mention dm;
      dm.first = i;
      dm.end = lx.hit(lex::month, mh).end;
      dm.month = month_of(lx, mh);
      dm.exact = false;
      out.push_back(dm);
      i = dm.end - 1;
      continue;
    }
    if (std::int32_t rh = lx.at(lex::relative_date, i); rh >= 0) {
      const relative_row& row = lx.lang->relative[lx.hit(lex::relative_date, rh).row];
      date_mention dm;
      dm.first = i;
      dm.end = lx.hit(lex::relative_date, rh).end;
      dm.relative = true;
      dm.relative_days = row.days;
      dm.exact = row.precision == date_precision::day;
      out.push_back(dm);
      i = dm.end - 1;
      continue;
    }
    if (std::int32_t wh = lx.at(lex::weekday, i); wh >= 0) lone_weekday(lx, first, i, end, wh, out);
  }
  std::sort(out.begin(), out.end(), [](const date_mention& a, const date_mention& b) { return a.first < b.first; });
}

date resolve_date(const date_mention& dm, const date& published, bool future) {
  if (!dm.exact && !dm.relative) return {};  // a month without a day
  bool pub_full = published.complete();
  if (dm.relative) {
    if (!dm.exact) return {};
    if (pub_full) return published.plus_days(dm.relative_days);
    if (published.year != 0 || published.month == 0 || published.day == 0) return {};
    // A publication day without its year ("May 9" in a dateline): counted in a common year.
    date d = date{2001, published.month, published.day}.plus_days(dm.relative_days);
    return date{0, d.month, d.day};
  }
  if (dm.month == 0) {  // weekday only
    if (!pub_full || dm.weekday == 0) return {};
    if (future) return published.plus_days((dm.weekday - published.weekday() + 7) % 7);
    int back = (published.weekday() - dm.weekday + 7) % 7;
    return published.plus_days(-back);
  }
  if (dm.year != 0) {
    date r{dm.year, dm.month, dm.day};
    if (dm.day > days_in_month(dm.year, dm.month)) return {};
    return r;
  }
  if (published.year == 0) {
    if (dm.day > days_in_month(0, dm.month)) return {};
    return date{0, dm.month, dm.day};
  }
  // Latest year (the year after publication, the publication year or the
  // one before) with the date not long after publication; a named weekday
  // decides between the candidates and is ignored when it fits none. A
  // month-only publication date counts from its last day; a year-only one
  // allows no other year.
  const bool pub_month = published.month != 0;
  const long limit = pub_month ? published.last_day().days_since_epoch() + 31 : 0;
  // A planned event: the first such day on or after publication.
  if (future && pub_full) {
    for (int y = published.year; y <= published.year + 1; ++y) {
      if (dm.day > days_in_month(y, dm.month)) continue;
      date c{y, dm.month, dm.day};
      if (c.days_since_epoch() >= published.days_since_epoch()) return c;
    }
  }
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1 && dm.weekday == 0) break;
    for (int y = published.year + 1; y >= published.year - 1; --y) {
      if (!pub_month && y != published.year) continue;
      if (dm.day > days_in_month(y, dm.month)) continue;
      date c{y, dm.month, dm.day};
      if (pub_month && c.days_since_epoch() > limit) continue;
      if (pass == 0 && dm.weekday != 0 && c.weekday() != dm.weekday) continue;
      return c;
    }
  }
  // Not a day of the candidate years (29 February): keep it without a year.
  if (dm.day <= days_in_month(0, dm.month)) return date{0, dm.month, dm.day};
  return {};
}

}  // namespace jumpa::detail
