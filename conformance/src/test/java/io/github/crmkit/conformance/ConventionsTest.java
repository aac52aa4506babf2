package io.github.crmkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.CodedType;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/api-conventions.md that a machine can check, over every public type of every
 * exported package. Where the library does not follow a rule yet, the exception is listed here and
 * in the conventions' "where the library stands", so that the list can only shrink.
 */
class ConventionsTest {
  /** Rule 8: no Guava or Immutables type in a public signature. */
  @Test
  void noGuavaOrImmutablesTypeInAPublicSignature() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : ExportedApi.publicTypes()) {
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          check(leaks, c, m.getName(), m.getGenericReturnType());
          for (Type p : m.getGenericParameterTypes()) {
            check(leaks, c, m.getName(), p);
          }
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers())) {
          for (Type p : k.getGenericParameterTypes()) {
            check(leaks, c, "<init>", p);
          }
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(leaks, c, f.getName(), f.getGenericType());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  /** Rule 6: public records have no nullable components. */
  @Test
  void noNewNullableRecordComponents() {
    List<String> found = new ArrayList<>();
    for (Class<?> c : ExportedApi.publicTypes()) {
      if (!c.isRecord()) {
        continue;
      }
      for (RecordComponent rc : c.getRecordComponents()) {
        if (nullable(rc.getAnnotatedType())) {
          found.add(c.getName() + "." + rc.getName());
        }
      }
    }
    assertThat(found)
        .as("public record components that may be null (rule 6: an Optional accessor on a class)")
        .isEmpty();
  }

  /**
   * The public records with more than four components that have no builder, each for a reason the
   * conventions give: results crmkit builds (read, not built), fitted models' parameters, and
   * values with named factories and withers.
   */
  static final Set<String> MANY_COMPONENTS_WITHOUT_BUILDER =
      Set.of(
          // Results crmkit builds.
          "io.github.crmkit.segmentation.rfm.SegmentSummary",
          "io.github.crmkit.segmentation.clv.ModelFit",
          "io.github.crmkit.segmentation.customer.UpSell",
          "io.github.crmkit.segmentation.survey.IpaAttribute",
          "io.github.crmkit.segmentation.survey.ToleranceAssessment",
          "io.github.crmkit.segmentation.clv.RepeatTracking$Period",
          "io.github.crmkit.segmentation.clv.RepeatSummary",
          "io.github.crmkit.segmentation.clv.HoldoutEvaluation$FrequencyGroup",
          "io.github.crmkit.segmentation.rules.PointsResult$Contribution",
          "io.github.crmkit.segmentation.experience.OverallAssessment",
          "io.github.crmkit.segmentation.experience.TouchpointExperience",
          "io.github.crmkit.rewards.Posting",
          "io.github.crmkit.recovery.policy.RecoveryPlan",
          "io.github.crmkit.recovery.sla.SlaEvent",
          // Fitted models' parameters.
          "io.github.crmkit.segmentation.clv.BgNbd",
          "io.github.crmkit.segmentation.clv.MbgNbd",
          "io.github.crmkit.segmentation.clv.ParetoNbd",
          // Named factories and withers.
          "io.github.crmkit.segmentation.customer.StoneEvidence",
          "io.github.crmkit.core.experience.Touchpoint",
          "io.github.crmkit.recovery.sla.SlaTarget",
          "io.github.crmkit.rewards.LoyaltyEvent$Return",
          "io.github.crmkit.rewards.LoyaltyEvent$Adjustment");

  /** Rule 1: a value with more than four components has a builder, or a reason listed above. */
  @Test
  void valuesWithManyComponentsHaveBuilders() {
    List<String> found = new ArrayList<>();
    for (Class<?> c : ExportedApi.publicTypes()) {
      if (!c.isRecord() || c.getRecordComponents().length <= 4) {
        continue;
      }
      boolean builder =
          java.util.Arrays.stream(c.getMethods())
              .anyMatch(m -> Modifier.isStatic(m.getModifiers()) && m.getName().equals("builder"));
      if (!builder) {
        found.add(c.getName());
      }
    }
    assertThat(found)
        .as("records with more than four components and no builder, not in the conventions' list")
        .isSubsetOf(MANY_COMPONENTS_WITHOUT_BUILDER);
    assertThat(MANY_COMPONENTS_WITHOUT_BUILDER)
        .as("listed records that now have a builder or fewer components (remove them)")
        .isSubsetOf(found);
  }

  /**
   * Rule 1: a builder starts from a static {@code builder(...)}; a static factory is never spelled
   * like a wither ({@code withX} is an instance copy), but for testkit's seeded generators.
   */
  @Test
  void buildersStartFromBuilderAndWithersAreCopies() {
    List<String> problems = new ArrayList<>();
    for (Class<?> c : ExportedApi.publicTypes()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        if (m.getReturnType().getSimpleName().equals("Builder") && !m.getName().equals("builder")) {
          problems.add(c.getName() + "." + m.getName() + " starts a builder");
        }
        if (m.getName().matches("with[A-Z].*")
            && !(m.getName().equals("withSeed") && c.getPackageName().endsWith(".testkit"))) {
          problems.add(c.getName() + "." + m.getName() + " is static");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * Rule 1: a value built with {@code builder(...)} copies back into one with {@code toBuilder()},
   * or {@code toBuilder(...)} taking the new identity {@code builder(...)} takes (a policy's
   * version); not the builders that collect a result or a data set.
   */
  @Test
  void everyBuiltValueHasToBuilder() {
    Set<String> collectors =
        Set.of(
            "io.github.crmkit.core.Explanation",
            "io.github.crmkit.rewards.LoyaltyEventLog",
            "io.github.crmkit.segmentation.clv.Covariates",
            "io.github.crmkit.core.CustomerSnapshot");
    List<String> missing = new ArrayList<>();
    for (Class<?> c : ExportedApi.publicTypes()) {
      Method builder =
          java.util.Arrays.stream(c.getDeclaredMethods())
              .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getName().equals("builder"))
              .findFirst()
              .orElse(null);
      if (builder == null || collectors.contains(c.getName())) {
        continue;
      }
      boolean copies =
          java.util.Arrays.stream(c.getMethods())
              .anyMatch(
                  m ->
                      !Modifier.isStatic(m.getModifiers())
                          && m.getName().equals("toBuilder")
                          && (m.getParameterCount() == 0
                              || java.util.Arrays.equals(
                                  m.getParameterTypes(), builder.getParameterTypes())));
      if (!copies) {
        missing.add(c.getName());
      }
    }
    assertThat(missing).as("built values without a matching toBuilder").isEmpty();
  }

  /** Rule 1: "default" is spelled defaults(); rule 7: a named type reads back by its code. */
  @Test
  void oneSpellingOfDefaultAndCodesThatReadBack() {
    List<String> problems = new ArrayList<>();
    for (Class<?> c : ExportedApi.publicTypes()) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && Modifier.isStatic(m.getModifiers())
            && List.of("standard", "textbook", "equalWeights", "ofDefaults", "DEFAULT")
                .contains(m.getName())
            && m.getParameterCount() == 0) {
          problems.add(c.getName() + "." + m.getName() + "()");
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isPublic(f.getModifiers()) && f.getName().equals("DEFAULT")) {
          problems.add(c.getName() + ".DEFAULT");
        }
      }
      if (c.isEnum() && CodedType.class.isAssignableFrom(c)) {
        try {
          Method fromCode = c.getMethod("fromCode", String.class);
          for (Object constant : c.getEnumConstants()) {
            if (fromCode.invoke(null, ((CodedType) constant).code()) != constant) {
              problems.add(c.getName() + ".fromCode does not read back " + constant);
            }
            if (!((CodedType) constant).code().matches("[a-z]+(-[a-z]+)*")) {
              problems.add(c.getName() + " code '" + ((CodedType) constant).code() + "'");
            }
          }
        } catch (NoSuchMethodException e) {
          problems.add(c.getName() + " has no fromCode(String)");
        } catch (ReflectiveOperationException e) {
          problems.add(c.getName() + ".fromCode: " + e);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(List<String> leaks, Class<?> c, String member, Type t) {
    String name = t.getTypeName();
    if (name.contains("com.google.common.") || name.contains("org.immutables.")) {
      leaks.add(c.getName() + "." + member + ": " + name);
    }
  }

  private static boolean nullable(AnnotatedType t) {
    for (Annotation a : t.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
