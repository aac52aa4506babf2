package io.github.crmkit.examples.spark;

import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.GammaGamma;
import io.github.crmkit.segmentation.clv.ModelFit;
import io.github.crmkit.segmentation.rfm.RfmBoundaries;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * What a run did: rows received, used and rejected (by reason), customers scored, the fitted
 * boundaries and models, and the customers and revenue of each segment. {@link #toJson()} prints
 * it.
 *
 * @param asOf the day of the analysis
 * @param received input rows read
 * @param processed rows used as purchases
 * @param rejectedByReason rows not used, by reason code; processed + rejected = received
 * @param customers customers scored
 * @param boundaries the RFM boundaries fitted from the merged partition distributions
 * @param purchases the BG/NBD fit
 * @param purchasesPenalty the L2 penalty of that fit: 0, or 0.01 when plain maximum likelihood did
 *     not identify the parameters (a small base)
 * @param spend the Gamma-Gamma fit
 * @param spendPenalty the L2 penalty of the Gamma-Gamma fit, chosen the same way
 * @param segments per segment, {customers, revenue in minor units}
 * @param partitions the partitions customers were grouped into
 * @param output where the scored customers and the rejected rows were written
 * @param seconds wall-clock seconds by stage, in order: {@code asOf} (the extra scan when no as-of
 *     day was given), {@code readAndSummarise} (read, shuffle by customer, per-partition summaries
 *     and the merged RFM distribution), {@code boundaries}, {@code clvFit}, {@code segmentTotals},
 *     {@code scoreAndWriteCustomers} (lifetime values included), {@code writeRejected}
 */
record JobReport(
    LocalDate asOf,
    long received,
    long processed,
    Map<String, Long> rejectedByReason,
    long customers,
    RfmBoundaries boundaries,
    ModelFit<BgNbd> purchases,
    double purchasesPenalty,
    ModelFit<GammaGamma> spend,
    double spendPenalty,
    Map<String, long[]> segments,
    int partitions,
    String output,
    Map<String, Double> seconds) {

  long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  String toJson() {
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  \"asOf\": \"").append(asOf).append("\",\n");
    sb.append("  \"received\": ").append(received).append(",\n");
    sb.append("  \"processed\": ").append(processed).append(",\n");
    sb.append("  \"rejected\": ").append(rejected()).append(",\n");
    sb.append("  \"rejectedByReason\": {");
    String sep = "";
    for (Map.Entry<String, Long> e : rejectedByReason.entrySet()) {
      sb.append(sep).append('"').append(e.getKey()).append("\": ").append(e.getValue());
      sep = ", ";
    }
    sb.append("},\n  \"customers\": ").append(customers).append(",\n");
    sb.append("  \"boundaries\": {\"r\": ")
        .append(boundaries.recency().cuts())
        .append(", \"f\": ")
        .append(boundaries.frequency().cuts())
        .append(", \"m\": ")
        .append(boundaries.monetary().cuts())
        .append("},\n");
    sb.append("  \"bgnbd\": {\"customers\": ")
        .append(purchases.customers())
        .append(", \"parameters\": ")
        .append(numbers(purchases.model().parameters()))
        .append(", \"logLikelihood\": ")
        .append(number(purchases.logLikelihood()))
        .append(", \"penalty\": ")
        .append(purchasesPenalty)
        .append("},\n");
    sb.append("  \"gammaGamma\": {\"customers\": ")
        .append(spend.customers())
        .append(", \"parameters\": ")
        .append(numbers(spend.model().parameters()))
        .append(", \"penalty\": ")
        .append(spendPenalty)
        .append("},\n");
    sb.append("  \"segments\": [");
    sep = "\n    ";
    for (Map.Entry<String, long[]> e : segments.entrySet()) {
      sb.append(sep)
          .append("{\"name\": \"")
          .append(e.getKey())
          .append("\", \"customers\": ")
          .append(e.getValue()[0])
          .append(", \"revenueMinor\": ")
          .append(e.getValue()[1])
          .append('}');
      sep = ",\n    ";
    }
    sb.append("\n  ],\n  \"partitions\": ").append(partitions);
    sb.append(",\n  \"seconds\": ").append(numbers(seconds));
    sb.append(",\n  \"output\": \"").append(output.replace("\\", "\\\\")).append("\"\n}");
    return sb.toString();
  }

  private static String numbers(Map<String, Double> values) {
    StringBuilder sb = new StringBuilder("{");
    String sep = "";
    for (Map.Entry<String, Double> e : values.entrySet()) {
      sb.append(sep).append('"').append(e.getKey()).append("\": ").append(number(e.getValue()));
      sep = ", ";
    }
    return sb.append('}').toString();
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
