package io.github.crmkit.io;

import java.math.BigInteger;

/**
 * Decimal text to double, correctly rounded: Clinger's fast path (Clinger 1990, "How to read
 * floating point numbers accurately", PLDI) for values that are an exact double times or over an
 * exact power of ten, else the Eisel-Lemire algorithm (Lemire 2021, "Number parsing at a gigabyte
 * per second", Software: Practice and Experience 51(8)) for up to 19 significant digits, {@link
 * Double#parseDouble} for everything it declines (more digits, subnormal or overflowing results,
 * the rare halfway cases). The 128-bit powers of ten are computed once with {@link BigInteger},
 * rounded down, as the algorithm requires.
 */
final class PlainDecimal {
  private PlainDecimal() {}

  private static final int MIN_EXP10 = -348;
  private static final int MAX_EXP10 = 347;

  /** hi and lo 64 bits of floor(10^e normalised to 128 bits), e from MIN_EXP10. */
  private static final long[] HI = new long[MAX_EXP10 - MIN_EXP10 + 1];

  private static final long[] LO = new long[MAX_EXP10 - MIN_EXP10 + 1];

  static {
    BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    for (int e = MIN_EXP10; e <= MAX_EXP10; e++) {
      BigInteger v;
      if (e >= 0) {
        BigInteger p = BigInteger.TEN.pow(e);
        int bits = p.bitLength();
        v = bits > 128 ? p.shiftRight(bits - 128) : p.shiftLeft(128 - bits);
      } else {
        BigInteger p = BigInteger.TEN.pow(-e);
        int k = 127 + p.bitLength();
        v = BigInteger.ONE.shiftLeft(k).divide(p);
        while (v.bitLength() > 128) {
          k--;
          v = BigInteger.ONE.shiftLeft(k).divide(p);
        }
        while (v.bitLength() < 128) {
          k++;
          v = BigInteger.ONE.shiftLeft(k).divide(p);
        }
      }
      HI[e - MIN_EXP10] = v.shiftRight(64).longValue();
      LO[e - MIN_EXP10] = v.and(mask).longValue();
    }
  }

  /** 10^0 to 10^22, every one an exact double. */
  private static final double[] EXACT_POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < EXACT_POW10.length; i++) {
      EXACT_POW10[i] = p;
      p *= 10;
    }
  }

  /** The unsigned high 64 bits of a 64 x 64-bit product. */
  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /**
   * Parses text already checked to be a plain decimal ({@code [+-]digits[.digits][e[+-]digits]}, so
   * ASCII).
   */
  static double parse(String t) {
    return parse(t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, t.length());
  }

  /**
   * Whether {@code b[from, to)} is a plain decimal: optional sign, digits with an optional
   * fraction, an optional exponent. {@link Double#parseDouble} alone would also take "NaN",
   * "Infinity", "0x1p3" and "1d", none of which is a number a summary file means.
   */
  static boolean isPlain(byte[] b, int from, int to) {
    int i = from;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      i++;
    }
    int digits = 0;
    while (i < to && b[i] >= '0' && b[i] <= '9') {
      i++;
      digits++;
    }
    if (i < to && b[i] == '.') {
      i++;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        i++;
        digits++;
      }
    }
    if (digits > 0 && i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        i++;
      }
      int exp = 0;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        i++;
        exp++;
      }
      if (exp == 0) {
        digits = 0;
      }
    }
    return digits > 0 && i == to;
  }

  /**
   * Parses the ASCII bytes {@code b[from, to)}, already checked to be a plain decimal; the same
   * double as {@link #parse(String)} of their text.
   */
  static double parse(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (b[i] == '-' || b[i] == '+') {
      negative = b[i] == '-';
      i++;
    }
    long man = 0;
    int digits = 0;
    int exp10 = 0;
    boolean seenNonZero = false;
    boolean afterPoint = false;
    for (; i < to; i++) {
      byte c = b[i];
      if (c == '.') {
        afterPoint = true;
        continue;
      }
      if (c == 'e' || c == 'E') {
        break;
      }
      int d = c - '0';
      if (d == 0 && !seenNonZero) {
        if (afterPoint) {
          exp10--;
        }
        continue;
      }
      seenNonZero = true;
      if (digits == 19) {
        return slow(b, from, to);
      }
      man = man * 10 + d;
      digits++;
      if (afterPoint) {
        exp10--;
      }
    }
    if (i < to) {
      i++;
      boolean expNegative = false;
      if (b[i] == '-' || b[i] == '+') {
        expNegative = b[i] == '-';
        i++;
      }
      int e = 0;
      for (; i < to; i++) {
        e = e * 10 + (b[i] - '0');
        if (e > 100_000) {
          return slow(b, from, to);
        }
      }
      exp10 += expNegative ? -e : e;
    }
    double v = compute(man, exp10, negative);
    return Double.isNaN(v) ? slow(b, from, to) : v;
  }

  private static double slow(byte[] b, int from, int to) {
    return Double.parseDouble(
        new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  /**
   * The double nearest man x 10^exp10 (man below 10^19, unsigned), or NaN where the fast algorithm
   * declines and the caller must parse the text exactly.
   */
  private static double compute(long man, int exp10, boolean negative) {
    if ((man >>> 53) == 0 && exp10 >= -22 && exp10 <= 22) {
      // Clinger's fast path: man and 10^|exp10| are exact doubles, so one IEEE multiplication or
      // division rounds their product or quotient correctly (76.0 is 760 / 10). Eisel-Lemire
      // would decline many such exact values as possible halfway cases.
      double v = exp10 < 0 ? man / EXACT_POW10[-exp10] : man * EXACT_POW10[exp10];
      return negative ? -v : v;
    }
    if (man == 0) {
      return negative ? -0.0 : 0.0;
    }
    if (exp10 < MIN_EXP10 || exp10 > MAX_EXP10) {
      return Double.NaN;
    }
    int clz = Long.numberOfLeadingZeros(man);
    man <<= clz;
    long retExp2 = ((217706L * exp10) >> 16) + 64 + 1023 - clz;
    int idx = exp10 - MIN_EXP10;
    long xHi = unsignedMultiplyHigh(man, HI[idx]);
    long xLo = man * HI[idx];
    if ((xHi & 0x1FF) == 0x1FF && Long.compareUnsigned(xLo + man, man) < 0) {
      long yHi = unsignedMultiplyHigh(man, LO[idx]);
      long yLo = man * LO[idx];
      long mergedHi = xHi;
      long mergedLo = xLo + yHi;
      if (Long.compareUnsigned(mergedLo, xLo) < 0) {
        mergedHi++;
      }
      if ((mergedHi & 0x1FF) == 0x1FF
          && mergedLo + 1 == 0
          && Long.compareUnsigned(yLo + man, man) < 0) {
        return Double.NaN;
      }
      xHi = mergedHi;
      xLo = mergedLo;
    }
    long msb = xHi >>> 63;
    long mantissa = xHi >>> (msb + 9);
    retExp2 -= 1 ^ msb;
    if (xLo == 0 && (xHi & 0x1FF) == 0 && (mantissa & 3) == 1) {
      return Double.NaN;
    }
    mantissa += mantissa & 1;
    mantissa >>>= 1;
    if ((mantissa >>> 53) > 0) {
      mantissa >>>= 1;
      retExp2 += 1;
    }
    if (retExp2 - 1 >= 0x7FF - 1 || retExp2 - 1 < 0) {
      return Double.NaN;
    }
    long bits = (retExp2 << 52) | (mantissa & 0x000FFFFFFFFFFFFFL);
    if (negative) {
      bits |= Long.MIN_VALUE;
    }
    return Double.longBitsToDouble(bits);
  }
}
