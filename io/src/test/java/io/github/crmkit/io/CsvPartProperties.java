package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader's fast paths agree with the plain rules they shortcut: the eight-bytes-at-once test of
 * a short id against the byte-by-byte one, and the reuse of the previous row's day against
 * java.time for every row.
 */
class CsvPartProperties {
  /** Bytes that stress the id test: controls, space, DEL, high bytes and plain letters. */
  private static final int[] BYTES = {
    0x00, 0x01, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0xC3, 0xFF
  };

  @Test
  void aShortIdIsPlainAsciiExactlyWhenEveryByteIs() {
    qt().withExamples(5000)
        .forAll(lists().of(integers().between(0, BYTES.length - 1)).ofSizeBetween(1, 8))
        .checkAssert(
            picks -> {
              byte[] b = new byte[picks.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) BYTES[picks.get(i)];
              }
              boolean plain = b[0] != ' ' && b[b.length - 1] != ' ';
              for (byte x : b) {
                plain &= x >= 0x20 && x != 0x7F;
              }
              // Ids hold no zero byte when packed (a zero ends the comparison); a zero byte is
              // never plain either way.
              assertThat(IdRuns.plainAscii(IdRuns.pack(b, 0, b.length), b.length))
                  .as("%s", java.util.Arrays.toString(b))
                  .isEqualTo(plain);
            });
  }

  /** Bytes that stress the amount: digits, dots, signs and the bytes next to the digits. */
  private static final String AMOUNT_BYTES = "0123456789..-+/:e ,";

  @Test
  void anAmountReadFromOneWordIsTheAmountTheByteLoopReads() {
    qt().withExamples(20_000)
        .forAll(
            lists().of(integers().between(0, AMOUNT_BYTES.length() - 1)).ofSizeBetween(1, 8),
            integers().between(0, 7),
            integers().between(0, 255))
        .checkAssert(
            (picks, digits, junk) -> {
              byte[] b = new byte[16];
              java.util.Arrays.fill(b, (byte) (int) junk);
              for (int i = 0; i < picks.size(); i++) {
                b[i] = (byte) AMOUNT_BYTES.charAt(picks.get(i));
              }
              int len = picks.size();
              long word =
                  CsvPart.amountWord(
                      java.nio.ByteBuffer.wrap(b)
                          .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                          .getLong(0),
                      len,
                      digits);
              if (word >= 0) {
                // The reference: BigDecimal of the same text, in minor units.
                java.math.BigDecimal v =
                    new java.math.BigDecimal(new String(b, 0, len, StandardCharsets.US_ASCII));
                assertThat(word)
                    .as(
                        "%s with %s digits",
                        new String(b, 0, len, StandardCharsets.US_ASCII), digits)
                    .isEqualTo(v.movePointRight(digits).longValueExact());
              }
              // Taken or not, the reader's answer is the reference's (the word path is only a
              // shortcut): a copy at the end of an array makes the byte loop decide alone.
              byte[] tail = java.util.Arrays.copyOf(b, len);
              long loop = amountOrError(tail, len, digits);
              long fast = amountOrError(b, len, digits);
              assertThat(fast).isEqualTo(loop);
            });
  }

  private static long amountOrError(byte[] b, int len, int digits) {
    try {
      return CsvPart.amount(b, 0, len, digits, "amount", 1);
    } catch (CsvPart.CsvError e) {
      return Long.MIN_VALUE + 7;
    }
  }

  @Test
  void everyDateTimeIsTheInstantJavaTimeGives() {
    List<String> zones = List.of("UTC", "Europe/Berlin", "America/Sao_Paulo", "Asia/Seoul");
    qt().withExamples(200)
        .forAll(
            integers().between(0, zones.size() - 1),
            lists().of(integers().between(0, 6)).ofSizeBetween(1, 60),
            integers().between(0, 1_000_000))
        .checkAssert(
            (zoneIndex, steps, seed) -> {
              ZoneId zone = ZoneId.of(zones.get(zoneIndex));
              // Rows mostly on the day before (the same bytes up to the time), around the spring
              // and autumn changes of the zones, some in UTC with a Z, some without seconds.
              java.time.LocalDateTime t = java.time.LocalDateTime.of(2024, 3, 30, 22, 0);
              if (seed % 2 == 0) {
                t = java.time.LocalDateTime.of(2024, 10, 26, 23, 0);
              }
              List<String> stamps = new ArrayList<>();
              StringBuilder csv = new StringBuilder("customer_id,timestamp,amount\n");
              int k = seed;
              for (int step : steps) {
                t = t.plusMinutes(step * 17L + (k % 7));
                k = k * 31 + 7;
                String stamp =
                    step == 5
                        ? t.toString().substring(0, 16)
                        : t.withNano(0).toString().length() == 16
                            ? t.withNano(0) + ":00"
                            : t.withNano(0).toString();
                if (step == 6) {
                  stamp = stamp + "Z";
                }
                stamps.add(stamp);
                csv.append("c").append(k & 3).append(',').append(stamp).append(",1.00\n");
              }
              PurchaseRead read;
              try {
                read =
                    CsvPurchases.read(
                        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                        "dates.csv",
                        CsvPurchases.Options.of(Currency.getInstance("EUR"), zone));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(read.columns().size()).isEqualTo(stamps.size());
              for (int i = 0; i < stamps.size(); i++) {
                assertThat(read.columns().epochSecond(i))
                    .as("%s in %s", stamps.get(i), zone)
                    .isEqualTo(StrictDates.parse(stamps.get(i), null, zone).getEpochSecond());
              }
            });
  }

  @Test
  void anImpossibleDayAfterAValidOneIsStillRefused() {
    String csv =
        """
        customer_id,timestamp,amount
        a,2025-02-28T10:00:00,1.00
        a,2025-02-28T11:00:00Z,1.00
        a,2025-02-29T11:00:00Z,1.00
        """;
    assertThatThrownBy(
            () ->
                CsvPurchases.read(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    "feb.csv",
                    CsvPurchases.Options.of(Currency.getInstance("EUR"), ZoneId.of("UTC"))))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("feb.csv")
        .hasMessageContaining("2025-02-29T11:00:00Z");
  }
}
