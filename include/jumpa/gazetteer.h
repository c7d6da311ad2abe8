// jumpa/gazetteer.h — stage 2: what jumpa knows.
//
// A `gazetteer` holds entities (persons, countries, parties, organisations,
// locations) with their names and aliases, the dated offices persons held, the
// role vocabulary, and per-language lexicons (titles, meeting triggers,
// modality markers, months...) and the name forms that are never resolved
// alone (ambiguous_names.tsv). The file format is documented in
// gazetteers/README.md.
//
// Loading fails with a status naming the file, line and column of the first
// problem (malformed rows, unknown columns, values or country codes, duplicate
// ids, offices pointing at unknown persons, bad or reversed dates); `check()`
// lists every problem instead of stopping at the first. `builtin()` is the
// copy of gazetteers/ embedded at build time and needs no files.
//
// Ownership: a gazetteer is an immutable value once loaded. It owns all its
// strings, is copyable and movable, and is safe to read from many threads.
// Pointers it returns (find(), offices_of(), role()) borrow from it and live
// as long as the gazetteer. An extractor copies what it needs, so the
// gazetteer it was created from may be destroyed afterwards.
#ifndef JUMPA_GAZETTEER_H_
#define JUMPA_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "jumpa/date.h"
#include "jumpa/entities.h"
#include "jumpa/status.h"

namespace jumpa {

struct gazetteer_entity {
  std::string id;    // "person:hun-sen", "country:kh"
  entity_type type = entity_type::person;
  std::string name;  // canonical (English) name
  std::vector<std::string> aliases;      // strong names, matched anywhere
  std::vector<std::string> short_forms;  // persons: valid only after a full mention
  std::vector<std::string> adjectives;   // countries: adjectival forms
  std::vector<std::string> acronyms;     // parties and organisations
  std::string country;  // ISO alpha-2 ("" for international bodies, seas, regions)
  std::string alpha3;   // countries
  std::string capital;  // countries: a loc: id
  std::string name_id;  // countries: the Indonesian name
  std::string kind;     // organisations and locations
  std::string parent;   // locations: containing loc: id
  std::string source;   // where the facts come from (a URL or reference)
  date born, died;      // persons, when known
  source_position where;
};

struct office {
  std::string person;   // person: id
  std::string role;     // role id (roles.tsv)
  std::string country;  // ISO alpha-2
  std::string org;      // party:/org: id or ""
  date from, to;        // `to` empty = still held
  std::string title;    // Indonesian title as written (informational)
  source_position where;
  // True when the office is held on `d` (a complete date). Partial `from`/`to`
  // dates cover their whole month or year.
  bool held_on(const date& d) const;
};

struct role_info {
  std::string id, label, role_class;
  // The role a title of this role means when it names a party ("Presiden
  // Partai X": party_president), or "".
  std::string in_party;
  // Role ids whose titles may refer to this office ("Presiden" for the
  // Senate president): a title in the text that way is not a contradiction.
  std::vector<std::string> answers_to;
  // A role class: a title of this role also fits any office of that class
  // (a plain "menteri" fits every minister), or "".
  std::string covers;
  // One holder per country (and organisation) at a time: two holders whose
  // terms overlap are reported by check().
  bool exclusive = false;
};

// A name form that never names one person on its own, even after a full name
// that contains it: family names many persons share (Kim, Lee, Nguyen, Hun).
// From ambiguous_names.tsv; short forms that two persons list are treated the
// same way.
struct ambiguous_name {
  std::string form;
  source_position where;
};

// One row of a lexicon table: the form and the table's other columns in
// header order of the schema (see gazetteers/README.md).
struct lexicon_entry {
  std::string form;
  std::vector<std::string> fields;
  source_position where;
};

struct lexicon {
  std::string lang;
  std::map<std::string, std::vector<lexicon_entry>, std::less<>> tables;  // by file stem: "titles"
  const std::vector<lexicon_entry>& table(std::string_view name) const;
  std::size_t size() const;
};

// A folded form that means several things, or is also an ordinary word.
struct ambiguity {
  std::string form;              // folded
  std::vector<std::string> ids;  // entity ids (or "stopword")
  std::string reason;            // "shared alias", "common word" or "shared short form"
};

// Everything --check-gazetteer prints.
struct gazetteer_report {
  std::map<std::string, std::size_t> entities_by_type;
  std::size_t offices = 0;
  std::size_t roles = 0;
  std::map<std::string, std::size_t> lexicon_entries;  // by language
  std::vector<status> problems;   // what loading or extraction would refuse
  std::vector<status> warnings;   // facts that cannot all be true (overlapping offices, offices outside a
                                  // life, duplicate persons, short forms that never resolve)
  std::vector<ambiguity> ambiguities;
  bool ok() const { return problems.empty(); }
};

class gazetteer {
 public:
  gazetteer() = default;  // empty

  // Loads one folder of the documented layout.
  static result<gazetteer> load(const std::filesystem::path& dir);
  // Loads `dirs` in order on top of the builtin copy (when `with_builtin`).
  // Later entity rows replace earlier rows with the same id; offices and
  // lexicon rows are added.
  static result<gazetteer> load(const std::vector<std::filesystem::path>& dirs, bool with_builtin);
  // The gazetteer embedded at build time.
  static const gazetteer& builtin();

  // Validates folders (and the builtin copy when `with_builtin`) and reports
  // every problem, counts and the ambiguity report. Everything load() and
  // extractor::create() would refuse is a problem here.
  static gazetteer_report check(const std::vector<std::filesystem::path>& dirs, bool with_builtin);

  // Loads from in-memory files: pairs of (path relative to the gazetteer
  // root, content). Used for the embedded copy and by tests.
  static result<gazetteer> from_files(const std::vector<std::pair<std::string, std::string>>& files,
                                      const std::string& origin = "");

  const std::vector<gazetteer_entity>& entities() const noexcept { return entities_; }
  const gazetteer_entity* find(std::string_view id) const;
  const std::vector<office>& offices() const noexcept { return offices_; }
  // Offices of a person held on `d` (all offices when `d` is incomplete).
  std::vector<const office*> offices_of(std::string_view person_id, const date& d = {}) const;
  const std::vector<role_info>& roles() const noexcept { return roles_; }
  const std::vector<ambiguous_name>& ambiguous_names() const noexcept { return ambiguous_names_; }
  const role_info* role(std::string_view id) const;
  const lexicon* language(std::string_view lang) const;
  std::vector<std::string> languages() const;

  std::vector<ambiguity> ambiguities() const;
  gazetteer_report report() const;

 private:
  friend class gazetteer_builder;
  std::vector<gazetteer_entity> entities_;
  std::vector<office> offices_;
  std::vector<role_info> roles_;
  std::vector<lexicon> lexicons_;
  std::vector<ambiguous_name> ambiguous_names_;
  // Entity ids → 1 + index into entities_ (open addressing, 0 = empty, a
  // power-of-two size at most half full).
  std::vector<std::uint32_t> id_slots_;
};

}  // namespace jumpa

#endif  // JUMPA_GAZETTEER_H_
