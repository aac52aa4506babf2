package io.github.crmkit.examples.spark;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.io.StrictDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * Turns one input row into a {@link Purchase}, or says why it cannot: text columns as the CSV gives
 * them, or Parquet's typed date, timestamp and numeric columns. The job selects the three columns
 * it reads, so a row is always customer id, time, amount, in that order. Not thread-safe (one per
 * task).
 */
final class PurchaseReader {
  /** Reason code: the customer id is missing or not a valid id. */
  static final String BAD_CUSTOMER = "bad-customer";

  /** Reason code: the time is missing or not a date or date-time. */
  static final String BAD_TIMESTAMP = "bad-timestamp";

  /** Reason code: the amount is missing, not a number, or finer than the currency's minor unit. */
  static final String BAD_AMOUNT = "bad-amount";

  private final ZoneId zone;
  private final Currency currency;
  private final @Nullable DateTimeFormatter pattern;
  private @Nullable String reason;
  private String detail = "";

  PurchaseReader(JobSettings settings) {
    this.zone = settings.zoneId();
    this.currency = settings.currencyOf();
    String p = settings.datePattern();
    // Strict, as crmkit's CSV reader: 2026-02-30 is an error, not the 28th.
    this.pattern = p == null ? null : StrictDates.formatter(p);
  }

  /** The purchase of a row, or null; then {@link #reason()} and {@link #detail()} say why. */
  @Nullable Purchase read(Row row) {
    reason = null;
    Object idValue = row.get(0);
    if (idValue == null) {
      return reject(BAD_CUSTOMER, "customer id missing");
    }
    CustomerId customer;
    try {
      customer = CustomerId.of(String.valueOf(idValue));
    } catch (IllegalArgumentException e) {
      return reject(BAD_CUSTOMER, "customer id " + quoted(idValue) + ": " + e.getMessage());
    }
    Instant at = instant(row.get(1));
    if (at == null) {
      return null;
    }
    Money money = money(row.get(2));
    if (money == null) {
      return null;
    }
    if (money.isNegative()) {
      // A refund or a correction is not a purchase: counted under the aggregator's own reason.
      return reject(RejectionReason.NEGATIVE_AMOUNT.code(), "amount " + money + " is negative");
    }
    return Purchase.of(customer, at, money, Channel.WEB);
  }

  /** The instant of the last row read, or null with a reason. */
  @Nullable Instant instant(@Nullable Object value) {
    try {
      if (value instanceof String text) {
        return parse(text.strip());
      }
      if (value instanceof java.sql.Timestamp t) {
        return t.toInstant();
      }
      if (value instanceof Instant i) {
        return i;
      }
      if (value instanceof java.sql.Date d) {
        return d.toLocalDate().atStartOfDay(zone).toInstant();
      }
      if (value instanceof LocalDate d) {
        return d.atStartOfDay(zone).toInstant();
      }
      if (value instanceof LocalDateTime t) {
        return t.atZone(zone).toInstant();
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    reject(
        BAD_TIMESTAMP,
        "time "
            + quoted(value)
            + " is not "
            + (pattern == null ? "an ISO date or date-time" : "in the given date pattern"));
    return null;
  }

  private Instant parse(String text) {
    DateTimeFormatter f = pattern;
    if (f != null) {
      return StrictDates.parse(text, f, zone);
    }
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    }
    if (text.endsWith("Z") || endsWithOffset(text)) {
      return OffsetDateTime.parse(text).toInstant();
    }
    return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
  }

  /**
   * Whether a date-time ends in an offset, +HH:MM or +HHMM (or with -), after its time of day:
   * checked by hand, as a regular expression per row cost more than the rest of the parse.
   */
  static boolean endsWithOffset(String text) {
    int n = text.length();
    int sign = n >= 6 && text.charAt(n - 3) == ':' ? n - 6 : n - 5;
    if (sign <= 10) {
      return false;
    }
    char c = text.charAt(sign);
    if (c != '+' && c != '-') {
      return false;
    }
    for (int i = sign + 1; i < n; i++) {
      char d = text.charAt(i);
      if ((d < '0' || d > '9') && !(d == ':' && i == n - 3)) {
        return false;
      }
    }
    return true;
  }

  private @Nullable Money money(@Nullable Object value) {
    try {
      BigDecimal decimal;
      if (value instanceof String text) {
        decimal = new BigDecimal(text.strip());
      } else if (value instanceof BigDecimal d) {
        decimal = d;
      } else if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        if (!Double.isFinite(d)) {
          reject(BAD_AMOUNT, "amount " + d + " is not finite");
          return null;
        }
        // The shortest decimal that reads back as the double: 12.5 stays 12.50, not 12.4999...
        decimal = new BigDecimal(Double.toString(d));
      } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
        decimal = BigDecimal.valueOf(((Number) value).longValue());
      } else {
        reject(BAD_AMOUNT, "amount " + quoted(value) + " is not a number");
        return null;
      }
      return Money.of(decimal, currency);
    } catch (NumberFormatException e) {
      reject(BAD_AMOUNT, "amount " + quoted(value) + " is not a number");
      return null;
    } catch (IllegalArgumentException e) {
      reject(BAD_AMOUNT, e.getMessage());
      return null;
    }
  }

  /** Records why the row is refused; returns null for the caller to return. */
  private @Nullable Purchase reject(String code, @Nullable String why) {
    reason = code;
    detail = why == null ? code : why;
    return null;
  }

  private static String quoted(@Nullable Object value) {
    return value == null ? "missing" : "'" + value + "'";
  }

  @Nullable String reason() {
    return reason;
  }

  String detail() {
    return detail;
  }
}
