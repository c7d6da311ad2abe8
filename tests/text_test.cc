// Tests for jumpa/text.h and lib/text.cc: tokens, folding, byte spans,
// invalid UTF-8 and sentence segmentation.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <thread>
#include <vector>

#include "fold.h"
#include "jumpa/text.h"

using namespace jumpa;

namespace {

std::vector<std::string> folds(const analyzed_text& a) {
  std::vector<std::string> out;
  for (const token& t : a.tokens) out.emplace_back(a.fold(t));
  return out;
}

std::vector<std::string> raws(const analyzed_text& a) {
  std::vector<std::string> out;
  for (const token& t : a.tokens) out.emplace_back(a.raw(t));
  return out;
}

std::vector<std::string> sentence_texts(const analyzed_text& a) {
  std::vector<std::string> out;
  for (const sentence& s : a.sentences) out.emplace_back(a.text.substr(s.begin, s.end - s.begin));
  return out;
}

using strings = std::vector<std::string>;

// A small deterministic random number generator for the randomized tests.
struct lcg {
  std::uint32_t state;
  std::uint32_t operator()() { return state = state * 1103515245u + 12345u; }
};

// The analyzer a document reader would build from the Indonesian lexicons.
text_analyzer indonesian() {
  text_options o;
  o.abbreviations = {"Tn.", "Ny.", "Dr.", "dll.", "dsb.", "Jr.", "Ma.", "K.H.", "M.Si.", "Prof."};
  o.boilerplate = {"Pewarta:", "Editor:", "Copyright"};
  return text_analyzer(o);
}

// Sentences partition the tokens in order, and their byte spans match their tokens.
void check_sentence_invariants(const analyzed_text& a) {
  std::uint32_t next = 0;
  for (const sentence& s : a.sentences) {
    REQUIRE(s.first_token == next);
    REQUIRE(s.end_token > s.first_token);
    CHECK(s.begin == a.tokens[s.first_token].begin);
    CHECK(s.end == a.tokens[s.end_token - 1].end);
    next = s.end_token;
  }
  CHECK(next == a.tokens.size());
}

}  // namespace

// ---------------------------------------------------------------- folding

TEST_CASE("text: fold removes case and Vietnamese diacritics", "[text]") {
  CHECK(fold("Phạm Minh Chính") == "pham minh chinh");
  CHECK(fold("Tô Lâm") == "to lam");
  CHECK(fold("Đà Nẵng") == "da nang");
  CHECK(fold("ĐÀ NẴNG") == "da nang");
  CHECK(fold("Bùi Thanh Sơn") == "bui thanh son");
  CHECK(fold("Nguyễn Xuân Phúc") == "nguyen xuan phuc");
  CHECK(fold("São Tomé") == "sao tome");
  CHECK(fold("Łódź") == "lodz");
  CHECK(fold("Straße") == "strasse");
  CHECK(fold("ÉLYSÉE") == "elysee");
  // Folding is not a no-op on plain ASCII either: case goes.
  CHECK(fold("PHNOM Penh") == "phnom penh");
  CHECK(fold("Phạm Minh Chính") != "phạm minh chính");
}

TEST_CASE("text: NFD input with combining marks folds like NFC", "[text]") {
  const std::string nfc = "Phạm Minh Chính, Tô Lâm, Đà Nẵng";
  // The same text decomposed: a + U+0323, i + U+0301, o + U+0302, a + U+0302,
  // a + U+0300, a + U+0306 + U+0303.
  const std::string nfd =
      "Pha\xCC\xA3m Minh Chi\xCC\x81nh, To\xCC\x82 La\xCC\x82m, \xC4\x90"
      "a\xCC\x80 Na\xCC\x86\xCC\x83ng";
  REQUIRE(nfd != nfc);
  CHECK(fold(nfd) == fold(nfc));
  CHECK(fold(nfd) == "pham minh chinh , to lam , da nang");

  analyzed_text a = text_analyzer().analyze(nfd);
  // Marks stay inside their word: the span of "Phạm" covers the mark's two bytes.
  REQUIRE(a.tokens.size() == 9);
  CHECK(a.raw(a.tokens[0]) == "Pha\xCC\xA3m");
  CHECK(a.tokens[0].begin == 0);
  CHECK(a.tokens[0].end == 6);
  CHECK(a.tokens[0].has(tf_non_ascii));
}

TEST_CASE("text: plain ASCII phrases fold as the tokenizer folds them", "[text]") {
  // fold() has a shortcut for ASCII phrases without apostrophes; it must give
  // what the tokenizer gives. Phrases over a small alphabet: letters, digits,
  // blanks at either end and inside, punctuation, and characters that take
  // the full path (apostrophes, a non-ASCII letter).
  const std::string alphabet = "aZ9 q-.,(#_\t\n\x01'`\xC3\xA9";
  lcg next{12345};
  text_analyzer an;
  for (int k = 0; k < 2000; ++k) {
    std::string p;
    std::size_t n = next() % 12;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t c = (next() >> 8) % (alphabet.size() - 1);
      p += c == alphabet.size() - 2 ? alphabet.substr(c, 2) : alphabet.substr(c, 1);  // \xC3\xA9 whole
    }
    analyzed_text a = an.analyze(p);
    std::vector<std::string> expected = folds(a);
    std::string joined;
    for (const auto& t : expected) joined += (joined.empty() ? "" : " ") + t;
    INFO("phrase: '" << p << "'");
    CHECK(fold_tokens(p) == expected);
    CHECK(fold(p) == joined);
    CHECK(fold(p + ".") == (joined.empty() ? "." : joined + " ."));
    CHECK(jumpa::detail::folds_to_nothing(p) == expected.empty());
  }
  CHECK(fold("  Hun   Manet ") == "hun manet");
  CHECK(fold_tokens("G20 Summit 2025") == std::vector<std::string>{"g20", "summit", "2025"});
  CHECK(fold("   ").empty());
}

TEST_CASE("text: apostrophes inside words are ignored", "[text]") {
  CHECK(fold("Jum'at") == "jumat");
  CHECK(fold("Jum\xE2\x80\x99" "at") == "jumat");  // U+2019
  CHECK(fold("Jum\xE2\x80\x98" "at") == "jumat");  // U+2018
  CHECK(fold("Jum\xCA\xBC" "at") == "jumat");      // U+02BC
  CHECK(fold("Jum`at") == "jumat");
  CHECK(fold("Ma'ruf Amin") == "maruf amin");
  // Apostrophes outside words are invisible quote marks.
  CHECK(fold("'Asean'") == "asean");
  CHECK(fold("\xE2\x80\x98" "Asean\xE2\x80\x99") == "asean");
  // An English possessive ends the word instead of gluing the s on.
  CHECK(fold("Vance's visit") == "vance s visit");

  analyzed_text a = text_analyzer().analyze("pada Jum\xE2\x80\x99" "at pagi");
  REQUIRE(a.tokens.size() == 3);
  CHECK(a.fold(a.tokens[1]) == "jumat");
  CHECK(a.tokens[1].begin == 5);
  CHECK(a.tokens[1].end == 13);  // "Jum" + 3-byte apostrophe + "at"
  CHECK(a.tokens[1].has(tf_non_ascii));
}

TEST_CASE("text: dashes and quotes are unified and punctuation is a token of its own", "[text]") {
  CHECK(fold("Timor-Leste") == "timor - leste");
  CHECK(fold("Timor-Leste") != fold("Timor Leste"));
  CHECK(fold("Timor - Leste") == fold("Timor-Leste"));
  CHECK(fold("2010\xE2\x80\x93" "2015") == "2010 - 2015");  // en dash
  CHECK(fold("Jakarta\xE2\x80\x94" "Phnom Penh") == "jakarta - phnom penh");  // em dash
  CHECK(fold("\xE2\x88\x92" "5") == "- 5");  // minus sign
  CHECK(fold("\xE2\x80\x9C" "Kerja sama\xE2\x80\x9D") == "\" kerja sama \"");  // “…”
  CHECK(fold("\xE2\x80\x9E" "ja\xE2\x80\x9F") == "\" ja \"");
  CHECK(fold("\xC2\xAB" "non\xC2\xBB") == "\" non \"");
  CHECK(fold("tunggu\xE2\x80\xA6") == "tunggu ...");  // ellipsis character
  CHECK(fold("(ANTARA)") == "( antara )");
  CHECK(fold("Hun Sen, PM") == "hun sen , pm");
}

TEST_CASE("text: whitespace runs and line breaks are one separator", "[text]") {
  CHECK(fold("  Perdana \t Menteri\r\n\n Hun   Manet  ") == "perdana menteri hun manet");
  CHECK(fold("Hun\xC2\xA0Manet") == "hun manet");  // no-break space
  CHECK(fold("Sing\xC2\xAD" "apura") == "singapura");  // soft hyphen
  CHECK(fold_tokens("Partai Rakyat Kamboja") == strings{"partai", "rakyat", "kamboja"});
  CHECK(fold_tokens("Timor-Leste") == strings{"timor", "-", "leste"});
  CHECK(fold_tokens("").empty());
  CHECK(fold_tokens(" \n\t ").empty());
  CHECK(fold("").empty());
}

// ---------------------------------------------------------------- tokens and spans

TEST_CASE("text: token byte spans index the original UTF-8", "[text]") {
  const std::string s = "Phạm Minh Chính bertemu Tô Lâm di Đà Nẵng.";
  analyzed_text a = text_analyzer().analyze(s);
  CHECK(raws(a) == strings{"Phạm", "Minh", "Chính", "bertemu", "Tô", "Lâm", "di", "Đà", "Nẵng", "."});
  CHECK(folds(a) == strings{"pham", "minh", "chinh", "bertemu", "to", "lam", "di", "da", "nang", "."});
  struct span { std::uint32_t b, e; };
  // Phạm: ạ is 3 bytes; Chính: í is 2; Tô: ô 2; Lâm: â 2; Đà: Đ 2, à 2; Nẵng: ẵ 3.
  const span want[] = {{0, 6}, {7, 11}, {12, 18}, {19, 26}, {27, 30}, {31, 35}, {36, 38}, {39, 43}, {44, 50}, {50, 51}};
  REQUIRE(a.tokens.size() == 10);
  for (std::size_t i = 0; i < 10; ++i) {
    INFO("token " << i);
    CHECK(a.tokens[i].begin == want[i].b);
    CHECK(a.tokens[i].end == want[i].e);
    CHECK(s.substr(want[i].b, want[i].e - want[i].b) == a.raw(a.tokens[i]));
  }
  CHECK(a.tokens.back().end == s.size());
  // The folded forms are back to back in `folded`.
  CHECK(a.folded == "phamminhchinhbertemutolamdidanang.");
  CHECK(a.text.data() == s.data());
}

TEST_CASE("text: token kinds and flags", "[text]") {
  const std::string s = "AS dan as, PBB: G20 pada 2024 di ÉLYSÉE\nSenin\n\nRabu Phạm";
  analyzed_text a = text_analyzer().analyze(s);
  REQUIRE(raws(a) == strings{"AS", "dan", "as", ",", "PBB", ":", "G20", "pada", "2024", "di", "ÉLYSÉE", "Senin", "Rabu",
                             "Phạm"});
  const auto& t = a.tokens;
  CHECK(t[0].has(tf_all_caps));
  CHECK(t[0].has(tf_capitalized));
  CHECK_FALSE(t[0].has(tf_space_before));
  CHECK_FALSE(t[1].has(tf_all_caps));
  CHECK(t[1].has(tf_space_before));
  CHECK_FALSE(t[2].has(tf_all_caps));
  CHECK_FALSE(t[2].has(tf_capitalized));
  CHECK(t[3].kind == token_kind::punct);
  CHECK_FALSE(t[3].has(tf_space_before));
  CHECK(t[4].has(tf_all_caps));
  CHECK(t[6].kind == token_kind::word);  // G20 has a letter
  CHECK(t[6].has(tf_all_caps));
  CHECK(t[8].kind == token_kind::number);
  CHECK_FALSE(t[8].has(tf_all_caps));  // no letters
  CHECK(t[0].kind == token_kind::word);
  CHECK(t[10].has(tf_all_caps));
  CHECK(t[10].has(tf_non_ascii));
  CHECK_FALSE(t[9].has(tf_non_ascii));
  CHECK(t[11].has(tf_newline_before));
  CHECK_FALSE(t[11].has(tf_paragraph_before));
  CHECK(t[12].has(tf_newline_before));
  CHECK(t[12].has(tf_paragraph_before));
  CHECK(t[13].has(tf_capitalized));
  CHECK_FALSE(t[13].has(tf_all_caps));
}

TEST_CASE("text: words of any length fold and get their flags alike", "[text]") {
  // Words of 1 to 150 characters over letters of both cases, digits and an
  // accented letter, at every alignment: the tokenizer reads ASCII runs in
  // blocks, so a word's end, its first letter and its case may fall anywhere
  // in a block or across blocks.
  const std::string chars = "aBz0Z9mQ";
  lcg next{777};
  text_analyzer an;
  for (int k = 0; k < 600; ++k) {
    std::vector<std::string> words;
    std::string text(next() % 20, ' ');
    const std::size_t count = 1 + next() % 4;
    for (std::size_t w = 0; w < count; ++w) {
      std::string word;
      const std::size_t len = 1 + (next() >> 8) % 150;
      for (std::size_t i = 0; i < len; ++i) {
        const std::uint32_t r = (next() >> 8) % 40;
        if (r == 0) word += "\xC3\xA9";       // é
        else if (r == 1) word += "\xC3\x89";  // É
        else word += chars[r % chars.size()];
      }
      words.push_back(word);
      text += word + ((next() >> 8) % 2 ? " " : ", ");
    }
    const analyzed_text a = an.analyze(text);
    std::vector<std::string> got;
    for (const token& t : a.tokens)
      if (t.kind != token_kind::punct) got.emplace_back(a.raw(t));
    INFO("text: '" << text << "'");
    REQUIRE(got == words);
    std::size_t wi = 0;
    for (const token& t : a.tokens) {
      if (t.kind == token_kind::punct) continue;
      const std::string& word = words[wi++];
      std::string lower;
      bool letter = false, lower_seen = false, first_upper = false, first_seen = false, accent = false;
      for (std::size_t i = 0; i < word.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(word[i]);
        if (c == 0xC3) {  // é or É
          const bool upper = static_cast<unsigned char>(word[i + 1]) == 0x89;
          lower += 'e';  // folding drops the accent
          accent = letter = true;
          if (!first_seen) first_upper = upper, first_seen = true;
          lower_seen |= !upper;
          ++i;
          continue;
        }
        const bool is_letter = std::isalpha(c) != 0;
        lower += static_cast<char>(std::tolower(c));
        if (!is_letter) continue;
        letter = true;
        if (!first_seen) first_upper = std::isupper(c) != 0, first_seen = true;
        lower_seen |= std::islower(c) != 0;
      }
      CHECK(a.fold(t) == lower);
      CHECK((t.kind == token_kind::number) == !letter);
      CHECK(t.has(tf_capitalized) == first_upper);
      CHECK(t.has(tf_all_caps) == (letter && !lower_seen));
      CHECK(t.has(tf_non_ascii) == accent);
    }
  }
}

TEST_CASE("text: a line with only spaces between two lines still separates paragraphs", "[text]") {
  analyzed_text a = text_analyzer().analyze("Satu.\r\n  \t\r\nDua.");
  REQUIRE(a.tokens.size() == 4);
  CHECK(a.tokens[2].has(tf_paragraph_before));
  REQUIRE(a.sentences.size() == 2);
  CHECK(a.sentences[0].paragraph == 0);
  CHECK(a.sentences[1].paragraph == 1);
}

TEST_CASE("text: empty and blank text give no tokens and no sentences", "[text]") {
  text_analyzer an;
  for (const char* s : {"", " ", "\n\n\n", " \t\r\n "}) {
    analyzed_text a = an.analyze(s);
    CHECK(a.tokens.empty());
    CHECK(a.sentences.empty());
    CHECK(a.problems.empty());
    CHECK(a.folded.empty());
  }
}

TEST_CASE("text: NUL bytes separate tokens", "[text]") {
  const std::string s("Hun\0Sen\0\0tiba", 13);
  REQUIRE(s.size() == 13);
  analyzed_text a = text_analyzer().analyze(s);
  CHECK(folds(a) == strings{"hun", "sen", "tiba"});
  REQUIRE(a.tokens.size() == 3);
  CHECK(a.tokens[1].begin == 4);
  CHECK(a.tokens[1].end == 7);
  CHECK(a.tokens[2].begin == 9);
  CHECK(a.problems.empty());  // NUL is valid UTF-8
  REQUIRE(a.sentences.size() == 1);
  CHECK(a.sentences[0].end == 13);
}

// ---------------------------------------------------------------- invalid UTF-8

TEST_CASE("text: invalid UTF-8 is reported with its byte offset", "[text]") {
  text_analyzer an;
  struct bad_case {
    const char* name;
    std::string text;
    std::size_t byte;   // where the bad sequence starts
    strings tokens;     // what still tokenises
  };
  const bad_case cases[] = {
      {"0xFF", std::string("Hun\xFFSen tiba"), 3, {"hun", "sen", "tiba"}},
      {"lone continuation byte", std::string("Menlu \x80Sokhonn"), 6, {"menlu", "sokhonn"}},
      {"truncated 3-byte sequence", std::string("Tô\xE1\xBA Lâm"), 3, {"to", "lam"}},
      {"truncated sequence before ASCII", std::string("Tô\xE1\xBAL\xC3\xA2m"), 3, {"to", "lam"}},
      {"truncated 4-byte sequence at the end", std::string("Kamboja \xF0\x9F\x98"), 8, {"kamboja"}},
      {"overlong NUL", std::string("Da\xC0\x80Nang"), 2, {"da", "nang"}},
      {"overlong slash", std::string("a\xE0\x80\xAF" "b"), 1, {"a", "b"}},
      {"surrogate", std::string("Sen\xED\xA0\x80" "at Kamboja"), 3, {"sen", "at", "kamboja"}},
      {"above U+10FFFF", std::string("x\xF4\x90\x80\x80y"), 1, {"x", "y"}},
      {"0xFE", std::string("\xFE" "ASEAN"), 0, {"asean"}},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    analyzed_text a = an.analyze(c.text);
    REQUIRE(a.problems.size() == 1);
    CHECK(a.problems[0].code() == errc::invalid_utf8);
    CHECK(a.problems[0].where().byte == c.byte);
    CHECK(a.problems[0].to_string().rfind("byte " + std::to_string(c.byte) + ": ", 0) == 0);
    CHECK(folds(a) == c.tokens);
    CHECK(find_invalid_utf8(c.text) == c.byte);
    // Tokens never include the bad bytes.
    for (const token& t : a.tokens) CHECK(find_invalid_utf8(a.raw(t)) == std::string_view::npos);
    check_sentence_invariants(a);
  }
}

TEST_CASE("text: several invalid sequences are each reported, later text still tokenises", "[text]") {
  const std::string s = "Pertemuan\xFF di Phnom\xC3 Penh \xED\xA0\x80 dan Tô Lâm.";
  analyzed_text a = text_analyzer().analyze(s);
  REQUIRE(a.problems.size() == 3);
  CHECK(a.problems[0].where().byte == 9);
  CHECK(a.problems[1].where().byte == 19);
  CHECK(a.problems[2].where().byte == 26);
  CHECK(s.find('\xC3') == 19);
  CHECK(folds(a) == strings{"pertemuan", "di", "phnom", "penh", "dan", "to", "lam", "."});
  // Spans after the bad bytes still point at the right place.
  CHECK(a.raw(a.tokens[5]) == "Tô");
  CHECK(a.raw(a.tokens[6]) == "Lâm");
}

TEST_CASE("text: max_problems caps the list and counts the rest", "[text]") {
  text_options o;
  o.max_problems = 3;
  text_analyzer an(o);
  std::string s;
  for (int i = 0; i < 8; ++i) s += "kata\xFF ";
  analyzed_text a = an.analyze(s);
  REQUIRE(a.problems.size() == 4);
  CHECK(a.problems[0].where().byte == 4);
  CHECK(a.problems[1].where().byte == 10);
  CHECK(a.problems[2].where().byte == 16);
  CHECK(a.problems[3].code() == errc::invalid_utf8);
  CHECK(a.problems[3].message().find("5 more") != std::string::npos);
  CHECK(a.tokens.size() == 8);
}

TEST_CASE("text: find_invalid_utf8 finds the first bad byte", "[text]") {
  CHECK(find_invalid_utf8("") == std::string_view::npos);
  CHECK(find_invalid_utf8("Phạm Minh Chính") == std::string_view::npos);
  CHECK(find_invalid_utf8("\xF0\x9F\x98\x80 ok") == std::string_view::npos);  // U+1F600
  CHECK(find_invalid_utf8(std::string("ab\0c", 4)) == std::string_view::npos);
  CHECK(find_invalid_utf8("ab\xC3") == 2);
  CHECK(find_invalid_utf8("\xC1\xBF") == 0);
  CHECK(find_invalid_utf8("ok \xED\xBF\xBF") == 3);
}

// ---------------------------------------------------------------- sentences

TEST_CASE("text: sentences end at . ! ? followed by a capital", "[text][sentence]") {
  analyzed_text a = indonesian().analyze("Menlu tiba di Phnom Penh. Ia disambut hangat! Apakah ada kesepakatan? Belum.");
  CHECK(sentence_texts(a) ==
        strings{"Menlu tiba di Phnom Penh.", "Ia disambut hangat!", "Apakah ada kesepakatan?", "Belum."});
  check_sentence_invariants(a);
  // "Sen." is not an abbreviation: a name at the end of a sentence ends it.
  a = indonesian().analyze("Demikian kata Hun Sen. Ia lalu pergi.");
  CHECK(sentence_texts(a) == strings{"Demikian kata Hun Sen.", "Ia lalu pergi."});
}

TEST_CASE("text: abbreviations do not end a sentence", "[text][sentence]") {
  text_analyzer an = indonesian();
  CHECK(sentence_texts(an.analyze("Tn. Budi bertemu Ny. Siti di Jakarta. Mereka berbincang.")) ==
        strings{"Tn. Budi bertemu Ny. Siti di Jakarta.", "Mereka berbincang."});
  CHECK(sentence_texts(an.analyze("Mereka membahas beras, gula dll. Semua setuju dsb. Ia pulang.")) ==
        strings{"Mereka membahas beras, gula dll. Semua setuju dsb. Ia pulang."});
  CHECK(sentence_texts(an.analyze("Hadir pula Martin Luther King Jr. Ia berpidato.")) ==
        strings{"Hadir pula Martin Luther King Jr. Ia berpidato."});
  CHECK(sentence_texts(an.analyze("Ia ditemani K.H. Ahmad dan Prof. Dr. Rina, M.Si. Mereka tiba pagi.")) ==
        strings{"Ia ditemani K.H. Ahmad dan Prof. Dr. Rina, M.Si. Mereka tiba pagi."});
  // Case does not matter: "TN." is "Tn.".
  CHECK(an.analyze("TN. BUDI TIBA.").sentences.size() == 1);
  // Without the list, the same text splits: the list is what keeps it together.
  text_analyzer plain;
  CHECK(sentence_texts(plain.analyze("Tn. Budi bertemu Ny. Siti di Jakarta.")) ==
        strings{"Tn.", "Budi bertemu Ny.", "Siti di Jakarta."});
  // A space before the dot means it is not an abbreviation.
  CHECK(an.analyze("Ia bertemu Tn . Budi datang.").sentences.size() == 2);
}

TEST_CASE("text: initials do not end a sentence", "[text][sentence]") {
  text_analyzer an = indonesian();
  CHECK(sentence_texts(an.analyze("Menlu India S. Jaishankar tiba. Ia disambut.")) ==
        strings{"Menlu India S. Jaishankar tiba.", "Ia disambut."});
  CHECK(sentence_texts(an.analyze("Wapres AS J.D. Vance hadir. Ia berpidato.")) ==
        strings{"Wapres AS J.D. Vance hadir.", "Ia berpidato."});
  CHECK(sentence_texts(an.analyze("Hadir Ma. Theresa Lazaro dari Filipina. Ia menteri.")) ==
        strings{"Hadir Ma. Theresa Lazaro dari Filipina.", "Ia menteri."});
  // A lower-case single letter is not an initial.
  CHECK(an.analyze("Ia memilih opsi b. Semua setuju.").sentences.size() == 2);
}

TEST_CASE("text: dates, decimals and domains are not breaks", "[text][sentence]") {
  text_analyzer an = indonesian();
  CHECK(sentence_texts(an.analyze("Pada Minggu (21/4) Menlu tiba di Vientiane. Ia disambut.")) ==
        strings{"Pada Minggu (21/4) Menlu tiba di Vientiane.", "Ia disambut."});
  CHECK(sentence_texts(an.analyze("Ia tiba pada Minggu (21/4). Besoknya ia pulang.")) ==
        strings{"Ia tiba pada Minggu (21/4).", "Besoknya ia pulang."});
  CHECK(sentence_texts(an.analyze("Ekonomi tumbuh 9,5 persen dengan 1.500 pekerja baru pukul 10.30 WIB. Itu rekor.")) ==
        strings{"Ekonomi tumbuh 9,5 persen dengan 1.500 pekerja baru pukul 10.30 WIB.", "Itu rekor."});
  CHECK(sentence_texts(an.analyze("Laporan ini dimuat SEAToday.com pada pagi hari. Lalu dikutip.")) ==
        strings{"Laporan ini dimuat SEAToday.com pada pagi hari.", "Lalu dikutip."});
  CHECK(sentence_texts(an.analyze("Ia menunggu... lalu pergi. Selesai.")) ==
        strings{"Ia menunggu... lalu pergi.", "Selesai."});
}

TEST_CASE("text: closing quotes stay with their sentence, opening quotes start the next", "[text][sentence]") {
  text_analyzer an = indonesian();
  CHECK(sentence_texts(an.analyze("\xE2\x80\x9CKami sepakat,\xE2\x80\x9D ujarnya. Ia lalu pergi.")) ==
        strings{"\xE2\x80\x9CKami sepakat,\xE2\x80\x9D ujarnya.", "Ia lalu pergi."});
  CHECK(sentence_texts(an.analyze("Ia berkata, \xE2\x80\x9CKami sepakat.\xE2\x80\x9D Semua bertepuk tangan.")) ==
        strings{"Ia berkata, \xE2\x80\x9CKami sepakat.\xE2\x80\x9D", "Semua bertepuk tangan."});
  CHECK(sentence_texts(an.analyze("Menlu tiba kemarin. \xE2\x80\x9CKami senang,\xE2\x80\x9D ujarnya.")) ==
        strings{"Menlu tiba kemarin.", "\xE2\x80\x9CKami senang,\xE2\x80\x9D ujarnya."});
  CHECK(sentence_texts(an.analyze("Menlu tiba kemarin. \"Kami senang,\" ujarnya.")) ==
        strings{"Menlu tiba kemarin.", "\"Kami senang,\" ujarnya."});
  CHECK(sentence_texts(an.analyze("Pertemuan usai. (Foto: dokumen.) Lalu makan siang.")) ==
        strings{"Pertemuan usai.", "(Foto: dokumen.)", "Lalu makan siang."});
}

TEST_CASE("text: a dateline date line is a sentence of its own", "[text][sentence]") {
  analyzed_text a = indonesian().analyze("22 April 2022\nPresiden Laos menerima Menlu Vietnam di Vientiane.");
  CHECK(sentence_texts(a) == strings{"22 April 2022", "Presiden Laos menerima Menlu Vietnam di Vientiane."});
  a = indonesian().analyze("Senin, 22 April 2022\nMenlu tiba.");
  CHECK(sentence_texts(a) == strings{"Senin, 22 April 2022", "Menlu tiba."});
  // A longer line with a year is ordinary text.
  a = indonesian().analyze("Pada tahun 2022 kedua negara\nmenandatangani perjanjian.");
  CHECK(a.sentences.size() == 1);
}

TEST_CASE("text: a line break inside a sentence joins, a blank line starts a paragraph", "[text][sentence]") {
  const std::string s = "Perdana Menteri Kamboja\nbertemu Presiden Laos\r\ndi Vientiane.\n\nKeduanya membahas\nperbatasan.";
  analyzed_text a = indonesian().analyze(s);
  REQUIRE(a.sentences.size() == 2);
  CHECK(sentence_texts(a)[0] == "Perdana Menteri Kamboja\nbertemu Presiden Laos\r\ndi Vientiane.");
  CHECK(a.sentences[0].paragraph == 0);
  CHECK(a.sentences[1].paragraph == 1);
  // A blank line ends a sentence even without a final period.
  a = indonesian().analyze("Judul berita tanpa titik\n\nIsi berita dimulai di sini.\n\n\n\nParagraf ketiga.");
  CHECK(sentence_texts(a) == strings{"Judul berita tanpa titik", "Isi berita dimulai di sini.", "Paragraf ketiga."});
  CHECK(a.sentences[2].paragraph == 2);
  check_sentence_invariants(a);
}

TEST_CASE("text: byline and editor lines are boilerplate", "[text][sentence]") {
  const std::string s =
      "Menlu Thailand bertemu Menlu Kamboja. Mereka sepakat.\n"
      "Pewarta: Andi Saputra\n"
      "Editor: Rina Wulandari\n"
      "Kata editor: tidak ada perubahan.\n"
      "COPYRIGHT \xC2\xA9 2024";
  analyzed_text a = indonesian().analyze(s);
  REQUIRE(sentence_texts(a) == strings{"Menlu Thailand bertemu Menlu Kamboja.", "Mereka sepakat.",
                                        "Pewarta: Andi Saputra", "Editor: Rina Wulandari",
                                        "Kata editor: tidak ada perubahan.", "COPYRIGHT \xC2\xA9 2024"});
  CHECK_FALSE(a.sentences[0].boilerplate);
  CHECK_FALSE(a.sentences[1].boilerplate);
  CHECK(a.sentences[2].boilerplate);
  CHECK(a.sentences[3].boilerplate);
  CHECK_FALSE(a.sentences[4].boilerplate);  // "editor:" not at the start of the line
  CHECK(a.sentences[5].boilerplate);
  // Without the list nothing is boilerplate.
  for (const sentence& x : text_analyzer().analyze(s).sentences) CHECK_FALSE(x.boilerplate);
}

TEST_CASE("text: runaway sentences are cut at 300 tokens", "[text][sentence]") {
  std::string s;
  for (int i = 0; i < 700; ++i) s += "kata" + std::to_string(i) + " ";
  analyzed_text a = text_analyzer().analyze(s);
  REQUIRE(a.tokens.size() == 700);
  REQUIRE(a.sentences.size() == 3);
  CHECK(a.sentences[0].end_token - a.sentences[0].first_token == 300);
  CHECK(a.sentences[1].end_token - a.sentences[1].first_token == 300);
  CHECK(a.sentences[2].end_token - a.sentences[2].first_token == 100);
  CHECK(a.raw(a.tokens[a.sentences[1].first_token]) == "kata300");
  check_sentence_invariants(a);
  // Exactly 300 tokens is one sentence.
  std::string t;
  for (int i = 0; i < 298; ++i) t += "kata ";
  t += "akhir.";  // 299 words and a period
  a = text_analyzer().analyze(t);
  REQUIRE(a.tokens.size() == 300);
  CHECK(a.sentences.size() == 1);
}

TEST_CASE("text: one analyzed_text can be reused across documents", "[text]") {
  text_analyzer an = indonesian();
  analyzed_text a;
  an.analyze("\xFF Dokumen pertama yang cukup panjang. Dengan dua kalimat.\n\nDan paragraf.", a);
  REQUIRE(a.problems.size() == 1);
  an.analyze("Kedua.", a);
  CHECK(a.text == "Kedua.");
  CHECK(folds(a) == strings{"kedua", "."});
  CHECK(a.folded == "kedua.");
  CHECK(a.problems.empty());
  REQUIRE(a.sentences.size() == 1);
  CHECK(a.sentences[0].paragraph == 0);
}

TEST_CASE("text: one analyzer can be shared between threads", "[text]") {
  const text_analyzer an = indonesian();
  const std::string doc =
      "Phạm Minh Chính bertemu Tn. Hun Manet di Phnom Penh. \xE2\x80\x9CKami sepakat,\xE2\x80\x9D ujarnya.\n\n"
      "Pewarta: Andi";
  const analyzed_text ref = an.analyze(doc);
  std::vector<int> same(4, 0);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      int ok = 1;
      for (int r = 0; r < 200; ++r) {
        analyzed_text a = an.analyze(doc);
        if (a.folded != ref.folded || a.tokens.size() != ref.tokens.size() ||
            a.sentences.size() != ref.sentences.size())
          ok = 0;
      }
      same[static_cast<std::size_t>(k)] = ok;
    });
  for (auto& t : threads) t.join();
  CHECK(same == std::vector<int>{1, 1, 1, 1});
  CHECK(ref.sentences.size() == 3);
}
