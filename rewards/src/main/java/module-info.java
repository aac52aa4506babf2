/**
 * crmkit rewards: loyalty programmes run as pure functions over an event log.
 *
 * <p>Exports {@code io.github.crmkit.rewards}: the programme (earning, pending period, expiry,
 * redemption order, negative balances, tiers), the events, and the points ledger with its lots,
 * postings, statement and accounting.
 */
module io.github.crmkit.rewards {
  requires transitive io.github.crmkit.core;
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.crmkit.rewards;
}
