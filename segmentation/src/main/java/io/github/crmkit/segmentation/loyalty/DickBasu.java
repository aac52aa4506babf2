package io.github.crmkit.segmentation.loyalty;

import io.github.crmkit.core.DickBasuLoyalty;
import io.github.crmkit.core.Explanation;
import java.util.Locale;

/**
 * Classifies customers by relative attitude x repeat patronage after Dick and Basu (1994),
 * "Customer loyalty: toward an integrated conceptual framework", Journal of the Academy of
 * Marketing Science 22(2): true loyalty (high, high), latent (high attitude, low patronage),
 * spurious (low attitude, high patronage), none.
 *
 * <p>Both inputs are numbers on the host's own measures, for example relative attitude as the share
 * of preference for the brand among the considered alternatives and repeat patronage as the share
 * of category purchases (both 0 to 1, the {@link #defaults()} splits at 0.5). A value equal to its
 * split counts as high. Classification allocates nothing. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DickBasu {
  private final double attitudeSplit;
  private final double patronageSplit;

  private DickBasu(double attitudeSplit, double patronageSplit) {
    this.attitudeSplit = attitudeSplit;
    this.patronageSplit = patronageSplit;
  }

  /**
   * Returns the classifier for shares from 0 to 1, split at 0.5 on both axes.
   *
   * @return the classifier
   */
  public static DickBasu defaults() {
    return new DickBasu(0.5, 0.5);
  }

  /**
   * Returns a classifier with the given splits.
   *
   * @param attitudeSplit the lowest relative attitude that counts as high, finite
   * @param patronageSplit the lowest repeat patronage that counts as high, finite
   * @return the classifier
   * @throws IllegalArgumentException if a split is not finite
   */
  public static DickBasu of(double attitudeSplit, double patronageSplit) {
    checkFinite("attitudeSplit", attitudeSplit);
    checkFinite("patronageSplit", patronageSplit);
    return new DickBasu(attitudeSplit, patronageSplit);
  }

  private static void checkFinite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite, but was " + v);
    }
  }

  /**
   * Classifies one customer.
   *
   * @param relativeAttitude the relative attitude, finite
   * @param repeatPatronage the repeat patronage, finite
   * @return the loyalty condition
   * @throws IllegalArgumentException if an input is not finite
   */
  public DickBasuLoyalty classify(double relativeAttitude, double repeatPatronage) {
    checkFinite("relativeAttitude", relativeAttitude);
    checkFinite("repeatPatronage", repeatPatronage);
    boolean attitude = relativeAttitude >= attitudeSplit;
    boolean patronage = repeatPatronage >= patronageSplit;
    if (attitude) {
      return patronage ? DickBasuLoyalty.TRUE : DickBasuLoyalty.LATENT;
    }
    return patronage ? DickBasuLoyalty.SPURIOUS : DickBasuLoyalty.NONE;
  }

  /**
   * Explains a classification.
   *
   * @param relativeAttitude the relative attitude
   * @param repeatPatronage the repeat patronage
   * @return the explanation
   * @throws IllegalArgumentException if an input is not finite
   */
  public Explanation explain(double relativeAttitude, double repeatPatronage) {
    DickBasuLoyalty l = classify(relativeAttitude, repeatPatronage);
    boolean attitude = relativeAttitude >= attitudeSplit;
    boolean patronage = repeatPatronage >= patronageSplit;
    return Explanation.builder(DickBasu.class, "dickBasu.subject")
        .input("relative attitude", relativeAttitude)
        .input("repeat patronage", repeatPatronage)
        .threshold("attitude high from", attitudeSplit)
        .threshold("patronage high from", patronageSplit)
        .check(
            "high relative attitude",
            attitude,
            String.format(
                Locale.ROOT, "%s %s %s", relativeAttitude, attitude ? ">=" : "<", attitudeSplit))
        .check(
            "high repeat patronage",
            patronage,
            String.format(
                Locale.ROOT, "%s %s %s", repeatPatronage, patronage ? ">=" : "<", patronageSplit))
        .buildTemplate("named", l);
  }

  @Override
  public String toString() {
    return "DickBasu{attitude split " + attitudeSplit + ", patronage split " + patronageSplit + "}";
  }
}
