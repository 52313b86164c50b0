// Seriation: an order of items that puts similar ones next to each other, so a heatmap
// shows blocks instead of noise. Spectral ordering: sort by the Fiedler vector (second
// smallest eigenvector) of the similarity graph's Laplacian, computed with Eigen.
#ifndef CLAIMDUP_REPORT_SERIATION_H_
#define CLAIMDUP_REPORT_SERIATION_H_

#include <vector>

namespace claimdup {

// `similarity` is n x n, symmetric, row-major, non-negative. Returns a permutation of
// 0..n-1; deterministic (eigenvector sign fixed, ties by index).
std::vector<int> SpectralOrder(const std::vector<double>& similarity, int n);

}  // namespace claimdup

#endif  // CLAIMDUP_REPORT_SERIATION_H_
