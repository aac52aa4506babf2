package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.Rejection;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.TimeScale;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level summary reader against the strict reader it speeds up: on every file it reads, it
 * gives the same data (ids, numbers bit for bit, rejections); every file the strict reader refuses,
 * it declines.
 */
class SummaryFileTest {
  @TempDir Path dir;

  private int files;

  private Path write(byte[] bytes) throws IOException {
    Path p = dir.resolve("summary-" + files++ + ".csv");
    Files.write(p, bytes);
    return p;
  }

  /** Whether the fast path read the file (in the given parts) to exactly the strict result. */
  private static boolean readsLikeTheStrictReader(Path file, String delimiter, int parts) {
    ClvData fast = Inputs.readSummaryFast(file, delimiter, "customer_id", TimeScale.WEEK, parts);
    ClvData strict;
    try {
      strict = Inputs.readSummaryStrictly(file, delimiter, "customer_id", TimeScale.WEEK);
    } catch (DataException e) {
      assertThat(fast).as("a file the strict reader refuses (%s)", e.getMessage()).isNull();
      return false;
    }
    if (fast == null) {
      return false;
    }
    assertThat(fast.size()).isEqualTo(strict.size());
    assertThat(fast.hasSpend()).isEqualTo(strict.hasSpend());
    assertThat(fast.received()).isEqualTo(strict.received());
    for (int i = 0; i < strict.size(); i++) {
      assertThat(fast.customer(i)).isEqualTo(strict.customer(i));
      assertThat(fast.x(i)).isEqualTo(strict.x(i));
      assertThat(Double.doubleToRawLongBits(fast.tx(i)))
          .isEqualTo(Double.doubleToRawLongBits(strict.tx(i)));
      assertThat(Double.doubleToRawLongBits(fast.age(i)))
          .isEqualTo(Double.doubleToRawLongBits(strict.age(i)));
      if (strict.hasSpend()) {
        assertThat(Double.doubleToRawLongBits(fast.meanSpend(i)))
            .isEqualTo(Double.doubleToRawLongBits(strict.meanSpend(i)));
      }
    }
    assertThat(fast.rejectedRecords()).hasSameSizeAs(strict.rejectedRecords());
    for (int i = 0; i < strict.rejectedRecords().size(); i++) {
      Rejection<?> a = fast.rejectedRecords().get(i);
      Rejection<?> b = strict.rejectedRecords().get(i);
      assertThat(a.position()).isEqualTo(b.position());
      assertThat(a.reason()).isEqualTo(b.reason());
    }
    return true;
  }

  @Test
  void randomFilesReadAlikeOrAreDeclined() throws IOException {
    SplittableRandom rng = new SplittableRandom(4180);
    int read = 0;
    int declined = 0;
    for (int k = 0; k < 400; k++) {
      String delimiter = k % 7 == 0 ? ";" : k % 11 == 0 ? "\t" : ",";
      byte[] file = randomFile(rng, delimiter, k % 3 == 0 ? 0 : 0.02);
      int parts = 1 + rng.nextInt(4);
      if (readsLikeTheStrictReader(write(file), delimiter, parts)) {
        read++;
      } else {
        declined++;
      }
    }
    // Both branches ran: the fast path read most clean files, and declined the odd ones.
    assertThat(read).isGreaterThan(100);
    assertThat(declined).isGreaterThan(50);
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
        assertThat(readsLikeTheStrictReader(f, ",", parts)).as("%s parts", parts).isTrue();
      }
    }
  }

  @Test
  void quotedFieldsOnTheirLineAreReadByTheFastPath() throws IOException {
    // As pandas writes with quoting=QUOTE_NONNUMERIC or QUOTE_ALL: quoted header and ids.
    StringBuilder b = new StringBuilder("\"customer_id\",\"x\",\"t_x\",\"T\"\r\n");
    for (int i = 0; i < 500; i++) {
      b.append(i == 7 ? "\"c,\"\"7\"\"\"" : "\"c," + i + "\"")
          .append(",\"1\", 2.5 ,  \"10.0\" \r\n");
    }
    Path f = write(b.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(Inputs.readSummaryFast(f, ",", "customer_id", TimeScale.WEEK, 3)).isNotNull();
    assertThat(readsLikeTheStrictReader(f, ",", 3)).isTrue();
    ClvData d = Inputs.readSummary(f, ",", "customer_id", TimeScale.WEEK);
    assertThat(d.customer(7).value()).isEqualTo("c,\"7\"");
    assertThat(d.age(499)).isEqualTo(10.0);
    // Text after a closing quote is the strict reader's to report.
    Path bad = write("customer_id,x,t_x,T\n\"c1\"x,1,2,3\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Inputs.readSummaryFast(bad, ",", "customer_id", TimeScale.WEEK, 1)).isNull();
  }

  @Test
  void aQuotedFieldWithALineBreakIsLeftToTheStrictReaderWhereverTheCutFalls() throws IOException {
    StringBuilder b = new StringBuilder("customer_id,x,t_x,T,note\n");
    for (int i = 0; i < 200; i++) {
      b.append("c")
          .append(i)
          .append(",1,2.5,10,")
          .append(i == 100 ? "\"a,\nb\"" : "n")
          .append('\n');
    }
    Path f = write(b.toString().getBytes(StandardCharsets.UTF_8));
    for (int parts = 1; parts <= 8; parts++) {
      assertThat(Inputs.readSummaryFast(f, ",", "customer_id", TimeScale.WEEK, parts)).isNull();
    }
    ClvData d = Inputs.readSummary(f, ",", "customer_id", TimeScale.WEEK);
    assertThat(d.size()).isEqualTo(200);
    assertThat(d.customer(199).value()).isEqualTo("c199");
  }

  @Test
  void whatTheStrictReaderRefusesIsStillRefusedWithItsLine() throws IOException {
    Path f =
        write("customer_id,x,t_x,T\nc1,1,2,10\nc2,NaN,2,10\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Inputs.readSummary(f, ",", "customer_id", TimeScale.WEEK))
        .isInstanceOf(DataException.class)
        .hasMessageContaining(":3");
  }

  /** A summary file, mostly clean, with each oddity a reader must get right now and then. */
  private static byte[] randomFile(SplittableRandom rng, String delimiter, double oddity) {
    String d = delimiter;
    boolean lifetimes = rng.nextBoolean();
    boolean ids = rng.nextInt(4) != 0;
    boolean spend = rng.nextBoolean();
    String eol = new String[] {"\n", "\r\n", "\r"}[rng.nextInt(3)];
    List<String> header = new ArrayList<>();
    if (ids) {
      header.add(rng.nextBoolean() ? "customer_id" : " CUSTOMER_ID ");
    }
    header.add(lifetimes ? "frequency" : "x");
    header.add(lifetimes ? "recency" : "t_x");
    header.add("T");
    if (spend) {
      header.add(lifetimes ? "monetary_value" : "zbar");
    }
    if (rng.nextInt(5) == 0) {
      header.add("note");
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
              ? new String[] {"-1", "+2", "007", "1.5", "", "99999999999"}[rng.nextInt(6)]
              : Integer.toString(x));
      f.add(number(rng, tx, oddity));
      f.add(number(rng, age, oddity));
      if (spend) {
        f.add(number(rng, x == 0 ? 0 : 5 + 50 * rng.nextDouble(), oddity));
      }
      if (header.contains("note")) {
        f.add(odd(rng, oddity) ? "\"a, b\"" : "n");
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
            "NaN", "1e", "0x1p3", "1d", " 2.5 ", "-0.0", ".5", "5.", "1E2", "Infinity", "١٢"
          }
          [rng.nextInt(11)];
    }
    return switch (rng.nextInt(4)) {
      case 0 -> Double.toString(v);
      case 1 -> String.format(Locale.ROOT, "%.3f", v);
      case 2 -> String.format(Locale.ROOT, "%.6e", v);
      default -> Long.toString(Math.round(v)) + ".0";
    };
  }
}
