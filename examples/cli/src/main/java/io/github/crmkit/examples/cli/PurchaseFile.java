package io.github.crmkit.examples.cli;

import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.io.CsvPurchases;
import io.github.crmkit.io.PurchaseRead;
import io.github.crmkit.io.SourceFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The purchases the commands read, from a CSV file (crmkit-io's {@link CsvPurchases}) or a database
 * query (its {@code JdbcPurchases}), with the account of the rows; the library's format errors
 * become the command line's {@link DataException} (file:line: problem, exit code 3).
 */
final class PurchaseFile {
  /** Rejection reason: the amount is negative. */
  static final String NEGATIVE_AMOUNT = "negative-amount";

  /** Rejection reason: the amount has more decimals than the currency's minor unit. */
  static final String FINER_THAN_MINOR_UNIT = "finer-than-minor-unit";

  /** Rejection reason: the amount does not fit in 64 bits of minor units. */
  static final String AMOUNT_OVERFLOW = "amount-overflow";

  /** The longest line read, in bytes. */
  static final int MAX_LINE = io.github.crmkit.io.CsvPurchases.MAX_LINE;

  final PurchaseColumns columns;
  final long rejected;
  final long rows;
  final long maxEpochSecond;

  /** Rejected rows by reason, reasons without rows left out, summing to {@link #rejected}. */
  private final Map<String, Long> rejectedByReason;

  private PurchaseFile(PurchaseRead read) {
    this.columns = read.columns();
    this.rows = read.received();
    this.rejected = read.rejected();
    Map<String, Long> byCode = new java.util.LinkedHashMap<>();
    read.rejections().forEach((reason, n) -> byCode.put(reason.code(), n));
    this.rejectedByReason = java.util.Collections.unmodifiableMap(byCode);
    long max = Long.MIN_VALUE;
    for (int i = 0; i < columns.size(); i++) {
      max = Math.max(max, columns.epochSecond(i));
    }
    this.maxEpochSecond = max;
  }

  /** Rejected rows by reason, reasons without rows left out. */
  Map<String, Long> rejectedByReason() {
    return rejectedByReason;
  }

  /** The purchases a reader of crmkit-io gave, with its account. */
  static PurchaseFile of(PurchaseRead read) {
    return new PurchaseFile(read);
  }

  static PurchaseFile read(Path file, Inputs o, String orderColumn, boolean withOrders) {
    return read(file, o, orderColumn, withOrders, new AtomicLong(), 0);
  }

  /**
   * Reads the file in {@code parts} parts whatever its size and the number of cores, so that tests
   * can cut any file between parts.
   */
  static PurchaseFile readInParts(Path file, Inputs o, int parts) {
    return read(file, o, "order_id", false, new AtomicLong(), parts);
  }

  /** Reads the file, adding the bytes read to {@code progress} as it goes. */
  static PurchaseFile read(
      Path file, Inputs o, String orderColumn, boolean withOrders, AtomicLong progress) {
    return read(file, o, orderColumn, withOrders, progress, 0);
  }

  private static PurchaseFile read(
      Path file, Inputs o, String orderColumn, boolean withOrders, AtomicLong progress, int parts) {
    String name = file.toString();
    if (!Files.isReadable(file)) {
      throw new DataException(name, 0, "cannot read the file");
    }
    CsvPurchases.Options options = o.csvOptions().parts(parts).progress(progress::addAndGet);
    if (withOrders) {
      options = options.orderColumn(orderColumn);
    }
    try {
      return new PurchaseFile(CsvPurchases.read(file, options));
    } catch (SourceFormatException e) {
      throw new DataException(e.source(), e.row(), e.problem());
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }
}
