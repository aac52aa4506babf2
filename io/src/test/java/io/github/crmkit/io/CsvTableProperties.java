package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel byte-level path of {@link CsvTable} against the general strict reader it speeds up:
 * on every file it reads, in any number of parts, it gives the same table (ids, numbers bit for
 * bit, text, lines); every file the strict reader refuses, it declines. Files are summaries written
 * every legal way (quoted or not, LF, CRLF or CR, BOM, empty lines, padding) with, in most, an
 * oddity now and then that one of the readers must refuse or read right.
 */
class CsvTableProperties {
  @TempDir Path dir;

  private int files;

  private static final Function<CsvHeader, CsvTable.Schema> SUMMARY = CsvTableProperties::summary;

  /** The summary schema for a header: ids, spend and a note where the header has them. */
  static CsvTable.Schema summary(CsvHeader h) {
    CsvTable.Schema.Builder b =
        CsvTable.Schema.builder().integers("x").decimals("t_x").decimals("T");
    if (h.indexOf("customer_id") >= 0) {
      b.customerIds("customer_id");
    }
    if (h.indexOf("zbar") >= 0) {
      b.decimals("zbar");
    }
    if (h.indexOf("note") >= 0) {
      b.texts("note");
    }
    return b.build();
  }

  private Path write(byte[] bytes) {
    try {
      Path p = dir.resolve("table-" + files++ + ".csv");
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the fast path read the file (in the given parts) to exactly the strict result. */
  static boolean readsLikeTheStrictReader(Path file, CsvRecords.Options options, int parts)
      throws IOException {
    CsvTable fast;
    try {
      fast = TableRead.fast(file, options, SUMMARY, parts);
    } catch (SourceFormatException e) {
      // Only a header the schema cannot use is reported by the fast path, as the strict one does.
      assertThat(e.row()).isEqualTo(1);
      assertThatThrownBy(() -> TableRead.strict(file, options, SUMMARY))
          .isInstanceOf(SourceFormatException.class)
          .hasMessage(e.getMessage());
      return false;
    }
    CsvTable strict;
    try {
      strict = TableRead.strict(file, options, SUMMARY);
    } catch (SourceFormatException e) {
      assertThat(fast).as("a file the strict reader refuses (%s)", e.getMessage()).isNull();
      return false;
    }
    if (fast == null) {
      return false;
    }
    assertThat(fast.header()).isEqualTo(strict.header());
    assertThat(fast.rows()).isEqualTo(strict.rows());
    for (int i = 0; i < strict.rows(); i++) {
      assertThat(fast.line(i)).as("line of row %s", i).isEqualTo(strict.line(i));
    }
    for (var e : strict.schema().columns().entrySet()) {
      String c = e.getKey();
      switch (e.getValue()) {
        case CUSTOMER_ID -> assertThat(fast.customerIds(c)).isEqualTo(strict.customerIds(c));
        case INTEGER -> assertThat(fast.integers(c)).isEqualTo(strict.integers(c));
        case TEXT -> assertThat(fast.texts(c)).isEqualTo(strict.texts(c));
        case DECIMAL -> {
          double[] a = fast.decimals(c);
          double[] b = strict.decimals(c);
          assertThat(a).hasSameSizeAs(b);
          for (int i = 0; i < a.length; i++) {
            assertThat(Double.doubleToRawLongBits(a[i]))
                .as("%s of row %s", c, i)
                .isEqualTo(Double.doubleToRawLongBits(b[i]));
          }
        }
      }
    }
    return true;
  }

  @Test
  void theFastPathReadsAsTheStrictReaderOrDeclines() {
    int[] outcome = new int[2];
    qt().withExamples(1000)
        .forAll(longs().all(), integers().between(1, 4))
        .checkAssert(
            (seed, parts) -> {
              SplittableRandom rng = new SplittableRandom(seed);
              char d = new char[] {',', ';', '\t', '|'}[rng.nextInt(4)];
              byte[] file = randomFile(rng, d, rng.nextInt(3) == 0 ? 0 : 0.03);
              try {
                boolean read =
                    readsLikeTheStrictReader(
                        write(file), CsvRecords.Options.defaults().delimiter(d), parts);
                outcome[read ? 0 : 1]++;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    // Both branches ran: the fast path read most clean files, and declined the odd ones.
    assertThat(outcome[0]).isGreaterThan(100);
    assertThat(outcome[1]).isGreaterThan(50);
  }

  @Test
  void cleanFilesOfEveryLineEndingAreReadInAnyNumberOfParts() throws IOException {
    SplittableRandom rng = new SplittableRandom(7);
    for (String eol : new String[] {"\n", "\r\n", "\r"}) {
      StringBuilder b = new StringBuilder("\uFEFFCustomer_ID , x,t_x,T,zbar").append(eol);
      for (int i = 0; i < 3000; i++) {
        int x = rng.nextInt(5);
        double age = 10 + rng.nextInt(500) / 7.0;
        double tx = x == 0 ? 0 : age * rng.nextDouble();
        b.append(i % 2 == 0 ? "c" + i : "고객" + i)
            .append(',')
            .append(x)
            .append(", ")
            .append(tx)
            .append(',')
            .append(age)
            .append(',')
            .append(
                x == 0 ? "0.00" : String.format(Locale.ROOT, "%.2f", 10 + 90 * rng.nextDouble()))
            .append(eol);
        if (i % 500 == 0) {
          b.append(eol); // an empty line
        }
      }
      Path f = write(b.toString().getBytes(StandardCharsets.UTF_8));
      for (int parts = 1; parts <= 5; parts++) {
        assertThat(readsLikeTheStrictReader(f, CsvRecords.Options.defaults(), parts))
            .as("%s parts, line ending %s", parts, eol.replace("\r", "CR").replace("\n", "LF"))
            .isTrue();
      }
    }
  }

  /** A summary file, mostly clean, with each oddity a reader must get right now and then. */
  static byte[] randomFile(SplittableRandom rng, char delimiter, double oddity) {
    String d = String.valueOf(delimiter);
    boolean ids = rng.nextInt(4) != 0;
    boolean spend = rng.nextBoolean();
    boolean note = rng.nextInt(4) == 0;
    String eol = new String[] {"\n", "\r\n", "\r"}[rng.nextInt(3)];
    List<String> header = new ArrayList<>();
    if (ids) {
      header.add(rng.nextBoolean() ? "customer_id" : " CUSTOMER_ID ");
    }
    header.add("x");
    header.add(rng.nextBoolean() ? "t_x" : "\"t_x\"");
    header.add("T");
    if (spend) {
      header.add("zbar");
    }
    if (note) {
      header.add("note");
    }
    if (rng.nextDouble() < oddity * 3) {
      header.add("extra"); // a column the schema does not read: an error
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (rng.nextInt(6) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(String.join(d, header).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(eol.getBytes(StandardCharsets.UTF_8));
    int rows = rng.nextInt(0, 60);
    for (int i = 0; i < rows; i++) {
      List<String> f = new ArrayList<>();
      int x = rng.nextInt(6);
      double age = rng.nextInt(1, 400) / 7.0;
      double tx = x == 0 ? 0 : age * rng.nextDouble();
      if (ids) {
        f.add(odd(rng, oddity) ? oddId(rng) : rng.nextInt(3) == 0 ? "고객" + i : "c" + i);
      }
      f.add(
          odd(rng, oddity)
              ? new String[] {"-1", "+2", "007", "1.5", "", "99999999999", "١٢", "2147483648"}
                  [rng.nextInt(8)]
              : Integer.toString(x));
      f.add(number(rng, tx, oddity));
      f.add(number(rng, age, oddity));
      if (spend) {
        f.add(number(rng, x == 0 ? 0 : 5 + 50 * rng.nextDouble(), oddity));
      }
      if (note) {
        f.add(
            odd(rng, oddity)
                ? new String[] {"\"a" + d + " b\"", "\"a\nb\"", "", "\"\"", "é"}[rng.nextInt(5)]
                : "n" + i);
      }
      if (odd(rng, oddity)) {
        f.remove(f.size() - 1); // too few fields
      }
      out.writeBytes(String.join(d, f).getBytes(StandardCharsets.UTF_8));
      if (odd(rng, oddity)) {
        out.writeBytes(new byte[] {(byte) 0xC3}); // invalid UTF-8
      }
      out.writeBytes(eol.getBytes(StandardCharsets.UTF_8));
      if (odd(rng, oddity)) {
        out.writeBytes((rng.nextBoolean() ? "" : "  ").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(eol.getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private static boolean odd(SplittableRandom rng, double oddity) {
    return rng.nextDouble() < oddity;
  }

  private static String oddId(SplittableRandom rng) {
    return new String[] {"", " c1", "\"c1\"", "c\u00071", "c1", "x\"y", "\u3000c"}[rng.nextInt(7)];
  }

  private static String number(SplittableRandom rng, double v, double oddity) {
    if (odd(rng, oddity)) {
      return new String[] {
            "NaN",
            "1e",
            "0x1p3",
            "1d",
            " 2.5 ",
            "-0.0",
            ".5",
            "5.",
            "1E2",
            "Infinity",
            "١٢",
            "1e400",
            ""
          }
          [rng.nextInt(13)];
    }
    return switch (rng.nextInt(4)) {
      case 0 -> Double.toString(v);
      case 1 -> String.format(Locale.ROOT, "%.3f", v);
      case 2 -> String.format(Locale.ROOT, "%.6e", v);
      default -> Long.toString(Math.round(v)) + ".0";
    };
  }
}
