// Tests for jumpa/batch.h: ordered parallel extraction with reused items.
#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "jumpa/batch.h"
#include "jumpa/writers.h"
#include "support.h"

using jumpa_test::ex;

namespace {

// Texts that give different documents: a meeting, nothing, and an input error
// every few items, so a document left over from a reused item would show.
std::string text_of(std::size_t i) {
  if (i % 3 == 0)
    return "Presiden Prabowo Subianto bertemu Perdana Menteri Hun Manet di Jakarta pada Senin (" +
           std::to_string(i % 28 + 1) + "/3/2025).";
  if (i % 3 == 1) return "Hujan turun sepanjang hari di kota itu.";
  return "Menteri Luar Negeri Sugiono menerima kunjungan Duta Besar Kamboja.";
}

struct outcome {
  std::vector<std::size_t> order;
  std::vector<std::string> lines;  // the serialised document, or "error: ..."
};

outcome run(unsigned jobs, std::size_t items, std::size_t max_items) {
  jumpa::batch_options o;
  o.jobs = jobs;
  o.max_items = max_items;
  std::size_t next = 0;
  outcome out;
  auto source = [&](jumpa::batch_item& it) {
    if (next == items) return false;
    CHECK(it.text.empty());
    CHECK(it.error.empty());
    it.options.id = "doc-" + std::to_string(next);
    if (next % 7 == 5) it.error = it.options.id + ": unreadable";
    else it.text = text_of(next);
    ++next;
    return true;
  };
  auto finish = [](jumpa::batch_item& it) { jumpa::append_jsonl(it.output, it.doc); };
  auto sink = [&](jumpa::batch_item& it) {
    out.order.push_back(it.index);
    if (!it.error.empty()) {
      CHECK(it.doc.entities.empty());  // an error item never carries an earlier item's document
      CHECK(it.doc.relations.empty());
      out.lines.push_back("error: " + it.error);
    } else {
      CHECK(it.doc.id == it.options.id);
      out.lines.push_back(it.output);
    }
    return true;
  };
  CHECK(jumpa::run_ordered(ex(), o, source, finish, sink) == items);
  return out;
}

}  // namespace

TEST_CASE("batch: results come in input order, each item with its own document", "[batch]") {
  const outcome one = run(1, 200, 4);
  REQUIRE(one.order.size() == 200);
  for (std::size_t i = 0; i < one.order.size(); ++i) CHECK(one.order[i] == i);
  for (std::size_t i = 0; i < 200; ++i) {
    if (i % 7 == 5) {
      CHECK(one.lines[i] == "error: doc-" + std::to_string(i) + ": unreadable");
    } else {
      jumpa::extract_options eo;
      eo.id = "doc-" + std::to_string(i);
      std::string expected;
      jumpa::append_jsonl(expected, ex().extract(text_of(i), eo));
      CHECK(one.lines[i] == expected);
    }
  }
}

TEST_CASE("batch: the same output for any number of threads and items in flight", "[batch]") {
  const outcome base = run(1, 150, 0);
  for (unsigned jobs : {1u, 2u, 3u})
    for (std::size_t max_items : {std::size_t{1}, std::size_t{2}, std::size_t{5}, std::size_t{0}}) {
      INFO("jobs " << jobs << ", max_items " << max_items);
      CHECK(run(jobs, 150, max_items).lines == base.lines);
    }
}

TEST_CASE("batch: a sink that stops ends the run early", "[batch]") {
  for (unsigned jobs : {1u, 2u}) {
    INFO("jobs " << jobs);
    jumpa::batch_options o;
    o.jobs = jobs;
    std::size_t next = 0, sunk = 0;
    auto source = [&](jumpa::batch_item& it) {
      it.text = text_of(next++);
      return next < 1000;
    };
    auto sink = [&](jumpa::batch_item&) { return ++sunk < 10; };
    CHECK(jumpa::run_ordered(ex(), o, source, nullptr, sink) == 10);
    CHECK(sunk == 10);
    CHECK(next < 1000);
    if (jobs == 1) CHECK(next == 10);  // one job reads nothing ahead
  }
}

TEST_CASE("batch: one job runs on the caller's thread; more jobs extract on workers", "[batch]") {
  for (unsigned jobs : {1u, 2u}) {
    INFO("jobs " << jobs);
    jumpa::batch_options o;
    o.jobs = jobs;
    const auto caller = std::this_thread::get_id();
    std::size_t next = 0, on_caller = 0, finished = 0, finished_on_caller = 0;
    auto source = [&](jumpa::batch_item& it) {
      on_caller += std::this_thread::get_id() == caller;
      if (next == 20) return false;
      it.text = text_of(next++);
      return true;
    };
    auto finish = [&](jumpa::batch_item&) {
      ++finished;  // one job: no race; two jobs: counted below only on the caller's thread
      finished_on_caller += std::this_thread::get_id() == caller;
    };
    auto sink = [&](jumpa::batch_item& it) {
      on_caller += std::this_thread::get_id() == caller;
      return it.index < 100;
    };
    CHECK(jumpa::run_ordered(ex(), o, source, jobs == 1 ? std::function<void(jumpa::batch_item&)>(finish) : nullptr,
                             sink) == 20);
    CHECK(on_caller == 21 + 20);  // every source and sink call
    if (jobs == 1) {
      CHECK(finished == 20);
      CHECK(finished_on_caller == 20);
    }
  }
}
