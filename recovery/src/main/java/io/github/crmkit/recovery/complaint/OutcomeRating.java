package io.github.crmkit.recovery.complaint;

/**
 * One customer's ratings around a service failure and its recovery: satisfaction before the
 * failure, the three kinds of perceived justice of the recovery (Tax, Brown and Chandrashekaran
 * 1998, "Customer evaluations of service complaint experiences", Journal of Marketing 62(2)) and
 * satisfaction after it, all on the same rating scale. Immutable.
 *
 * @param satisfactionBefore satisfaction before the failure
 * @param distributive the fairness of the outcome (refund, credit, redo)
 * @param procedural the fairness of the process (speed, flexibility, convenience)
 * @param interactional the fairness of the treatment (apology, courtesy, explanation)
 * @param satisfactionAfter satisfaction after the recovery
 * @since 0.1
 */
public record OutcomeRating(
    int satisfactionBefore,
    int distributive,
    int procedural,
    int interactional,
    int satisfactionAfter) {

  /**
   * Starts a rating whose five numbers are named rather than placed; every one must be set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this rating's five numbers, to derive a changed rating.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder()
        .satisfactionBefore(satisfactionBefore)
        .distributive(distributive)
        .procedural(procedural)
        .interactional(interactional)
        .satisfactionAfter(satisfactionAfter);
  }

  /**
   * Builds an {@link OutcomeRating} by name. Not thread-safe.
   *
   * @since 0.2
   */
  public static final class Builder {
    private final int[] values = new int[5];
    private final boolean[] set = new boolean[5];
    private static final String[] NAMES = {
      "satisfactionBefore", "distributive", "procedural", "interactional", "satisfactionAfter"
    };

    private Builder() {}

    private Builder set(int slot, int value) {
      values[slot] = value;
      set[slot] = true;
      return this;
    }

    /**
     * Sets the satisfaction before the failure.
     *
     * @param rating the rating on the study's scale
     * @return this builder
     */
    public Builder satisfactionBefore(int rating) {
      return set(0, rating);
    }

    /**
     * Sets the fairness of the outcome (refund, credit, redo).
     *
     * @param rating the rating on the study's scale
     * @return this builder
     */
    public Builder distributive(int rating) {
      return set(1, rating);
    }

    /**
     * Sets the fairness of the process (speed, flexibility, convenience).
     *
     * @param rating the rating on the study's scale
     * @return this builder
     */
    public Builder procedural(int rating) {
      return set(2, rating);
    }

    /**
     * Sets the fairness of the treatment (apology, courtesy, explanation).
     *
     * @param rating the rating on the study's scale
     * @return this builder
     */
    public Builder interactional(int rating) {
      return set(3, rating);
    }

    /**
     * Sets the satisfaction after the recovery.
     *
     * @param rating the rating on the study's scale
     * @return this builder
     */
    public Builder satisfactionAfter(int rating) {
      return set(4, rating);
    }

    /**
     * Returns the rating (the scale is checked where ratings are analysed).
     *
     * @return the rating
     * @throws IllegalStateException naming every rating not set
     */
    public OutcomeRating build() {
      java.util.List<String> missing = new java.util.ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        if (!set[i]) {
          missing.add(NAMES[i]);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("outcome rating is missing " + missing);
      }
      return new OutcomeRating(values[0], values[1], values[2], values[3], values[4]);
    }
  }
}
