package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.crmkit.core.internal.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
  private final Text subject;
  private final Map<String, String> inputs;
  private final Map<String, String> thresholds;
  private final List<Check> checks;
  private final @Nullable String matchedRule;
  private final Text outcome;

  private Explanation(Builder b, Text outcome) {
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
    checkNotNull(subject, "subject must not be null");
    return new Builder(null, Text.literal(subject));
  }

  /**
   * Starts an explanation whose texts are templates: the subject, and the reasons and outcome given
   * as templates, are keys of the {@code explanations} resource bundle in the package of {@code
   * owner} ({@code explanations.properties} in English, {@code explanations_ko.properties} in
   * Korean, and any language a host adds), through {@link Builder#checkTemplate} and {@link
   * Builder#buildTemplate} (the plain {@code check} and {@code build} record literal text), with
   * {@code {0}}, {@code {1}}, ... replaced by the arguments. An argument that is a named type
   * ({@link CodedType}) is printed by its display name in the locale asked for; a {@code
   * Function<Locale, ?>} is called with that locale (a part worded per language); a double to six
   * significant digits; a duration in days, hours and minutes.
   *
   * <p>This is how every crmkit explanation is built; a host explaining its own results the same
   * way passes one of its classes and ships the bundle beside it (on the module path, open the
   * package to {@code io.github.crmkit.core}).
   *
   * @param owner a class in the package whose bundle holds the templates, not null
   * @param subjectKey the subject's template key, not null
   * @param args the subject's arguments
   * @return a builder
   * @throws java.util.MissingResourceException if the bundle or the key is missing
   */
  public static Builder builder(Class<?> owner, String subjectKey, Object... args) {
    checkNotNull(owner, "owner must not be null");
    return new Builder(owner, Text.keyed(owner, subjectKey, args));
  }

  /**
   * Returns what is being explained.
   *
   * @return the subject
   */
  public String subject() {
    return subject.render(Locale.ROOT);
  }

  /**
   * Returns what is being explained, in a locale's language (English when it has no bundle).
   *
   * @param locale the locale, not null
   * @return the subject
   */
  public String subject(Locale locale) {
    return subject.render(checkNotNull(locale, "locale must not be null"));
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
    return outcome.render(Locale.ROOT);
  }

  /**
   * Returns the outcome in a locale's language (English when it has no bundle).
   *
   * @param locale the locale, not null
   * @return the outcome
   */
  public String outcome(Locale locale) {
    return outcome.render(checkNotNull(locale, "locale must not be null"));
  }

  /**
   * Prints the explanation in English as indented lines: subject and outcome, then inputs,
   * thresholds and the rules considered, each marked {@code [x]} when it matched and {@code [ ]}
   * when it did not. The same as {@code render(Locale.ENGLISH)}.
   */
  @Override
  public String toString() {
    return render(Locale.ROOT);
  }

  /**
   * Prints the explanation as {@link #toString()} does, in a locale's language: the subject, the
   * outcome, the reasons and the section headings from the bundles (English when the language has
   * none; the default locale is never consulted). Input and threshold names are identifiers (the
   * keys of {@link #inputs()} and {@link #thresholds()}) and print as they are.
   *
   * @param locale the locale, not null
   * @return the text
   */
  public String render(Locale locale) {
    checkNotNull(locale, "locale must not be null");
    StringBuilder sb = new StringBuilder();
    sb.append(subject.render(locale)).append(" -> ").append(outcome.render(locale));
    if (!inputs.isEmpty()) {
      sb.append("\n  ").append(Text.heading("inputs", locale)).append(':');
      inputs.forEach((k, v) -> sb.append("\n    ").append(k).append(" = ").append(v));
    }
    if (!thresholds.isEmpty()) {
      sb.append("\n  ").append(Text.heading("thresholds", locale)).append(':');
      thresholds.forEach((k, v) -> sb.append("\n    ").append(k).append(" = ").append(v));
    }
    if (!checks.isEmpty()) {
      sb.append("\n  ").append(Text.heading("rules", locale)).append(':');
      for (Check c : checks) {
        sb.append("\n    [")
            .append(c.matched() ? 'x' : ' ')
            .append("] ")
            .append(c.rule())
            .append(": ")
            .append(c.reason(locale));
      }
    }
    return sb.toString();
  }

  /**
   * One rule considered while deciding: its name, whether it matched and why. Immutable.
   *
   * @since 0.1
   */
  public static final class Check {
    private final String rule;
    private final boolean matched;
    private final Text reason;

    private Check(String rule, boolean matched, Text reason) {
      this.rule = checkNotNull(rule, "rule must not be null");
      this.matched = matched;
      this.reason = reason;
    }

    /**
     * Returns the rule's name (an identifier or the name a host gave the rule).
     *
     * @return the rule
     */
    public String rule() {
      return rule;
    }

    /**
     * Returns whether the rule matched.
     *
     * @return whether it matched
     */
    public boolean matched() {
      return matched;
    }

    /**
     * Returns why the rule matched or not, in English, naming the values compared.
     *
     * @return the reason
     */
    public String reason() {
      return reason.render(Locale.ROOT);
    }

    /**
     * Returns why the rule matched or not, in a locale's language (English when it has none).
     *
     * @param locale the locale, not null
     * @return the reason
     */
    public String reason(Locale locale) {
      return reason.render(checkNotNull(locale, "locale must not be null"));
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Check c
          && rule.equals(c.rule)
          && matched == c.matched
          && reason().equals(c.reason());
    }

    @Override
    public int hashCode() {
      return Objects.hash(rule, matched, reason());
    }

    @Override
    public String toString() {
      return "Check[rule=" + rule + ", matched=" + matched + ", reason=" + reason() + "]";
    }
  }

  /**
   * Collects the facts of an explanation. Not thread-safe; build once.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final @Nullable Class<?> owner;
    private final Text subject;
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final Map<String, String> thresholds = new LinkedHashMap<>();
    private final List<Check> checks = new ArrayList<>();
    private @Nullable String matchedRule;

    private Builder(@Nullable Class<?> owner, Text subject) {
      this.owner = owner;
      this.subject = subject;
    }

    /** A template of this builder's owner. */
    private Text template(String key, Object[] args) {
      checkNotNull(key, "key must not be null");
      checkNotNull(args, "args must not be null");
      Class<?> o = owner;
      checkState(
          o != null,
          "templates need an owner: start the explanation with builder(owner, key, args), not %s",
          subject.render(Locale.ROOT));
      return Text.keyed(o, key, args);
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
      inputs.put(checkNotNull(name, "name must not be null"), Names.value(value));
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
      thresholds.put(checkNotNull(name, "name must not be null"), Names.value(value));
      return this;
    }

    /**
     * Records a rule that was considered.
     *
     * @param rule the rule's name, not null
     * @param matched whether it matched
     * @param reason why, naming the values compared, not null
     * @return this builder
     */
    public Builder check(String rule, boolean matched, String reason) {
      checks.add(
          new Check(rule, matched, Text.literal(checkNotNull(reason, "reason must not be null"))));
      return this;
    }

    /**
     * Records a rule that was considered, its reason a template of the owner's bundle.
     *
     * @param rule the rule's name, not null
     * @param matched whether it matched
     * @param key the reason's template key, not null
     * @param args the template's arguments
     * @return this builder
     * @throws IllegalStateException if the explanation was started without an owner
     * @throws java.util.MissingResourceException if the key is missing from the bundle
     */
    public Builder checkTemplate(String rule, boolean matched, String key, Object... args) {
      checkNotNull(rule, "rule must not be null");
      checks.add(new Check(rule, matched, template(key, args)));
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
      return finish(Text.literal(checkNotNull(outcome, "outcome must not be null")));
    }

    /**
     * Finishes the explanation, its outcome a template of the owner's bundle.
     *
     * @param key the outcome's template key, not null
     * @param args the template's arguments
     * @return the explanation
     * @throws IllegalStateException if the explanation was started without an owner, or a matched
     *     rule was recorded that is not among the checks
     * @throws java.util.MissingResourceException if the key is missing from the bundle
     */
    public Explanation buildTemplate(String key, Object... args) {
      return finish(template(key, args));
    }

    private Explanation finish(Text out) {
      String matched = matchedRule;
      checkState(
          matched == null
              || checks.isEmpty()
              || checks.stream().anyMatch(c -> c.rule().equals(matched)),
          "matched rule '%s' must be one of the checks recorded",
          matched);
      return new Explanation(this, out);
    }
  }
}
