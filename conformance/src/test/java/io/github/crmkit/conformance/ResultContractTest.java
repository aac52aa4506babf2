package io.github.crmkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The result contracts of docs/api-conventions.md (rule 3), over every public type of every
 * exported package: a result explains itself ({@link Explained}), a result of a batch accounts for
 * every record ({@link Accounted}).
 */
class ResultContractTest {
  /** Name endings that mark a type as the result of a verb. */
  static final List<String> RESULT_SUFFIXES =
      List.of(
          "Result",
          "Assessment",
          "Classification",
          "Plan",
          "Fit",
          "Estimate",
          "Evaluation",
          "Timeline",
          "Analysis");

  /**
   * Types whose names end like a result but that are not results, each with its reason (the same
   * list as the conventions' deliberate exceptions).
   */
  static final Map<String, String> NOT_RESULTS =
      Map.of(
          "io.github.crmkit.segmentation.rules.PointsPlan",
          "a configuration (the points a rule set awards), not the answer of a call");

  @Test
  void everyResultExplainsItself() {
    List<String> missing = new ArrayList<>();
    for (Class<?> c : ExportedApi.publicTypes()) {
      if (c.isInterface() || c.isEnum() || Throwable.class.isAssignableFrom(c)) {
        continue;
      }
      boolean namedLikeAResult =
          RESULT_SUFFIXES.stream().anyMatch(s -> c.getSimpleName().endsWith(s))
              && !NOT_RESULTS.containsKey(c.getName());
      boolean hasExplanation = publicMethod(c, "explanation") != null;
      if ((namedLikeAResult || hasExplanation) && !Explained.class.isAssignableFrom(c)) {
        missing.add(c.getName() + (hasExplanation ? " (has explanation())" : ""));
      }
      Method m = publicMethod(c, "explanation");
      if (m != null && m.getReturnType() != Explanation.class) {
        missing.add(c.getName() + ": explanation() returns " + m.getReturnType().getSimpleName());
      }
    }
    assertThat(missing).as("public result types that do not implement Explained").isEmpty();
  }

  @Test
  void everyBatchResultAccountsForEveryRecord() {
    List<String> missing = new ArrayList<>();
    for (Class<?> c : ExportedApi.publicTypes()) {
      if (c.isInterface()) {
        continue;
      }
      for (String name : List.of("received", "rejected", "rejections", "rejectedRecords")) {
        if (publicMethod(c, name) != null && !Accounted.class.isAssignableFrom(c)) {
          missing.add(c.getName() + " (has " + name + "())");
          break;
        }
      }
    }
    assertThat(missing).as("public batch results that do not implement Accounted").isEmpty();
  }

  @Test
  void theCheckSeesTheResultsItIsAbout() {
    // A walk that found nothing would pass the checks above vacuously.
    List<Class<?>> types = ExportedApi.publicTypes();
    assertThat(types).hasSizeGreaterThan(150);
    assertThat(types.stream().filter(Accounted.class::isAssignableFrom).count())
        .isGreaterThanOrEqualTo(15);
    assertThat(types.stream().filter(Explained.class::isAssignableFrom).count())
        .isGreaterThanOrEqualTo(20);
  }

  private static Method publicMethod(Class<?> c, String name) {
    for (Method m : c.getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())) {
        return m;
      }
    }
    return null;
  }
}
