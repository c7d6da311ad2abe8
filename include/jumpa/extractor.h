// jumpa/extractor.h — the whole pipeline: text → entities → relations.
//
// An `extractor` is built once from a gazetteer (compiling its matchers and
// typed lexicon tables) and then extracts any number of documents.
//
// Ownership: create() copies everything it needs from the gazetteer, so the
// gazetteer may be destroyed right after. The extractor is immutable, cheap to
// copy (copies share the compiled model) and safe to call from many threads at
// once. A document returned by extract() owns its strings and does not borrow
// the input text.
//
// Failure: create() fails only when the gazetteer cannot be compiled (no
// lexicon for the language, a pattern the matcher rejects). extract() never
// fails: problems with the input (invalid UTF-8, an over-long text) are listed
// in document::problems and everything that could be read is still extracted.
#ifndef JUMPA_EXTRACTOR_H_
#define JUMPA_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

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
  std::string lang = "id";   // lexicon language to use (a folder of the gazetteer)
  matcher_options matcher;   // engine and RE2 budgets
  // Longer texts are cut here (reported as a problem, with the byte offset of
  // the cut); this bounds memory (about 30 bytes per byte of text).
  std::size_t max_document_bytes = 16u << 20;
};

struct extract_options {
  std::string id;          // copied to document::id
  date published;          // publication date; empty = find it in the text
  bool explain = false;    // fill evidence::rule and evidence::cues
  bool keep_unhappened = true;  // keep planned/hoped/negated meetings (marked by status)
};

class extractor {
 public:
  static result<extractor> create(const gazetteer& g, const extractor_options& options = {});

  document extract(std::string_view utf8_text, const extract_options& options = {}) const;

  const extractor_options& options() const noexcept;

 private:
  explicit extractor(std::shared_ptr<const detail::model> m) : model_(std::move(m)) {}
  std::shared_ptr<const detail::model> model_;  // shared, immutable
};

}  // namespace jumpa

#endif  // JUMPA_EXTRACTOR_H_
