/**
 * crmkit segmentation: algorithms that place and score customers.
 *
 * <p>Exports {@code io.github.crmkit.segmentation.rfm} (recency, frequency and monetary
 * segmentation) and {@code io.github.crmkit.segmentation.survey} (NPS, CSAT, satisfaction index,
 * SERVQUAL, zone of tolerance, importance-performance) and {@code
 * io.github.crmkit.segmentation.loyalty} (loyalty types, composite score, retention economics).
 */
module io.github.crmkit.segmentation {
  requires transitive io.github.crmkit.core;
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.crmkit.segmentation.clv;
  exports io.github.crmkit.segmentation.customer;
  exports io.github.crmkit.segmentation.loyalty;
  exports io.github.crmkit.segmentation.rfm;
  exports io.github.crmkit.segmentation.rules;
  exports io.github.crmkit.segmentation.survey;
}
