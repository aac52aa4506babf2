package io.github.crmkit.recovery.reliability;

/**
 * Agreement weights of Cohen's kappa between categories i and j of q ordered categories.
 *
 * @since 0.1
 */
public enum KappaWeights {
  /** 1 on the diagonal, 0 elsewhere: Cohen (1960). */
  UNWEIGHTED,
  /** {@code 1 - |i - j| / (q - 1)} (Cicchetti and Allison 1971). */
  LINEAR,
  /** {@code 1 - (i - j)^2 / (q - 1)^2} (Fleiss and Cohen 1973). */
  QUADRATIC;

  double weight(int i, int j, int q) {
    if (i == j) {
      return 1;
    }
    return switch (this) {
      case UNWEIGHTED -> 0;
      case LINEAR -> 1 - (double) Math.abs(i - j) / (q - 1);
      case QUADRATIC -> 1 - (double) (i - j) * (i - j) / ((double) (q - 1) * (q - 1));
    };
  }
}
