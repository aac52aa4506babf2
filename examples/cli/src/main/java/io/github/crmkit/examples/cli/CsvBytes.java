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

  CsvBytes append(long v) {
    if (v == Long.MIN_VALUE) {
      return append(Long.toString(v));
    }
    ensure(20);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    int start = len;
    do {
      buf[len++] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v != 0);
    for (int i = start, j = len - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
    return this;
  }

  /** Appends a value rounded half-even to {@code digits} decimals, as BigDecimal would print it. */
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
    if (v < 0) {
      append('-');
      v = -v;
    }
    append(v / scale);
    if (digits > 0) {
      append('.');
      long frac = v % scale;
      for (long p = scale / 10; p > 1 && frac < p; p /= 10) {
        append('0');
      }
      append(frac);
    }
    return this;
  }

  @Override
  public String toString() {
    return new String(buf, 0, len, StandardCharsets.UTF_8);
  }
}
