#include "fold.h"

#include <atomic>
#include <mutex>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace jumpa::detail {
namespace {

constexpr char32_t kTableSize = 0x2000;

struct table_entry {
  cp_props props;
  std::uint16_t fold_len = 0;
  std::uint32_t fold_off = 0;  // into the arena of the entry's block
};

// The table is built a block of 128 code points at a time, when a code point
// of the block is first asked for: a text (or a gazetteer) uses a few blocks,
// and computing all 8192 entries with ICU was a tenth of the start-up.
constexpr char32_t kBlockSize = 128;
constexpr std::size_t kBlocks = kTableSize / kBlockSize;

struct fold_table {
  std::atomic<bool> ready[kBlocks] = {};
  std::mutex building;
  table_entry entries[kTableSize];
  std::string arenas[kBlocks];  // folded forms of each block's letters and digits, back to back
};

bool is_apostrophe(char32_t cp) {
  return cp == 0x27 || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x60 || cp == 0xB4;
}

bool is_ignorable(char32_t cp) {
  return cp == 0xAD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
         (cp >= 0xFE00 && cp <= 0xFE0F);
}

cp_props compute_props(char32_t cp) {
  cp_props p;
  if (cp == '\n' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
    p.cls = cclass::newline;
  } else if (cp == '\r' || cp == '\t' || u_isUWhiteSpace(static_cast<UChar32>(cp))) {
    p.cls = cclass::space;
  } else if (is_ignorable(cp)) {
    p.cls = cclass::ignorable;
  } else if (is_apostrophe(cp)) {
    p.cls = cclass::apostrophe;
  } else {
    int8_t gc = u_charType(static_cast<UChar32>(cp));
    switch (gc) {
      case U_UPPERCASE_LETTER:
      case U_TITLECASE_LETTER:
        p.cls = cclass::letter;
        p.upper = true;
        break;
      case U_LOWERCASE_LETTER:
      case U_MODIFIER_LETTER:
      case U_OTHER_LETTER:
        p.cls = cclass::letter;
        break;
      case U_NON_SPACING_MARK:
      case U_COMBINING_SPACING_MARK:
      case U_ENCLOSING_MARK:
        p.cls = cclass::mark;
        break;
      case U_DECIMAL_DIGIT_NUMBER:
        p.cls = cclass::digit;
        break;
      case U_CONTROL_CHAR:
      case U_FORMAT_CHAR:
        p.cls = cclass::space;
        break;
      default:
        p.cls = cclass::punct;
    }
  }
  return p;
}

void append_utf8(char32_t cp, std::string& out) {
  char buf[4];
  int32_t i = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), i, 4, static_cast<UChar32>(cp), err);
  if (!err) out.append(buf, static_cast<std::size_t>(i));
}

void compute_fold(char32_t cp, std::string& out) {
  switch (cp) {  // letters NFKD does not decompose
    case 0x111: case 0x110: out += 'd'; return;
    case 0xF8: case 0xD8: out += 'o'; return;
    case 0x142: case 0x141: out += 'l'; return;
    case 0xDF: case 0x1E9E: out += "ss"; return;
    case 0xE6: case 0xC6: out += "ae"; return;
    case 0x153: case 0x152: out += "oe"; return;
    case 0x131: out += 'i'; return;
    case 0xFE: case 0xDE: out += "th"; return;
    case 0xF0: case 0xD0: out += 'd'; return;
    default: break;
  }
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(ec);
  icu::UnicodeString s(static_cast<UChar32>(cp));
  icu::UnicodeString d = U_SUCCESS(ec) ? nfkd->normalize(s, ec) : s;
  if (U_FAILURE(ec)) d = s;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    int8_t gc = u_charType(c);
    if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_COMBINING_SPACING_MARK) continue;
    if (c == 0x20) continue;
    kept.append(c);
  }
  kept.foldCase();
  std::string utf8;
  kept.toUTF8String(utf8);
  out += utf8;
}

void build_block(fold_table& t, std::size_t b);

// The entry of `cp` (< kTableSize), its block built first if needed. Blocks
// are written under the mutex and published with a release store; an entry
// and its block's arena are never written again, so readers need no lock.
const table_entry& entry_of(char32_t cp, const std::string** arena) {
  static fold_table* t = new fold_table;  // never destroyed: other threads may be reading it at exit
  const std::size_t b = cp / kBlockSize;
  if (!t->ready[b].load(std::memory_order_acquire)) build_block(*t, b);
  if (arena) *arena = &t->arenas[b];
  return t->entries[cp];
}

void build_block(fold_table& t, std::size_t b) {
  std::lock_guard<std::mutex> lock(t.building);
  if (t.ready[b].load(std::memory_order_relaxed)) return;
  std::string& arena = t.arenas[b];
  std::string tmp;
  for (char32_t cp = static_cast<char32_t>(b * kBlockSize); cp < (b + 1) * kBlockSize; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    table_entry& e = t.entries[cp];
    e.props = compute_props(cp);
    if (e.props.cls == cclass::letter || e.props.cls == cclass::digit) {
      tmp.clear();
      compute_fold(cp, tmp);
      e.fold_off = static_cast<std::uint32_t>(arena.size());
      e.fold_len = static_cast<std::uint16_t>(tmp.size());
      arena += tmp;
    }
  }
  t.ready[b].store(true, std::memory_order_release);
}

}  // namespace

int decode_utf8(const unsigned char* s, std::size_t n, char32_t& cp) noexcept {
  if (n == 0) return 0;
  unsigned char c = s[0];
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  int len;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2; cp = c & 0x1F; min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3; cp = c & 0x0F; min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4; cp = c & 0x07; min = 0x10000;
  } else {
    return 0;
  }
  if (n < static_cast<std::size_t>(len)) return 0;
  for (int i = 1; i < len; ++i) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

std::size_t invalid_sequence_length(const unsigned char* s, std::size_t n) noexcept {
  unsigned char c = s[0];
  std::size_t len;
  if ((c & 0xE0) == 0xC0) len = 2;
  else if ((c & 0xF0) == 0xE0) len = 3;
  else if ((c & 0xF8) == 0xF0) len = 4;
  else return 1;
  std::size_t k = 1;
  while (k < len && k < n && (s[k] & 0xC0) == 0x80) ++k;
  return k;
}

cp_props properties(char32_t cp) {
  if (cp < kTableSize) return entry_of(cp, nullptr).props;
  return compute_props(cp);
}

void append_folded(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return;
  }
  if (cp < kTableSize) {
    const std::string* arena = nullptr;
    const table_entry& e = entry_of(cp, &arena);
    if (e.props.cls == cclass::letter || e.props.cls == cclass::digit) {
      out.append(*arena, e.fold_off, e.fold_len);
      return;
    }
    if (e.props.cls == cclass::mark) return;
  }
  cp_props p = compute_props(cp);
  if (p.cls == cclass::mark) return;
  compute_fold(cp, out);
}

void append_punct_folded(char32_t cp, std::string& out) {
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 || cp == 0xFF0D) {
    out += '-';
  } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0xAB || cp == 0xBB ||
             cp == 0x2033 || cp == 0xFF02) {
    out += '"';
  } else if (cp == 0x2026) {
    out += "...";
  } else if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else {
    append_utf8(cp, out);
  }
}

void fold_into(std::string_view phrase, std::string& out) {
  thread_local folded_phrase toks;
  fold_tokens_into(phrase, toks);
  out.clear();
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (!out.empty()) out += ' ';
    out += toks[k];
  }
}

}  // namespace jumpa::detail
