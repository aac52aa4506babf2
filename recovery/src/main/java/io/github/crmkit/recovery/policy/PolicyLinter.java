package io.github.crmkit.recovery.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reports problems in a {@link RecoveryPolicy}: failure types or severities no compensation rule
 * covers, compensation that decreases as severity increases, caps below floors, rules that can
 * never apply (a later rule of the same type and minimum severity), and promised response times
 * that grow with severity. Stateless.
 *
 * @since 0.1
 */
public final class PolicyLinter {
  private PolicyLinter() {}

  /**
   * Lints a policy.
   *
   * @param p the policy, not null
   * @return the problems, empty for a clean policy
   */
  public static List<String> lint(RecoveryPolicy p) {
    checkNotNull(p, "p must not be null");
    List<String> problems = new ArrayList<>();
    for (FailureType type : FailureType.values()) {
      List<CompensationRule> rules =
          p.compensation().stream()
              .filter(r -> r.failureType() == type)
              .sorted(Comparator.comparingInt(CompensationRule::minSeverity))
              .toList();
      if (rules.isEmpty()) {
        problems.add("gap: no compensation rule for " + type + " failures");
        continue;
      }
      if (rules.get(0).minSeverity() > 1) {
        problems.add(
            "gap: "
                + type
                + " failures of severity 1 to "
                + (rules.get(0).minSeverity() - 1)
                + " have no compensation rule");
      }
      for (int i = 0; i < rules.size(); i++) {
        CompensationRule r = rules.get(i);
        if (r.cap().compareTo(r.floor()) < 0) {
          problems.add(
              "cap below floor: "
                  + type
                  + " from severity "
                  + r.minSeverity()
                  + " caps at "
                  + r.cap()
                  + " under its floor "
                  + r.floor());
        }
        if (i > 0) {
          CompensationRule prev = rules.get(i - 1);
          if (prev.minSeverity() == r.minSeverity()) {
            problems.add(
                "unreachable: two "
                    + type
                    + " rules from severity "
                    + r.minSeverity()
                    + "; only one applies");
          } else if (r.percent() < prev.percent()
              || r.floor().compareTo(prev.floor()) < 0
              || r.cap().compareTo(prev.cap()) < 0) {
            problems.add(
                "compensation decreases with severity: "
                    + type
                    + " from severity "
                    + r.minSeverity()
                    + " gives less than from severity "
                    + prev.minSeverity());
          }
        }
      }
    }
    for (int s = 1; s < 5; s++) {
      if (p.respondWithin().get(s).compareTo(p.respondWithin().get(s - 1)) > 0) {
        problems.add(
            "response time grows with severity: severity "
                + (s + 1)
                + " waits "
                + p.respondWithin().get(s)
                + ", severity "
                + s
                + " "
                + p.respondWithin().get(s - 1));
      }
    }
    return List.copyOf(problems);
  }
}
