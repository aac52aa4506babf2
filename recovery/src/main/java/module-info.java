/**
 * crmkit recovery: what went wrong and what to do about it. Starts with the principles of service
 * recovery; critical incidents, recovery policies and SLA targets follow in their own releases.
 */
module io.github.crmkit.recovery {
  requires transitive io.github.crmkit.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.crmkit.recovery;
  exports io.github.crmkit.recovery.complaint;
  exports io.github.crmkit.recovery.incident;
  exports io.github.crmkit.recovery.policy;
  exports io.github.crmkit.recovery.reliability;
  exports io.github.crmkit.recovery.sla;
}
