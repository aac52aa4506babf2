package io.github.crmkit.examples.cli;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.io.internal.ByteFields;
import io.github.crmkit.io.internal.ByteLines;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.TimeScale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of summary files (x,t_x,T per customer): the bytes of large files are cut at line
 * breaks and parsed in parallel straight into columns, numbers by {@link FastDecimal} from the
 * bytes, one String per customer id and none per number.
 *
 * <p>It reads only what is plainly valid: a one-character delimiter, quoted fields only on their
 * own line, valid UTF-8, fields as many as the header's, numbers in the grammar {@link
 * Inputs#decimal} accepts and ids {@link CustomerId} accepts. Anything else, an error included,
 * makes it <em>decline</em> (return null) before anything is kept, and the caller reads the file
 * with the general strict reader ({@link Csv}), which reads every valid file to the same columns
 * and reports every invalid one with its line. So the fast path never decides what a file means; it
 * only makes the common case fast. (A quoted field with a line break is the one construct that
 * could make a cut at a line break wrong: its opening line has an unclosed quote, so a file with
 * one is always declined.)
 */
final class SummaryFile {
  private SummaryFile() {}

  /** Files smaller than this are parsed in one part. */
  private static final long PARALLEL_BYTES = 4 << 20;

  /** Longer lines are left to the general reader and its record limit. */
  private static final int MAX_FAST_LINE = Csv.MAX_RECORD / 2;

  /**
   * Reads the file into data, or returns null when it needs the general reader.
   *
   * @param header resolves the header's columns (throwing for missing ones) into {@code Columns}
   * @param forcedParts the number of parts to cut the file into, or 0 to choose by its size and the
   *     cores (tests cut small files)
   */
  static @Nullable ClvData read(
      Path file,
      String delimiter,
      TimeScale unit,
      Consumer<Map<String, Integer>> header,
      Columns columns,
      int forcedParts) {
    if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) >= 0x80) {
      return null;
    }
    byte delim = (byte) delimiter.charAt(0);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteLines r = ByteLines.of(ch, 0, size, null);
      if (!r.next()) {
        return null;
      }
      int from = r.lineStart();
      if (r.lineEnd() - from >= 3
          && r.chunk()[from] == (byte) 0xEF
          && r.chunk()[from + 1] == (byte) 0xBB
          && r.chunk()[from + 2] == (byte) 0xBF) {
        from += 3;
      }
      for (int i = from; i < r.lineEnd(); i++) {
        if (r.chunk()[i] < 0x20 && r.chunk()[i] != '\t') {
          return null; // control characters and non-ASCII names: the strict reader decides
        }
      }
      int[] hs = new int[r.lineEnd() - from + 1];
      int[] he = new int[hs.length];
      int fields = fields(r.chunk(), from, r.lineEnd(), delim, hs, he);
      if (fields <= 0) {
        return null;
      }
      Map<String, Integer> names = new HashMap<>();
      for (int f = 0; f < fields; f++) {
        String name =
            new String(r.chunk(), hs[f], he[f] - hs[f], StandardCharsets.ISO_8859_1)
                .strip()
                .toLowerCase(Locale.ROOT);
        if (name.isEmpty() || names.put(name, f) != null) {
          return null;
        }
      }
      header.accept(names);
      columns.fields = fields;
      long bodyStart = r.consumed();
      double bytesPerLine = ByteLines.bytesPerLine(ch, bodyStart, size);
      int parts =
          forcedParts > 0
              ? forcedParts
              : size - bodyStart < PARALLEL_BYTES
                  ? 1
                  : Math.min(4, Runtime.getRuntime().availableProcessors());
      long[] cut = ByteLines.cuts(ch, bodyStart, size, parts);
      Part[] p = new Part[parts];
      java.util.stream.IntStream.range(0, parts)
          .parallel()
          .forEach(
              k -> {
                long a = cut[k];
                long b = Math.max(a, cut[k + 1]);
                Part part = new Part((long) ((b - a) / bytesPerLine * 1.05) + 1024);
                try {
                  p[k] = part.run(ch, a, b, delim, columns) ? part : null;
                } catch (IOException e) {
                  throw new UncheckedIOException(file + ": " + e.getMessage(), e);
                }
              });
      return merge(p, unit, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private static @Nullable ClvData merge(@Nullable Part[] parts, TimeScale unit, Columns c) {
    int n = 0;
    for (Part p : parts) {
      if (p == null) {
        return null;
      }
      n += p.n;
    }
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] spend = c.spend < 0 ? null : new double[n];
    List<CustomerId> ids = new ArrayList<>(n);
    int at = 0;
    for (Part p : parts) {
      System.arraycopy(p.x, 0, x, at, p.n);
      System.arraycopy(p.tx, 0, tx, at, p.n);
      System.arraycopy(p.age, 0, age, at, p.n);
      if (spend != null) {
        System.arraycopy(p.spend, 0, spend, at, p.n);
      }
      if (c.id >= 0) {
        ids.addAll(p.ids);
      } else {
        for (int i = 0; i < p.n; i++) {
          ids.add(CustomerId.of(Integer.toString(at + i + 1)));
        }
      }
      at += p.n;
    }
    return ClvData.fromColumns(unit, ids, x, tx, age, spend);
  }

  /** Where the columns are, as the header said. */
  static final class Columns {
    int x;
    int tx;
    int age;
    int spend = -1;
    int id = -1;
    int fields;
  }

  /** One part of the file. */
  private static final class Part {
    int n;
    int[] x;
    double[] tx;
    double[] age;
    double[] spend;
    final List<CustomerId> ids;

    /**
     * The ids' hashes folded together: computing them is the point (each String keeps its own), the
     * fold only keeps the calls from being dropped.
     */
    @SuppressWarnings("UnusedVariable")
    private int hashes;

    Part(long rows) {
      int capacity = (int) Math.min(rows, 1 << 22);
      x = new int[capacity];
      tx = new double[capacity];
      age = new double[capacity];
      spend = new double[capacity];
      ids = new ArrayList<>(capacity);
    }

    /** Parses [from, to); false to decline. */
    boolean run(FileChannel ch, long from, long to, byte delim, Columns c) throws IOException {
      ByteLines r = ByteLines.of(ch, from, to, null);
      // One field more than wanted, so that a line with too many is told from one with enough.
      int[] start = new int[c.fields + 1];
      int[] end = new int[c.fields + 1];
      while (true) {
        try {
          if (!r.next()) {
            return true;
          }
        } catch (ByteLines.LineTooLong e) {
          return false;
        }
        byte[] b = r.chunk();
        int s = r.lineStart();
        int e = r.lineEnd();
        if (s == e) {
          continue; // an empty line
        }
        if (e - s > MAX_FAST_LINE || !split(b, s, e, delim, start, end, c.fields)) {
          return false;
        }
        if (n == x.length) {
          int m = n * 2;
          x = Arrays.copyOf(x, m);
          tx = Arrays.copyOf(tx, m);
          age = Arrays.copyOf(age, m);
          spend = Arrays.copyOf(spend, m);
        }
        int xi = integer(b, start[c.x], end[c.x]);
        if (xi == Integer.MIN_VALUE
            || !FastDecimal.isPlain(b, start[c.tx], end[c.tx])
            || !FastDecimal.isPlain(b, start[c.age], end[c.age])
            || (c.spend >= 0 && !FastDecimal.isPlain(b, start[c.spend], end[c.spend]))) {
          return false;
        }
        x[n] = xi;
        tx[n] = FastDecimal.parse(b, start[c.tx], end[c.tx]);
        age[n] = FastDecimal.parse(b, start[c.age], end[c.age]);
        spend[n] = c.spend < 0 ? 0 : FastDecimal.parse(b, start[c.spend], end[c.spend]);
        if (c.id >= 0) {
          int a = start[c.id];
          int z = end[c.id];
          if (a == z) {
            return false;
          }
          String text = new String(b, a, z - a, StandardCharsets.UTF_8);
          // Hashed here, in parallel and while the text is in cache: the String keeps its hash,
          // and the data's duplicate check then reads it instead of the text.
          hashes ^= text.hashCode();
          try {
            ids.add(CustomerId.of(text));
          } catch (IllegalArgumentException ex) {
            return false;
          }
        }
        n++;
      }
    }
  }

  /**
   * Splits the line into exactly {@code fields} fields; false if it has another number of fields,
   * or anything the fast path leaves to the strict reader (see {@link #fields}).
   */
  private static boolean split(
      byte[] b, int from, int to, byte delim, int[] start, int[] end, int fields) {
    return fields(b, from, to, delim, start, end) == fields;
  }

  /**
   * Splits the line {@code b[from, to)} into fields as the strict readers do ({@link
   * ByteFields#split}, in place). Returns the number of fields (at most {@code start.length}, where
   * it stops counting), or a negative number to decline: invalid UTF-8, a quote inside an unquoted
   * field, text after a closing quote, or a quote not closed on its line (a field with a line
   * break).
   */
  private static int fields(byte[] b, int from, int to, byte delim, int[] start, int[] end) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        // UTF-8 is checked on the raw line: quotes and delimiters are ASCII, so a valid line has
        // valid fields and an invalid one does not.
        if (ByteLines.invalidUtf8(b, from, to) >= 0) {
          return -1;
        }
        break;
      }
    }
    return ByteFields.split(b, from, to, delim, false, start, end, start.length - 1);
  }

  /**
   * A whole number as {@link Integer#parseInt} reads ASCII text, or {@link Integer#MIN_VALUE} to
   * decline (no digits, other characters, or more than nine digits).
   */
  private static int integer(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    if (i == to || to - i > 9) {
      return Integer.MIN_VALUE;
    }
    int v = 0;
    for (; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return Integer.MIN_VALUE;
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }
}
