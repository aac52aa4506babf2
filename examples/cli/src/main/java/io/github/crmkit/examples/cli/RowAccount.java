package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.Rejection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What became of every input row: {@code received = processed + afterCalibration + rejected}, the
 * rejected rows broken down by reason. Rows after the calibration end are their own category, not
 * errors. Printed on stderr and in the JSON output of every command that reads rows.
 */
final class RowAccount {
  /** The reason code of library rejections that are rows after the calibration period. */
  static final String AFTER_END = "after-end";

  final long received;
  private long afterCalibration;
  private final Map<String, Long> rejected = new LinkedHashMap<>();

  RowAccount(long received) {
    this.received = received;
  }

  /** The account of a purchase file's rows: the reader's rejections, then the library's. */
  static RowAccount of(PurchaseFile file, List<? extends Rejection<?>> library) {
    RowAccount a = new RowAccount(file.rows);
    a.rejectAll(file.rejectedByReason());
    a.rejectAll(library);
    return a;
  }

  /** Prints {@link #summary()} on stderr when anything was set aside; never silent. */
  void report(java.io.PrintWriter err) {
    String s = summary();
    if (s != null) {
      err.println(s);
    }
  }

  void reject(String reason, long rows) {
    if (rows > 0) {
      rejected.merge(reason, rows, Long::sum);
    }
  }

  void rejectAll(Map<String, Long> byReason) {
    byReason.forEach(this::reject);
  }

  /** Adds a library's rejections, rows after the calibration end counted on their own. */
  void rejectAll(List<? extends Rejection<?>> list) {
    for (Rejection<?> r : list) {
      if (r.reason() == io.github.crmkit.core.RejectionReason.AFTER_END) {
        afterCalibration++;
      } else {
        reject(r.reason().code(), 1);
      }
    }
  }

  long rejected() {
    long t = 0;
    for (long v : rejected.values()) {
      t += v;
    }
    return t;
  }

  long afterCalibration() {
    return afterCalibration;
  }

  long processed() {
    return received - afterCalibration - rejected();
  }

  /** One line for stderr, or null when nothing was set aside. */
  String summary() {
    if (rejected.isEmpty() && afterCalibration == 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder("crmkit: ");
    sb.append(rejected()).append(" of ").append(received).append(" rows rejected");
    if (!rejected.isEmpty()) {
      sb.append(" (");
      String sep = "";
      for (Map.Entry<String, Long> e : rejected.entrySet()) {
        sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
        sep = ", ";
      }
      sb.append(')');
    }
    if (afterCalibration > 0) {
      sb.append("; ").append(afterCalibration).append(" after the calibration end, not used");
    }
    return sb.toString();
  }

  /** The account as the {@code "rows"} member of a JSON report. */
  void put(ObjectNode parent) {
    ObjectNode o = parent.putObject("rows");
    o.put("received", received);
    o.put("processed", processed());
    o.put("afterCalibration", afterCalibration);
    o.put("rejected", rejected());
    ObjectNode by = o.putObject("rejectedByReason");
    rejected.forEach(by::put);
  }
}
