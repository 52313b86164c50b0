#include "report/seriation.h"

#include <Eigen/Dense>
#include <algorithm>
#include <numeric>

namespace claimdup {

std::vector<int> SpectralOrder(const std::vector<double>& similarity, int n) {
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  if (n <= 2) return order;
  Eigen::MatrixXd w(n, n);
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) w(i, j) = i == j ? 0.0 : similarity[i * n + j];
  }
  const Eigen::VectorXd degree = w.rowwise().sum();
  // Normalized Laplacian I - D^-1/2 W D^-1/2 (isolated items get degree 1 to stay finite).
  Eigen::VectorXd inv_sqrt(n);
  for (int i = 0; i < n; ++i) inv_sqrt(i) = 1.0 / std::sqrt(std::max(degree(i), 1e-12));
  Eigen::MatrixXd laplacian =
      Eigen::MatrixXd::Identity(n, n) - inv_sqrt.asDiagonal() * w * inv_sqrt.asDiagonal();
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(laplacian);
  if (solver.info() != Eigen::Success) return order;
  Eigen::VectorXd fiedler = inv_sqrt.asDiagonal() * solver.eigenvectors().col(1);
  // Fix the sign: the largest component is positive.
  Eigen::Index arg = 0;
  fiedler.cwiseAbs().maxCoeff(&arg);
  if (fiedler(arg) < 0) fiedler = -fiedler;
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    const double da = fiedler(a), db = fiedler(b);
    if (std::abs(da - db) > 1e-12) return da < db;
    return a < b;
  });
  return order;
}

}  // namespace claimdup
