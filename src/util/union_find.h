// UnionFind: disjoint sets over 0..n-1 with path halving and union by smallest root, so
// the root of every set is its smallest element whatever order unions happen in.
#ifndef CLAIMDUP_UTIL_UNION_FIND_H_
#define CLAIMDUP_UTIL_UNION_FIND_H_

#include <cstddef>
#include <cstdint>
#include <numeric>
#include <vector>

namespace claimdup {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  // Joins the sets of a and b; returns false if they were already one.
  bool Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return false;
    if (a < b) {
      parent_[b] = a;
    } else {
      parent_[a] = b;
    }
    return true;
  }
  size_t size() const { return parent_.size(); }

 private:
  std::vector<uint32_t> parent_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_UTIL_UNION_FIND_H_
