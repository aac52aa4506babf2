/**
 * crmkit testkit: seeded generators of realistic customer bases and of domain values for property
 * tests, written against {@link java.util.random.RandomGenerator} so any property-testing library
 * can wrap them.
 */
module io.github.crmkit.testkit {
  requires transitive io.github.crmkit.core;
  requires transitive io.github.crmkit.rewards;
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.crmkit.testkit;
}
