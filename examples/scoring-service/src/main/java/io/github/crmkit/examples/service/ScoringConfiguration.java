package io.github.crmkit.examples.service;

import io.github.crmkit.recovery.incident.Lexicon;
import io.github.crmkit.recovery.incident.LexiconCoder;
import io.github.crmkit.recovery.policy.PolicyJson;
import io.github.crmkit.recovery.policy.RecoveryPolicy;
import io.github.crmkit.recovery.sla.BusinessCalendar;
import io.github.crmkit.recovery.sla.HolidaySource;
import io.github.crmkit.segmentation.customer.CustomerProfiler;
import io.github.crmkit.segmentation.loyalty.CompositeLoyalty;
import io.github.crmkit.segmentation.loyalty.JonesSasser;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * crmkit's engines as beans, built once at start-up from {@link CrmkitProperties} and shared by
 * every request (they are immutable and thread-safe).
 */
@Configuration(proxyBeanMethods = false)
public class ScoringConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(ScoringConfiguration.class);

  /** The name of the boundary set fitted at start-up on a generated base (a demonstration). */
  static final String DEFAULT_SET = "default";

  /**
   * The recovery policy, from its JSON file.
   *
   * @param p the configuration
   * @return the policy
   */
  @Bean
  RecoveryPolicy recoveryPolicy(CrmkitProperties p) {
    RecoveryPolicy policy = PolicyJson.read(text(p.policy()));
    LOG.info("recovery policy {} from {}", policy.version(), p.policy().getDescription());
    return policy;
  }

  /**
   * The business hours SLA due times are counted on.
   *
   * @param p the configuration
   * @return the calendar
   */
  @Bean
  BusinessCalendar businessCalendar(CrmkitProperties p) {
    CrmkitProperties.Calendar c = p.calendar();
    BusinessCalendar.Builder b = BusinessCalendar.builder(c.zone()).weekdays(c.opens(), c.closes());
    if (c.holidays() != null) {
      b.holidays(HolidaySource.fromICalendar(text(c.holidays())));
    }
    return b.build();
  }

  /**
   * The boundary sets: {@value #DEFAULT_SET}, fitted on a generated base of 50,000 customers, and
   * every configured file.
   *
   * @param p the configuration
   * @return the sets
   */
  @Bean
  Definitions.BoundarySets boundarySets(CrmkitProperties p) {
    Definitions.BoundarySets sets = new Definitions.BoundarySets(SegmentMaps.putler11());
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(42).customers(50_000);
    RfmAggregation base =
        RfmAggregator.of(gen.end(), ZoneOffset.UTC, Currency.getInstance("USD"))
            .aggregate(gen.columns());
    sets.add(DEFAULT_SET, "testkit-42", RfmBinning.quantiles(5).fit(base.columns()));
    for (Resource r : p.boundaries()) {
      Definitions.BoundaryFile f = Definitions.readBoundaries(r);
      if (!sets.add(
          f.name(),
          f.version(),
          Definitions.boundaries(f.recency(), f.frequency(), f.monetary()))) {
        throw new IllegalStateException(
            r.getDescription() + ": a boundary set named '" + f.name() + "' is loaded already");
      }
    }
    LOG.info("boundary sets {}", sets.versions());
    return sets;
  }

  /**
   * The fitted lifetime-value models of the configured files.
   *
   * @param p the configuration
   * @return the models
   */
  @Bean
  Definitions.Models models(CrmkitProperties p) {
    Map<String, Definitions.Model> models = new LinkedHashMap<>();
    for (Resource r : p.models()) {
      Definitions.Model m = Definitions.readModel(r);
      if (models.put(m.name(), m) != null) {
        throw new IllegalStateException(
            r.getDescription() + ": a model named '" + m.name() + "' is loaded already");
      }
    }
    Definitions.Models out = new Definitions.Models(models);
    LOG.info("models {}", out.versions());
    return out;
  }

  /**
   * The incident coder: the Bitner starter lexicon.
   *
   * @return the coder
   */
  @Bean
  LexiconCoder incidentCoder() {
    return LexiconCoder.of(Lexicon.bitnerStarter());
  }

  /**
   * Customer profiles: Stone type, lifecycle status and stage, ladder rung.
   *
   * @return the profiler
   */
  @Bean
  CustomerProfiler customerProfiler() {
    return CustomerProfiler.defaults();
  }

  /**
   * Jones and Sasser's satisfaction x loyalty quadrants on five-point scales.
   *
   * @return the classifier
   */
  @Bean
  JonesSasser loyaltyQuadrants() {
    return JonesSasser.topBoxFivePoint();
  }

  /**
   * The composite loyalty score, crmkit's default weights.
   *
   * @return the score
   */
  @Bean
  CompositeLoyalty compositeLoyalty() {
    return CompositeLoyalty.defaults();
  }

  private static String text(Resource r) {
    try {
      return r.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(r.getDescription() + ": " + e.getMessage(), e);
    }
  }
}
