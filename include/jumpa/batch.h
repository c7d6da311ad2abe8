// jumpa/batch.h — many documents on many threads, results in input order.
//
// `run_ordered` pulls inputs from a source, extracts them on `jobs` worker
// threads that live for the whole run, and hands every result to a sink in
// the order the inputs came, so the output is the same for any number of
// threads. Reading, extracting and writing overlap: the source is read while
// workers extract and the sink writes. With one job there is no worker: the
// source, the extraction (and `finish`) and the sink take turns on the
// caller's thread, one item at a time, which spends less CPU than handing
// each item to a thread and back (about 6 % of a run over small files).
//
// Ownership: each `batch_item` owns its text and its document. The source
// fills an item, the worker extracts into it (and runs `finish`, e.g. to
// serialise it), the sink consumes it; then the item is reused. The source
// and the sink are each called from one thread at a time, never concurrently
// with themselves; `finish` runs on the worker threads. The extractor is
// borrowed for the duration of the call. A reused item's document is extracted
// into (extractor::extract(text, options, doc)), so its storage serves the next
// input; one that must go is freed on the thread that built it (a worker, or
// with one job the caller's).
//
// Threads (two jobs or more): the caller's thread, which runs the source and the sink, sleeps
// only when the oldest item is not done, and then until the workers' queue
// is down to half of max_items, so it sinks and refills many items per
// wake-up rather than one per document.
//
// Failure: an item the source marks with `error` is not extracted and goes to
// the sink in its place. When the source returns false the run ends once the
// items in flight have reached the sink; when the sink returns false no more
// items are read and those still in flight are dropped (a stop request).
#ifndef JUMPA_BATCH_H_
#define JUMPA_BATCH_H_

#include <cstddef>
#include <functional>
#include <string>

#include "jumpa/document.h"
#include "jumpa/extractor.h"

namespace jumpa {

struct batch_item {
  std::size_t index = 0;     // position in the input order (set by run_ordered)
  std::string text;          // the input
  extract_options options;   // id, published date...
  std::string error;         // set by the source: an input error, reported in place
  document doc;              // the result
  std::string output;        // free for `finish` (the serialised document, say)
  // Instead of `text`, a large input (a file) can be pulled piece by piece on
  // the worker: pull(piece, error) replaces `piece` with the next bytes and
  // returns true, or returns false at the end; a non-empty `error` then fails
  // the item (it goes to the sink with `error` set). The pieces are extracted
  // as one document with window_extraction (extractor.h), so only about a
  // window of the text is held. Such an item counts 0 bytes towards max_bytes.
  std::function<bool(std::string& piece, std::string& error)> pull;
  std::size_t pulled = 0;    // bytes pulled (set by run_ordered)
  void clear();              // empties the item, keeping capacity
};

struct batch_options {
  unsigned jobs = 1;                     // worker threads (0 = 1); 1: none, all on the caller's thread
  std::size_t max_items = 0;             // items in flight; 0 = 32 per job (two jobs or more)
  std::size_t max_bytes = 256u << 20;    // input bytes in flight (at least one item always runs; two jobs or more)
};

// source(item): fill `item` and return true, or return false at the end.
// finish(item): optional, on a worker (one job: the caller's thread) after extraction (not for error items).
// sink(item):   in input order; return false to stop early.
// Returns the number of items handed to the sink.
std::size_t run_ordered(const extractor& ex, const batch_options& options,
                        const std::function<bool(batch_item&)>& source,
                        const std::function<void(batch_item&)>& finish,
                        const std::function<bool(batch_item&)>& sink);

}  // namespace jumpa

#endif  // JUMPA_BATCH_H_
