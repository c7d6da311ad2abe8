// Ordered parallel extraction: one reader/writer (the caller's thread) and N
// workers that live for the whole run; one job runs on the caller's thread.
#include "jumpa/batch.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace jumpa {

void batch_item::clear() {
  index = 0;
  text.clear();
  options = extract_options{};
  error.clear();
  doc = document{};
  output.clear();
  pull = nullptr;
  pulled = 0;
}

namespace {

// Empties a reused item except its document, which the worker extracts into
// (keeping its storage) or replaces: so a document is freed on the thread that
// built it (a free on the reader's thread contends for the worker's malloc arena).
void reuse(batch_item& item) {
  document doc = std::move(item.doc);
  item.clear();
  item.doc = std::move(doc);
}

// Extracts a pulled input window by window; false when pulling failed.
bool pull(const extractor& ex, batch_item& item) {
  window_extraction wx(ex, item.options);
  std::string piece, error;
  while (item.pull(piece, error)) wx.append(piece);
  item.pulled = wx.size();
  if (!error.empty()) {
    item.error = std::move(error);
    return false;
  }
  item.doc = wx.finish();
  return true;
}

// Extracts one item the source filled (not an error item) and runs `finish`;
// an exception becomes the item's error.
void extract_item(const extractor& ex, const std::function<void(batch_item&)>& finish, batch_item& item) {
  try {
    if (item.pull) {
      item.doc = document{};  // the previous item's, freed here (see reuse)
      if (!pull(ex, item)) return;
    } else {
      ex.extract(item.text, item.options, item.doc);  // into the previous item's document: its storage is reused
    }
    if (finish) finish(item);
  } catch (const std::exception& e) {
    item.doc = document{};
    item.error = item.options.id + ": " + e.what();
  }
}

// One job: the source, the extraction and the sink take turns on the
// caller's thread (no worker to hand items to and wake).
std::size_t run_inline(const extractor& ex, const std::function<bool(batch_item&)>& source,
                       const std::function<void(batch_item&)>& finish, const std::function<bool(batch_item&)>& sink) {
  batch_item item;
  std::size_t sunk = 0;
  for (;; reuse(item)) {
    if (!source(item)) break;
    item.index = sunk;
    if (item.error.empty()) extract_item(ex, finish, item);
    else item.doc = document{};
    ++sunk;
    if (!sink(item)) break;
  }
  return sunk;
}

struct slot {
  batch_item item;
  bool done = false;
};

class ordered_run {
 public:
  ordered_run(const extractor& ex, const batch_options& o, const std::function<void(batch_item&)>& finish)
      : ex_(ex), finish_(finish) {
    unsigned jobs = o.jobs == 0 ? 1 : o.jobs;
    for (unsigned i = 0; i < jobs; ++i) workers_.emplace_back([this] { work(); });
  }
  ~ordered_run() {
    {
      std::lock_guard<std::mutex> lk(mu_);
      closing_ = true;
    }
    work_cv_.notify_all();
    for (auto& t : workers_) t.join();
  }

  void submit(slot* s) {
    std::lock_guard<std::mutex> lk(mu_);
    if (!s->item.error.empty()) {
      s->item.doc = document{};
      s->done = true;
      return;
    }
    todo_.push_back(s);
    work_cv_.notify_one();
  }
  bool done(const slot* s) {
    std::lock_guard<std::mutex> lk(mu_);
    return s->done;
  }
  // Waits until `s` is done and, when `refill` (the caller will read more),
  // until the workers' queue is down to `low_water`: the reader then sinks
  // and refills many items per wake-up instead of one (a wake-up per
  // document was a tenth of the CPU time of a one-thread run).
  void wait(slot* s, bool refill, std::size_t low_water) {
    std::unique_lock<std::mutex> lk(mu_);
    waited_ = s;
    low_water_ = refill ? low_water : SIZE_MAX;
    done_cv_.wait(lk, [&] { return ready(); });
    waited_ = nullptr;
  }

 private:
  void work() {
    for (;;) {
      slot* s = nullptr;
      {
        std::unique_lock<std::mutex> lk(mu_);
        work_cv_.wait(lk, [&] { return closing_ || !todo_.empty(); });
        if (todo_.empty()) return;
        s = todo_.front();
        todo_.pop_front();
        wake_reader();
      }
      extract_item(ex_, finish_, s->item);
      {
        std::lock_guard<std::mutex> lk(mu_);
        s->done = true;
        wake_reader();
      }
    }
  }
  // What the reader waits for (under the lock).
  bool ready() const { return waited_ && waited_->done && todo_.size() <= low_water_; }
  // Wakes the reader when what it waits for has come (under the lock).
  void wake_reader() {
    if (ready()) done_cv_.notify_one();
  }
  const extractor& ex_;
  const std::function<void(batch_item&)>& finish_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<slot*> todo_;
  slot* waited_ = nullptr;         // the slot the reader waits for
  std::size_t low_water_ = 0;      // and the queue length it waits for
  bool closing_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace

std::size_t run_ordered(const extractor& ex, const batch_options& o, const std::function<bool(batch_item&)>& source,
                        const std::function<void(batch_item&)>& finish,
                        const std::function<bool(batch_item&)>& sink) {
  const unsigned jobs = o.jobs == 0 ? 1 : o.jobs;
  if (jobs == 1) return run_inline(ex, source, finish, sink);
  const std::size_t max_items = o.max_items ? o.max_items : 32 * static_cast<std::size_t>(jobs);
  std::vector<std::unique_ptr<slot>> pool;
  std::deque<std::unique_ptr<slot>> in_flight;  // in input order
  std::size_t next_index = 0, sunk = 0, bytes = 0;
  bool ended = false, stopped = false;
  ordered_run run(ex, o, finish);
  for (;;) {
    while (!ended && !stopped && in_flight.size() < max_items && (in_flight.empty() || bytes < o.max_bytes)) {
      std::unique_ptr<slot> s;
      if (pool.empty()) {
        s = std::make_unique<slot>();
      } else {
        s = std::move(pool.back());
        pool.pop_back();
        reuse(s->item);
      }
      s->done = false;
      if (!source(s->item)) {
        ended = true;
        pool.push_back(std::move(s));
        break;
      }
      s->item.index = next_index++;
      bytes += s->item.text.size();
      run.submit(s.get());
      in_flight.push_back(std::move(s));
    }
    if (in_flight.empty()) break;
    run.wait(in_flight.front().get(), !ended && !stopped, max_items / 2);
    do {  // every item done at the front, then refill
      std::unique_ptr<slot> front = std::move(in_flight.front());
      in_flight.pop_front();
      bytes -= front->item.text.size();
      if (!stopped) {
        ++sunk;
        if (!sink(front->item)) stopped = true;
      }
      pool.push_back(std::move(front));
    } while (!in_flight.empty() && run.done(in_flight.front().get()));
  }
  return sunk;
}

}  // namespace jumpa
