package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** The checks the readers' options share: currency and zone, and the three column names. */
final class ReaderOptions {
  private ReaderOptions() {}

  /** Checks the currency (with a defined number of fraction digits) and the zone. */
  static void checkCurrencyAndZone(Currency currency, ZoneId zone) {
    checkNotNull(currency, "currency must not be null");
    checkNotNull(zone, "zone must not be null");
    checkArgument(
        currency.getDefaultFractionDigits() >= 0,
        "currency must have a defined number of fraction digits, but was %s",
        currency.getCurrencyCode());
  }

  /** The customer, time and amount columns, none null or blank. */
  static List<String> columns(String customer, String time, String amount) {
    checkNotNull(customer, "customer must not be null");
    checkNotNull(time, "time must not be null");
    checkNotNull(amount, "amount must not be null");
    for (String c : new String[] {customer, time, amount}) {
      checkArgument(!c.isBlank(), "column must not be blank, but was '%s'", c);
    }
    return List.of(customer, time, amount);
  }

  /** Checks a field delimiter: an ASCII character, not a quote, a line break or a space. */
  static void checkDelimiter(char delimiter) {
    checkArgument(
        delimiter != '"' && delimiter != '\n' && delimiter != '\r' && delimiter != ' ',
        "delimiter must not be a quote, a line break or a space, but was '%s'",
        delimiter);
    checkArgument(
        delimiter < 0x80, "delimiter must be an ASCII character, but was '%s'", delimiter);
  }
}
