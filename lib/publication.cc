#include "publication.h"

#include <algorithm>
#include <charconv>

namespace jumpa::detail {
namespace {

// A spaced dash (or "--") within the first 16 tokens of sentence `s` ends a
// dateline; returns its last token, 0 when none.
std::uint32_t dateline_dash(const lexical& lx, const sentence& s) {
  const auto& toks = lx.text->tokens;
  std::uint32_t limit = std::min(s.end_token, s.first_token + 16);
  for (std::uint32_t k = s.first_token + 1; k < limit; ++k) {
    if (lx.fold(k) != "-" || !toks[k].has(tf_space_before)) continue;
    std::uint32_t e = k;
    while (e + 1 < limit && lx.fold(e + 1) == "-" && !toks[e + 1].has(tf_space_before)) ++e;
    if (e + 1 < toks.size() && toks[e + 1].has(tf_space_before)) return e;
  }
  return 0;
}

// The first gazetteer location named in tokens [first, end), or -1.
std::int32_t first_location(const model& m, const lexical& lx, std::uint32_t first, std::uint32_t end) {
  for (const match& mt : lx.names) {
    if (mt.first_token < first || mt.end_token > end) continue;
    const name_meaning& me = m.name_meanings[mt.payload];
    if (me.form == name_form::name && me.type == entity_type::location)
      return static_cast<std::int32_t>(me.entity);
  }
  return -1;
}

// "Copyright © ANTARA 2024" or "© 2024": the year only.
date copyright_year(const lexical& lx) {
  date out;
  for (const sentence& s : lx.text->sentences) {
    if (!s.boilerplate) continue;
    for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
      const token& t = lx.text->tokens[k];
      if (t.kind != token_kind::number || t.end - t.begin != 4) continue;
      int y = 0;
      std::string_view f = lx.fold(k);
      std::from_chars(f.data(), f.data() + f.size(), y);
      if (y >= 1950 && y <= 2100) out = date{y, 0, 0};
    }
  }
  return out;
}

// A line among the first 8 that is mostly a full date, with no trigger: "June 12,
// 2025 | 5:36 pm", "13:46 JST, January 17, 2025", "Kamis, 19 Oktober 2023";
// sets `end` to the token after it.
date date_line(const lexical& lx, std::vector<date_mention>& dates, std::uint32_t& line_end) {
  const auto& toks = lx.text->tokens;
  std::uint32_t first = 0;
  for (int line = 0; line < 8 && first < toks.size(); ++line) {
    std::uint32_t end = first + 1;
    while (end < toks.size() && !toks[end].has(tf_newline_before)) ++end;
    bool trigger = false;
    for (std::uint32_t k = first; k < end && !trigger; ++k) trigger = lx.at(lex::trigger, k) >= 0;
    if (end - first <= 20 && !trigger) {
      find_dates(lx, first, end, dates);
      if (!dates.empty() && dates.front().year != 0 && dates.front().day != 0 && dates.front().first <= first + 6) {
        line_end = end;
        return date{dates.front().year, dates.front().month, dates.front().day};
      }
    }
    first = end;
  }
  return {};
}

}  // namespace

publication find_publication(const model& m, const lexical& lx, const date& given, std::vector<date_mention>& dates) {
  publication p;
  p.published = given;
  const auto& sents = lx.text->sentences;
  std::size_t probe = std::min<std::size_t>(sents.size(), 6);
  bool dateline_seen = false;
  date yearless;  // a dateline's day and month when it gives no year
  for (std::size_t si = 0; si < probe; ++si) {
    const sentence& s = sents[si];
    std::uint32_t dash = dateline_dash(lx, s);
    find_dates(lx, s.first_token, dash ? dash : s.end_token, dates);
    bool date_line = !dates.empty() && dates.front().year != 0 && dates.front().first <= s.first_token + 1 &&
                     s.end_token - s.first_token <= 7;
    if (p.published.empty() && (date_line || dash) && !dates.empty() && dates.front().year != 0 &&
        dates.front().day != 0)
      p.published = date{dates.front().year, dates.front().month, dates.front().day};
    // "KUALA LUMPUR, May 9 (Bernama) --": a day without its year.
    if (dash && !dates.empty() && dates.front().year == 0 && dates.front().month != 0 && dates.front().day != 0 &&
        yearless.empty())
      yearless = date{0, dates.front().month, dates.front().day};
    if (!date_line && dash && !dateline_seen) {
      dateline_seen = true;
      p.dateline_place = first_location(m, lx, s.first_token, dash);
      p.body_start = dash + 1;
    }
  }
  // The date line is the publication's, not an event's: dates and places are read after it.
  std::uint32_t line_end = 0;
  date on_line = date_line(lx, dates, line_end);
  if (p.published.empty()) p.published = on_line;
  if (!on_line.empty()) p.body_start = std::max(p.body_start, line_end);
  if (p.published.empty()) p.published = copyright_year(lx);
  if (!yearless.empty() && p.published.month == 0)  // the copyright year completes a yearless dateline
    p.published = date{p.published.year, yearless.month, yearless.day};
  return p;
}

}  // namespace jumpa::detail
