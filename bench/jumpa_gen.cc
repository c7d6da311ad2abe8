// jumpa_gen — writes the benchmark inputs to disk.
//
//   jumpa_gen corpus DIR MB [SEED]        DIR/doc-000001.txt ... (about MB megabytes of articles)
//   jumpa_gen gazetteer DIR ALIASES [SEED]  DIR/entities/synthetic_persons.tsv (load with --gazetteer DIR)
//   jumpa_gen pathological DIR            DIR/{title-1mb,caps-10k,line-10mb}.txt
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "corpus.h"

namespace fs = std::filesystem;

namespace {
int usage() {
  std::fprintf(stderr,
               "usage: jumpa_gen corpus DIR MB [SEED]\n"
               "       jumpa_gen gazetteer DIR ALIASES [SEED]\n"
               "       jumpa_gen pathological DIR\n");
  return 2;
}
bool write(const fs::path& p, const std::string& s) {
  std::ofstream out(p, std::ios::binary);
  out << s;
  return static_cast<bool>(out);
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return usage();
  std::string cmd = argv[1];
  fs::path dir = argv[2];
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (cmd == "corpus" && argc >= 4) {
    jumpa_bench::corpus_options o;
    o.bytes = static_cast<std::size_t>(std::atof(argv[3]) * 1048576.0);
    if (argc >= 5) o.seed = std::strtoull(argv[4], nullptr, 10);
    auto docs = jumpa_bench::make_corpus(jumpa::gazetteer::builtin(), o);
    for (std::size_t i = 0; i < docs.size(); ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "doc-%06zu.txt", i + 1);
      if (!write(dir / name, docs[i])) return 1;
    }
    std::printf("%zu documents in %s\n", docs.size(), dir.string().c_str());
    return 0;
  }
  if (cmd == "gazetteer" && argc >= 4) {
    std::uint64_t seed = argc >= 5 ? std::strtoull(argv[4], nullptr, 10) : 7;
    auto names = jumpa_bench::write_synthetic_gazetteer(dir, std::strtoull(argv[3], nullptr, 10), seed);
    std::printf("%zu persons in %s\n", names.size(), dir.string().c_str());
    return 0;
  }
  if (cmd == "pathological") {
    bool ok = write(dir / "title-1mb.txt", jumpa_bench::repeated_title(1u << 20)) &&
              write(dir / "caps-10k.txt", jumpa_bench::capitalised_run(10000)) &&
              write(dir / "line-10mb.txt", jumpa_bench::single_line(jumpa::gazetteer::builtin(), 10u << 20));
    return ok ? 0 : 1;
  }
  return usage();
}
