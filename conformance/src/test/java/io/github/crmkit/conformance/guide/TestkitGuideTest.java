package io.github.crmkit.conformance.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.segmentation.customer.CustomerProfile;
import io.github.crmkit.segmentation.customer.CustomerProfiler;
import io.github.crmkit.testkit.DomainGenerators;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The code of docs/test-your-rules-with-testkit.md, run. */
class TestkitGuideTest {
  // tag::generator[]
  static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");

  /** Any customer snapshot: testkit draws it from a seeded random generator. */
  static Gen<CustomerSnapshot> snapshots() {
    return longs()
        .all()
        .map(
            seed ->
                DomainGenerators.snapshot(
                    new SplittableRandom(seed),
                    AS_OF,
                    List.of("delivery_share", "discount_share"),
                    List.of("support_contacts"),
                    List.of("books", "games")));
  }

  // end::generator[]

  // tag::property[]
  @Test
  void aProfileAlwaysHasARungAndAStatus() {
    CustomerProfiler profiler = CustomerProfiler.defaults(); // or your own rules
    qt().withExamples(500)
        .forAll(snapshots())
        .checkAssert(
            customer -> {
              CustomerProfile p = profiler.profile(customer);
              assertThat(p.rung()).isNotNull();
              assertThat(p.lifecycle().status()).isNotNull();
            });
  }
  // end::property[]
}
