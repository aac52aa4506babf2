package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.crmkit.core.internal.Wording;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a classification or score came out as it did: the inputs used, the thresholds applied, the
 * rule that matched and, for every rule considered before it, why it did not match.
 *
 * <p>Every result in every crmkit module carries one. {@link #toString()} prints it as indented
 * text for logs and reports; the accessors give the same facts as data. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Explanation {
  private final String subject;
  private final Map<String, String> inputs;
  private final Map<String, String> thresholds;
  private final List<Check> checks;
  private final @Nullable String matchedRule;
  private final String outcome;

  private Explanation(Builder b, String outcome) {
    this.subject = b.subject;
    this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(b.inputs));
    this.thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(b.thresholds));
    this.checks = List.copyOf(b.checks);
    this.matchedRule = b.matchedRule;
    this.outcome = outcome;
  }

  /**
   * Starts an explanation.
   *
   * @param subject what is being explained, for example {@code "RFM segment of customer c-17"}
   * @return a builder
   */
  public static Builder builder(String subject) {
    return new Builder(subject);
  }

  /**
   * Returns what is being explained.
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the inputs used, by name, in the order they were recorded.
   *
   * @return an unmodifiable map from input name to printed value
   */
  public Map<String, String> inputs() {
    return inputs;
  }

  /**
   * Returns the thresholds applied, by name, in the order they were recorded.
   *
   * @return an unmodifiable map from threshold name to printed value
   */
  public Map<String, String> thresholds() {
    return thresholds;
  }

  /**
   * Returns every rule considered, in the order of evaluation, with whether it matched and why.
   *
   * @return an unmodifiable list of checks
   */
  public List<Check> checks() {
    return checks;
  }

  /**
   * Returns the rule that decided the outcome, if a rule did (a fallback has none).
   *
   * @return the matched rule's name, or empty
   */
  public Optional<String> matchedRule() {
    return Optional.ofNullable(matchedRule);
  }

  /**
   * Returns the outcome in words, for example {@code "segment Champions"}.
   *
   * @return the outcome
   */
  public String outcome() {
    return outcome;
  }

  /**
   * Prints the explanation as indented lines: subject and outcome, then inputs, thresholds and the
   * rules considered, each marked {@code [x]} when it matched and {@code [ ]} when it did not.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(subject).append(" -> ").append(outcome);
    if (!inputs.isEmpty()) {
      sb.append("\n  inputs:");
      inputs.forEach((k, v) -> sb.append("\n    ").append(k).append(" = ").append(v));
    }
    if (!thresholds.isEmpty()) {
      sb.append("\n  thresholds:");
      thresholds.forEach((k, v) -> sb.append("\n    ").append(k).append(" = ").append(v));
    }
    if (!checks.isEmpty()) {
      sb.append("\n  rules:");
      for (Check c : checks) {
        sb.append("\n    [")
            .append(c.matched() ? 'x' : ' ')
            .append("] ")
            .append(c.rule())
            .append(": ")
            .append(c.reason());
      }
    }
    return sb.toString();
  }

  /**
   * One rule considered while deciding: its name, whether it matched and why.
   *
   * @param rule the rule's name
   * @param matched whether the rule matched
   * @param reason why it matched or not, naming the values compared
   * @since 0.1
   */
  public record Check(String rule, boolean matched, String reason) {
    /**
     * Checks the components.
     *
     * @param rule the rule's name, not null
     * @param matched whether the rule matched
     * @param reason the reason, not null
     */
    public Check {
      checkNotNull(rule, "rule must not be null");
      checkNotNull(reason, "reason must not be null");
    }
  }

  /**
   * Collects the facts of an explanation. Not thread-safe; build once.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String subject;
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final Map<String, String> thresholds = new LinkedHashMap<>();
    private final List<Check> checks = new ArrayList<>();
    private @Nullable String matchedRule;

    private Builder(String subject) {
      this.subject = checkNotNull(subject, "subject must not be null");
    }

    /**
     * Records an input.
     *
     * @param name the input's name, not null
     * @param value its value, printed with {@code String.valueOf} (a double or float to six
     *     significant digits)
     * @return this builder
     */
    public Builder input(String name, @Nullable Object value) {
      inputs.put(checkNotNull(name, "name must not be null"), text(value));
      return this;
    }

    /**
     * Records a threshold.
     *
     * @param name the threshold's name, not null
     * @param value its value, printed with {@code String.valueOf} (a double or float to six
     *     significant digits)
     * @return this builder
     */
    public Builder threshold(String name, @Nullable Object value) {
      thresholds.put(checkNotNull(name, "name must not be null"), text(value));
      return this;
    }

    /**
     * A value as text: doubles and floats to six significant digits, durations in days, hours and
     * minutes, the rest as printed.
     */
    private static String text(@Nullable Object value) {
      if (value instanceof Double || value instanceof Float) {
        return Wording.number(((Number) value).doubleValue());
      }
      return value instanceof java.time.Duration d ? Wording.duration(d) : String.valueOf(value);
    }

    /**
     * Records a rule that was considered.
     *
     * @param rule the rule's name
     * @param matched whether it matched
     * @param reason why
     * @return this builder
     */
    public Builder check(String rule, boolean matched, String reason) {
      checks.add(new Check(rule, matched, reason));
      return this;
    }

    /**
     * Records the rule that decided the outcome.
     *
     * @param rule the rule's name, not null
     * @return this builder
     */
    public Builder matched(String rule) {
      this.matchedRule = checkNotNull(rule, "rule must not be null");
      return this;
    }

    /**
     * Finishes the explanation.
     *
     * @param outcome the outcome in words, not null
     * @return the explanation
     * @throws IllegalStateException if a matched rule was recorded that is not among the checks
     */
    public Explanation build(String outcome) {
      checkNotNull(outcome, "outcome must not be null");
      String matched = matchedRule;
      checkState(
          matched == null
              || checks.isEmpty()
              || checks.stream().anyMatch(c -> c.rule().equals(matched)),
          "matched rule '%s' must be one of the checks recorded",
          matched);
      return new Explanation(this, outcome);
    }
  }
}
