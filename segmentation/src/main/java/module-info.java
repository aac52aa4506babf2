/**
 * crmkit segmentation: algorithms that place and score customers.
 *
 * <p>Exports {@code rfm} (recency, frequency and monetary segmentation), {@code customer} (Stone
 * types, lifecycle status, the loyalty ladder, cross- and up-selling, demarketing), {@code loyalty}
 * (loyalty types, composite score, retention economics), {@code survey} (NPS, CSAT, satisfaction
 * index, SERVQUAL, zone of tolerance, importance-performance), {@code rules} (rule sets and points
 * plans as data) and {@code clv} (lifetime-value models, their fitting and evaluation), all under
 * {@code io.github.crmkit.segmentation}.
 */
module io.github.crmkit.segmentation {
  requires transitive io.github.crmkit.core;
  requires com.google.common;
  requires org.slf4j;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.crmkit.segmentation.clv;
  exports io.github.crmkit.segmentation.customer;
  exports io.github.crmkit.segmentation.experience;
  exports io.github.crmkit.segmentation.loyalty;
  exports io.github.crmkit.segmentation.rfm;
  exports io.github.crmkit.segmentation.rules;
  exports io.github.crmkit.segmentation.survey;

  // The display-name bundles (names*.properties) and explanation templates
  // (explanations*.properties) are read by core on behalf of this module.
  opens io.github.crmkit.segmentation.clv to
      io.github.crmkit.core;
  opens io.github.crmkit.segmentation.customer to
      io.github.crmkit.core;
  opens io.github.crmkit.segmentation.experience to
      io.github.crmkit.core;
  opens io.github.crmkit.segmentation.loyalty to
      io.github.crmkit.core;
  opens io.github.crmkit.segmentation.rfm to
      io.github.crmkit.core;
  opens io.github.crmkit.segmentation.rules to
      io.github.crmkit.core;
  opens io.github.crmkit.segmentation.survey to
      io.github.crmkit.core;
}
