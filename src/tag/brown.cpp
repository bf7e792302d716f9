// Brown clustering (Brown et al. 1992, "Class-based n-gram models of natural
// language"), in the windowed form of Liang (2005, "Semi-supervised learning
// for natural language", section 3): words enter by decreasing frequency into
// a window of C+1 clusters, and after each entry the two clusters whose merge
// loses the least average mutual information of adjacent clusters are merged.
// The merge history is a binary tree; a word's path from the root is its
// cluster ("0110..."), and prefixes of it are coarser clusters.
//
// Losses are kept for every pair in the window and updated in O(1) per pair
// after each entry and merge, so the whole run is O(V * C^2) for V words.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>

#include "newskg/core/check.hpp"
#include "newskg/tag/clusters.hpp"

namespace newskg::tag {
namespace {

class Brown {
 public:
  Brown(const std::vector<std::string_view>& words, const BrownOptions& opt) : opt_(opt) {
    build_vocabulary(words);
  }

  std::vector<WordClusters::Entry> run() {
    const size_t v = vocab_.size();
    if (v == 0) return {};
    c1_ = std::min(opt_.clusters, v) + 1;
    n2_.assign(c1_ * c1_, 0);
    q2_.assign(c1_ * c1_, 0.0);
    loss_.assign(c1_ * c1_, 0.0);
    node_.assign(c1_, -1);
    p1_.assign(c1_, 0.0);
    logp1_.assign(c1_, 0.0);
    slot_of_word_.assign(v, -1);
    members_.assign(c1_, {});
    parent_.assign(2 * v, -1);
    child_.assign(2 * v, {-1, -1});
    next_node_ = static_cast<int>(v);

    // The first C words fill the window; then each further word enters the
    // free slot and one merge makes room again.
    for (size_t w = 0; w < c1_ - 1; ++w) enter(static_cast<int>(w), static_cast<int>(w), false);
    for (size_t s = 0; s + 1 < c1_; ++s)
      for (size_t t = s + 1; t + 1 < c1_; ++t) set_loss(s, t, scratch_loss(s, t));
    for (size_t w = c1_ - 1; w < v; ++w) {
      enter(static_cast<int>(w), free_slot(), true);
      merge_best();
    }
    while (active_count() > 1) merge_best();
    return paths();
  }

 private:
  // ------------------------------------------------------------ data
  void build_vocabulary(const std::vector<std::string_view>& words) {
    std::unordered_map<std::string_view, uint64_t> counts;
    for (auto w : words)
      if (!w.empty()) ++counts[w];
    for (const auto& [w, c] : counts)
      if (c >= opt_.min_count) vocab_.emplace_back(w, c);
    std::sort(vocab_.begin(), vocab_.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::unordered_map<std::string_view, int> id;
    for (size_t i = 0; i < vocab_.size(); ++i) id[vocab_[i].first] = static_cast<int>(i);
    uint64_t total_unigrams = 0;
    for (const auto& e : vocab_) total_unigrams += e.second;
    std::unordered_map<uint64_t, uint64_t> bigrams;
    int prev = -1;
    for (auto w : words) {
      int cur = -1;
      if (!w.empty()) {
        auto it = id.find(w);
        if (it != id.end()) cur = it->second;
      }
      if (prev >= 0 && cur >= 0) ++bigrams[uint64_t(prev) << 32 | uint32_t(cur)];
      prev = cur;
    }
    right_.assign(vocab_.size(), {});
    left_.assign(vocab_.size(), {});
    total_bigrams_ = 0;
    std::vector<std::pair<uint64_t, uint64_t>> sorted(bigrams.begin(), bigrams.end());
    std::sort(sorted.begin(), sorted.end());
    for (auto [key, n] : sorted) {
      const int a = static_cast<int>(key >> 32), b = static_cast<int>(key & 0xffffffffu);
      right_[a].emplace_back(b, n);
      left_[b].emplace_back(a, n);
      total_bigrams_ += n;
    }
    log_n_ = std::log(static_cast<double>(std::max<uint64_t>(total_bigrams_, 1)));
    inv_n_ = 1.0 / static_cast<double>(std::max<uint64_t>(total_bigrams_, 1));
    log_u_ = std::log(static_cast<double>(std::max<uint64_t>(total_unigrams, 1)));
    unigram_total_ = static_cast<double>(std::max<uint64_t>(total_unigrams, 1));
    log_table_.resize(1 << 16);
    for (size_t i = 1; i < log_table_.size(); ++i) log_table_[i] = std::log(static_cast<double>(i));
  }

  // ------------------------------------------------------------ quantities
  // q = p(x,y) log(p(x,y) / (p(x) p(y))) for a bigram count n; p(x), p(y) as logs.
  double q(int64_t n, double log_px, double log_py) const {
    if (n <= 0) return 0.0;
    const double ln = n < static_cast<int64_t>(log_table_.size())
                          ? log_table_[n]
                          : std::log(static_cast<double>(n));
    return static_cast<double>(n) * inv_n_ * (ln - log_n_ - log_px - log_py);
  }
  int64_t& n2(size_t s, size_t t) { return n2_[s * c1_ + t]; }
  double& q2(size_t s, size_t t) { return q2_[s * c1_ + t]; }
  void set_loss(size_t s, size_t t, double l) { loss_[s * c1_ + t] = loss_[t * c1_ + s] = l; }
  double loss(size_t s, size_t t) const { return loss_[s * c1_ + t]; }
  bool active(size_t s) const { return node_[s] >= 0; }
  size_t active_count() const {
    size_t n = 0;
    for (size_t s = 0; s < c1_; ++s) n += active(s);
    return n;
  }
  int free_slot() const {
    size_t s = 0;
    while (s < c1_ && active(s)) ++s;
    NEWSKG_CHECK(s < c1_, "Brown clustering: no free slot");
    return static_cast<int>(s);
  }
  void refresh_q(size_t s) {
    for (size_t t = 0; t < c1_; ++t) {
      if (!active(t)) continue;
      q2(s, t) = q(n2(s, t), logp1_[s], logp1_[t]);
      q2(t, s) = q(n2(t, s), logp1_[t], logp1_[s]);
    }
  }

  // Loss of merging s and t, from scratch: the mutual information of every
  // pair that involves s or t, minus that of the pairs of the merged cluster.
  double scratch_loss(size_t s, size_t t) const {
    const double lp = std::log(p1_[s] + p1_[t]);
    auto qq = [&](size_t x, size_t y) { return q2_[x * c1_ + y]; };
    auto nn = [&](size_t x, size_t y) { return n2_[x * c1_ + y]; };
    double l = qq(s, s) + qq(s, t) + qq(t, s) + qq(t, t) -
               q(nn(s, s) + nn(s, t) + nn(t, s) + nn(t, t), lp, lp);
    for (size_t d = 0; d < c1_; ++d) {
      if (!active(d) || d == s || d == t) continue;
      l += qq(s, d) + qq(d, s) + qq(t, d) + qq(d, t) - q(nn(s, d) + nn(t, d), lp, logp1_[d]) -
           q(nn(d, s) + nn(d, t), logp1_[d], lp);
    }
    return l;
  }

  // Change of loss(i, j) from the pairs with cluster x (added or taken away).
  double term(size_t i, size_t j, size_t x, double lp_ij) const {
    const int64_t nijx = n2_[i * c1_ + x] + n2_[j * c1_ + x];
    const int64_t nxij = n2_[x * c1_ + i] + n2_[x * c1_ + j];
    if (nijx == 0 && nxij == 0) return 0.0;
    return q2_[i * c1_ + x] + q2_[x * c1_ + i] + q2_[j * c1_ + x] + q2_[x * c1_ + j] -
           q(nijx, lp_ij, logp1_[x]) - q(nxij, logp1_[x], lp_ij);
  }

  // ------------------------------------------------------------ steps
  // Word w enters slot s as its own cluster.
  void enter(int w, int s, bool update_losses) {
    const size_t ss = static_cast<size_t>(s);
    node_[ss] = w;
    members_[ss] = {w};
    slot_of_word_[w] = s;
    p1_[ss] = static_cast<double>(vocab_[w].second) / unigram_total_;
    logp1_[ss] = std::log(p1_[ss]);
    for (size_t t = 0; t < c1_; ++t) n2(ss, t) = n2(t, ss) = 0;
    for (auto [v, n] : right_[w])
      if (int t = slot_of_word_[v]; t >= 0)
        n2(ss, static_cast<size_t>(t)) += static_cast<int64_t>(n);
    for (auto [v, n] : left_[w])
      if (int t = slot_of_word_[v]; t >= 0 && v != w)
        n2(static_cast<size_t>(t), ss) += static_cast<int64_t>(n);
    refresh_q(ss);
    if (!update_losses) return;
    // Pairs that touch the new cluster gain its terms.
    std::vector<char> touches(c1_, 0);
    for (size_t t = 0; t < c1_; ++t) touches[t] = active(t) && (n2(ss, t) || n2(t, ss));
    for (size_t i = 0; i < c1_; ++i) {
      if (!active(i) || i == ss) continue;
      for (size_t j = i + 1; j < c1_; ++j) {
        if (!active(j) || j == ss || !(touches[i] || touches[j])) continue;
        const double lp = std::log(p1_[i] + p1_[j]);
        set_loss(i, j, loss(i, j) + term(i, j, ss, lp));
      }
    }
    for (size_t t = 0; t < c1_; ++t)
      if (active(t) && t != ss) set_loss(ss, t, scratch_loss(ss, t));
  }

  void merge_best() {
#ifdef NEWSKG_BROWN_VERIFY
    if (next_node_ % 500 == 0 || active_count() < 5) {
      double worst = 0;
      for (size_t s = 0; s < c1_; ++s)
        for (size_t t = s + 1; t < c1_; ++t)
          if (active(s) && active(t))
            worst = std::max(worst, std::abs(loss(s, t) - scratch_loss(s, t)));
      fprintf(stderr, "brown verify node %d: max |incremental - scratch| = %g\n", next_node_,
              worst);
    }
#endif
    size_t best_a = 0, best_b = 0;
    double best = std::numeric_limits<double>::infinity();
    for (size_t s = 0; s < c1_; ++s) {
      if (!active(s)) continue;
      for (size_t t = s + 1; t < c1_; ++t)
        if (active(t) && loss(s, t) < best) {
          best = loss(s, t);
          best_a = s;
          best_b = t;
        }
    }
    merge(best_a, best_b);
  }

  // Merges slot b into slot a.
  void merge(size_t a, size_t b) {
    // Old terms of a and b, then the merged cluster's, for every other pair.
    std::vector<size_t> others;
    for (size_t t = 0; t < c1_; ++t)
      if (active(t) && t != a && t != b) others.push_back(t);
    std::vector<double>& lp = pair_log_;
    lp.assign(c1_ * c1_, 0.0);
    for (size_t x = 0; x < others.size(); ++x)
      for (size_t y = x + 1; y < others.size(); ++y) {
        const size_t i = others[x], j = others[y];
        const double l = std::log(p1_[i] + p1_[j]);
        lp[i * c1_ + j] = l;
        set_loss(i, j, loss(i, j) - term(i, j, a, l) - term(i, j, b, l));
      }
    // Fold b into a.
    for (size_t t = 0; t < c1_; ++t) {
      if (!active(t) || t == a || t == b) continue;
      n2(a, t) += n2(b, t);
      n2(t, a) += n2(t, b);
    }
    n2(a, a) = n2(a, a) + n2(a, b) + n2(b, a) + n2(b, b);
    p1_[a] += p1_[b];
    logp1_[a] = std::log(p1_[a]);
    const int merged = next_node_++;
    child_[merged] = {node_[a], node_[b]};
    parent_[node_[a]] = parent_[node_[b]] = merged;
    node_[a] = merged;
    node_[b] = -1;
    for (int w : members_[b]) slot_of_word_[w] = static_cast<int>(a);
    members_[a].insert(members_[a].end(), members_[b].begin(), members_[b].end());
    members_[b].clear();
    for (size_t t = 0; t < c1_; ++t) n2(b, t) = n2(t, b) = 0;
    refresh_q(a);
    for (size_t x = 0; x < others.size(); ++x)
      for (size_t y = x + 1; y < others.size(); ++y) {
        const size_t i = others[x], j = others[y];
        set_loss(i, j, loss(i, j) + term(i, j, a, lp[i * c1_ + j]));
      }
    for (size_t t : others) set_loss(a, t, scratch_loss(a, t));
  }

  // Root-to-leaf paths: the first-merged (left) child is 0, the other 1.
  std::vector<WordClusters::Entry> paths() const {
    int root = -1;
    for (size_t s = 0; s < c1_; ++s)
      if (active(s)) root = node_[s];
    std::vector<WordClusters::Entry> out(vocab_.size());
    std::vector<std::pair<int, std::string>> stack = {{root, ""}};
    while (!stack.empty()) {
      auto [node, path] = std::move(stack.back());
      stack.pop_back();
      if (node < static_cast<int>(vocab_.size())) {
        out[node] = WordClusters::Entry{std::string(vocab_[node].first), path.substr(0, 31),
                                        vocab_[node].second};
        continue;
      }
      stack.emplace_back(child_[node].second, path + "1");
      stack.emplace_back(child_[node].first, path + "0");
    }
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
      return x.path != y.path     ? x.path < y.path
             : x.count != y.count ? x.count > y.count
                                  : x.word < y.word;
    });
    return out;
  }

  BrownOptions opt_;
  std::vector<std::pair<std::string_view, uint64_t>> vocab_;  // by count, then word
  std::vector<std::vector<std::pair<int, uint64_t>>> right_, left_;
  uint64_t total_bigrams_ = 0;
  double log_n_ = 0, inv_n_ = 0, log_u_ = 0, unigram_total_ = 1;
  std::vector<double> log_table_;

  size_t c1_ = 0;             // window slots (C + 1)
  std::vector<int64_t> n2_;   // bigram counts between slots
  std::vector<double> q2_;    // their mutual-information terms
  std::vector<double> loss_;  // loss of merging each pair of slots
  std::vector<int> node_;     // tree node in each slot, -1 free
  std::vector<double> p1_, logp1_;
  std::vector<int> slot_of_word_;
  std::vector<std::vector<int>> members_;
  std::vector<int> parent_;
  std::vector<std::pair<int, int>> child_;
  int next_node_ = 0;
  std::vector<double> pair_log_;  // log p(i) + p(j) of the pairs of one merge
};

}  // namespace

std::vector<WordClusters::Entry> brown_clusters(const std::vector<std::string_view>& words,
                                                const BrownOptions& options) {
  return Brown(words, options).run();
}

}  // namespace newskg::tag
