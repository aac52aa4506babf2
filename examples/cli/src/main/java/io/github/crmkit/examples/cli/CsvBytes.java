package io.github.crmkit.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer for writing CSV without a String per field: ASCII text is copied byte by
 * byte, anything else encoded as UTF-8; numbers are written digit by digit.
 */
final class CsvBytes {
  private byte[] buf;
  private int len;

  CsvBytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  int length() {
    return len;
  }

  byte[] array() {
    return buf;
  }

  void clear() {
    len = 0;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  CsvBytes append(char c) {
    ensure(1);
    buf[len++] = (byte) c;
    return this;
  }

  CsvBytes append(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buf, len, utf8.length);
        len += utf8.length;
        return this;
      }
      buf[len + i] = (byte) c;
    }
    len += n;
    return this;
  }

  /** Appends a text cell, quoted and neutralised as {@link CsvText} says. */
  CsvBytes appendText(String s) {
    return append(CsvText.cell(s));
  }

  private final String[] repeated = new String[64];
  private final byte[][] repeatedBytes = new byte[64][];

  /**
   * Appends a cell whose text repeats across rows (a segment's name): its bytes are made once and
   * kept by the text's identity.
   */
  CsvBytes appendRepeated(String s) {
    byte[] b = bytesOf(s);
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
    return this;
  }

  /**
   * The cell bytes of a repeating text, from a small table by the text's identity, probing on from
   * its hash's slot (two segment names sharing a slot, such as Putler's "Lost" and "Can't Lose
   * Them", took turns there and were encoded again on almost every row).
   */
  @SuppressWarnings("ReferenceEquality") // the cache is by identity: the same String each row
  byte[] bytesOf(String s) {
    int mask = repeated.length - 1;
    int h = s.hashCode() & mask;
    for (int k = 0; k < repeated.length; k++) {
      int slot = (h + k) & mask;
      String held = repeated[slot];
      if (held == s) {
        return repeatedBytes[slot];
      }
      if (held == null) {
        return remember(slot, s);
      }
    }
    return remember(h, s);
  }

  private byte[] remember(int slot, String s) {
    byte[] b = CsvText.cell(s).getBytes(StandardCharsets.UTF_8);
    repeated[slot] = s;
    repeatedBytes[slot] = b;
    return b;
  }

  CsvBytes append(long v) {
    if (v == Long.MIN_VALUE) {
      return append(Long.toString(v));
    }
    ensure(20);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    digits(v, 1);
    return this;
  }

  /**
   * Writes the decimal digits of {@code v >= 0}, at least {@code min} of them (zeros in front).
   * Values that fit an int are divided by ten with a multiply and a shift (exact for every unsigned
   * 32-bit value): the client compiler, which runs short `crmkit rfm` runs, does not turn a
   * division by a constant into one, and a division costs twenty to forty cycles.
   */
  private void digits(long v, int min) {
    int start = len;
    int count = 0;
    if (v <= Integer.MAX_VALUE) {
      long x = v;
      do {
        long q = (x * 0xCCCCCCCDL) >>> 35;
        buf[len++] = (byte) ('0' + (x - q * 10));
        x = q;
        count++;
      } while (x != 0 || count < min);
    } else {
      long x = v;
      do {
        buf[len++] = (byte) ('0' + x % 10);
        x /= 10;
        count++;
      } while (x != 0 || count < min);
    }
    for (int i = start, j = len - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
  }

  CsvBytes appendFixed(double value, int digits) {
    long scale = 1;
    for (int i = 0; i < digits; i++) {
      scale *= 10;
    }
    double scaled = Math.rint(value * scale);
    if (!(Math.abs(scaled) < 9e15)) {
      return append(
          new java.math.BigDecimal(value)
              .setScale(digits, java.math.RoundingMode.HALF_EVEN)
              .toPlainString());
    }
    long v = (long) scaled;
    ensure(24);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    // The digits of the scaled value, at least one before the point, then the point moved in.
    digits(v, digits + 1);
    if (digits > 0) {
      System.arraycopy(buf, len - digits, buf, len - digits + 1, digits);
      buf[len - digits] = '.';
      len++;
    }
    return this;
  }

  @Override
  public String toString() {
    return new String(buf, 0, len, StandardCharsets.UTF_8);
  }
}
