// Gazetteer queries, loading folders and the embedded copy, and overlays.
#include "jumpa/gazetteer.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <set>
#include <sstream>

#include "builtin_gazetteer.h"
#include "gazetteer_builder.h"
#include "jumpa/text.h"

namespace jumpa {

bool office::held_on(const date& d) const {
  if (!d.complete()) return true;
  if (!from.empty() && d < from.first_day()) return false;
  if (!to.empty() && to.last_day() < d) return false;
  return true;
}

const std::vector<lexicon_entry>& lexicon::table(std::string_view name) const {
  static const std::vector<lexicon_entry> kEmpty;
  auto it = tables.find(name);
  return it == tables.end() ? kEmpty : it->second;
}

std::size_t lexicon::size() const {
  std::size_t n = 0;
  for (const auto& [k, v] : tables) n += v.size();
  return n;
}

const gazetteer_entity* gazetteer::find(std::string_view id) const {
  if (id_slots_.empty()) return nullptr;
  const std::size_t mask = id_slots_.size() - 1;
  for (std::size_t i = std::hash<std::string_view>{}(id) & mask;; i = (i + 1) & mask) {
    const std::uint32_t s = id_slots_[i];
    if (s == 0) return nullptr;
    if (entities_[s - 1].id == id) return &entities_[s - 1];
  }
}

std::vector<const office*> gazetteer::offices_of(std::string_view person_id, const date& d) const {
  std::vector<const office*> out;
  for (const auto& o : offices_)
    if (o.person == person_id && o.held_on(d)) out.push_back(&o);
  return out;
}

const role_info* gazetteer::role(std::string_view id) const {
  for (const auto& r : roles_)
    if (r.id == id) return &r;
  return nullptr;
}

const lexicon* gazetteer::language(std::string_view lang) const {
  for (const auto& l : lexicons_)
    if (l.lang == lang) return &l;
  return nullptr;
}

std::vector<std::string> gazetteer::languages() const {
  std::vector<std::string> out;
  for (const auto& l : lexicons_) out.push_back(l.lang);
  std::sort(out.begin(), out.end());
  return out;
}

void gazetteer_builder::merge(gazetteer& into, gazetteer&& layer) {
  into.entities_.reserve(into.entities_.size() + layer.entities_.size());
  for (auto& e : layer.entities_) {
    if (const gazetteer_entity* old = into.find(e.id)) {
      into.entities_[static_cast<std::size_t>(old - into.entities_.data())] = std::move(e);
    } else {
      into.entities_.push_back(std::move(e));
      index_added(into);
    }
  }
  std::set<std::string> keys;
  auto okey = [](const office& o) {
    return o.person + "\t" + o.role + "\t" + o.country + "\t" + o.org + "\t" + o.from.to_string();
  };
  for (const auto& o : into.offices_) keys.insert(okey(o));
  for (const auto& o : layer.offices_)
    if (keys.insert(okey(o)).second) into.offices_.push_back(o);
  for (const auto& r : layer.roles_) {
    auto it = std::find_if(into.roles_.begin(), into.roles_.end(), [&](const role_info& x) { return x.id == r.id; });
    if (it != into.roles_.end()) *it = r;
    else into.roles_.push_back(r);
  }
  for (const auto& a : layer.ambiguous_names_) {
    bool dup = std::any_of(into.ambiguous_names_.begin(), into.ambiguous_names_.end(),
                           [&](const ambiguous_name& x) { return fold(x.form) == fold(a.form); });
    if (!dup) into.ambiguous_names_.push_back(a);
  }
  for (const auto& l : layer.lexicons_) {
    auto mine = std::find_if(into.lexicons_.begin(), into.lexicons_.end(), [&](const lexicon& x) { return x.lang == l.lang; });
    if (mine == into.lexicons_.end()) {
      into.lexicons_.push_back(l);
      continue;
    }
    for (const auto& [name, rows] : l.tables) {
      auto& dst = mine->tables[name];
      for (const auto& row : rows) {
        bool dup = std::any_of(dst.begin(), dst.end(), [&](const lexicon_entry& x) {
          return x.form == row.form && x.fields == row.fields;
        });
        if (!dup) dst.push_back(row);
      }
    }
  }
}

result<gazetteer_files> read_gazetteer_folder(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return status(errc::not_found, "not a gazetteer folder", source_position{dir.string()});
  gazetteer_files files;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".tsv") continue;
    std::string rel = fs::relative(it->path(), dir, ec).generic_string();
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return status(errc::io_error, "cannot read file", source_position{it->path().string()});
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return status(errc::io_error, "read error", source_position{it->path().string()});
    auto owned = std::make_shared<const std::string>(ss.str());
    files.push_back({rel, *owned, owned});
  }
  if (ec) return status(errc::io_error, ec.message(), source_position{dir.string()});
  std::sort(files.begin(), files.end(), [](const gazetteer_file& a, const gazetteer_file& b) { return a.path < b.path; });
  return files;
}

gazetteer_files builtin_gazetteer_files() {
  gazetteer_files files;
  for (std::size_t i = 0; i < detail::kBuiltinFileCount; ++i) {
    const auto& f = detail::kBuiltinFiles[i];
    if (f.path) files.push_back({f.path, std::string_view(f.data, f.size), nullptr});  // borrowed, not copied
  }
  return files;
}

namespace {
// A gazetteer of one layer of files, its references checked.
result<gazetteer> build(const gazetteer_files& files, const std::string& origin) {
  std::vector<status> problems;
  gazetteer g = gazetteer_builder::parse(files, origin, problems);
  gazetteer_builder::reference_problems(g, problems);
  if (!problems.empty()) return problems.front();
  return g;
}
}  // namespace

result<gazetteer> gazetteer::from_files(const std::vector<std::pair<std::string, std::string>>& files,
                                        const std::string& origin) {
  gazetteer_files views;  // the caller's strings, borrowed for the call
  views.reserve(files.size());
  for (const auto& [path, content] : files) views.push_back({path, content, nullptr});
  return build(views, origin);
}

result<gazetteer> gazetteer::load(const std::filesystem::path& dir) {
  auto files = read_gazetteer_folder(dir);
  if (!files) return files.error();
  return build(*files, dir.string());
}

namespace {
std::atomic<const gazetteer*> loaded_builtin{nullptr};
}  // namespace

const gazetteer* gazetteer_builder::builtin_if_loaded() noexcept { return loaded_builtin.load(std::memory_order_acquire); }

const gazetteer& gazetteer::builtin() {
  static const gazetteer* g = [] {
    auto r = build(builtin_gazetteer_files(), "builtin:gazetteers");
    if (!r) throw std::logic_error("jumpa: the embedded gazetteer is invalid: " + r.error().to_string());
    const gazetteer* built = new gazetteer(std::move(*r));  // never destroyed: extractors may borrow it
    loaded_builtin.store(built, std::memory_order_release);
    return built;
  }();
  return *g;
}

result<gazetteer> gazetteer::load(const std::vector<std::filesystem::path>& dirs, bool with_builtin) {
  gazetteer g = with_builtin ? builtin() : gazetteer();
  for (const auto& d : dirs) {
    auto files = read_gazetteer_folder(d);
    if (!files) return files.error();
    std::vector<status> problems;
    gazetteer layer = gazetteer_builder::parse(*files, d.string(), problems);
    if (!problems.empty()) return problems.front();
    gazetteer_builder::merge(g, std::move(layer));  // references are checked once, below
  }
  std::vector<status> problems;
  gazetteer_builder::reference_problems(g, problems);
  if (!problems.empty()) return problems.front();
  return g;
}

}  // namespace jumpa
