// Private: how gazetteers are made — parsing files into a gazetteer,
// overlaying one on another, reading folders and the embedded copy, and
// listing every problem. The only code that writes a gazetteer's members.
#ifndef JUMPA_LIB_GAZETTEER_BUILDER_H_
#define JUMPA_LIB_GAZETTEER_BUILDER_H_

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jumpa/gazetteer.h"
#include "jumpa/status.h"

namespace jumpa {

// A gazetteer file: its path relative to the folder and its bytes, either
// read from disk (owned, shared by copies) or embedded in the library
// (borrowed: never copied).
struct gazetteer_file {
  std::string path;
  std::string_view content;                  // into *owned, or into the library's embedded data
  std::shared_ptr<const std::string> owned;  // null for an embedded file
};
using gazetteer_files = std::vector<gazetteer_file>;

class gazetteer_builder {
 public:
  // gazetteer::builtin() once it has been built, else nullptr (never builds it).
  static const gazetteer* builtin_if_loaded() noexcept;
  // Parses files into a gazetteer, appending every problem to `problems`
  // (rows with problems are left out). `origin` prefixes the file names shown.
  static gazetteer parse(const gazetteer_files& files, const std::string& origin, std::vector<status>& problems);
  // Overlays `layer` on `into`: entity rows replace rows with the same id,
  // roles replace roles, offices and lexicon rows are added (exact duplicates
  // dropped). References are not checked here.
  static void merge(gazetteer& into, gazetteer&& layer);  // entities are moved out of `layer`
  // Problems of references between rows: unknown countries, persons, roles,
  // capitals, parents and organisations.
  static void reference_problems(const gazetteer& g, std::vector<status>& problems);
  // Problems that would stop extractor::create (forms the matcher refuses).
  static void compile_problems(const gazetteer& g, std::vector<status>& problems);
  // Facts that cannot all be true and rows that do not do what they say:
  // overlapping exclusive offices, offices outside a person's life, one person
  // under two ids (same name in one country, also family name first; same
  // name and birth date), short forms that never resolve (shared by two
  // persons or listed in ambiguous_names.tsv).
  static void consistency_problems(const gazetteer& g, std::vector<status>& problems);

 private:
  friend class gazetteer_loader;
  // Rebuilds the id index of g's entities (ids are unique).
  static void reindex(gazetteer& g);
  // Adds g's last entity, whose id is new, to the index.
  static void index_added(gazetteer& g);
  static std::vector<gazetteer_entity>& entities(gazetteer& g) { return g.entities_; }
  static std::vector<office>& offices(gazetteer& g) { return g.offices_; }
  static std::vector<role_info>& roles(gazetteer& g) { return g.roles_; }
  static std::vector<lexicon>& lexicons(gazetteer& g) { return g.lexicons_; }
  static std::vector<ambiguous_name>& ambiguous_names(gazetteer& g) { return g.ambiguous_names_; }
};

// The .tsv files under `dir`, sorted by relative path.
result<gazetteer_files> read_gazetteer_folder(const std::filesystem::path& dir);
// The files embedded at build time.
gazetteer_files builtin_gazetteer_files();

}  // namespace jumpa

#endif  // JUMPA_LIB_GAZETTEER_BUILDER_H_
