package io.github.crmkit.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.GammaGamma;
import io.github.crmkit.segmentation.clv.MbgNbd;
import io.github.crmkit.segmentation.clv.ParetoNbd;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.clv.TransactionModel;
import io.github.crmkit.segmentation.rfm.Breakpoints;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.RfmBoundaries;
import io.github.crmkit.segmentation.rfm.RfmColumns;
import io.github.crmkit.segmentation.rfm.RfmDimension;
import io.github.crmkit.segmentation.rfm.RfmDistribution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * The serial forms of the values a distributed job ships between JVMs: round trips keep them equal,
 * and streams altered to hold inconsistent values are refused when read.
 */
class SerialFormTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static RfmColumns columns() {
    int n = 40;
    CustomerId[] ids = new CustomerId[n];
    int[] r = new int[n];
    int[] f = new int[n];
    double[] m = new double[n];
    long[] rev = new long[n];
    for (int i = 0; i < n; i++) {
      ids[i] = CustomerId.of("c" + i);
      r[i] = (i * 37) % 90;
      f[i] = 1 + i % 6;
      rev[i] = i == 7 ? 123_456L : 1_000L + 250L * ((i * 11) % 17);
      m[i] = rev[i] / 100.0;
    }
    return RfmColumns.of(ids, r, f, m, rev, USD);
  }

  @Test
  void rfmValuesSurviveARoundTrip() {
    RfmColumns c = columns();
    RfmDistribution d =
        RfmDistribution.of(c.slice(0, 25)).merge(RfmDistribution.of(c.slice(25, 40)));
    RfmDistribution back = roundTrip(d);
    assertThat(back).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(back.currency()).isEqualTo(USD);
    assertThat(RfmBinning.quantiles(5).fit(back)).isEqualTo(RfmBinning.quantiles(5).fit(c));
    for (RfmBoundaries b :
        new RfmBoundaries[] {
          RfmBinning.quantiles(5).fit(c),
          RfmBinning.ntile(4).fit(c),
          RfmBoundaries.of(
              Breakpoints.fixed(RfmDimension.RECENCY, 30, 90),
              Breakpoints.fixed(RfmDimension.FREQUENCY, 2),
              Breakpoints.fixed(RfmDimension.MONETARY, 10.5, 20.25, 40))
        }) {
      RfmBoundaries copy = roundTrip(b);
      assertThat(copy).isEqualTo(b);
      assertThat(copy.toString()).isEqualTo(b.toString());
      for (int i = 0; i < c.size(); i++) {
        assertThat(copy.score(c.summary(i))).isEqualTo(b.score(c.summary(i)));
      }
    }
  }

  @Test
  void modelsSurviveARoundTrip() {
    TransactionModel[] models = {
      new BgNbd(0.2426, 4.4135, 0.7929, 2.4258, TimeScale.WEEK),
      new MbgNbd(0.5, 6.0, 0.9, 3.1, TimeScale.DAY),
      new ParetoNbd(0.553, 10.578, 0.606, 11.669, TimeScale.WEEK)
    };
    for (TransactionModel m : models) {
      assertThat(roundTrip(m)).isEqualTo(m);
    }
    GammaGamma g = new GammaGamma(6.249, 3.745, 15.448);
    assertThat(roundTrip(g)).isEqualTo(g);
  }

  @Test
  void alteredStreamsAreRefused() {
    // A model parameter made negative: the record's canonical constructor refuses it.
    byte[] model = bytes(new BgNbd(0.2426, 4.4135, 0.7929, 2.4258, TimeScale.WEEK));
    assertThatThrownBy(() -> read(replace(model, 4.4135, -4.4135)))
        .isInstanceOf(InvalidObjectException.class)
        .hasRootCauseMessage(
            "alpha must be from 1e-6 to 1e6 (finite and positive), but was -4.4135");
    byte[] spend = bytes(new GammaGamma(6.249, 3.745, 15.448));
    assertThatThrownBy(() -> read(replace(spend, 15.448, Double.NaN)))
        .isInstanceOf(InvalidObjectException.class);

    // Distinct monetary values out of order.
    RfmColumns c = columns();
    byte[] dist = bytes(RfmDistribution.of(c));
    assertThatThrownBy(() -> read(replace(dist, 1234.56, 1.0)))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("strictly increasing");

    // Fixed cuts made to decrease, and made infinite.
    byte[] fixed =
        bytes(
            RfmBoundaries.of(
                Breakpoints.fixed(RfmDimension.RECENCY, 30, 90),
                Breakpoints.fixed(RfmDimension.FREQUENCY, 2),
                Breakpoints.fixed(RfmDimension.MONETARY, 10.5, 20.25, 40)));
    assertThatThrownBy(() -> read(replace(fixed, 20.25, 5.0)))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("strictly increasing");
    // Regression: equal fixed cuts passed as non-decreasing, though Breakpoints.fixed refuses them.
    assertThatThrownBy(() -> read(replace(fixed, 20.25, 10.5)))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("strictly increasing finite numbers (fixed cuts)");
    assertThatThrownBy(() -> read(replace(fixed, 90, Double.POSITIVE_INFINITY)))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("RECENCY");
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) {
    try {
      return (T) read(bytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Object read(byte[] bytes) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Replaces the one occurrence of a double's big-endian bits in a stream by another's. */
  @Test
  void theCrmkitFilterAdmitsCrmkitValuesAndRefusesEverythingElse() throws Exception {
    RfmBoundaries b = RfmBinning.quantiles(5).fit(columns());
    Object[] values = {
      b,
      RfmDistribution.of(columns()),
      new BgNbd(0.2426, 4.4135, 0.7929, 2.4258, TimeScale.WEEK),
      new GammaGamma(6.249, 3.745, 15.448)
    };
    for (Object v : values) {
      assertThat(filtered(bytes(v))).isEqualTo(v);
    }
    // A JDK collection is not a crmkit serial form: refused before it is built.
    assertThatThrownBy(() -> filtered(bytes(new java.util.ArrayList<>(java.util.List.of(1)))))
        .isInstanceOf(java.io.InvalidClassException.class);
    assertThatThrownBy(() -> filtered(bytes(java.util.Map.of("a", b))))
        .isInstanceOf(java.io.InvalidClassException.class);
  }

  private static Object filtered(byte[] stream) throws Exception {
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(stream))) {
      in.setObjectInputFilter(io.github.crmkit.core.SerialFilters.crmkitOnly());
      return in.readObject();
    }
  }

  private static byte[] replace(byte[] stream, double from, double to) {
    byte[] needle = ByteBuffer.allocate(8).putDouble(from).array();
    byte[] with = ByteBuffer.allocate(8).putDouble(to).array();
    byte[] copy = stream.clone();
    int found = -1;
    for (int i = 0; i + 8 <= copy.length; i++) {
      if (ByteBuffer.wrap(copy, i, 8).equals(ByteBuffer.wrap(needle))) {
        assertThat(found).as("one occurrence of %s", from).isEqualTo(-1);
        found = i;
      }
    }
    assertThat(found).as("occurrence of %s", from).isNotEqualTo(-1);
    System.arraycopy(with, 0, copy, found, 8);
    return copy;
  }
}
