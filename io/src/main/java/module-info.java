/**
 * crmkit io: reading purchases from where they live into {@link
 * io.github.crmkit.core.PurchaseColumns}, every row accounted for (received = processed + rejected
 * by reason).
 *
 * <p>Exports {@code io.github.crmkit.io}: the CSV and JDBC readers, their options, the result of a
 * read, and writers of per-customer results (CSV, JSON Lines). {@code io.github.crmkit.io.internal}
 * is not exported: it is shared with crmkit's command line only.
 */
module io.github.crmkit.io {
  requires transitive io.github.crmkit.core;
  requires transitive java.sql;
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.crmkit.io;
}
