/**
 * crmkit recovery: what went wrong and what to do about it.
 *
 * <p>Exports the principles of service recovery ({@code io.github.crmkit.recovery}), critical
 * incidents and their coding ({@code incident}), inter-coder reliability ({@code reliability}),
 * recovery policies ({@code policy}), SLA targets on business-hours calendars ({@code sla}) and
 * complaint cases with their outcomes ({@code complaint}).
 */
module io.github.crmkit.recovery {
  requires transitive io.github.crmkit.core;
  requires com.google.common;
  requires static transitive org.jspecify;

  exports io.github.crmkit.recovery;
  exports io.github.crmkit.recovery.complaint;
  exports io.github.crmkit.recovery.incident;
  exports io.github.crmkit.recovery.policy;
  exports io.github.crmkit.recovery.reliability;
  exports io.github.crmkit.recovery.sla;

  // The display-name bundles (names*.properties) and explanation templates
  // (explanations*.properties) are read by core on behalf of this module.
  opens io.github.crmkit.recovery to
      io.github.crmkit.core;
  opens io.github.crmkit.recovery.complaint to
      io.github.crmkit.core;
  opens io.github.crmkit.recovery.incident to
      io.github.crmkit.core;
  opens io.github.crmkit.recovery.policy to
      io.github.crmkit.core;
  opens io.github.crmkit.recovery.reliability to
      io.github.crmkit.core;
  opens io.github.crmkit.recovery.sla to
      io.github.crmkit.core;
}
