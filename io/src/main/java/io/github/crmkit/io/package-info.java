/**
 * Readers of purchases into {@link io.github.crmkit.core.PurchaseColumns}: {@link
 * io.github.crmkit.io.CsvPurchases} reads strict RFC 4180 CSV files (in parts, on every core) and
 * streams byte by byte, {@link io.github.crmkit.io.JdbcPurchases} streams any JDBC result set of
 * (customer id, instant, amount) with a fetch size, without an object per row kept; every read
 * returns a {@link io.github.crmkit.io.PurchaseRead} that accounts for every row. {@link
 * io.github.crmkit.io.CsvWriter} and {@link io.github.crmkit.io.JsonLinesWriter} write per-customer
 * results.
 *
 * <p>Nothing here reads the clock, the default zone or the default locale: the zone of timestamps
 * without one and the currency are explicit.
 */
@NullMarked
package io.github.crmkit.io;

import org.jspecify.annotations.NullMarked;
