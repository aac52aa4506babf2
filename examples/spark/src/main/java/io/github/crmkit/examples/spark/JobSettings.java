package io.github.crmkit.examples.spark;

import io.github.crmkit.io.StrictDates;
import io.github.crmkit.segmentation.rfm.SegmentMap;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the job reads and how it scores; shipped to every executor, so it holds only serializable
 * values (names and codes, not the objects they name).
 *
 * @param idColumn the customer id column
 * @param dateColumn the purchase time column: ISO date or date-time text, or a date or timestamp
 *     column in Parquet
 * @param amountColumn the amount column: decimal text or a numeric column
 * @param datePattern a java.time pattern for text dates, or null for ISO
 * @param zone the zone whose local days recency and the lifetime-value model count
 * @param currency the ISO 4217 code of the amounts
 * @param asOf the day of the analysis, or null for the day after the last purchase
 * @param bins scores per RFM dimension, 2 to 10
 * @param segments the segment map preset: r-rfm, rf10 or putler11
 * @param horizonWeeks the lifetime-value horizon in weeks
 * @param annualDiscountRate the yearly discount rate of lifetime values
 * @param clvSample the most customers the BG/NBD and Gamma-Gamma models are fitted on
 * @param seed the seed of that sample
 */
record JobSettings(
    String idColumn,
    String dateColumn,
    String amountColumn,
    @Nullable String datePattern,
    String zone,
    String currency,
    @Nullable LocalDate asOf,
    int bins,
    String segments,
    double horizonWeeks,
    double annualDiscountRate,
    int clvSample,
    long seed)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The defaults: columns customer_id, timestamp, amount; UTC; USD; 5 bins; r-rfm; 52 weeks. */
  static JobSettings defaults() {
    return new JobSettings(
        "customer_id",
        "timestamp",
        "amount",
        null,
        "UTC",
        "USD",
        null,
        5,
        "r-rfm",
        52,
        0.10,
        1_000_000,
        42);
  }

  JobSettings {
    Objects.requireNonNull(idColumn, "idColumn must not be null");
    Objects.requireNonNull(dateColumn, "dateColumn must not be null");
    Objects.requireNonNull(amountColumn, "amountColumn must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(currency, "currency must not be null");
    Objects.requireNonNull(segments, "segments must not be null");
    var unusedZone = ZoneId.of(zone); // throws DateTimeException naming a bad zone
    try {
      var unusedCurrency = Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code, but was " + currency, e);
    }
    if (datePattern != null) {
      var unused = StrictDates.formatter(datePattern); // checks the pattern
    }
    if (bins < 2 || bins > 10) {
      throw new IllegalArgumentException("bins must be between 2 and 10, but was " + bins);
    }
    var unusedMap = segmentMap(segments);
    if (!(horizonWeeks > 0) || !Double.isFinite(horizonWeeks)) {
      throw new IllegalArgumentException(
          "horizonWeeks must be finite and positive, but was " + horizonWeeks);
    }
    if (!(annualDiscountRate >= 0) || !Double.isFinite(annualDiscountRate)) {
      throw new IllegalArgumentException(
          "annualDiscountRate must be finite and not negative, but was " + annualDiscountRate);
    }
    if (clvSample < 1) {
      throw new IllegalArgumentException("clvSample must be positive, but was " + clvSample);
    }
  }

  JobSettings withAsOf(LocalDate day) {
    return new JobSettings(
        idColumn,
        dateColumn,
        amountColumn,
        datePattern,
        zone,
        currency,
        day,
        bins,
        segments,
        horizonWeeks,
        annualDiscountRate,
        clvSample,
        seed);
  }

  ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  Currency currencyOf() {
    return Currency.getInstance(currency);
  }

  /** The segment map of a preset name. */
  static SegmentMap segmentMap(String name) {
    return switch (name) {
      case "r-rfm" -> SegmentMaps.rRfmDefaults();
      case "rf10" -> SegmentMaps.rf10();
      case "putler11" -> SegmentMaps.putler11();
      default ->
          throw new IllegalArgumentException(
              "segments must be r-rfm, rf10 or putler11, but was " + name);
    };
  }
}
