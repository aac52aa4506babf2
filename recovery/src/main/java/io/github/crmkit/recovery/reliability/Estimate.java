package io.github.crmkit.recovery.reliability;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.crmkit.core.ConfidenceInterval;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The value of a reliability statistic with its sample size and, where the statistic has one, its
 * standard error and confidence interval; or an explicit undefined result with the reason. Never
 * reports 0 or 1 for an undefined statistic. Immutable.
 *
 * @since 0.1
 */
public final class Estimate implements Explained {
  private final String statistic;
  private final double value;
  private final long units;
  private final double standardError;
  private final @Nullable String seFormula;
  private final double level;
  private final @Nullable String undefinedReason;

  private Estimate(
      String statistic,
      double value,
      long units,
      double standardError,
      @Nullable String seFormula,
      double level,
      @Nullable String undefinedReason) {
    this.statistic = statistic;
    this.value = value;
    this.units = units;
    this.standardError = standardError;
    this.seFormula = seFormula;
    this.level = level;
    this.undefinedReason = undefinedReason;
  }

  static Estimate of(String statistic, double value, long units) {
    return new Estimate(statistic, value, units, Double.NaN, null, 0.95, null);
  }

  static Estimate undefined(String statistic, long units, String reason) {
    return new Estimate(statistic, Double.NaN, units, Double.NaN, null, 0.95, reason);
  }

  Estimate withStandardError(double se, String formula) {
    return new Estimate(statistic, value, units, se, formula, level, undefinedReason);
  }

  /**
   * Returns the statistic's name, for example {@code "Cohen's kappa (unweighted)"}.
   *
   * @return the name
   */
  public String statistic() {
    return statistic;
  }

  /**
   * Tells whether the statistic is defined for the data.
   *
   * @return true if defined
   */
  public boolean isDefined() {
    return undefinedReason == null;
  }

  /**
   * Returns the value.
   *
   * @return the value
   * @throws IllegalStateException if the statistic is undefined, with the reason
   */
  public double value() {
    if (undefinedReason != null) {
      throw new IllegalStateException(statistic + " is undefined: " + undefinedReason);
    }
    return value;
  }

  /**
   * Returns why the statistic is undefined.
   *
   * @return the reason, or empty when defined
   */
  public Optional<String> undefinedReason() {
    return Optional.ofNullable(undefinedReason);
  }

  /**
   * Returns the number of units the statistic used.
   *
   * @return the count
   */
  public long units() {
    return units;
  }

  /**
   * Returns the standard error, when the statistic has one.
   *
   * @return the standard error or empty
   */
  public OptionalDouble standardError() {
    return Double.isNaN(standardError) || !isDefined()
        ? OptionalDouble.empty()
        : OptionalDouble.of(standardError);
  }

  /**
   * Returns which standard error this is, for example the standard error under the null hypothesis
   * of Fleiss, Nee and Landis (1979).
   *
   * @return the formula's name or empty
   */
  public Optional<String> standardErrorFormula() {
    return standardError().isPresent() ? Optional.ofNullable(seFormula) : Optional.empty();
  }

  /**
   * Returns {@code value / SE}, the z statistic for the null hypothesis of chance agreement when
   * the standard error is the null one.
   *
   * @return z or empty
   */
  public OptionalDouble z() {
    OptionalDouble se = standardError();
    return se.isPresent() && se.getAsDouble() > 0
        ? OptionalDouble.of(value / se.getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * Returns the Wald interval {@code value +- z SE}.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval, or empty without a standard error
   * @throws IllegalArgumentException if the level is out of range
   */
  public Optional<ConfidenceInterval> interval(double level) {
    OptionalDouble se = standardError();
    if (se.isEmpty()) {
      checkArgument(level > 0 && level < 1, "level must be in (0, 1), but was %s", level);
      return Optional.empty();
    }
    return Optional.of(ConfidenceInterval.normal(value, se.getAsDouble(), level));
  }

  /**
   * Explains the estimate: the units it rests on, the value, and the standard error with the
   * formula it comes from and the 95% interval; or why the statistic is undefined.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(Estimate.class, "estimate.subject", statistic).input("units", units);
    if (undefinedReason != null) {
      return b.buildTemplate("estimate.undefined", undefinedReason);
    }
    b.input("value", value);
    if (seFormula == null || Double.isNaN(standardError)) {
      return b.buildTemplate("estimate.noError", String.format(Locale.ROOT, "%.4f", value));
    }
    ConfidenceInterval ci = interval(0.95).orElseThrow();
    return b.input("standard error", standardError)
        .input("standard error formula", seFormula)
        .buildTemplate(
            "estimate.outcome",
            String.format(Locale.ROOT, "%.4f", value),
            String.format(Locale.ROOT, "%.4f", ci.lower()),
            String.format(Locale.ROOT, "%.4f", ci.upper()));
  }

  @Override
  public String toString() {
    if (undefinedReason != null) {
      return statistic + " undefined: " + undefinedReason;
    }
    return String.format(Locale.ROOT, "%s = %.4f (n = %d", statistic, value, units)
        + (standardError().isPresent()
            ? String.format(Locale.ROOT, ", SE %.5f", standardError)
            : "")
        + ")";
  }
}
