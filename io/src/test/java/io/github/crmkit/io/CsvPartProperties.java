package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crmkit.io.internal.ByteFields;
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
 * a short id against the byte-by-byte one, the reuse of the previous row's day against java.time
 * for every row, and the speculative split of a line against the general split.
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

  /** Bytes a date-time's byte may become: digits, its separators, and their neighbours. */
  private static final String DATE_NOISE = "0123456789:-TZ/;@ a";

  @Test
  void aDateTimeReadFastIsTheOneJavaTimeReads() {
    qt().withExamples(20_000)
        .forAll(
            integers().between(0, 2 * 365 * 86_400),
            integers().between(-1, 19),
            integers().between(0, DATE_NOISE.length() - 1),
            integers().between(0, 2))
        .checkAssert(
            (second, change, noise, form) -> {
              String text =
                  java.time.LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(second).toString();
              text = text.length() == 16 ? text + ":00" : text;
              text = form == 1 ? text + "Z" : form == 2 ? text.substring(0, 16) : text;
              byte[] b = java.util.Arrays.copyOf(text.getBytes(StandardCharsets.US_ASCII), 40);
              if (change >= 0 && change < text.length()) {
                b[change] = (byte) DATE_NOISE.charAt(noise);
              }
              String shown = new String(b, 0, text.length(), StandardCharsets.US_ASCII);
              ZoneId zone = ZoneId.of("Asia/Seoul");
              long fast =
                  CsvPart.fastEpoch(b, 0, text.length(), zone, true, false, new CsvPart.DayCache());
              Long reference;
              try {
                reference = StrictDates.parse(shown, null, zone).getEpochSecond();
              } catch (java.time.DateTimeException e) {
                reference = null;
              }
              if (fast != Long.MIN_VALUE) {
                assertThat(reference).as(shown).isEqualTo(fast);
              } else if (change < 0) {
                assertThat(form).as("a plain %s left to the slow path", shown).isEqualTo(-1);
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

  /** Fields a purchase line is made of, before one of its bytes may be changed. */
  private static final String[] FIELDS = {
    "c0001",
    "customer-long-id-42",
    "2024-03-01T10:15:00",
    "2024-03-01T10:15:00Z",
    "2024-03-01T10:15",
    "2024-03-01",
    "20240301",
    "2024-02-30",
    "123.45",
    "7",
    "",
    " c1 ",
    "\"q,1\""
  };

  /** Bytes a line's byte may become: delimiters, quotes, padding, date separators, digits. */
  private static final String NOISE = ",;|\t\" -:TZ0a.";

  @Test
  void aLineSplitSpeculativelyIsSplitAsTheGeneralRulesSplitIt() {
    String delimiters = ",;|\t";
    qt().withExamples(30_000)
        .forAll(
            lists().of(integers().between(0, FIELDS.length - 1)).ofSizeBetween(1, 5),
            integers().between(0, 5),
            integers().between(-1, 40),
            integers().between(0, NOISE.length() * delimiters.length() - 1))
        .checkAssert(
            (picks, layout, change, noiseAndDelimiter) -> {
              int noise = noiseAndDelimiter % NOISE.length();
              byte delim = (byte) delimiters.charAt(noiseAndDelimiter / NOISE.length());
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < picks.size(); i++) {
                text.append(i == 0 ? "" : (char) delim).append(FIELDS[picks.get(i)]);
              }
              byte[] line = text.toString().getBytes(StandardCharsets.US_ASCII);
              if (change >= 0 && change < line.length) {
                line[change] = (byte) NOISE.charAt(noise);
              }
              // The columns in each of the six orders; the date's width guessed from the fields.
              int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
              CsvPart.Settings set = new CsvPart.Settings();
              set.delim = delim;
              set.idCol = orders[layout][0];
              set.dateCol = orders[layout][1];
              set.amountCol = orders[layout][2];
              set.maxCol = 2;
              set.compact = picks.contains(6);
              for (int width : new int[] {8, 10, 16, 19, 20}) {
                byte[] b = java.util.Arrays.copyOf(line, line.length + 16);
                int[] start = new int[4];
                int[] end = new int[4];
                boolean quick = CsvPart.quickFields(b, 0, line.length, set, start, end, width);
                if (layout == 0) {
                  // The loop-free split of the usual layout splits as the loop does.
                  int[] ps = new int[4];
                  int[] pe = new int[4];
                  boolean plain = CsvPart.plainFields(b, 0, line.length, delim, ps, pe, width);
                  assertThat(plain).as("'%s' (width %s)", text, width).isEqualTo(quick);
                  if (quick) {
                    assertThat(ps).containsExactly(start);
                    assertThat(pe).containsExactly(end);
                  }
                }
                if (!quick) {
                  continue;
                }
                long epoch =
                    CsvPart.fastEpoch(
                        b,
                        start[set.dateCol],
                        end[set.dateCol],
                        ZoneId.of("UTC"),
                        true,
                        set.compact,
                        new CsvPart.DayCache());
                if (epoch == Long.MIN_VALUE) {
                  continue; // not proven: the reader splits the line again by the rules
                }
                byte[] g = java.util.Arrays.copyOf(line, line.length + 16);
                int[] gs = new int[4];
                int[] ge = new int[4];
                int found = ByteFields.split(g, 0, line.length, delim, false, gs, ge, 2);
                String shown = new String(line, StandardCharsets.US_ASCII);
                assertThat(found).as("fields of '%s' (width %s)", shown, width).isEqualTo(3);
                assertThat(java.util.Arrays.copyOf(start, 3))
                    .as("starts of '%s' (width %s)", shown, width)
                    .containsExactly(java.util.Arrays.copyOf(gs, 3));
                assertThat(java.util.Arrays.copyOf(end, 3))
                    .as("ends of '%s' (width %s)", shown, width)
                    .containsExactly(java.util.Arrays.copyOf(ge, 3));
              }
            });
  }
}
