package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.io.CsvHeader;
import io.github.crmkit.io.CsvRecords;
import io.github.crmkit.io.CsvTable;
import io.github.crmkit.io.SourceFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the command line's readers: random documents written every legal way (quoted or
 * not, LF, CRLF or CR, with or without a BOM) read back equal to what was written, and random
 * mutations of them end in a result or a {@link DataException}, never another exception and never a
 * row unaccounted for.
 */
class ReaderFuzzTest {
  @TempDir Path dir;

  private static final String ALPHABET = "abcXYZ 09,\"\n\r\t;é김-=+.";

  static String field(SplittableRandom rng) {
    int n = rng.nextInt(8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /**
   * Whether a field can be written unquoted and read back the same (unquoted fields are trimmed).
   */
  static boolean plain(String s) {
    return !s.isEmpty()
        && s.strip().equals(s)
        && s.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
        && s.chars().noneMatch(c -> c == '\t');
  }

  static String document(SplittableRandom rng, List<List<String>> rows, int columns) {
    String[] eols = {"\n", "\r\n", "\r"};
    String eol = eols[rng.nextInt(3)];
    StringBuilder sb = new StringBuilder(rng.nextBoolean() ? "\uFEFF" : "");
    List<String> header = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      header.add("col" + c);
    }
    sb.append(String.join(",", header)).append(eol);
    for (List<String> r : rows) {
      List<String> cells = new ArrayList<>();
      for (String f : r) {
        cells.add(plain(f) && rng.nextBoolean() ? f : quote(f));
      }
      sb.append(String.join(",", cells)).append(eol);
    }
    return sb.toString();
  }

  @Test
  void csvReadsBackWhatWasWrittenAndSurvivesMutation() throws IOException {
    SplittableRandom rng = new SplittableRandom(14);
    for (int doc = 0; doc < 400; doc++) {
      int columns = 1 + rng.nextInt(4);
      List<List<String>> rows = new ArrayList<>();
      int n = rng.nextInt(30);
      for (int i = 0; i < n; i++) {
        List<String> r = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          r.add(field(rng));
        }
        // A record of one empty field is an empty line, which the reader skips.
        if (columns == 1 && r.get(0).isEmpty()) {
          r.set(0, "x");
        }
        rows.add(r);
      }
      String text = document(rng, rows, columns);
      CsvTable table =
          CsvTable.read(
              new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
              "doc" + doc,
              CsvRecords.Options.defaults(),
              ReaderFuzzTest::allText);
      List<List<String>> read = new ArrayList<>();
      for (int i = 0; i < table.rows(); i++) {
        List<String> r = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          r.add(table.texts("col" + c).get(i));
        }
        read.add(r);
      }
      assertThat(read).as("document %s:%n%s", doc, text).isEqualTo(rows);

      // Mutations: flip, drop or insert bytes; the reader answers or refuses with a location.
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (int m = 0; m < 5; m++) {
        byte[] mutated = mutate(rng, bytes);
        try {
          CsvTable t =
              CsvTable.read(
                  new ByteArrayInputStream(mutated),
                  "mut",
                  CsvRecords.Options.defaults(),
                  ReaderFuzzTest::allText);
          assertThat(t.header().names()).isNotEmpty();
        } catch (SourceFormatException e) {
          assertThat(e.getMessage()).startsWith("mut");
        }
      }
    }
  }

  /** Every column of the header as text. */
  static CsvTable.Schema allText(CsvHeader header) {
    CsvTable.Schema.Builder b = CsvTable.Schema.builder();
    header.names().forEach(b::texts);
    return b.build();
  }

  static byte[] mutate(SplittableRandom rng, byte[] in) {
    if (in.length == 0) {
      return new byte[] {(byte) rng.nextInt(256)};
    }
    int at = rng.nextInt(in.length);
    byte[] pool = {'"', ',', '\n', '\r', (byte) 0xC3, (byte) 0xFF, 'a', '-', '.', '0'};
    byte b = rng.nextBoolean() ? pool[rng.nextInt(pool.length)] : (byte) rng.nextInt(256);
    switch (rng.nextInt(3)) {
      case 0 -> {
        byte[] out = in.clone();
        out[at] = b;
        return out;
      }
      case 1 -> {
        byte[] out = new byte[in.length - 1];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + 1, out, at, in.length - at - 1);
        return out;
      }
      default -> {
        byte[] out = new byte[in.length + 1];
        System.arraycopy(in, 0, out, 0, at);
        out[at] = b;
        System.arraycopy(in, at, out, at + 1, in.length - at);
        return out;
      }
    }
  }

  static Inputs inputs() {
    return CliFixtures.inputs("Europe/Berlin");
  }

  @Test
  void purchaseFilesAccountForEveryRowAndMatchAReferenceReader() throws IOException {
    SplittableRandom rng = new SplittableRandom(1414);
    for (int doc = 0; doc < 150; doc++) {
      String[] eols = {"\n", "\r\n", "\r"};
      String eol = eols[rng.nextInt(3)];
      StringBuilder sb = new StringBuilder("customer_id,timestamp,amount").append(eol);
      int n = 1 + rng.nextInt(200);
      Map<String, Long> expectedRejected = new HashMap<>();
      List<String> ids = new ArrayList<>();
      List<Long> minors = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = "c" + rng.nextInt(40) + (rng.nextInt(5) == 0 ? ",x\"y" : "");
        String amount;
        int kind = rng.nextInt(10);
        if (kind == 0) {
          amount = "-" + rng.nextInt(100) + ".5";
          expectedRejected.merge(PurchaseFile.NEGATIVE_AMOUNT, 1L, Long::sum);
        } else if (kind == 1) {
          amount = rng.nextInt(100) + "." + (100 + rng.nextInt(900)) + (1 + rng.nextInt(9));
          expectedRejected.merge(PurchaseFile.FINER_THAN_MINOR_UNIT, 1L, Long::sum);
        } else if (kind == 2) {
          amount = "9".repeat(18 + rng.nextInt(10)) + ".00";
          expectedRejected.merge(PurchaseFile.AMOUNT_OVERFLOW, 1L, Long::sum);
        } else {
          amount = rng.nextInt(100_000) + (rng.nextBoolean() ? "." + rng.nextInt(10) : "");
          ids.add(id);
          minors.add(new BigDecimal(amount).movePointRight(2).longValueExact());
        }
        String date = "2025-0" + (1 + rng.nextInt(9)) + "-1" + rng.nextInt(10);
        sb.append(id.contains(",") ? quote(id) : id)
            .append(',')
            .append(rng.nextBoolean() ? date : quote(date))
            .append(',')
            .append(rng.nextInt(4) == 0 ? quote(amount) : amount)
            .append(eol);
      }
      Path file = dir.resolve("p" + doc + ".csv");
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
      PurchaseFile f = PurchaseFile.read(file, inputs(), "order_id", false);
      assertThat(f.rows).isEqualTo(n);
      assertThat(f.rejectedByReason()).isEqualTo(expectedRejected);
      assertThat(f.rows - f.rejected).isEqualTo(f.columns.size());
      for (int i = 0; i < f.columns.size(); i++) {
        assertThat(f.columns.customer(f.columns.customerIndex(i)).value()).isEqualTo(ids.get(i));
        assertThat(f.columns.amountMinor(i)).isEqualTo(minors.get(i));
      }
      // Mutations end in a result that accounts for every row, or a data error.
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      for (int m = 0; m < 4; m++) {
        Path mutated = dir.resolve("m" + doc + "-" + m + ".csv");
        Files.write(mutated, mutate(rng, bytes));
        try {
          PurchaseFile g = PurchaseFile.read(mutated, inputs(), "order_id", false);
          long byReason = g.rejectedByReason().values().stream().mapToLong(Long::longValue).sum();
          assertThat(byReason).isEqualTo(g.rejected);
          assertThat(g.rows - g.rejected).isEqualTo(g.columns.size());
        } catch (DataException e) {
          assertThat(e.getMessage()).contains(mutated.toString());
        }
      }
    }
  }
}
