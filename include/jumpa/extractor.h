// jumpa/extractor.h — the whole pipeline: text → entities → relations.
//
// An `extractor` is built once from a gazetteer (compiling its matchers and
// rules) and then extracts any number of documents. It is immutable after
// create(), movable, cheap to copy (shared state) and safe to call from many
// threads at once. create() fails only when the gazetteer cannot be compiled
// (a missing language lexicon, a pattern RE2 rejects); extract() never fails:
// problems with the input (invalid UTF-8, over-long text) are listed in
// document::problems and everything that could be read is still extracted.
#ifndef JUMPA_EXTRACTOR_H_
#define JUMPA_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jumpa/date.h"
#include "jumpa/entities.h"
#include "jumpa/gazetteer.h"
#include "jumpa/matcher.h"
#include "jumpa/relations.h"
#include "jumpa/status.h"

namespace jumpa {

struct document {
  std::string id;          // caller's id, usually the path
  std::string lang = "id";
  date published;          // from the caller, else from a dateline or date line; may be empty
  std::vector<entity> entities;
  std::vector<relation> relations;
  std::vector<status> problems;  // input problems; the document is still usable

  const entity* find(std::string_view local_id) const;
};

struct extractor_options {
  std::string lang = "id";           // lexicon language to use
  matcher_options matcher;           // engine and RE2 budgets
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

  struct model;  // compiled state, private to the library

 private:
  explicit extractor(std::shared_ptr<const model> m) : model_(std::move(m)) {}
  std::shared_ptr<const model> model_;
};

}  // namespace jumpa

#endif  // JUMPA_EXTRACTOR_H_
