// jumpa/extractor.h — the whole pipeline: text → entities → relations.
//
// An `extractor` is built once from a gazetteer (compiling its matchers and
// typed lexicon tables) and then extracts any number of documents.
//
// Ownership: create() copies everything it needs from the gazetteer (or takes
// it over when given an rvalue), so the gazetteer may be destroyed right after;
// gazetteer::builtin(), which lives as long as the process, is shared instead. The extractor is immutable, cheap to
// copy (copies share the compiled model) and safe to call from many threads at
// once. A document returned by extract() owns its strings and does not borrow
// the input text.
//
// Failure: create() fails only when the gazetteer cannot be compiled (no
// lexicon for the language, a pattern the matcher rejects).
// Languages: with lang "auto" (the default) every language folder of the
// gazetteer is compiled and each document is extracted with the language its
// function words point to, or the one extract_options::lang names;
// document::lang tells which was used. Detection counts the single-word
// stopwords of each language in the text's first 8 KB; a text with none (a
// bare list of names) is read in the first language folder in alphabetical
// order. extract() never
// fails: problems with the input (invalid UTF-8) are listed in
// document::problems and everything that could be read is still extracted.
//
// Long texts: a text longer than `window_bytes` is extracted whole, window by
// window (cut at a paragraph break, else a sentence end, a line break, a
// space), and the windows' results are merged into one document: an entity
// seen in several windows is one entity, every span stays relative to the
// whole text. Working memory is bounded by the window, not the text. Linking
// a short name to a full name does not cross a window boundary. Only a text of
// 4 GiB or more (spans are 32-bit) is cut, with a `limit_exceeded` problem
// that gives the byte offset of the cut. `window_extraction` does the same
// for a text that arrives piece by piece (a large file).
#ifndef JUMPA_EXTRACTOR_H_
#define JUMPA_EXTRACTOR_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "jumpa/date.h"
#include "jumpa/document.h"
#include "jumpa/gazetteer.h"
#include "jumpa/matcher.h"
#include "jumpa/status.h"

namespace jumpa {

namespace detail {
struct model;
}

struct extractor_options {
  // Lexicon language: a folder of the gazetteer ("id", "en"), or "auto" to
  // compile every language folder and pick each document's language from its
  // function words (or from extract_options::lang).
  std::string lang = "auto";
  matcher_options matcher;   // engine and RE2 budgets
  // Longer texts are extracted in windows of at most this many bytes, which
  // bounds working memory (about 40 bytes per byte of window); 0 = 1 MiB.
  std::size_t window_bytes = 1u << 20;
};

// Texts this long or longer are cut (spans are 32-bit byte offsets).
inline constexpr std::size_t kMaxTextBytes = 0xFFFFFFFFu;

struct extract_options {
  std::string id;          // copied to document::id
  // The document's language (a compiled language folder); empty = the
  // extractor's language, detected for "auto". A language the extractor did
  // not compile is noted as a problem and the text's language is detected.
  std::string lang;
  date published;          // publication date; empty = find it in the text
  bool explain = false;    // fill evidence::rule and evidence::cues
  bool keep_unhappened = true;  // keep planned/hoped/negated meetings (marked by status)
};

class extractor {
 public:
  static result<extractor> create(const gazetteer& g, const extractor_options& options = {});
  // The same, taking `g` over instead of copying it: a gazetteer loaded only to
  // build an extractor is then held once, not twice (less memory and time for a
  // big one). `g` is moved from.
  static result<extractor> create(gazetteer&& g, const extractor_options& options = {});

  document extract(std::string_view utf8_text, const extract_options& options = {}) const;
  // The same into `out`, replacing everything it held (the result is the
  // document extract() returns). Its vectors and strings keep their storage,
  // so one document reused for text after text (one per thread, say) makes
  // extraction allocate far less once it has grown. `out` is the caller's:
  // not shared with another thread during the call.
  void extract(std::string_view utf8_text, const extract_options& options, document& out) const;

  const extractor_options& options() const noexcept;

 private:
  friend class window_extraction;
  explicit extractor(std::shared_ptr<const detail::model> m) : model_(std::move(m)) {}
  // One window: the document of `text` alone into `doc` and its number of sentences.
  void extract_window(std::string_view text, const extract_options& options, std::uint32_t& sentences,
                      document& doc) const;
  std::shared_ptr<const detail::model> model_;  // shared, immutable
};

// The byte length of the first window of `text`: all of it when it fits in
// `max_bytes`, else the longest prefix ending after a blank line, else after a
// sentence end (". "), a line break or a space (within the last half of the
// window), else at a UTF-8 character boundary. Never 0 for a non-empty text.
std::size_t window_cut(std::string_view text, std::size_t max_bytes) noexcept;

// Extracts one document from a text that arrives in pieces of any size (a
// file read block by block), window by window as extractor::extract does for
// a long text, so that only about one window of text is held at a time.
//
// Ownership: borrows the extractor (which must outlive it); copies the bytes
// it is given. Not thread-safe; one per document.
class window_extraction {
 public:
  window_extraction(const extractor& ex, extract_options options);
  // The next bytes of the text.
  void append(std::string_view bytes);
  // Bytes appended so far.
  std::size_t size() const noexcept { return base_ + pending_.size(); }
  // Extracts what is still pending and returns the document (once).
  document finish();

 private:
  void add_window(std::string_view window);
  void merge(document&& part, std::size_t base, std::uint32_t sentence_base);

  const extractor* ex_;
  extract_options options_;
  document doc_;
  std::string pending_;   // bytes not yet extracted (less than a window, between calls)
  std::size_t base_ = 0;  // bytes already extracted
  std::size_t window_ = 0;
  std::uint32_t sentences_ = 0;
  bool cut_ = false;      // the 4 GiB limit was reached
  std::unordered_map<std::string, std::size_t> keys_;  // entity key (ref, or type and name) → index
  // Country relations derived from meetings: one per pair of countries in a
  // document, after the other relations (as for a text in one window).
  std::vector<relation> derived_;
  std::set<std::pair<std::string, std::string>> derived_pairs_;
};

}  // namespace jumpa

#endif  // JUMPA_EXTRACTOR_H_
