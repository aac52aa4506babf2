/**
 * crmkit io: reading purchases from where they live into {@link
 * io.github.crmkit.core.PurchaseColumns}, every row accounted for (received = processed + rejected
 * by reason).
 *
 * <p>Exports {@code io.github.crmkit.io}: the JDBC reader, its options and the result of a read.
 */
module io.github.crmkit.io {
  requires transitive io.github.crmkit.core;
  requires transitive java.sql;
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.crmkit.io;
}
