// jumpa_bench — throughput, thread scaling, memory and start-up cost of jumpa.
//
//   jumpa_bench [--benchmark_* flags]   Google Benchmark: one row per stage
//                                       (corpus size: env JUMPA_BENCH_MB, default 4)
//   jumpa_bench --summary [--mb N] [--seconds S] [--trials T] [--quick]
//                                       times each stage itself and prints a
//                                       markdown table with MB/s, documents/s,
//                                       ratios and the targets of BENCHMARKS.md
//   jumpa_bench --summary --cli PATH    the command-line rows run PATH (default: the
//                                       jumpa-extract of this build)
//   jumpa_bench --probe builtin|DIR     (internal) fresh-process start-up time and peak RSS
//   jumpa_bench --run-cli IN CLI ARGS   (internal) runs CLI from a fresh small process: time, peak RSS
//   jumpa_bench --profile extract|extract-reused|graph|title|caps|line [--mb N] [--gazetteer DIR] [--repeat K]
//                                       runs one stage once, for perf / valgrind --tool=callgrind;
//                                       --repeat K cycles through the first K documents (warm caches)
//
// Every input is generated (bench/corpus.h): the same seed gives the same bytes.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <benchmark/benchmark.h>

#ifdef JUMPA_HAVE_HYPERSCAN
#include <hs.h>
#endif

#include "allocation_count.h"
#include "corpus.h"
#include "jumpa/jumpa.h"

namespace fs = std::filesystem;
using clk = std::chrono::steady_clock;


namespace {

// ---------------------------------------------------------------------------
// Shared inputs.

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

[[noreturn]] void die(const std::string& msg) {
  std::fprintf(stderr, "jumpa_bench: %s\n", msg.c_str());
  std::exit(2);
}

template <class T>
T must(jumpa::result<T> r, const char* what) {
  if (!r) die(std::string(what) + ": " + r.error().to_string());
  return std::move(*r);
}

struct corpus {
  std::vector<std::string> docs;
  std::size_t bytes = 0;
  std::string joined;  // all documents back to back (for the plain scan)
};

corpus make(std::size_t mb) {
  corpus c;
  jumpa_bench::corpus_options o;
  o.bytes = mb << 20;
  c.docs = jumpa_bench::make_corpus(jumpa::gazetteer::builtin(), o);
  for (const auto& d : c.docs) c.bytes += d.size();
  c.joined.reserve(c.bytes);
  for (const auto& d : c.docs) c.joined += d;
  return c;
}

std::size_t env_mb(const char* name, std::size_t dflt) {
  const char* v = std::getenv(name);
  if (!v || !*v) return dflt;
  long x = std::strtol(v, nullptr, 10);
  return x > 0 ? static_cast<std::size_t>(x) : dflt;
}

// The forms the extractor's matcher is built from (mirrors extractor::create):
// entity names, aliases, acronyms, Indonesian names, short forms, adjectives,
// then every lexicon table.
bool all_caps_short(std::string_view form) {
  int letters = 0;
  for (unsigned char c : form) {
    if ((c >= 'a' && c <= 'z') || c >= 0x80) return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters > 0 && letters <= 6;
}

std::vector<std::string> entity_forms(const jumpa::gazetteer& g) {
  std::vector<std::string> out;
  for (const auto& e : g.entities()) {
    out.push_back(e.name);
    out.insert(out.end(), e.aliases.begin(), e.aliases.end());
    out.insert(out.end(), e.acronyms.begin(), e.acronyms.end());
    if (!e.name_id.empty()) out.push_back(e.name_id);
    out.insert(out.end(), e.short_forms.begin(), e.short_forms.end());
    out.insert(out.end(), e.adjectives.begin(), e.adjectives.end());
  }
  return out;
}

std::vector<jumpa::matcher_entry> matcher_entries(const jumpa::gazetteer& g) {
  std::vector<std::string> forms = entity_forms(g);
  if (const jumpa::lexicon* lx = g.language("id"))
    for (const auto& [name, rows] : lx->tables)
      for (const auto& r : rows) forms.push_back(r.form);
  std::vector<jumpa::matcher_entry> out;
  for (const auto& f : forms) {
    if (jumpa::fold(f).empty()) continue;
    jumpa::matcher_entry e;
    e.form = f;
    e.payload = static_cast<std::uint32_t>(out.size());
    e.case_sensitive = all_caps_short(f);
    out.push_back(std::move(e));
  }
  return out;
}

jumpa::text_analyzer make_analyzer(const jumpa::gazetteer& g) {
  jumpa::text_options to;
  if (const jumpa::lexicon* lx = g.language("id")) {
    for (const auto& e : lx->table("abbreviations")) to.abbreviations.push_back(e.form);
    for (const auto& e : lx->table("boilerplate")) to.boilerplate.push_back(e.form);
  }
  return jumpa::text_analyzer(to);
}

jumpa::extractor make_extractor(const jumpa::gazetteer& g, jumpa::match_engine engine) {
  jumpa::extractor_options o;
  o.matcher.engine = engine;
  return must(jumpa::extractor::create(g, o), "extractor::create");
}

// The same, taking `g` over (extractor::create(gazetteer&&)).
jumpa::extractor make_extractor(jumpa::gazetteer&& g, jumpa::match_engine engine) {
  jumpa::extractor_options o;
  o.matcher.engine = engine;
  return must(jumpa::extractor::create(std::move(g), o), "extractor::create");
}

// A temporary folder removed at exit.
struct temp_dir {
  fs::path path;
  temp_dir() {
    path = fs::temp_directory_path() / ("jumpa-bench-" + std::to_string(::getpid()));
    fs::create_directories(path);
  }
  ~temp_dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

temp_dir& tmp() {
  static temp_dir t;
  return t;
}

fs::path synthetic_dir(std::size_t aliases) {
  fs::path dir = tmp().path / ("synthetic-" + std::to_string(aliases));
  if (!fs::exists(dir / "entities" / "synthetic_persons.tsv")) jumpa_bench::write_synthetic_gazetteer(dir, aliases);
  return dir;
}

jumpa::gazetteer synthetic_gazetteer(std::size_t aliases) {
  return must(jumpa::gazetteer::load(std::vector<fs::path>{synthetic_dir(aliases)}, true), "gazetteer::load");
}

#ifdef JUMPA_HAVE_HYPERSCAN
// Every entity form as a caseless literal; counts all matches.
struct hyperscan {
  hs_database_t* db = nullptr;
  std::size_t patterns = 0;
  explicit hyperscan(const jumpa::gazetteer& g) {
    std::vector<std::string> forms = entity_forms(g);
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    std::vector<const char*> exprs;
    std::vector<unsigned> flags, ids;
    std::vector<std::size_t> lens;
    for (std::size_t i = 0; i < forms.size(); ++i) {
      exprs.push_back(forms[i].data());
      lens.push_back(forms[i].size());
      flags.push_back(HS_FLAG_CASELESS);
      ids.push_back(static_cast<unsigned>(i));
    }
    hs_compile_error_t* err = nullptr;
    if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(),
                             static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &db,
                             &err) != HS_SUCCESS) {
      std::string m = err && err->message ? err->message : "unknown error";
      hs_free_compile_error(err);
      die("hyperscan: " + m);
    }
    patterns = forms.size();
  }
  ~hyperscan() { hs_free_database(db); }
  struct scratch {
    hs_scratch_t* s = nullptr;
    explicit scratch(const hyperscan& h) {
      if (hs_alloc_scratch(h.db, &s) != HS_SUCCESS) die("hyperscan: hs_alloc_scratch");
    }
    ~scratch() { hs_free_scratch(s); }
  };
  std::size_t scan(std::string_view text, scratch& sc) const {
    std::size_t n = 0;
    hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, sc.s,
            [](unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) -> int {
              ++*static_cast<std::size_t*>(ctx);
              return 0;
            },
            &n);
    return n;
  }
};
#endif

std::size_t plain_scan(std::string_view s) {
  std::size_t n = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
    ++n;
    ++p;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Google Benchmark mode.

const corpus& gb_corpus() {
  static const corpus c = make(env_mb("JUMPA_BENCH_MB", 4));
  return c;
}

const jumpa::extractor& gb_extractor(int which) {  // 0 builtin, 1 builtin re2, 2 10k, 3 100k
  static std::once_flag once[4];
  static std::optional<jumpa::extractor> ex[4];
  std::call_once(once[which], [&] {
    switch (which) {
      case 0: ex[0] = make_extractor(jumpa::gazetteer::builtin(), jumpa::match_engine::literal); break;
      case 1: ex[1] = make_extractor(jumpa::gazetteer::builtin(), jumpa::match_engine::re2); break;
      case 2: ex[2] = make_extractor(synthetic_gazetteer(10000), jumpa::match_engine::literal); break;
      default: ex[3] = make_extractor(synthetic_gazetteer(100000), jumpa::match_engine::literal); break;
    }
  });
  return *ex[which];
}

// Documents of this thread: every threads-th one.
template <class F>
void per_thread_docs(benchmark::State& state, const corpus& c, F&& f) {
  std::size_t bytes = 0, docs = 0;
  const std::size_t t = static_cast<std::size_t>(state.thread_index());
  const std::size_t n = static_cast<std::size_t>(state.threads());
  for (auto _ : state) {
    for (std::size_t i = t; i < c.docs.size(); i += n) {
      f(c.docs[i]);
      bytes += c.docs[i].size();
      ++docs;
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(docs));
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

void BM_PlainScan(benchmark::State& state) {
  const corpus& c = gb_corpus();
  std::size_t lines = 0;
  for (auto _ : state) benchmark::DoNotOptimize(lines += plain_scan(c.joined));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.docs.size()));
}
BENCHMARK(BM_PlainScan)->Unit(benchmark::kMillisecond);

void BM_TextAnalyzer(benchmark::State& state) {
  const corpus& c = gb_corpus();
  static const jumpa::text_analyzer an = make_analyzer(jumpa::gazetteer::builtin());
  jumpa::analyzed_text a;
  per_thread_docs(state, c, [&](const std::string& d) {
    an.analyze(d, a);
    benchmark::DoNotOptimize(a.tokens.data());
  });
}
BENCHMARK(BM_TextAnalyzer)->Unit(benchmark::kMillisecond)->UseRealTime()->Threads(1)->Threads(2);

void BM_Matcher(benchmark::State& state) {
  const corpus& c = gb_corpus();
  static const jumpa::text_analyzer an = make_analyzer(jumpa::gazetteer::builtin());
  static const std::vector<jumpa::analyzed_text> analyzed = [&] {
    std::vector<jumpa::analyzed_text> v(c.docs.size());
    for (std::size_t i = 0; i < c.docs.size(); ++i) an.analyze(c.docs[i], v[i]);
    return v;
  }();
  static std::once_flag once[2];
  static std::optional<jumpa::matcher> m[2];
  const int which = static_cast<int>(state.range(0));
  std::call_once(once[which], [&] {
    jumpa::matcher_options o;
    o.engine = which ? jumpa::match_engine::re2 : jumpa::match_engine::literal;
    m[which] = must(jumpa::matcher::compile(matcher_entries(jumpa::gazetteer::builtin()), o), "matcher::compile");
  });
  std::vector<jumpa::match> out;
  std::size_t bytes = 0, docs = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < analyzed.size(); ++i) {
      out.clear();
      m[which]->find_all(analyzed[i], out);
      benchmark::DoNotOptimize(out.data());
      bytes += c.docs[i].size();
      ++docs;
    }
  }
  state.SetLabel(which ? "re2" : "literal");
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(docs));
}
BENCHMARK(BM_Matcher)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  const jumpa::extractor& ex = gb_extractor(which);
  const corpus& c = gb_corpus();
  per_thread_docs(state, c, [&](const std::string& d) { benchmark::DoNotOptimize(ex.extract(d)); });
  static const char* const kLabels[] = {"builtin", "builtin re2", "10k aliases", "100k aliases"};
  state.SetLabel(kLabels[which]);
}
BENCHMARK(BM_Extract)->ArgName("gaz")->Arg(0)->Arg(1)->Arg(2)->Arg(3)->Unit(benchmark::kMillisecond)
    ->UseRealTime()->Threads(1)->Threads(2);

void BM_ExtractGraph(benchmark::State& state) {
  const jumpa::extractor& ex = gb_extractor(0);
  const corpus& c = gb_corpus();
  std::size_t bytes = 0;
  for (auto _ : state) {
    jumpa::relation_graph g;
    for (std::size_t i = 0; i < c.docs.size(); ++i) {
      jumpa::extract_options eo;
      eo.id = "doc" + std::to_string(i);
      g.add(ex.extract(c.docs[i], eo));
    }
    benchmark::DoNotOptimize(g.edge_count());
    bytes += c.bytes;
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.docs.size()));
}
BENCHMARK(BM_ExtractGraph)->Unit(benchmark::kMillisecond);

#ifdef JUMPA_HAVE_HYPERSCAN
void BM_Hyperscan(benchmark::State& state) {
  static const hyperscan hs(jumpa::gazetteer::builtin());
  hyperscan::scratch sc(hs);
  std::size_t matches = 0;
  per_thread_docs(state, gb_corpus(), [&](const std::string& d) { matches += hs.scan(d, sc); });
  benchmark::DoNotOptimize(matches);
  state.SetLabel(std::to_string(hs.patterns) + " literals");
}
BENCHMARK(BM_Hyperscan)->Unit(benchmark::kMillisecond)->UseRealTime()->Threads(1)->Threads(2);
#endif

void BM_ExtractorCreate(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  static std::optional<jumpa::gazetteer> g10k;
  if (which == 1 && !g10k) g10k = synthetic_gazetteer(10000);
  const jumpa::gazetteer& g = which ? *g10k : jumpa::gazetteer::builtin();
  for (auto _ : state) benchmark::DoNotOptimize(make_extractor(g, jumpa::match_engine::literal));
  state.SetLabel(which ? "10k aliases" : "builtin");
  state.counters["peak_rss_MB"] = peak_rss_mb();
}
BENCHMARK(BM_ExtractorCreate)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_GazetteerLoad(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  fs::path dir = which ? synthetic_dir(10000) : fs::path(JUMPA_GAZETTEER_DIR);
  for (auto _ : state) {
    if (which)
      benchmark::DoNotOptimize(must(jumpa::gazetteer::load(std::vector<fs::path>{dir}, true), "load"));
    else
      benchmark::DoNotOptimize(must(jumpa::gazetteer::load(dir), "load"));
  }
  state.SetLabel(which ? "builtin + 10k aliases" : "gazetteers/ from files");
}
BENCHMARK(BM_GazetteerLoad)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_Pathological(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  static const std::string inputs[3] = {
      jumpa_bench::repeated_title(1u << 20),
      jumpa_bench::capitalised_run(10000),
      jumpa_bench::single_line(jumpa::gazetteer::builtin(), 10u << 20),
  };
  static const char* const kLabels[] = {"1 MB 'Presiden Presiden ...'", "10k capitalised words",
                                        "10 MB single line"};
  const jumpa::extractor& ex = gb_extractor(0);
  for (auto _ : state) benchmark::DoNotOptimize(ex.extract(inputs[which]));
  state.SetLabel(kLabels[which]);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * inputs[which].size()));
  state.counters["peak_rss_MB"] = peak_rss_mb();
}
BENCHMARK(BM_Pathological)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// ---------------------------------------------------------------------------
// --summary: each stage timed here, best of a few runs.

struct rate {
  double mb_s = 0, docs_s = 0;  // wall clock
  double seconds = 0;
  double cpu_mb_s = 0;  // per CPU second of the working threads (what a dedicated core would do)
};

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct summary_options {
  std::size_t mb = 8;
  double seconds = 0.6;  // per trial
  int trials = 5;        // best of: on a shared machine the quietest trial is the most faithful
  std::string cli;       // the jumpa-extract to run (empty: this build's)
};

// Runs fn(doc) over the documents in `threads` threads (thread t takes
// documents t, t+T, ... cyclically) until `seconds` have passed; best of
// `trials` by MB/s.
rate time_docs(const summary_options& so, const std::vector<std::string>& docs, int threads,
               const std::function<void(std::size_t doc, int thread)>& fn) {
  rate best;
  std::vector<std::size_t> cursor(static_cast<std::size_t>(threads));
  for (int t = 0; t < threads; ++t) cursor[static_cast<std::size_t>(t)] = static_cast<std::size_t>(t);
  for (int trial = 0; trial < so.trials; ++trial) {
    std::vector<std::size_t> bytes(static_cast<std::size_t>(threads)), ndocs(static_cast<std::size_t>(threads));
    std::vector<double> cpu(static_cast<std::size_t>(threads));
    auto start = clk::now();
    auto deadline = start + std::chrono::duration<double>(so.seconds);
    auto work = [&](int t) {
      auto ut = static_cast<std::size_t>(t);
      double cpu0 = thread_cpu_seconds();
      do {
        std::size_t i = cursor[ut];
        fn(i, t);
        bytes[ut] += docs[i].size();
        ++ndocs[ut];
        cursor[ut] = (i + static_cast<std::size_t>(threads)) % docs.size();
        if (cursor[ut] < static_cast<std::size_t>(threads)) cursor[ut] = ut;  // wrap to this thread's first
      } while (clk::now() < deadline);
      cpu[ut] = thread_cpu_seconds() - cpu0;
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (auto& th : pool) th.join();
    double secs = std::chrono::duration<double>(clk::now() - start).count();
    std::size_t b = 0, d = 0;
    double cpu_rate = 0;
    for (int t = 0; t < threads; ++t) {
      auto ut = static_cast<std::size_t>(t);
      b += bytes[ut];
      d += ndocs[ut];
      if (cpu[ut] > 0) cpu_rate += static_cast<double>(bytes[ut]) / cpu[ut] / 1e6;
    }
    rate r{static_cast<double>(b) / secs / 1e6, static_cast<double>(d) / secs, secs, cpu_rate};
    if (r.mb_s > best.mb_s) best = r;
  }
  return best;
}

// One input processed repeatedly.
rate time_one(const summary_options& so, const std::string& input, const std::function<void()>& fn) {
  rate best;
  for (int trial = 0; trial < so.trials; ++trial) {
    std::size_t runs = 0;
    auto start = clk::now();
    double cpu0 = thread_cpu_seconds();
    do {
      fn();
      ++runs;
    } while (clk::now() - start < std::chrono::duration<double>(so.seconds));
    double secs = std::chrono::duration<double>(clk::now() - start).count();
    double cpu = thread_cpu_seconds() - cpu0;
    rate r{static_cast<double>(runs * input.size()) / secs / 1e6, static_cast<double>(runs) / secs, secs,
           cpu > 0 ? static_cast<double>(runs * input.size()) / cpu / 1e6 : 0};
    if (r.mb_s > best.mb_s) best = r;
  }
  return best;
}

struct probe_result {
  std::map<std::string, double> v;
  double get(const std::string& k) const {
    auto it = v.find(k);
    return it == v.end() ? -1 : it->second;
  }
};

std::string self_exe() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string("jumpa_bench") : p.string();
}

// Runs `jumpa_bench ARGS` in a fresh process and reads its key=value lines.
probe_result run_probe_cmd(const std::string& args) {
  probe_result r;
  std::string cmd = "'" + self_exe() + "' " + args;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return r;
  char line[512];
  while (std::fgets(line, sizeof line, p)) {
    std::string s(line);
    auto eq = s.find('=');
    if (eq != std::string::npos) r.v[s.substr(0, eq)] = std::strtod(s.c_str() + eq + 1, nullptr);
  }
  ::pclose(p);
  return r;
}

// Runs `jumpa_bench --probe what` in a fresh process.
probe_result run_probe(const std::string& what) { return run_probe_cmd("--probe '" + what + "'"); }

// --probe: a fresh process: gazetteer ready time, extractor create time, and
// peak RSS after extracting a 4 MB corpus.
int probe(const std::string& what) {
  auto t0 = clk::now();
  const jumpa::gazetteer* g = &jumpa::gazetteer::builtin();
  std::optional<jumpa::gazetteer> layered;
  if (what != "builtin") {
    layered = must(jumpa::gazetteer::load(std::vector<fs::path>{fs::path(what)}, true), "gazetteer::load");
    g = &*layered;
  }
  auto t1 = clk::now();
  // A loaded gazetteer is handed over (create(gazetteer&&)), as a program that
  // loads one only to build an extractor does; the builtin one is shared.
  jumpa::extractor ex = layered ? make_extractor(std::move(*layered), jumpa::match_engine::literal)
                                : make_extractor(*g, jumpa::match_engine::literal);
  layered.reset();
  auto t2 = clk::now();
  double rss_ready = peak_rss_mb();
  jumpa_bench::corpus_options o;
  o.bytes = 4u << 20;
  auto docs = jumpa_bench::make_corpus(jumpa::gazetteer::builtin(), o);
  std::size_t entities = 0;
  for (const auto& d : docs) entities += ex.extract(d).entities.size();
  std::printf("load_ms=%.3f\ncreate_ms=%.3f\nrss_ready_mb=%.1f\nrss_peak_mb=%.1f\nentities=%zu\n",
              std::chrono::duration<double, std::milli>(t1 - t0).count(),
              std::chrono::duration<double, std::milli>(t2 - t1).count(), rss_ready, peak_rss_mb(), entities);
  return 0;
}

// ---------------------------------------------------------------------------
// The command-line tool, run as a user runs it (a child process each time).

struct cli_run {
  bool ok = false;
  double wall_s = 0, cpu_s = 0;  // cpu: user + system of the child
  double rss_mb = 0;             // the child's peak RSS
};

// --run-cli IN CLI ARGS...: (internal) runs CLI with standard input from IN
// and output to /dev/null, and prints its wall and CPU time, peak RSS and
// status. A fresh small process starts the tool, so the tool's peak RSS is
// its own (a child forked from this big process would inherit its peak).
int run_cli_here(int argc, char** argv, int first) {
  if (first + 1 >= argc) return 2;
  const char* in = argv[first];
  char** cli_argv = argv + first + 1;
  auto start = clk::now();
  pid_t pid = ::fork();
  if (pid < 0) return 2;
  if (pid == 0) {
    int fd_in = ::open(in, O_RDONLY), fd_null = ::open("/dev/null", O_WRONLY);
    if (fd_in < 0 || fd_null < 0) ::_exit(127);
    ::dup2(fd_in, 0);
    ::dup2(fd_null, 1);
    ::dup2(fd_null, 2);
    ::execv(cli_argv[0], cli_argv);
    ::_exit(127);
  }
  int st = 0;
  rusage ru{};
  if (::wait4(pid, &st, 0, &ru) != pid) return 2;
  double wall = std::chrono::duration<double>(clk::now() - start).count();
  double cpu = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
               static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
  std::printf("wall_s=%.6f\ncpu_s=%.6f\nrss_mb=%.3f\nok=%d\n", wall, cpu, static_cast<double>(ru.ru_maxrss) / 1024.0,
              WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 1 : 0);
  return 0;
}

// Runs `cli args...` with standard input from `in` and output to /dev/null
// (through --run-cli in a fresh process).
cli_run run_cli(const std::string& cli, const std::vector<std::string>& args, const std::string& in = "/dev/null") {
  std::string what = "--run-cli '" + in + "' '" + cli + "'";
  for (const auto& a : args) what += " '" + a + "'";
  probe_result p = run_probe_cmd(what);
  cli_run r;
  r.ok = p.get("ok") == 1;
  r.wall_s = p.get("wall_s");
  r.cpu_s = p.get("cpu_s");
  r.rss_mb = p.get("rss_mb");
  return r;
}

// Median of `n` runs by CPU time (the other fields from the same run).
cli_run median_cli(int n, const std::string& cli, const std::vector<std::string>& args,
                   const std::string& in = "/dev/null") {
  std::vector<cli_run> runs;
  for (int i = 0; i < n; ++i) {
    runs.push_back(run_cli(cli, args, in));
    if (!runs.back().ok) return runs.back();
  }
  std::sort(runs.begin(), runs.end(), [](const cli_run& a, const cli_run& b) { return a.cpu_s < b.cpu_s; });
  return runs[runs.size() / 2];
}

std::string default_cli() {
#ifdef JUMPA_CLI_PATH
  return JUMPA_CLI_PATH;
#else
  return "";
#endif
}

// The documents as files DIR/doc-NNNNNN.txt (what a user points the tool at).
fs::path write_docs(const std::vector<std::string>& docs, const std::string& name) {
  fs::path dir = tmp().path / name;
  fs::create_directories(dir);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    char file[32];
    std::snprintf(file, sizeof file, "doc-%06zu.txt", i);
    std::FILE* f = std::fopen((dir / file).c_str(), "wb");
    if (!f || std::fwrite(docs[i].data(), 1, docs[i].size(), f) != docs[i].size()) die("cannot write " + dir.string());
    std::fclose(f);
  }
  return dir;
}

// One document of about `bytes` made of the corpus articles, paragraphs apart.
std::string big_document(const std::vector<std::string>& docs, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + 4096);
  for (std::size_t i = 0; out.size() < bytes; i = (i + 1) % docs.size()) {
    out += docs[i];
    out += "\n\n";
  }
  return out;
}

// operator new calls per document once the thread's buffers are grown: one
// warm-up pass, then the counted pass.
double allocations_per_doc(const std::vector<std::string>& docs, const std::function<void(std::size_t)>& fn) {
  for (std::size_t i = 0; i < docs.size(); ++i) fn(i);
  const std::uint64_t before = jumpa_bench::allocations();
  for (std::size_t i = 0; i < docs.size(); ++i) fn(i);
  return static_cast<double>(jumpa_bench::allocations() - before) / static_cast<double>(docs.size());
}

std::string fmt_note(const char* f, double v) {
  char b[96];
  std::snprintf(b, sizeof b, f, v);
  return b;
}

struct row {
  std::string stage;
  rate r;
  std::string note;
};

int summary(const summary_options& so) {
  double load[3] = {0, 0, 0};
  if (std::FILE* f = std::fopen("/proc/loadavg", "r")) {
    if (std::fscanf(f, "%lf %lf %lf", &load[0], &load[1], &load[2]) != 3) load[0] = -1;
    std::fclose(f);
  }
  std::printf("jumpa_bench --summary: corpus %zu MB, %.1f s x %d trials per stage, best trial reported; "
              "%u hardware threads, load average %.2f %.2f %.2f at start\n"
              "MB/s = input megabytes (10^6 bytes) per wall-clock second; CPU MB/s = per CPU second of the "
              "working threads (summed over threads), which discounts time lost to other processes\n\n",
              so.mb, so.seconds, so.trials, std::thread::hardware_concurrency(), load[0], load[1], load[2]);
  std::fflush(stdout);
  // Start-up and memory, in fresh processes (before this one grows).
  fs::path syn10k = synthetic_dir(10000), syn100k = synthetic_dir(100000);
  probe_result pb = run_probe("builtin"), p10k = run_probe(syn10k.string()), p100k = run_probe(syn100k.string());

  corpus c = make(so.mb);
  const jumpa::gazetteer& builtin = jumpa::gazetteer::builtin();
  std::vector<row> rows;
  auto add = [&](std::string stage, rate r, std::string note = "") {
    rows.push_back({std::move(stage), r, std::move(note)});
    std::fprintf(stderr, "  %-50s %9.2f MB/s (%.2f per CPU second)\n", rows.back().stage.c_str(), r.mb_s,
                 r.cpu_mb_s);
  };

  add("plain scan (memchr '\\n')", time_docs(so, c.docs, 1, [&](std::size_t i, int) {
        benchmark::DoNotOptimize(plain_scan(c.docs[i]));
      }));
  const double plain = rows.back().r.mb_s;
  double hs_rate = 0, hs2_rate = 0, hs_cpu_rate = 0;
#ifdef JUMPA_HAVE_HYPERSCAN
  {
    hyperscan hs(builtin);
    std::vector<std::unique_ptr<hyperscan::scratch>> sc;
    for (int t = 0; t < 2; ++t) sc.push_back(std::make_unique<hyperscan::scratch>(hs));
    add("Hyperscan literal scan, 1 thread", time_docs(so, c.docs, 1, [&](std::size_t i, int t) {
          benchmark::DoNotOptimize(hs.scan(c.docs[i], *sc[static_cast<std::size_t>(t)]));
        }), std::to_string(hs.patterns) + " caseless literals, all matches");
    hs_rate = rows.back().r.mb_s;
    hs_cpu_rate = rows.back().r.cpu_mb_s;
    // Control for thread scaling: no shared state at all, so this is what the
    // machine gives two threads right now.
    add("Hyperscan literal scan, 2 threads (scaling control)", time_docs(so, c.docs, 2, [&](std::size_t i, int t) {
          benchmark::DoNotOptimize(hs.scan(c.docs[i], *sc[static_cast<std::size_t>(t)]));
        }));
    hs2_rate = rows.back().r.mb_s;
  }
#endif
  {
    jumpa::text_analyzer an = make_analyzer(builtin);
    jumpa::analyzed_text a;
    add("text_analyzer", time_docs(so, c.docs, 1, [&](std::size_t i, int) { an.analyze(c.docs[i], a); }));
    std::vector<jumpa::analyzed_text> analyzed(c.docs.size());
    for (std::size_t i = 0; i < c.docs.size(); ++i) an.analyze(c.docs[i], analyzed[i]);
    auto entries = matcher_entries(builtin);
    for (auto engine : {jumpa::match_engine::literal, jumpa::match_engine::re2}) {
      jumpa::matcher_options mo;
      mo.engine = engine;
      jumpa::matcher m = must(jumpa::matcher::compile(entries, mo), "matcher::compile");
      std::vector<jumpa::match> out;
      add(std::string("matcher alone, ") + (engine == jumpa::match_engine::re2 ? "re2" : "literal"),
          time_docs(so, c.docs, 1, [&](std::size_t i, int) {
            out.clear();
            m.find_all(analyzed[i], out);
          }),
          std::to_string(entries.size()) + " forms");
    }
  }
  jumpa::extractor ex = make_extractor(builtin, jumpa::match_engine::literal);
  auto extract = [&](const jumpa::extractor& x) {
    return [&x, &c](std::size_t i, int) { benchmark::DoNotOptimize(x.extract(c.docs[i])); };
  };
  add("full pipeline, builtin, 1 thread", time_docs(so, c.docs, 1, extract(ex)));
  const rate pipe1 = rows.back().r;
  // The same into one document per thread, reused (extract(text, options, doc)).
  std::vector<jumpa::document> reused(2);
  add("full pipeline into a reused document, 1 thread", time_docs(so, c.docs, 1, [&](std::size_t i, int t) {
        ex.extract(c.docs[i], {}, reused[static_cast<std::size_t>(t)]);
      }), "extract(text, options, doc)");
  const rate pipe1_reused = rows.back().r;
  // The JSON Lines writer alone, over the documents extracted once.
  std::vector<jumpa::document> extracted;
  extracted.reserve(c.docs.size());
  for (const auto& d : c.docs) extracted.push_back(ex.extract(d));
  std::string line;
  std::size_t out_bytes = 0;
  for (const auto& d : extracted) out_bytes += jumpa::to_jsonl(d).size();
  add("JSONL writer alone (append_jsonl), 1 thread", time_docs(so, c.docs, 1, [&](std::size_t i, int) {
        line.clear();
        jumpa::append_jsonl(line, extracted[i]);
      }), fmt_note("%.2f output bytes per input byte", static_cast<double>(out_bytes) / static_cast<double>(c.bytes)));
  const rate writer1 = rows.back().r;
  const double allocs_extract =
      allocations_per_doc(c.docs, [&](std::size_t i) { benchmark::DoNotOptimize(ex.extract(c.docs[i])); });
  const double allocs_reused = allocations_per_doc(c.docs, [&](std::size_t i) { ex.extract(c.docs[i], {}, reused[0]); });
  const double allocs_writer = allocations_per_doc(c.docs, [&](std::size_t i) {
    line.clear();
    jumpa::append_jsonl(line, extracted[i]);
  });
  extracted.clear();
  extracted.shrink_to_fit();
  add("full pipeline, builtin, 2 threads", time_docs(so, c.docs, 2, extract(ex)));
  const rate pipe2 = rows.back().r;
  {
    jumpa::extractor ex_re2 = make_extractor(builtin, jumpa::match_engine::re2);
    add("full pipeline, builtin, re2 engine, 1 thread", time_docs(so, c.docs, 1, extract(ex_re2)));
  }
  {
    jumpa::extractor ex10k = make_extractor(synthetic_gazetteer(10000), jumpa::match_engine::literal);
    add("full pipeline, builtin + 10k aliases, 1 thread", time_docs(so, c.docs, 1, extract(ex10k)));
  }
  {
    jumpa::extractor ex100k = make_extractor(synthetic_gazetteer(100000), jumpa::match_engine::literal);
    add("full pipeline, builtin + 100k aliases, 1 thread", time_docs(so, c.docs, 1, extract(ex100k)));
  }
  {
    jumpa::relation_graph g;
    add("full pipeline + relation_graph::add, 1 thread", time_docs(so, c.docs, 1, [&](std::size_t i, int) {
          jumpa::extract_options eo;
          eo.id = "doc" + std::to_string(i);
          g.add(ex.extract(c.docs[i], eo));
        }));
  }
  // Pathological inputs, relative to the normal full-pipeline rate.
  struct patho {
    std::string name, input;
  };
  std::vector<patho> pathos = {
      {"1 MB of 'Presiden Presiden ...'", jumpa_bench::repeated_title(1u << 20)},
      {"10k capitalised words in a row", jumpa_bench::capitalised_run(10000)},
      {"10 MB single line", jumpa_bench::single_line(builtin, 10u << 20)},
  };
  std::size_t first_patho = rows.size();
  for (const auto& p : pathos)
    add("pathological: " + p.name, time_one(so, p.input, [&] { benchmark::DoNotOptimize(ex.extract(p.input)); }),
        std::to_string(p.input.size()) + " bytes");

  // The command-line tool over the same documents, as files (child processes).
  const std::string cli = so.cli.empty() ? default_cli() : so.cli;
  cli_run cli1, cli2, cli_start, cli_big;
  std::size_t big_bytes = 0;
  const bool have_cli = !cli.empty() && fs::exists(cli);
  if (have_cli) {
    fs::path dir = write_docs(c.docs, "cli-corpus");
    cli1 = median_cli(3, cli, {"-q", "-j", "1", dir.string()});
    cli2 = median_cli(3, cli, {"-q", "-j", "2", dir.string()});
    cli_start = median_cli(5, cli, {"-q", "-"});  // empty standard input: start-up alone
    const std::string big = big_document(c.docs, 10u * 1000 * 1000);
    big_bytes = big.size();
    fs::path big_file = tmp().path / "big-10MB.txt";
    if (std::FILE* f = std::fopen(big_file.c_str(), "wb")) {
      std::fwrite(big.data(), 1, big.size(), f);
      std::fclose(f);
    }
    cli_big = median_cli(3, cli, {"-q", big_file.string()});
    std::fprintf(stderr, "  %-50s %9.2f MB per CPU second\n", "jumpa-extract -j 1", c.bytes / cli1.cpu_s / 1e6);
  }

  // The table.
  std::printf("| stage | MB/s | CPU MB/s | docs/s | x plain scan | x Hyperscan | note |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---|\n");
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const row& r = rows[k];
    char hsr[32] = "n/a";
    if (hs_rate > 0) std::snprintf(hsr, sizeof hsr, "%.3f", r.r.mb_s / hs_rate);
    std::string note = r.note;
    if (k >= first_patho) {
      char b[64];
      std::snprintf(b, sizeof b, "%s%.2fx the normal rate", note.empty() ? "" : "; ", r.r.mb_s / pipe1.mb_s);
      note += b;
    }
    char docs[32] = "";
    if (k < first_patho) std::snprintf(docs, sizeof docs, "%.0f", r.r.docs_s);
    std::printf("| %s | %.2f | %.2f | %s | %.4f | %s | %s |\n", r.stage.c_str(), r.r.mb_s, r.r.cpu_mb_s, docs,
                r.r.mb_s / plain, hsr, note.c_str());
  }
  std::printf("\n| start-up and memory (fresh process each) | gazetteer ready ms | extractor::create ms | "
              "RSS ready MB | peak RSS after 4 MB MB |\n|---|---:|---:|---:|---:|\n");
  auto prow = [](const char* name, const probe_result& p) {
    std::printf("| %s | %.1f | %.1f | %.1f | %.1f |\n", name, p.get("load_ms"), p.get("create_ms"),
                p.get("rss_ready_mb"), p.get("rss_peak_mb"));
  };
  prow("builtin (first gazetteer::builtin())", pb);
  prow("builtin + 10k aliases (gazetteer::load)", p10k);
  prow("builtin + 100k aliases (gazetteer::load)", p100k);

  const double cli_cpu_rate = cli1.ok ? static_cast<double>(c.bytes) / cli1.cpu_s / 1e6 : 0;
  if (have_cli) {
    std::printf("\n| command-line tool (`%s`, child process, median of 3) | MB per CPU-second | MB/s | x Hyperscan "
                "(per CPU-second) | peak RSS MB |\n|---|---:|---:|---:|---:|\n",
                fs::path(cli).filename().c_str());
    auto crow = [&](const char* name, const cli_run& r) {
      if (!r.ok) {
        std::printf("| %s | failed | | | |\n", name);
        return;
      }
      double cpu_rate = static_cast<double>(c.bytes) / r.cpu_s / 1e6;
      char hsr[32] = "n/a";
      if (hs_cpu_rate > 0) std::snprintf(hsr, sizeof hsr, "%.3f", cpu_rate / hs_cpu_rate);
      std::printf("| %s | %.2f | %.2f | %s | %.1f |\n", name, cpu_rate, static_cast<double>(c.bytes) / r.wall_s / 1e6,
                  hsr, r.rss_mb);
    };
    crow("`-q -j 1 DIR`, JSON Lines to /dev/null", cli1);
    crow("`-q -j 2 DIR`, JSON Lines to /dev/null", cli2);
    std::printf("\n| command-line tool, other rows | wall ms | CPU ms | peak RSS MB | RSS bytes per input byte |\n"
                "|---|---:|---:|---:|---:|\n");
    std::printf("| start-up: `-q -` on empty input (median of 5) | %.1f | %.1f | %.1f | |\n", cli_start.wall_s * 1e3,
                cli_start.cpu_s * 1e3, cli_start.rss_mb);
    std::printf("| one %.1f MB document: `-q FILE` (median of 3) | %.1f | %.1f | %.1f | %.1f |\n",
                static_cast<double>(big_bytes) / 1e6, cli_big.wall_s * 1e3, cli_big.cpu_s * 1e3, cli_big.rss_mb,
                cli_big.rss_mb * 1048576.0 / static_cast<double>(big_bytes));
  }
  std::printf("\n| allocations in steady state (operator new per document) | count |\n|---|---:|\n"
              "| `extractor::extract` | %.1f |\n| `extractor::extract` into a reused document | %.1f |\n"
              "| `append_jsonl` | %.1f |\n",
              allocs_extract, allocs_reused, allocs_writer);

  // Targets.
  double worst_patho = 1e300;
  std::string worst_name;
  for (std::size_t k = first_patho; k < rows.size(); ++k)
    if (rows[k].r.mb_s / pipe1.mb_s < worst_patho) {
      worst_patho = rows[k].r.mb_s / pipe1.mb_s;
      worst_name = rows[k].stage;
    }
  double ready_ms = pb.get("load_ms") + pb.get("create_ms");
  std::printf("\n| target | measured | met |\n|---|---:|:---:|\n");
  auto target = [](const char* name, const std::string& measured, bool ok) {
    std::printf("| %s | %s | %s |\n", name, measured.c_str(), ok ? "yes" : "**no**");
  };
  auto fmt = [](const char* f, double v) {
    char b[64];
    std::snprintf(b, sizeof b, f, v);
    return std::string(b);
  };
  if (have_cli && hs_cpu_rate > 0)
    target("jumpa-extract, 1 thread, JSONL >= 0.2 x Hyperscan (per CPU-second)",
           fmt("%.3f", cli_cpu_rate / hs_cpu_rate) + fmt(" (%.1f MB per CPU-second)", cli_cpu_rate),
           cli_cpu_rate / hs_cpu_rate >= 0.2);
  target("extract() alone >= 60 MB/s, 1 thread, builtin",
         fmt("%.1f MB/s", pipe1.mb_s) + fmt(" (%.1f per CPU second", pipe1.cpu_mb_s) +
             fmt("; into a reused document %.1f MB/s)", pipe1_reused.mb_s),
         pipe1.mb_s >= 60);
  target("JSONL writer alone >= 100 MB/s of input", fmt("%.1f MB/s", writer1.mb_s), writer1.mb_s >= 100);
  if (have_cli) {
    target("one 10 MB document: peak RSS <= 120 MB", fmt("%.1f MB", cli_big.rss_mb), cli_big.ok && cli_big.rss_mb <= 120);
    target("start-up (empty input) <= 20 ms", fmt("%.1f ms CPU", cli_start.cpu_s * 1e3) +
           fmt(", %.1f ms wall", cli_start.wall_s * 1e3), cli_start.ok && cli_start.cpu_s <= 0.020);
  }
  {
    double ms = p100k.get("load_ms") + p100k.get("create_ms");
    target("+100k aliases: load + create <= 300 ms and <= 100 MB",
           fmt("%.0f ms", ms) + fmt(", %.1f MB", p100k.get("rss_ready_mb")),
           ms >= 0 && ms <= 300 && p100k.get("rss_ready_mb") <= 100);
  }
  {
    std::string m = fmt("%.2fx", pipe2.mb_s / pipe1.mb_s) + fmt(" (per CPU second: %.2fx", pipe2.cpu_mb_s / pipe1.cpu_mb_s);
    if (hs2_rate > 0) m += fmt("; Hyperscan control %.2fx", hs2_rate / hs_rate);
    target("2 threads >= 1.8 x 1 thread", m + ")", pipe2.mb_s / pipe1.mb_s >= 1.8);
  }
  target("10k aliases: peak RSS <= 150 MB", fmt("%.1f MB", p10k.get("rss_peak_mb")),
         p10k.get("rss_peak_mb") > 0 && p10k.get("rss_peak_mb") <= 150);
  target("builtin gazetteer ready (load + create) <= 50 ms", fmt("%.1f ms", ready_ms), ready_ms >= 0 && ready_ms <= 50);
  target("no pathological input slower than 5x normal", fmt("worst %.2fx normal", worst_patho) + " (" + worst_name + ")",
         worst_patho >= 0.2);
  return 0;
}

// --profile: one stage, once, nothing else (for perf record / callgrind).
// `repeat` > 0: the first `repeat` documents over and over (as many documents in all), which
// shows what warm branch predictors and caches would give.
int profile(const std::string& what, std::size_t mb, const std::string& gaz_dir, std::size_t repeat) {
  const jumpa::gazetteer& g = jumpa::gazetteer::builtin();
  std::optional<jumpa::gazetteer> layered;
  if (!gaz_dir.empty())
    layered = must(jumpa::gazetteer::load(std::vector<fs::path>{fs::path(gaz_dir)}, true), "gazetteer::load");
  jumpa::extractor ex = make_extractor(layered ? *layered : g, jumpa::match_engine::literal);
  std::vector<std::string> inputs;
  if (what == "extract" || what == "extract-reused" || what == "graph") {
    jumpa_bench::corpus_options o;
    o.bytes = mb << 20;
    inputs = jumpa_bench::make_corpus(g, o);
  } else if (what == "title") {
    inputs.push_back(jumpa_bench::repeated_title(mb << 20));
  } else if (what == "caps") {
    inputs.push_back(jumpa_bench::capitalised_run(10000 * mb));
  } else if (what == "line") {
    inputs.push_back(jumpa_bench::single_line(g, mb << 20));
  } else {
    die("--profile: unknown stage " + what);
  }
  if (repeat > 0)
    for (std::size_t i = repeat; i < inputs.size(); ++i) inputs[i] = inputs[i % repeat];
  auto start = clk::now();
  std::size_t entities = 0, bytes = 0;
  jumpa::relation_graph graph;
  jumpa::document reused;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    jumpa::extract_options eo;
    eo.id = "doc" + std::to_string(i);
    if (what == "extract-reused") {
      ex.extract(inputs[i], eo, reused);
      entities += reused.entities.size();
      bytes += inputs[i].size();
      continue;
    }
    jumpa::document d = ex.extract(inputs[i], eo);
    entities += d.entities.size();
    bytes += inputs[i].size();
    if (what == "graph") graph.add(d);
  }
  double secs = std::chrono::duration<double>(clk::now() - start).count();
  std::printf("%s: %zu documents, %zu bytes, %zu entities, %.3f s, %.2f MB/s\n", what.c_str(), inputs.size(), bytes,
              entities, secs, static_cast<double>(bytes) / secs / 1e6);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  summary_options so;
  bool want_summary = false;
  std::string profile_stage, profile_gaz;
  std::size_t profile_repeat = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--profile" && i + 1 < argc) profile_stage = argv[++i];
    else if (a == "--gazetteer" && i + 1 < argc) profile_gaz = argv[++i];
    else if (a == "--repeat" && i + 1 < argc) profile_repeat = static_cast<std::size_t>(std::max(0L, std::atol(argv[++i])));
    if (a == "--probe" && i + 1 < argc) return probe(argv[i + 1]);
    if (a == "--run-cli") return run_cli_here(argc, argv, i + 1);
    if (a == "--summary") want_summary = true;
    else if (a == "--mb" && i + 1 < argc) so.mb = static_cast<std::size_t>(std::max(1L, std::atol(argv[++i])));
    else if (a == "--seconds" && i + 1 < argc) so.seconds = std::max(0.05, std::atof(argv[++i]));
    else if (a == "--trials" && i + 1 < argc) so.trials = std::max(1, std::atoi(argv[++i]));
    else if (a == "--cli" && i + 1 < argc) so.cli = argv[++i];
    else if (a == "--quick") {
      so.mb = 2;
      so.seconds = 0.3;
      so.trials = 2;
    }
  }
  if (!profile_stage.empty()) return profile(profile_stage, so.mb, profile_gaz, profile_repeat);
  if (want_summary) return summary(so);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
