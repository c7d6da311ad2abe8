#include "jumpa/matcher.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include <re2/re2.h>
#include <re2/set.h>

#include "fold.h"
#include "matcher_access.h"

namespace jumpa {

namespace {

// Eight bytes at a time (tokens are short: usually one or two steps).
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  if (n != 0) {
    // The last 1..7 bytes in at most two loads (overlapping ones for 4..7);
    // the length is in the seed, so no two keys of one length collide here.
    std::uint64_t w;
    if (n >= 4) {
      std::uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      w = a | (static_cast<std::uint64_t>(b) << 32);
    } else {
      const auto* u = reinterpret_cast<const unsigned char*>(p);
      w = u[0] | (static_cast<std::uint64_t>(u[n / 2]) << 8) | (static_cast<std::uint64_t>(u[n - 1]) << 16);
    }
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
  }
  return h ^ (h >> 29);
}

// Open-addressing map from folded token text to a token id (1-based). The
// texts are kept in id order in one arena; a slot holds an id and its hash's
// high half, so most misses read no text.
class vocabulary {
 public:
  std::uint32_t find(std::string_view key) const noexcept {
    if (slots_.empty()) return 0;
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t h = hash_bytes(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    // Most text tokens are not in the vocabulary: a bit per hash in a table
    // small enough for the L1 cache answers them without probing the slots.
    const std::uint64_t bit = (h >> 20) & filter_mask_;
    if (!((filter_[bit >> 6] >> (bit & 63)) & 1u)) return 0;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.id == 0) return 0;
      if (s.tag == tag && text(s.id) == key) return s.id;
    }
  }
  std::uint32_t insert(std::string_view key) {
    if (std::uint32_t id = find(key)) return id;
    if ((size_ + 1) * 5 > slots_.size() * 3) grow();  // at most 60 % full
    const std::uint32_t id = ++size_;
    arena_.append(key);
    ends_.push_back(static_cast<std::uint32_t>(arena_.size()));
    put(hash_bytes(key), id);
    return id;
  }
  std::size_t size() const noexcept { return size_; }
  // Room for n keys without growing (an estimate is fine).
  void reserve(std::size_t n) {
    std::size_t cap = slots_.empty() ? 64 : slots_.size();
    while (n * 5 > cap * 3) cap *= 2;
    if (cap != slots_.size()) grow_to(cap);
  }

 private:
  struct slot {
    std::uint32_t id = 0;   // 0 = empty
    std::uint32_t tag = 0;  // the key's hash, high half
  };
  std::string_view text(std::uint32_t id) const noexcept {
    return std::string_view(arena_).substr(ends_[id - 1], ends_[id] - ends_[id - 1]);
  }
  void put(std::uint64_t h, std::uint32_t id) {
    const std::uint64_t bit = (h >> 20) & filter_mask_;
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i].id != 0) i = (i + 1) & mask;
    slots_[i] = {id, static_cast<std::uint32_t>(h >> 32)};
  }
  void grow() { grow_to(slots_.empty() ? 64 : slots_.size() * 2); }
  void grow_to(std::size_t cap) {
    slots_.assign(cap, slot{});
    // Filter: 4 bits per slot, so at most about 1 bit in 6 is set.
    filter_.assign(slots_.size() / 16, 0);
    filter_mask_ = slots_.size() * 4 - 1;
    for (std::uint32_t id = 1; id <= size_; ++id) put(hash_bytes(text(id)), id);
  }
  std::vector<slot> slots_;
  std::vector<std::uint64_t> filter_;  // bit (hash >> 20) & filter_mask_: some key has it
  std::uint64_t filter_mask_ = 0;
  std::string arena_;                    // every token's text, in id order
  std::vector<std::uint32_t> ends_{0};   // token id's text is arena_[ends_[id - 1], ends_[id])
  std::uint32_t size_ = 0;
};

// Open-addressing map from trie edge (node << 32 | token id) to child node.
class edge_map {
 public:
  std::uint32_t find(std::uint64_t key) const noexcept {
    if (slots_.empty()) return 0;
    std::size_t mask = slots_.size() - 1;
    const slot k = split(key, 0);
    for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.val == 0) return 0;
      if (s.node == k.node && s.id == k.id) return s.val;
    }
  }
  void insert(std::uint64_t key, std::uint32_t child) {
    if ((size_ + 1) * 5 > slots_.size() * 3) grow();  // at most 60 % full
    put(key, child);
    ++size_;
  }
  // Room for n edges without growing (an estimate is fine).
  void reserve(std::size_t n) {
    std::size_t cap = slots_.empty() ? 1024 : slots_.size();
    while (n * 5 > cap * 3) cap *= 2;
    if (cap != slots_.size()) grow_to(cap);
  }

 private:
  struct slot {  // key and value side by side in 12 bytes: one cache line per probe, as small as three arrays
    std::uint32_t node = 0;
    std::uint32_t id = 0;
    std::uint32_t val = 0;  // 0 = empty
  };
  static slot split(std::uint64_t key, std::uint32_t val) noexcept {
    return {static_cast<std::uint32_t>(key >> 32), static_cast<std::uint32_t>(key), val};
  }
  static std::size_t hash(std::uint64_t k) noexcept {
    k *= 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(k ^ (k >> 31));
  }
  void put(std::uint64_t key, std::uint32_t child) {
    std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(key) & mask;
    while (slots_[i].val != 0) i = (i + 1) & mask;
    slots_[i] = split(key, child);
  }
  void grow() { grow_to(slots_.empty() ? 1024 : slots_.size() * 2); }
  void grow_to(std::size_t cap) {
    std::vector<slot> old = std::move(slots_);
    slots_.assign(cap, slot{});
    for (const slot& s : old)
      if (s.val != 0) put((static_cast<std::uint64_t>(s.node) << 32) | s.id, s.val);
  }
  std::vector<slot> slots_;
  std::size_t size_ = 0;
};

struct accept {
  std::uint32_t payload;
  bool case_sensitive;
};

bool all_caps_span(const analyzed_text& t, std::uint32_t first, std::uint32_t end) {
  for (std::uint32_t k = first; k < end; ++k) {
    const token& tok = t.tokens[k];
    if (tok.kind == token_kind::word && !tok.has(tf_all_caps)) return false;
  }
  return true;
}

status tokens_problem(std::string_view form, const detail::folded_phrase& toks) {
  if (toks.empty()) return status(errc::pattern_error, "form has no tokens: '" + std::string(form) + "'");
  if (toks.size() > 64)
    return status(errc::pattern_error, "form longer than 64 tokens: '" + std::string(form.substr(0, 80)) + "'");
  // A token that folds to nothing (a lone combining mark) would match
  // differently in the two engines: reject it.
  for (std::size_t k = 0; k < toks.size(); ++k)
    if (toks[k].empty())
      return status(errc::pattern_error, "form has a token that folds to nothing: '" + std::string(form) + "'");
  return {};
}

}  // namespace

status matcher::form_problem(std::string_view form) {
  detail::folded_phrase toks;
  detail::fold_tokens_into(form, toks);
  return tokens_problem(form, toks);
}

struct matcher::impl {
  matcher_options options;
  std::size_t entries = 0;
  // Folded token text -> id; shared by the matchers compiled together by
  // detail::matcher_access::compile_sharing (frozen once they are compiled).
  std::shared_ptr<vocabulary> vocab = std::make_shared<vocabulary>();
  // Trie: node 0 is the root. transitions keyed by (node << 32 | token id);
  // the root's also in root_child[token id] (0: no form starts with it).
  edge_map next;
  std::vector<std::uint32_t> root_child;
  // Bit id of root_starts: some form starts with token id (a table small
  // enough for the L1 cache answers most tokens, which start no form).
  std::vector<std::uint64_t> root_starts = {0};  // id 0 (no token) included even before compiling
  // What a walk reads of node n (the root first), side by side: bit
  // child_bit(id) of every token id with an edge out of it (so most failing
  // steps and every leaf need no edge lookup), and where its accepts start:
  // they are accept_list[node_info[n].accept_begin, node_info[n + 1].accept_begin), by payload.
  struct node_facts {
    std::uint32_t accept_begin = 0;
    std::uint32_t child_bits = 0;
  };
  std::vector<node_facts> node_info = {{0, 0}, {0, 0}};
  static std::uint32_t child_bit(std::uint32_t id) noexcept { return std::uint32_t{1} << ((id * 0x9E3779B9u) >> 27); }
  std::vector<accept> accept_list;
  std::vector<std::uint32_t> form_node;      // RE2 engine: pattern index → trie node
  std::vector<std::uint32_t> form_tokens;    // RE2 engine: pattern index → token count
  std::vector<std::unique_ptr<RE2::Set>> shards;
  std::vector<std::uint32_t> shard_base;     // first pattern index of each shard

  // Sizes root_starts to every id of the (complete) vocabulary, so that a
  // walk's check of a token needs no bounds test (which would be as hard to
  // predict as the bit itself).
  void cover_vocabulary() { root_starts.resize(vocab->size() / 64 + 1, 0); }
  bool accepting(std::uint32_t node) const noexcept {
    return node_info[node].accept_begin != node_info[node + 1].accept_begin;
  }
  void find_literal(const analyzed_text& t, const std::uint32_t* ids, std::vector<match>& out) const;
  void token_ids(const analyzed_text& t, std::vector<std::uint32_t>& ids) const {
    ids.resize(t.tokens.size());
    for (std::size_t i = 0; i < ids.size(); ++i) ids[i] = vocab->find(t.fold(t.tokens[i]));
  }
  // Adds `entries` to the trie (tokens into *vocab); fails on a form compile() refuses.
  status add_forms(const std::vector<matcher_form>& entries);
  // Trie walk from token i: (end token, node) of every accepting prefix, shortest first.
  void walk(const analyzed_text& t, std::uint32_t i, std::vector<std::pair<std::uint32_t, std::uint32_t>>& hits) const;
  void find_re2(const analyzed_text& t, std::vector<match>& out) const;
  void emit(const analyzed_text& t, std::uint32_t first, std::uint32_t end, std::uint32_t node,
            std::vector<match>& out) const {
    bool caps_checked = false, caps = false;
    for (std::uint32_t k = node_info[node].accept_begin, end_k = node_info[node + 1].accept_begin; k != end_k; ++k) {
      const accept& a = accept_list[k];
      if (a.case_sensitive) {
        if (!caps_checked) {
          caps = all_caps_span(t, first, end);
          caps_checked = true;
        }
        if (!caps) continue;
      }
      match m;
      m.first_token = first;
      m.end_token = end;
      m.begin = t.tokens[first].begin;
      m.end = t.tokens[end - 1].end;
      m.payload = a.payload;
      out.push_back(m);
    }
  }
  // Fills node_info's accept_begin and accept_list from (node, accept) pairs in any order: one
  // accept per payload, case-insensitive when any entry with it is (so a
  // case-insensitive entry subsumes a case-sensitive one: no duplicate matches).
  void set_accepts(std::vector<std::pair<std::uint32_t, accept>>& pending, std::uint32_t nodes);
  status add_re2_shards(const std::vector<std::string>& pattern_text);
};

matcher::matcher() : impl_(std::make_shared<impl>()) {}

std::size_t matcher::size() const noexcept { return impl_->entries; }
match_engine matcher::engine() const noexcept { return impl_->options.engine; }

void matcher::impl::set_accepts(std::vector<std::pair<std::uint32_t, accept>>& pending, std::uint32_t nodes) {
  // Grouped by node (a counting sort), then by payload within a node (few).
  node_info.resize(std::size_t{nodes} + 1);  // the last: an end marker
  auto begin_of = [&](std::uint32_t n) -> std::uint32_t& { return node_info[n].accept_begin; };
  for (std::uint32_t n = 0; n <= nodes; ++n) begin_of(n) = 0;
  for (const auto& p : pending) ++begin_of(p.first + 1);
  for (std::uint32_t n = 0; n < nodes; ++n) begin_of(n + 1) += begin_of(n);
  std::vector<accept> grouped(pending.size());
  {
    std::vector<std::uint32_t> fill(nodes);
    for (std::uint32_t n = 0; n < nodes; ++n) fill[n] = begin_of(n);
    for (const auto& [node, a] : pending) grouped[fill[node]++] = a;
  }
  // One accept per payload: drop repeats in place and close the gaps.
  accept_list.clear();
  accept_list.reserve(grouped.size());
  std::uint32_t begin = 0;
  for (std::uint32_t n = 0; n < nodes; ++n) {
    const std::uint32_t end = begin_of(n + 1);
    begin_of(n) = static_cast<std::uint32_t>(accept_list.size());
    std::sort(grouped.begin() + begin, grouped.begin() + end,
              [](const accept& a, const accept& b) { return a.payload < b.payload; });
    for (std::uint32_t k = begin; k < end; ++k) {
      const accept& a = grouped[k];
      if (accept_list.size() > begin_of(n) && accept_list.back().payload == a.payload) {
        if (!a.case_sensitive) accept_list.back().case_sensitive = false;
        continue;
      }
      accept_list.push_back(a);
    }
    begin = end;
  }
  begin_of(nodes) = static_cast<std::uint32_t>(accept_list.size());
  pending.clear();
}

status matcher::impl::add_re2_shards(const std::vector<std::string>& pattern_text) {
  if (options.re2_shard_size == 0) return status(errc::invalid_argument, "re2_shard_size must be > 0");
  RE2::Options ro;
  ro.set_encoding(RE2::Options::EncodingUTF8);
  ro.set_max_mem(options.re2_max_mem);
  ro.set_case_sensitive(true);  // text and forms are both folded
  for (std::size_t base = 0; base < pattern_text.size(); base += options.re2_shard_size) {
    auto set = std::make_unique<RE2::Set>(ro, RE2::ANCHOR_START);
    std::size_t end = std::min(pattern_text.size(), base + options.re2_shard_size);
    for (std::size_t i = base; i < end; ++i) {
      std::string err;
      if (set->Add(pattern_text[i], &err) < 0)
        return status(errc::pattern_error, "RE2 rejected form '" + pattern_text[i] + "': " + err);
    }
    if (!set->Compile())
      return status(errc::pattern_error,
                    "RE2::Set shard of " + std::to_string(end - base) + " forms exceeds re2_max_mem");
    shard_base.push_back(static_cast<std::uint32_t>(base));
    shards.push_back(std::move(set));
  }
  return {};
}

result<matcher> matcher::compile(const std::vector<matcher_entry>& entries, const matcher_options& options) {
  std::vector<matcher_form> forms;
  forms.reserve(entries.size());
  for (const auto& e : entries) forms.push_back({e.form, e.payload, e.case_sensitive});
  return compile_forms(forms, options);
}

result<matcher> matcher::compile_forms(const std::vector<matcher_form>& entries, const matcher_options& options) {
  auto m = std::make_shared<impl>();
  m->options = options;
  // A low estimate (growing past it is cheap; reserving too much is memory): half a new token per form.
  m->vocab->reserve(entries.size() / 2);
  if (status s = m->add_forms(entries); !s.ok()) return s;
  m->cover_vocabulary();
  matcher out;
  out.impl_ = std::move(m);
  return out;
}

status matcher::impl::add_forms(const std::vector<matcher_form>& forms) {
  entries = forms.size();
  std::vector<std::string> pattern_text;
  std::unordered_map<std::uint32_t, std::uint32_t> node_pattern;
  std::vector<std::pair<std::uint32_t, accept>> pending;  // (node, accept) of every entry
  pending.reserve(forms.size());
  std::uint32_t nodes = 1;
  detail::folded_phrase toks;  // reused
  // A low estimate, as above: one edge per form.
  next.reserve(forms.size());
  node_info.assign(1, node_facts{});  // the root
  node_info.reserve(2 * forms.size() + 2);
  for (const auto& e : forms) {
    detail::fold_tokens_into(e.form, toks);
    if (status s = tokens_problem(e.form, toks); !s.ok()) return s;
    std::uint32_t node = 0;
    for (std::size_t k = 0; k < toks.size(); ++k) {
      std::uint32_t id = vocab->insert(toks[k]);
      std::uint64_t key = (static_cast<std::uint64_t>(node) << 32) | id;
      std::uint32_t child = next.find(key);
      if (child == 0) {
        child = nodes++;
        next.insert(key, child);
        if (node == 0) {
          if (root_child.size() <= id) root_child.resize(std::size_t{id} + 1, 0);
          root_child[id] = child;
          if (root_starts.size() <= id / 64) root_starts.resize(std::size_t{id} / 64 + 1, 0);
          root_starts[id / 64] |= std::uint64_t{1} << (id % 64);
        }
        node_info.emplace_back();  // for `child` (nodes are numbered in creation order)
        node_info[node].child_bits |= impl::child_bit(id);
      }
      node = child;
    }
    pending.push_back({node, {e.payload, e.case_sensitive}});
    if (options.engine == match_engine::re2 && !node_pattern.count(node)) {
      std::string joined;
      for (std::size_t k = 0; k < toks.size(); ++k) {
        if (!joined.empty()) joined += ' ';
        joined += toks[k];
      }
      node_pattern[node] = static_cast<std::uint32_t>(pattern_text.size());
      pattern_text.push_back(RE2::QuoteMeta(joined) + "(?: |$)");
      form_node.push_back(node);
      form_tokens.push_back(static_cast<std::uint32_t>(toks.size()));
    }
  }
  set_accepts(pending, nodes);
  if (options.engine == match_engine::re2) return add_re2_shards(pattern_text);
  return {};
}

void matcher::impl::find_literal(const analyzed_text& t, const std::uint32_t* ids, std::vector<match>& out) const {
  const std::size_t n = t.tokens.size();
  thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> hits;  // (end, node)
  // Can the walk at `node` go on with token j? (false when no form continues with it; maybe when one may)
  auto may_continue = [&](std::uint32_t node, std::uint32_t j) {
    return j < n && ids[j] != 0 && (node_info[node].child_bits & child_bit(ids[j])) != 0;
  };
  // The tokens some form starts with, listed first without a branch per token
  // (whether a token starts a form is not predictable); ids are within
  // root_starts (cover_vocabulary; find_all checked where they come from).
  thread_local std::vector<std::uint32_t> starts;
  starts.resize(n + 1);
  std::size_t count = 0;
  const std::uint64_t* bits = root_starts.data();
  for (std::uint32_t i = 0; i < n; ++i) {
    starts[count] = i;
    count += (bits[ids[i] / 64] >> (ids[i] % 64)) & 1u;
  }
  for (std::size_t k = 0; k < count; ++k) {
    const std::uint32_t i = starts[k];
    std::uint32_t node = root_child[ids[i]];
    if (!may_continue(node, i + 1)) {  // most starts: a one-token form at most
      if (accepting(node)) emit(t, i, i + 1, node, out);
      continue;
    }
    hits.clear();
    if (accepting(node)) hits.emplace_back(i + 1, node);
    for (std::uint32_t j = i + 1; may_continue(node, j); ++j) {
      std::uint32_t child = next.find((static_cast<std::uint64_t>(node) << 32) | ids[j]);
      if (child == 0) break;
      node = child;
      if (accepting(node)) hits.emplace_back(j + 1, node);
    }
    for (auto h = hits.rbegin(); h != hits.rend(); ++h) emit(t, i, h->first, h->second, out);
  }
}

void matcher::impl::walk(const analyzed_text& t, std::uint32_t i,
                         std::vector<std::pair<std::uint32_t, std::uint32_t>>& hits) const {
  std::uint32_t node = 0;
  for (std::uint32_t j = i; j < t.tokens.size(); ++j) {
    std::uint32_t id = vocab->find(t.fold(t.tokens[j]));
    if (id == 0) break;
    std::uint32_t child = next.find((static_cast<std::uint64_t>(node) << 32) | id);
    if (child == 0) break;
    node = child;
    if (accepting(node)) hits.emplace_back(j + 1, node);
  }
}

void matcher::impl::find_re2(const analyzed_text& t, std::vector<match>& out) const {
  const std::size_t n = t.tokens.size();
  thread_local std::string buf;
  thread_local std::vector<std::uint32_t> starts;
  buf.clear();
  starts.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i) buf += ' ';
    starts[i] = static_cast<std::uint32_t>(buf.size());
    buf += t.fold(t.tokens[i]);
  }
  thread_local std::vector<int> found;
  thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> hits;
  for (std::uint32_t i = 0; i < n; ++i) {
    hits.clear();
    re2::StringPiece rest(buf.data() + starts[i], buf.size() - starts[i]);
    bool failed = false;
    for (std::size_t s = 0; s < shards.size() && !failed; ++s) {
      found.clear();
      RE2::Set::ErrorInfo info{RE2::Set::kNoError};
      if (!shards[s]->Match(rest, &found, &info)) {
        // A DFA that ran out of memory must not drop matches silently: the
        // trie gives the same answer for this start.
        failed = info.kind != RE2::Set::kNoError;
        continue;
      }
      for (int f : found) {
        std::uint32_t p = shard_base[s] + static_cast<std::uint32_t>(f);
        hits.emplace_back(i + form_tokens[p], form_node[p]);
      }
    }
    if (failed) {
      hits.clear();
      walk(t, i, hits);
    }
    std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& h : hits) emit(t, i, h.first, h.second, out);
  }
}

void matcher::find_all(const analyzed_text& text, std::vector<match>& out) const {
  if (impl_->options.engine == match_engine::re2) {
    impl_->find_re2(text, out);
  } else {
    thread_local std::vector<std::uint32_t> ids;
    impl_->token_ids(text, ids);
    impl_->find_literal(text, ids.data(), out);
  }
}

std::vector<match> matcher::find_all(const analyzed_text& text) const {
  std::vector<match> out;
  find_all(text, out);
  return out;
}

namespace detail {

result<std::vector<matcher>> matcher_access::compile_sharing(const std::vector<std::vector<matcher_form>>& lists,
                                                            const matcher_options& options, std::size_t* failed) {
  auto vocab = std::make_shared<vocabulary>();
  std::size_t forms = 0;
  for (const auto& l : lists) forms += l.size();
  vocab->reserve(forms / 2);
  std::vector<std::shared_ptr<matcher::impl>> built(lists.size());
  for (std::size_t i = 0; i < lists.size(); ++i) {
    built[i] = std::make_shared<matcher::impl>();
    built[i]->options = options;
    built[i]->vocab = vocab;
    if (status s = built[i]->add_forms(lists[i]); !s.ok()) {
      if (failed) *failed = i;
      return s;
    }
  }
  std::vector<matcher> out(lists.size());
  for (std::size_t i = 0; i < lists.size(); ++i) {
    built[i]->cover_vocabulary();  // the vocabulary is complete now
    out[i].impl_ = std::move(built[i]);
  }
  return out;
}

void matcher_access::token_ids(const matcher& m, const analyzed_text& text, std::vector<std::uint32_t>& ids) {
  m.impl_->token_ids(text, ids);
}

std::uint32_t matcher_access::token_id(const matcher& m, std::string_view folded) {
  return m.impl_->vocab->find(folded);
}

void matcher_access::find_all(const matcher& m, const matcher& ids_from, const analyzed_text& text,
                              const std::vector<std::uint32_t>& ids, std::vector<match>& out) {
  const matcher::impl& im = *m.impl_;
  if (im.vocab != ids_from.impl_->vocab || ids.size() != text.tokens.size())
    throw std::logic_error("matcher_access::find_all: ids of another vocabulary or text");
  if (im.options.engine == match_engine::re2)
    im.find_re2(text, out);
  else
    im.find_literal(text, ids.data(), out);
}

}  // namespace detail
}  // namespace jumpa
